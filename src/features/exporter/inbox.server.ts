import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { messageSchema } from '~/features/inquiry/schema';
import { inquiryForExporter, markInquiryRead } from '~/features/inquiry/service.server';
import { getT } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import { tradeLabel } from '~/i18n/labels';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { targetPriceOf } from '~/features/inquiry/target-price';
import { minorToUsdCents } from '~/lib/money';
import { formKeyOf } from '~/lib/form-key';

/** Minor units as a plain decimal, for spreadsheets: 800 → "8.00". */
const minorText = (minor: number) => `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

/** The statuses an exporter can filter the inbox by. */
export const INBOX_STATUSES = ['new', 'read', 'replied', 'closed'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export const INBOX_PAGE_SIZE = 20;
/** Most rows one CSV export carries; the filter narrows larger inboxes. */
export const CSV_MAX_ROWS = 10_000;

/**
 * The inbox's query string. Anything unknown falls back to "all statuses,
 * first page" rather than an error: a stale bookmark still opens the inbox.
 */
export const inboxQuerySchema = z.object({
  status: z.enum(INBOX_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

export function parseInboxQuery(params: URLSearchParams): InboxQuery {
  return inboxQuerySchema.parse({ status: params.get('status') || undefined, page: params.get('page') ?? 1 });
}

export interface InboxItem {
  nameEn: string;
  nameZh: string;
  quantity: number;
  unit: string;
  /** The buyer's target price per unit, in minor units of its currency. */
  target: { minor: number; currency: string } | null;
  sampleRequested: boolean;
}

export interface InboxRow {
  id: number;
  reference: string;
  status: InboxStatus;
  createdAt: Date;
  readAt: Date | null;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  kind: 'items' | 'category';
  buyerName: string;
  buyerCompany: string;
  buyerEmail: string;
  buyerPhone: string;
  buyerWechat: string;
  buyerProvince: string;
  buyerCity: string;
  destinationPort: string;
  incoterm: string;
  locale: string;
  message: string;
  items: InboxItem[];
}

async function inboxRows(db: Db, exporterId: number, status: InboxStatus | undefined, limit: number, offset: number): Promise<InboxRow[]> {
  const rows = await db
    .select({ inquiry: t.inquiries, submission: t.inquirySubmissions })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .where(and(eq(t.inquiries.exporterId, exporterId), status ? eq(t.inquiries.status, status) : undefined))
    .orderBy(desc(t.inquiries.createdAt), desc(t.inquiries.id))
    .limit(limit)
    .offset(offset);
  const ids = rows.map((r) => r.inquiry.id);
  const items = ids.length ? await db.select().from(t.inquiryItems).where(inArray(t.inquiryItems.inquiryId, ids)).orderBy(asc(t.inquiryItems.id)) : [];
  return rows.map(({ inquiry: i, submission: s }) => ({
    id: i.id,
    reference: i.reference,
    status: i.status,
    createdAt: i.createdAt,
    readAt: i.readAt,
    firstResponseAt: i.firstResponseAt,
    closedAt: i.closedAt,
    kind: s.kind,
    buyerName: s.buyerName,
    buyerCompany: s.buyerCompany,
    buyerEmail: s.buyerEmail,
    buyerPhone: s.buyerPhone,
    buyerWechat: s.buyerWechat,
    buyerProvince: s.buyerProvince,
    buyerCity: s.buyerCity,
    destinationPort: s.destinationPort,
    incoterm: s.incoterm,
    locale: s.locale,
    message: s.message,
    items: items
      .filter((item) => item.inquiryId === i.id)
      .map((item) => ({
        nameEn: item.productNameEn,
        nameZh: item.productNameZh,
        quantity: item.quantity,
        unit: item.unit,
        target: targetPriceOf(item),
        sampleRequested: item.sampleRequested,
      })),
  }));
}

export interface InboxPage {
  rows: InboxRow[];
  total: number;
  page: number;
  pages: number;
  /** Inquiries of this exporter by status, for the filter's labels. */
  counts: Record<InboxStatus, number>;
}

/** One page of an exporter's inquiries, newest first, optionally of one status. Only this exporter's. */
export async function inboxPage(db: Db, exporterId: number, query: InboxQuery, pageSize = INBOX_PAGE_SIZE): Promise<InboxPage> {
  const byStatus = await db
    .select({ status: t.inquiries.status, n: count() })
    .from(t.inquiries)
    .where(eq(t.inquiries.exporterId, exporterId))
    .groupBy(t.inquiries.status);
  const counts = Object.fromEntries(INBOX_STATUSES.map((s) => [s, byStatus.find((r) => r.status === s)?.n ?? 0])) as Record<InboxStatus, number>;
  const total = query.status ? counts[query.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pages);
  const rows = await inboxRows(db, exporterId, query.status, pageSize, (page - 1) * pageSize);
  return { rows, total, page, pages, counts };
}

/** Every inquiry of an exporter matching the filter (at most `CSV_MAX_ROWS`), newest first. */
export function inboxExport(db: Db, exporterId: number, status: InboxStatus | undefined): Promise<InboxRow[]> {
  return inboxRows(db, exporterId, status, CSV_MAX_ROWS, 0);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break, quotes doubled. A cell a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return before one) gets a
 * leading apostrophe, so text a buyer typed is never executed.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, led by a UTF-8 byte order mark so spreadsheet programs read Chinese correctly. */
export function toCsv(rows: Array<Array<string | number | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const iso = (d: Date | null) => (d ? d.toISOString() : '');

/** The inbox as CSV, with headings and trade terms in the exporter's portal language. */
export function inboxCsv(rows: InboxRow[], locale: Locale): string {
  const tr = getT(locale);
  const columns = [
    'reference',
    'received',
    'status',
    'buyerName',
    'buyerCompany',
    'buyerEmail',
    'buyerPhone',
    'buyerWechat',
    'buyerProvince',
    'buyerCity',
    'port',
    'incoterm',
    'items',
    'message',
    'firstResponse',
    'closed',
  ] as const;
  const head = (key: (typeof columns)[number]) => tr(`inbox:csv.${key}`);
  const name = (item: InboxItem) => (locale === 'zh' && item.nameZh ? item.nameZh : item.nameEn);
  return toCsv([
    columns.map(head),
    ...rows.map((r) => [
      r.reference,
      iso(r.createdAt),
      tr(`inbox:status.${r.status}`),
      r.buyerName,
      r.buyerCompany,
      r.buyerEmail,
      r.buyerPhone,
      r.buyerWechat,
      r.buyerProvince,
      r.buyerCity,
      tr(`inquiry:port.${r.destinationPort}`, { defaultValue: r.destinationPort }),
      r.incoterm,
      r.items
        .map(
          (item) =>
            `${name(item)} × ${item.quantity} ${tradeLabel(tr, 'unit', item.unit)}${item.target === null ? '' : ` @ ${item.target.currency} ${minorText(item.target.minor)}`}${item.sampleRequested ? ` (${tr('inbox:detail.sampleRequested')})` : ''}`,
        )
        .join('; '),
      r.message,
      iso(r.firstResponseAt),
      iso(r.closedAt),
    ]),
  ]);
}

/**
 * What the exporter posts on an inquiry's page: a reply (the message body as
 * the buyer will read it) or closing the inquiry. The inquiry itself is named
 * by the page's address, never by the form.
 */
export const inquiryActionSchema = z.discriminatedUnion(
  'intent',
  [z.object({ intent: z.literal('reply'), body: messageSchema }), z.object({ intent: z.literal('close') })],
  { error: 'invalid' },
);
export type InquiryAction = z.output<typeof inquiryActionSchema>;

/** The same, as an action's form: the page's address names the inquiry, a call from a script sends `reference`. */
const reference = z.string().max(40).nullish();
/** The reply form's key (see `formKeyOf`): the same reply sent twice is stored once. A key that is not one is ignored. */
const clientKey = z.string().max(200).nullish().transform(formKeyOf);
export const inquiryActionForm = z.discriminatedUnion(
  'intent',
  [z.object({ intent: z.literal('reply'), reference, body: messageSchema, clientKey }), z.object({ intent: z.literal('close'), reference })],
  { error: 'invalid' },
);

/**
 * One inquiry of the exporter for its page, marked read when it is opened
 * (not when a form on it was posted); null when it is unknown or another
 * exporter's, which look alike.
 */
export async function inquiryDetail(db: Db, exporterId: number, reference: string, opening: boolean) {
  if (!/^PKP-\d{4}-\d{6,}$/.test(reference)) return null;
  let view = await inquiryForExporter(db, exporterId, reference);
  if (view && opening && view.inquiry.status === 'new') {
    await markInquiryRead(db, exporterId, view.inquiry.id);
    view = await inquiryForExporter(db, exporterId, reference);
  }
  return view && { ...view, lines: await lineFacts(db, view.items) };
}

/** What the exporter needs beside each line: the MOQ and sample policy of the product, the target price in US dollars. */
export interface LineFacts {
  moq: number | null;
  moqUnit: string | null;
  samplePolicy: string | null;
  sampleNoteEn: string;
  sampleNoteZh: string;
  belowMoq: boolean;
  target: { minor: number; currency: string } | null;
  /** The target price at the operator's rate, when it is not in dollars already. */
  usd: { cents: number; rateDate: Date } | null;
}

/** Line facts by inquiry item id. */
export async function lineFacts(db: Db, items: Array<typeof t.inquiryItems.$inferSelect>): Promise<Map<number, LineFacts>> {
  const productIds = [...new Set(items.flatMap((i) => (i.productId === null ? [] : [i.productId])))];
  const [products, rates] = await Promise.all([
    productIds.length
      ? db
          .select({
            id: t.products.id,
            moq: t.products.moq,
            unit: t.products.unit,
            samplePolicy: t.products.samplePolicy,
            sampleNoteEn: t.products.sampleNoteEn,
            sampleNoteZh: t.products.sampleNoteZh,
          })
          .from(t.products)
          .where(inArray(t.products.id, productIds))
      : [],
    db.select().from(t.exchangeRates),
  ]);
  const byId = new Map(products.map((p) => [p.id, p]));
  return new Map(
    items.map((item) => {
      const product = item.productId === null ? undefined : byId.get(item.productId);
      const target = targetPriceOf(item);
      const rate = target && target.currency !== 'USD' ? rates.find((r) => r.currency === target.currency) : undefined;
      const cents = target && rate ? minorToUsdCents(target.minor, target.currency, rate.perUsd) : null;
      return [
        item.id,
        {
          moq: product?.moq ?? null,
          moqUnit: product?.unit ?? null,
          samplePolicy: product?.samplePolicy ?? null,
          sampleNoteEn: product?.sampleNoteEn ?? '',
          sampleNoteZh: product?.sampleNoteZh ?? '',
          belowMoq: !!product && !item.sampleRequested && item.unit === product.unit && item.quantity < product.moq,
          target,
          usd: cents !== null && rate ? { cents, rateDate: rate.updatedAt } : null,
        },
      ];
    }),
  );
}
