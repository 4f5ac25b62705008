import type { AstroGlobal } from 'astro';
import { actions, isInputError, type SafeResult } from 'astro:actions';
import { z } from 'zod';
import { getRates } from '~/features/catalog/queries.server';
import { categorySlugSchema } from '~/features/operator/category-schema';
import { categoriesForOperator, type CategoryRow } from '~/features/operator/categories.server';
import { listOperators } from '~/features/operator/operators.server';
import {
  EXPORTER_STATUSES,
  exporterForReview,
  exportersForReview,
  featuredList,
  findProducts,
  INQUIRY_VIEWS,
  operatorSummary,
  parkedJobs,
  pavilionInquiries,
  ratesForOperator,
  type FeaturedRow,
} from '~/features/operator/operator.server';
import { productQuerySchema } from '~/features/operator/schema';
import { reviewPanel } from '~/features/review/pages.server';
import { inquiriesPerDay, responseTimesByCategory } from '~/features/operator/stats.server';
import { tradeByCategoryAndMonth } from '~/features/operator/trade-stats.server';
import { localePath } from '~/i18n/url';
import { isSlug } from '~/lib/slug';
import { notYours, requireOperator } from '~/server/auth/guard.server';
import { errorResponse } from '~/server/errors.server';
import { formStrings, readForm, seeOther } from '~/server/forms.server';
import { getDb } from '~/runtime.server';

/*
 * What each page of the operator console shows, one function a page: it
 * checks the signed-in operator, answers a form the page posted to its
 * action (redirect after success, the form again with the errors and what
 * was typed after a refusal, 503 while the database is away) and reads the
 * page's data. The pages render the result; the forms themselves are the
 * actions of `actions.server.ts`.
 */

type Page = AstroGlobal;
/** Error codes of the `operator` area by field; `form` for the whole form. */
export type Errors = Record<string, string>;
/** A refused form: its errors and the values the operator typed. */
export interface Refused {
  errors: Errors;
  values: Record<string, string>;
}
const NOTHING_POSTED: Refused = { errors: {}, values: {} };

/**
 * The answer to a form this page posted to an action: undefined when it
 * posted none, a redirect after success, a 503 while the database is away,
 * else the errors (codes; a refusal's code goes to its field by `fieldOf`)
 * and what the operator typed, read back from the posted form.
 */
async function answer<D>(
  page: Page,
  result: SafeResult<Record<string, unknown>, D> | undefined,
  names: readonly string[],
  success: (data: D) => string,
  fieldOf: Record<string, string> = {},
): Promise<Response | Refused | undefined> {
  if (!result) return undefined;
  if (!result.error) return seeOther(success(result.data));
  const { error } = result;
  if (error.code === 'SERVICE_UNAVAILABLE') return errorResponse(503, page.locals.locale, 'html');
  // A fault, not a refusal: the site's error handling logs it and answers 500 (503 if the database went away).
  if (error.code === 'INTERNAL_SERVER_ERROR') throw error;
  let errors: Errors;
  if (isInputError(error)) errors = Object.fromEntries(Object.entries(error.fields).map(([field, codes]) => [field, codes?.[0] ?? 'invalid']));
  else if (error.code === 'BAD_REQUEST') errors = { [fieldOf[error.message] ?? 'form']: error.message };
  else errors = { form: 'invalid' };
  // Read from a copy: the body stays readable for the rest of the page (React islands read it for their form state).
  const form = await readForm(page.request.clone());
  return { errors, values: form ? formStrings(form, names) : {} };
}

/** The first of several answers that is one: each form of a page posts to its own action. */
async function firstAnswer(...answers: Array<Promise<Response | Refused | undefined>>) {
  for (const a of answers) {
    const found = await a;
    if (found) return found;
  }
  return undefined;
}

/** The notice named in the address after a redirect (`?done=saved`), if it is one of `allowed`. */
function notice<A extends string>(page: Page, name: string, allowed: readonly A[]): A | undefined {
  const value = page.url.searchParams.get(name) ?? '';
  return allowed.find((a) => a === value);
}

