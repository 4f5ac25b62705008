import type { AstroGlobal } from 'astro';
import { asc, eq } from 'drizzle-orm';
import { searchChanged } from '~/features/search/runtime.server';
import { errorMessage } from '~/i18n/errors';
import { localePath } from '~/i18n/url';
import { notYours, requireExporter, requireOperator, requireTranslator } from '~/server/auth/guard.server';
import { readForm, routeId, seeOther } from '~/server/forms.server';
import * as t from '~/server/db/schema.server';
import { getDb, siteUrl } from '~/runtime.server';
import { decide, deskField, deskQueue, pendingSuggestions, queueExporters, suggest } from './desk.server';
import { setTranslator } from './translators.server';
import { parseFieldKey } from './fields';
import { openMessages, requestMessageTranslation, translateMessage } from './messages.server';
import { decisionInput, grantInput, messageRequestInput, messageTranslationInput, chineseFieldInput } from './schema';

type Page = AstroGlobal;

const SHOWS = ['all', 'missing', 'outdated', 'messages'] as const;
export type Show = (typeof SHOWS)[number];

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** The page answered 400 with a message, the form shown again as typed. */
function refused(page: Page, code: string) {
  page.response.status = 400;
  return errorMessage(page.locals.t, 'desk', code);
}

/**
 * The translator's queue: public texts waiting for Chinese (filtered by state and exporter) or the
 * messages exporters sent to the desk, whose translations are posted here.
 */
export async function translatorQueuePage(page: Page) {
  const me = await requireTranslator(page);
  if (me instanceof Response) return me;
  const db = await getDb();
  const params = page.url.searchParams;
  const show: Show = (SHOWS as readonly string[]).includes(params.get('show') ?? '') ? (params.get('show') as Show) : 'all';
  const exporterId = routeId(params.get('exporter') ?? undefined);
  const self = localePath(page.locals.locale, 'translator');
  const drafts: Record<number, string> = {};
  const errors: Partial<Record<number | 'form', string>> = {};
  if (page.request.method === 'POST') {
    const form = await readForm(page.request, 20_000);
    const id = form ? routeId(text(form, 'message')) : 0;
    const parsed = messageTranslationInput.safeParse({ body: form ? text(form, 'body') : '' });
    if (!form || !id) errors.form = refused(page, 'invalid')!;
    else if (!parsed.success) {
      drafts[id] = text(form, 'body');
      errors[id] = refused(page, parsed.error.issues[0]?.message ?? 'invalid')!;
    } else if (await translateMessage(db, me, id, parsed.data.body)) return seeOther(`${self}?show=messages&saved=message`);
    else errors.form = refused(page, 'invalid')!;
  }
  return {
    show,
    exporterId,
    exporters: await queueExporters(db),
    items: show === 'messages' ? [] : await deskQueue(db, exporterId ? { filter: show, exporterId } : { filter: show }),
    messages: show === 'messages' ? await openMessages(db) : [],
    drafts,
    errors,
    saved: params.get('saved'),
  };
}

/** The editor of one field for the desk: the English, the Chinese buyers read now, and the desk's Chinese. */
export async function translatorFieldPage(page: Page) {
  const me = await requireTranslator(page);
  if (me instanceof Response) return me;
  const key = parseFieldKey(page.params.key);
  const db = await getDb();
  const field = key ? await deskField(db, key) : null;
  if (!key || !field) return notYours(page);
  let value = field.suggestion ?? field.chinese;
  let error: string | undefined;
  if (page.request.method === 'POST') {
    const form = await readForm(page.request, 40_000);
    value = form ? text(form, 'body') : value;
    const parsed = chineseFieldInput(key).safeParse({ body: value });
    if (!form) error = refused(page, 'invalid');
    else if (!parsed.success) error = refused(page, parsed.error.issues[0]?.message ?? 'invalid');
    else if (await suggest(db, me, key, parsed.data.body)) return seeOther(`${localePath(page.locals.locale, 'translator')}?saved=field`);
    else return notYours(page);
  }
  return { field, value, error };
}

const REFERENCE = /^[A-Za-z0-9-]{1,40}$/;

/**
 * The exporter's page of the desk's suggestions: accept (the Chinese is published) or reject each. The
 * inbox's "ask the desk" buttons post here too, and return to the inquiry.
 */
export async function exporterTranslationsPage(page: Page) {
  const gate = await requireExporter(page);
  if (gate instanceof Response) return gate;
  const { user, exporter } = gate;
  const db = await getDb();
  const locale = page.locals.uiLocale;
  const self = localePath(locale, 'exporter', 'translations');
  let alert: string | undefined;
  if (page.request.method === 'POST') {
    const form = await readForm(page.request, 10_000);
    const account = { ...user, exporterId: exporter.id };
    if (form && text(form, 'intent') === 'message') {
      const parsed = messageRequestInput.safeParse({ message: text(form, 'message') });
      const reference = text(form, 'reference');
      if (!parsed.success || !REFERENCE.test(reference)) alert = refused(page, 'invalid');
      else if (!(await requestMessageTranslation(db, account, parsed.data.message))) return notYours(page);
      else return seeOther(`${localePath(locale, 'exporter', 'inquiries', reference)}?asked=1#conversation`);
    } else {
      const parsed = decisionInput.safeParse(form ? { suggestion: text(form, 'suggestion'), decision: text(form, 'decision') } : {});
      if (!parsed.success) alert = refused(page, 'invalid');
      else {
        const done = await decide(db, account, parsed.data.suggestion, parsed.data.decision === 'accept');
        if (done === 'unknown') return notYours(page);
        if (done === 'accepted') await searchChanged();
        return seeOther(`${self}?${done}=1`);
      }
    }
  }
  const params = page.url.searchParams;
  const t = page.locals.t;
  const notice = params.has('accepted') ? t('desk:exporter.accepted') : params.has('rejected') ? t('desk:exporter.rejected') : undefined;
  return { suggestions: await pendingSuggestions(db, exporter.id), notice, alert };
}

/** The operator's page of translators: grants the role to an existing account by its address, or revokes it. */
export async function operatorTranslatorsPage(page: Page) {
  const me = await requireOperator(page);
  if (me instanceof Response) return me;
  const db = await getDb();
  const self = localePath(page.locals.locale, 'operator', 'translators');
  let email = '';
  let error: string | undefined;
  if (page.request.method === 'POST') {
    const form = await readForm(page.request, 10_000);
    email = form ? text(form, 'email') : '';
    const parsed = grantInput.safeParse({ email, grant: form ? text(form, 'grant') : '' });
    if (!parsed.success) error = refused(page, parsed.error.issues[0]?.message ?? 'invalid');
    else {
      const outcome = await setTranslator(db, me, parsed.data.email, parsed.data.grant === 'grant', { locale: page.locals.locale, siteUrl: siteUrl() });
      if (outcome === 'done') return seeOther(`${self}?${parsed.data.grant === 'grant' ? `granted=${encodeURIComponent(parsed.data.email)}` : 'revoked=1'}`);
      error = refused(page, outcome);
    }
  }
  const translators = await db
    .select({ id: t.users.id, email: t.users.email, name: t.users.name })
    .from(t.users)
    .where(eq(t.users.role, 'translator'))
    .orderBy(asc(t.users.email));
  const granted = page.url.searchParams.get('granted');
  return {
    translators,
    email,
    error,
    // Only an address on the list is echoed back.
    granted: granted && translators.some((x) => x.email === granted) ? granted : undefined,
    revoked: page.url.searchParams.has('revoked'),
  };
}
