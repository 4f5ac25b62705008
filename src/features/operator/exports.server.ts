import { asc, desc, eq, sql } from 'drizzle-orm';
import { toCsv } from '~/features/exporter/inbox.server';
import { tradeByCategoryAndMonth } from '~/features/operator/trade-stats.server';
import { getT } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * The operator's spreadsheets (CSV, UTF-8 with a byte order mark for Excel; a cell that would run as a formula
 * starts with an apostrophe). Headings are in the operator's language. Buyers' e-mail addresses, phones and
 * WeChat IDs are only in `inquiries-with-contacts`.
 */

export const EXPORTS = ['exporters', 'products', 'inquiries', 'inquiries-with-contacts', 'trade'] as const;
export type ExportName = (typeof EXPORTS)[number];

/** Most rows one export carries. */
export const EXPORT_MAX_ROWS = 50_000;

type Cell = string | number | null | undefined;
const day = (d: Date | string | null) => (d === null ? '' : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const moment = (d: Date | null) => (d === null ? '' : d.toISOString().replace('T', ' ').slice(0, 16));
const usd = (cents: number | null) => (cents === null ? '' : (cents / 100).toFixed(2));
const head = (locale: Locale, keys: string[]) => {
  const tr = getT(locale);
  return keys.map((k) => tr(`console:csv.${k}` as 'console:csv.slug'));
};

async function exportersCsv(db: Db, locale: Locale): Promise<string> {
  const rows = await db.execute<{
    slug: string;
    name_en: string;
    name_zh: string;
    status: string;
    verified_at: Date | null;
    created_at: Date;
    city: string;
    province: string;
    categories: string | null;
    products: number;
    inquiries: number;
  }>(sql`
    select e.slug, e.name_en, e.name_zh, e.status, e.verified_at, e.created_at, e.city, e.province,
      (select string_agg(distinct c.slug, ' ') from products p join categories c on c.id = p.category_id
        where p.exporter_id = e.id and p.status = 'published') as categories,
      (select count(*)::int from products p where p.exporter_id = e.id and p.status = 'published') as products,
      (select count(*)::int from inquiries i where i.exporter_id = e.id) as inquiries
    from exporters e order by e.name_en limit ${EXPORT_MAX_ROWS}`);
  const keys = ['slug', 'name', 'nameZh', 'status', 'verifiedAt', 'createdAt', 'categories', 'city', 'province', 'products', 'inquiries'];
  return toCsv([
    head(locale, keys),
    ...rows.rows.map((r): Cell[] => [
      r.slug,
      r.name_en,
      r.name_zh,
      r.status,
      day(r.verified_at && new Date(r.verified_at)),
      day(new Date(r.created_at)),
      r.categories ?? '',
      r.city,
      r.province,
      Number(r.products),
      Number(r.inquiries),
    ]),
  ]);
}

async function productsCsv(db: Db, locale: Locale): Promise<string> {
  const rows = await db
    .select({
      slug: t.products.slug,
      nameEn: t.products.nameEn,
      nameZh: t.products.nameZh,
      exporter: t.exporters.slug,
      category: t.categories.slug,
      status: t.products.status,
      hsCode: t.products.hsCode,
      price: t.products.priceMinUsdCents,
      moq: t.products.moq,
      unit: t.products.unit,
      province: t.products.originProvince,
      createdAt: t.products.createdAt,
      updatedAt: t.products.updatedAt,
    })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .leftJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .orderBy(asc(t.exporters.slug), asc(t.products.slug))
    .limit(EXPORT_MAX_ROWS);
  const keys = ['slug', 'name', 'nameZh', 'exporter', 'category', 'status', 'hsCode', 'price', 'moq', 'unit', 'province', 'createdAt', 'updatedAt'];
  return toCsv([
    head(locale, keys),
    ...rows.map((r): Cell[] => [
      r.slug,
      r.nameEn,
      r.nameZh,
      r.exporter,
      r.category ?? '',
      r.status,
      r.hsCode,
      usd(r.price),
      r.moq,
      r.unit,
      r.province,
      day(r.createdAt),
      day(r.updatedAt),
    ]),
  ]);
}

async function inquiriesCsv(db: Db, locale: Locale, withContacts: boolean): Promise<string> {
  const tr = getT(locale);
  const rows = await db
    .select({
      id: t.inquiries.id,
      reference: t.inquiries.reference,
      createdAt: t.inquiries.createdAt,
      status: t.inquiries.status,
      readAt: t.inquiries.readAt,
      firstResponseAt: t.inquiries.firstResponseAt,
      exporter: t.exporters.slug,
      kind: t.inquirySubmissions.kind,
      buyerCompany: t.inquirySubmissions.buyerCompany,
      buyerProvince: t.inquirySubmissions.buyerProvince,
      buyerCity: t.inquirySubmissions.buyerCity,
      incoterm: t.inquirySubmissions.incoterm,
      port: t.inquirySubmissions.destinationPort,
      buyerName: t.inquirySubmissions.buyerName,
      buyerEmail: t.inquirySubmissions.buyerEmail,
      buyerPhone: t.inquirySubmissions.buyerPhone,
      buyerWechat: t.inquirySubmissions.buyerWechat,
      lines: sql<string>`(select string_agg(ii.product_name_en || ' × ' || ii.quantity || ' ' || ii.unit, '; ' order by ii.id)
        from inquiry_items ii where ii.inquiry_id = ${t.inquiries.id})`,
    })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .orderBy(desc(t.inquiries.createdAt), desc(t.inquiries.id))
    .limit(EXPORT_MAX_ROWS);
  const keys = [
    'reference',
    'submittedAt',
    'status',
    'exporter',
    'kind',
    'lines',
    'buyerCompany',
    'buyerProvince',
    'buyerCity',
    'incoterm',
    'port',
    'readAt',
    'firstResponseAt',
  ];
  const contacts = ['buyerName', 'buyerEmail', 'buyerPhone', 'buyerWechat'];
  return toCsv([
    head(locale, withContacts ? [...keys, ...contacts] : keys),
    ...rows.map((r): Cell[] => [
      r.reference,
      moment(r.createdAt),
      tr(`inbox:status.${r.status}`),
      r.exporter,
      r.kind,
      r.lines ?? '',
      r.buyerCompany,
      r.buyerProvince,
      r.buyerCity,
      r.incoterm,
      r.port,
      moment(r.readAt),
      moment(r.firstResponseAt),
      ...(withContacts ? [r.buyerName, r.buyerEmail, r.buyerPhone, r.buyerWechat] : []),
    ]),
  ]);
}

async function tradeCsv(db: Db, locale: Locale, now: Date): Promise<string> {
  const stats = await tradeByCategoryAndMonth(db, now);
  const keys = ['month', 'category', 'quotesSent', 'proformas', 'proformaUsd'];
  return toCsv([
    head(locale, keys),
    ...stats.cells.map((c): Cell[] => [c.month, c.slug || '', c.quotesSent, c.proformas, usd(c.proformaUsdCents)]),
    ...stats.totals.map((c): Cell[] => [c.month, getT(locale)('console:interest.total'), c.quotesSent, c.proformas, usd(c.proformaUsdCents)]),
  ]);
}

/** One export as CSV text, with headings in `locale`. */
export function exportCsv(db: Db, name: ExportName, locale: Locale, now = new Date()): Promise<string> {
  switch (name) {
    case 'exporters':
      return exportersCsv(db, locale);
    case 'products':
      return productsCsv(db, locale);
    case 'inquiries':
      return inquiriesCsv(db, locale, false);
    case 'inquiries-with-contacts':
      return inquiriesCsv(db, locale, true);
    case 'trade':
      return tradeCsv(db, locale, now);
  }
}