export async function overviewPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const db = await getDb();
  const now = new Date();
  const [summary, perDay, responses] = await Promise.all([operatorSummary(db), inquiriesPerDay(db, now), responseTimesByCategory(db, now)]);
  return { summary, perDay, responses };
}

export async function exportersPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  // An unknown filter shows every exporter rather than an error.
  const status = z
    .enum(EXPORTER_STATUSES)
    .optional()
    .catch(undefined)
    .parse(page.url.searchParams.get('status') || undefined);
  return { status, rows: await exportersForReview(await getDb(), { status }) };
}

export const EXPORTER_DONE = ['verified', 'suspended', 'alreadySuspended', 'reinstated', 'rejected', 'more-info'] as const;

export async function exporterReviewPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const slug = page.params.slug ?? '';
  const found = isSlug(slug, 121) ? await exporterForReview(await getDb(), slug) : null;
  if (!found) return notYours(page);
  const self = localePath(page.locals.locale, 'operator', 'exporters', slug);
  const done = (data: { done: string }) => `${self}?done=${data.done}`;
  const CHECK = ['kind', 'reference', 'checkedOn', 'validUntil'] as const;
  const verified = await answer(page, page.getActionResult(actions.operator.verifyExporter), CHECK, done);
  const other = await firstAnswer(
    answer(page, page.getActionResult(actions.operator.suspendExporter), [], done),
    answer(page, page.getActionResult(actions.operator.reinstateExporter), [], done),
  );
  const reviewed = await answer(page, page.getActionResult(actions.operator.reviewExporter), ['decision', 'note'], done);
  if (verified instanceof Response) return verified;
  if (other instanceof Response) return other;
  if (reviewed instanceof Response) return reviewed;
  const check = { kind: '', reference: '', checkedOn: new Date().toISOString().slice(0, 10), validUntil: '', ...verified?.values };
  const review = await reviewPanel(await getDb(), found.exporter.id);
  return {
    ...found,
    check,
    review,
    note: reviewed?.values.note ?? '',
    noteErrors: reviewed?.errors ?? {},
    errors: verified?.errors ?? other?.errors ?? {},
    done: notice(page, 'done', EXPORTER_DONE),
  };
}

/** A category as its form shows it. */
const formOf = (c: CategoryRow) => ({
  nameEn: c.nameEn,
  nameZh: c.nameZh,
  descriptionEn: c.descriptionEn,
  descriptionZh: c.descriptionZh,
  hsChapters: c.hsChapters.join(', '),
  gaccRequired: c.gaccRequired ? 'on' : '',
});

export async function categoriesPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const self = localePath(page.locals.locale, 'operator', 'categories');
  const done = (data: { done: string; slug: string }) => `${self}?done=${data.done}#c-${data.slug}`;
  const FIELDS = ['slug', 'nameEn', 'nameZh', 'descriptionEn', 'descriptionZh', 'hsChapters', 'gaccRequired'] as const;
  const created = await answer(page, page.getActionResult(actions.operator.createCategory), FIELDS, done, { slugTaken: 'slug' });
  const updated = await answer(page, page.getActionResult(actions.operator.updateCategory), FIELDS, done);
  const moved = await answer(page, page.getActionResult(actions.operator.moveCategory), [], done);
  for (const a of [created, updated, moved]) if (a instanceof Response) return a;
  const refused = (a: typeof created) => (a instanceof Response ? undefined : a);
  const [create, update, move] = [refused(created), refused(updated), refused(moved)];

  const editParam = categorySlugSchema.safeParse(update ? update.values.slug : (page.url.searchParams.get('edit') ?? ''));
  const categories = await categoriesForOperator(await getDb());
  const current = (editParam.success && categories.find((c) => c.slug === editParam.data)) || null;
  const errors = create?.errors ?? update?.errors ?? move?.errors ?? {};
  return {
    categories,
    current,
    editValues: update?.values ?? (current ? formOf(current) : null),
    editErrors: update?.errors ?? {},
    newValues: create?.values ?? {},
    newErrors: create?.errors ?? {},
    errors,
    done: notice(page, 'done', ['created', 'saved', 'moved'] as const),
  };
}

