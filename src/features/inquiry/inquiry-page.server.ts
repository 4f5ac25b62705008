import { randomUUID } from 'node:crypto';
import type { ActionReturnType } from 'astro:actions';
import type { T } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import { pick } from '~/lib/localize';
import { formatNumber } from '~/lib/format';
import { tradeLabel } from '~/i18n/labels';
import type { Db } from '~/server/db/client.server';
import { listCategories } from '~/features/catalog/queries.server';
import type { inquiryActions } from './actions.server';
import { decodeBasket } from './basket';
import { basketProducts, belowMoqNotes } from './basket-lines.server';
import { inquiryFormProps } from './form-props';
import { signShownAt } from './form-token.server';
import type { SentInquiry } from './InquiryForm';
import { inquiryLimits } from './limits.server';

/** What Astro tells the page about the inquiry form it has just handled, if any. */
export type InquiryPost = ActionReturnType<typeof inquiryActions.inquiry> | undefined;

export interface InquiryPageRequest {
  locale: Locale;
  t: T;
  posted: InquiryPost;
  /** The basket cookie's value. */
  basket: string | undefined;
  /** The samples cookie's value: basket products asked for as a sample first. */
  samples?: string | undefined;
  /** `?category=`: the buyer chose to ask a whole category. */
  category: string | null;
}

/** Reads the outcome of a posted form: the inquiries sent, or the errors with what the buyer typed. */
function outcome({ posted, locale, t }: InquiryPageRequest) {
  if (posted?.data?.status === 201) {
    const sent: SentInquiry[] = posted.data.inquiries.map((i) => ({
      reference: i.reference,
      exporter: locale === 'zh' && i.exporterNameZh ? i.exporterNameZh : i.exporterNameEn,
      statusUrl: i.statusUrl,
    }));
    return { status: 200, sent, clearBasket: posted.data.kind === 'items' };
  }
  if (posted?.data) {
    const values = 'values' in posted.data ? (posted.data.values as Record<string, unknown>) : undefined;
    return { status: posted.data.status, errors: posted.data.errors, values, clearBasket: false };
  }
  if (posted?.error) {
    // A body the action could not take (too large, not a form) is the sender's to fix; anything else is retried later.
    const status = posted.error.status;
    const form = status === 413 ? t('errors.tooLarge') : status >= 400 && status < 500 ? t('errors.badRequest') : t('errors.unavailable');
    return { status: status >= 400 && status < 500 ? status : 503, errors: { form }, clearBasket: false };
  }
  return { status: 200, clearBasket: false };
}

/**
 * The inquiry page: the basket's products (or a request to a whole category),
 * the form with its choices and tokens, and the outcome of a form just posted.
 */
export async function inquiryPage(db: Db, request: InquiryPageRequest) {
  const { locale, t } = request;
  const { sent, errors, values, status, clearBasket } = outcome(request);
  const slugs = sent ? [] : decodeBasket(request.basket);
  const [products, categories, sentNotes] = await Promise.all([
    basketProducts(db, slugs),
    listCategories(db),
    sent
      ? belowMoqNotes(
          db,
          sent.map((i) => i.reference),
          locale,
          t,
        )
      : [],
  ]);
  const mode: 'items' | 'category' = (values && 'category' in values) || request.category !== null || products.length === 0 ? 'category' : 'items';
  const samples = decodeBasket(request.samples);
  const lines = products.map((p) => {
    const name = pick(locale, p.nameEn, p.nameZh);
    return {
      slug: p.slug,
      name: name.text,
      lang: name.lang,
      exporter: pick(locale, p.exporterNameEn, p.exporterNameZh).text,
      moq: p.moq,
      unit: p.unit,
      moqText: `${formatNumber(p.moq, locale)} ${tradeLabel(t, 'unit', p.unit)}`,
      sample: samples.includes(p.slug),
    };
  });
  return {
    status,
    clearBasket,
    sent,
    sentNotes,
    errors,
    mode,
    lines,
    exporterCount: new Set(products.map((p) => p.exporterSlug)).size,
    requestedCategory: request.category,
    categories: categories.map((c) => ({ value: c.slug, label: pick(locale, c.nameEn, c.nameZh).text })),
    form: inquiryFormProps(t, inquiryLimits().categoryMax),
    defaultCurrency: locale === 'zh' ? 'CNY' : 'USD',
    values: values ?? (request.category ? { category: request.category } : undefined),
    idempotencyKey: randomUUID(),
    // When the form was shown, signed: kept from the first showing when the buyer is sent back to correct something.
    shownAt: typeof values?.shownAt === 'string' ? values.shownAt : await signShownAt(db),
  };
}

export type InquiryPageData = Awaited<ReturnType<typeof inquiryPage>>;