export async function featuredPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const self = localePath(page.locals.locale, 'operator', 'featured');
  const q = productQuerySchema.parse(page.url.searchParams.get('q') ?? '');
  const done = (data: { done: string; q: string }) => `${self}?done=${data.done}${data.q ? `&q=${encodeURIComponent(data.q)}` : ''}`;
  const posted = await firstAnswer(
    answer(page, page.getActionResult(actions.operator.featureProduct), [], done, { unknownProduct: 'product' }),
    answer(page, page.getActionResult(actions.operator.unfeatureProduct), [], done, { unknownProduct: 'product' }),
  );
  if (posted instanceof Response) return posted;
  const db = await getDb();
  const [featured, results] = await Promise.all([featuredList(db), q ? findProducts(db, q) : Promise.resolve([] as FeaturedRow[])]);
  const { errors } = posted ?? NOTHING_POSTED;
  return { q, featured, results, error: errors.form ?? errors.product ?? errors.q, done: notice(page, 'done', ['feature', 'unfeature'] as const) };
}

export async function ratesPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const self = localePath(page.locals.locale, 'operator', 'rates');
  const posted = await answer(page, page.getActionResult(actions.operator.saveRates), ['cny', 'pkr'], () => `${self}?saved=1`);
  if (posted instanceof Response) return posted;
  const db = await getDb();
  const [stored, rates] = await Promise.all([ratesForOperator(db), getRates(db)]);
  // Shown without trailing zeros: 7.120000 → 7.12.
  const plain = (currency: string) => {
    const value = stored.find((r) => r.currency === currency)?.perUsd;
    return value === undefined ? '' : String(Number(value));
  };
  return { rates, values: posted?.values ?? { cny: plain('CNY'), pkr: plain('PKR') }, errors: posted?.errors ?? {}, saved: page.url.searchParams.has('saved') };
}

export async function inquiriesPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  // A stale or hand-edited query string still opens the list.
  const query = z
    .object({ view: z.enum(INQUIRY_VIEWS).catch('all'), page: z.coerce.number().int().min(1).max(100_000).catch(1) })
    .parse({ view: page.url.searchParams.get('view') ?? 'all', page: page.url.searchParams.get('page') ?? 1 });
  return { query, list: await pavilionInquiries(await getDb(), query), now: new Date() };
}

/** Quotations sent and proforma value per category and month, operators only. */
export async function tradePage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  return tradeByCategoryAndMonth(await getDb(), new Date());
}

export async function mailPage(page: Page) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const self = localePath(page.locals.locale, 'operator', 'mail');
  const posted = await answer(page, page.getActionResult(actions.operator.resendMail), [], (data) => `${self}?resent=${data.job}`);
  if (posted instanceof Response) return posted;
  const resent = Number(page.url.searchParams.get('resent'));
  const { errors } = posted ?? NOTHING_POSTED;
  return { jobs: await parkedJobs(await getDb()), resent: Number.isInteger(resent) && resent > 0 ? resent : undefined, error: errors.form ?? errors.job };
}

export async function operatorsPage(page: Page) {
  const me = await requireOperator(page);
  if (me instanceof Response) return me;
  const self = localePath(page.locals.locale, 'operator', 'operators');
  const invited = await answer(
    page,
    page.getActionResult(actions.operator.inviteOperator),
    ['name', 'email', 'locale'],
    (data) => `${self}?invited=${encodeURIComponent(data.email)}`,
  );
  const revoked = await answer(page, page.getActionResult(actions.operator.revokeOperator), [], () => `${self}?revoked=1`);
  if (invited instanceof Response) return invited;
  if (revoked instanceof Response) return revoked;
  const operators = await listOperators(await getDb());
  const shown = page.url.searchParams.get('invited');
  return {
    me,
    operators,
    values: invited?.values ?? { name: '', email: '', locale: page.locals.locale },
    errors: invited?.errors ?? revoked?.errors ?? {},
    // Only an address on the list is echoed back.
    invited: shown && shown.length <= 254 && operators.some((o) => o.email === shown) ? shown : undefined,
    revoked: page.url.searchParams.has('revoked'),
  };
}
