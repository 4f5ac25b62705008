import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { buyerInquiryAccess, type BuyerCredentials } from './access.server';
import { latestSentQuotes, today, type QuoteState } from './desk.server';
import { convertMinor, otherCurrency, unitPriceAt, type RateTable } from '~/lib/money';
import { responseFigures, type ResponseFigure } from './response-figures.server';

export const SORTS = ['price', 'lead', 'validity'] as const;
export type CompareSort = (typeof SORTS)[number];

export function readSort(value: string | null): CompareSort | null {
  return SORTS.find((s) => s === value) ?? null;
}

export interface CompareLine {
  nameEn: string;
  nameZh: string;
  /** The buyer's quantity (as asked in the inquiry; the quoted quantity when the product was not asked for). */
  quantity: number;
  unit: string;
  /** The line's unit price at that quantity, its ladder applied. */
  unitPriceMinor: number;
  /** The same converted at the pavilion's rate; null without a rate. */
  unitPriceOtherMinor: number | null;
  /** The quantity the exporter quoted, when it is not the buyer's (e.g. raised to the MOQ); null when they match. */
  quotedQuantity: number | null;
  /** What this line comes to as quoted: the quoted quantity at its own ladder price, as an accepted quote's invoice says. */
  totalMinor: number;
  /** The product's minimum order, from its listing (null when the line is not a listed product). */
  moq: { quantity: number; unit: string } | null;
}

export interface CompareColumn {
  reference: string;
  /** The inquiry the page was opened from. */
  current: boolean;
  exporter: { slug: string; nameEn: string; nameZh: string; status: string; verifiedAt: Date | null };
  /** The exporter's measured trust figures (null only if they could not be read). */
  response: ResponseFigure | null;
  quote: {
    version: number;
    state: QuoteState;
    currency: string;
    otherCurrency: 'USD' | 'CNY';
    incoterm: string;
    namedPlace: string;
    leadTimeDays: number;
    validUntil: string;
    lines: CompareLine[];
    totalMinor: number;
    totalOtherMinor: number | null;
    /** The total in US cents, to rank quotes in different currencies (null without a rate). */
    totalUsdMinor: number | null;
  } | null;
}

export interface Comparison {
  reference: string;
  columns: CompareColumn[];
  sort: CompareSort | null;
  /** The date of the operator's rates used for the conversions (the latest change of one of them). */
  ratesDate: Date | null;
}

/**
 * The quotes of one submission side by side: for each exporter the inquiry
 * went to, its latest sent quote priced at the buyer's quantities, converted
 * at the pavilion's rates; exporters that have not quoted yet have no quote.
 * Null when the caller may not see the inquiry (see `buyerInquiryAccess`).
 */
export async function compareQuotes(
  db: Db,
  reference: string,
  credentials: BuyerCredentials,
  sort: CompareSort | null,
  now = new Date(),
): Promise<Comparison | null> {
  const access = await buyerInquiryAccess(db, reference, credentials);
  if (!access) return null;
  const inquiries = await db
    .select({
      id: t.inquiries.id,
      reference: t.inquiries.reference,
      exporter: {
        id: t.exporters.id,
        slug: t.exporters.slug,
        nameEn: t.exporters.nameEn,
        nameZh: t.exporters.nameZh,
        status: t.exporters.status,
        verifiedAt: t.exporters.verifiedAt,
      },
    })
    .from(t.inquiries)
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where(eq(t.inquiries.submissionId, access.submission.id))
    .orderBy(asc(t.inquiries.id));
  const ids = inquiries.map((i) => i.id);
  const [quotes, items, rateRows, figures] = await Promise.all([
    latestSentQuotes(db, ids, today(now)),
    db
      .select({ inquiryId: t.inquiryItems.inquiryId, productId: t.inquiryItems.productId, quantity: t.inquiryItems.quantity })
      .from(t.inquiryItems)
      .where(inArray(t.inquiryItems.inquiryId, ids)),
    db.select().from(t.exchangeRates),
    responseFigures(db, inquiries, now),
  ]);
  const productIds = [...quotes.values()].flatMap((q) => q.lines.map((l) => l.productId)).filter((id): id is number => id !== null);
  const products = productIds.length
    ? await db.select({ id: t.products.id, moq: t.products.moq, unit: t.products.unit }).from(t.products).where(inArray(t.products.id, productIds))
    : [];
  const moqs = new Map(products.map((p) => [p.id, { quantity: p.moq, unit: p.unit }]));
  const rates: RateTable = Object.fromEntries(rateRows.map((r) => [r.currency, r.perUsd]));
  const asked = new Map(items.filter((i) => i.productId !== null).map((i) => [`${i.inquiryId}:${i.productId}`, i.quantity]));

  const columns: CompareColumn[] = inquiries.map((inquiry) => {
    const q = quotes.get(inquiry.id);
    const { id: _id, ...exporter } = inquiry.exporter;
    const column: CompareColumn = {
      reference: inquiry.reference,
      current: inquiry.id === access.inquiry.id,
      exporter,
      response: figures.get(inquiry.id) ?? null,
      quote: null,
    };
    if (!q) return column;
    const other = otherCurrency(q.currency);
    const lines = q.lines.map((line): CompareLine => {
      const quantity = (line.productId !== null ? asked.get(`${inquiry.id}:${line.productId}`) : undefined) ?? line.quantity;
      const unitPriceMinor = unitPriceAt(line.unitPriceMinor, line.tiers, quantity);
      return {
        nameEn: line.productNameEn,
        nameZh: line.productNameZh,
        quantity,
        unit: line.unit,
        unitPriceMinor,
        unitPriceOtherMinor: convertMinor(unitPriceMinor, q.currency, other, rates),
        quotedQuantity: line.quantity === quantity ? null : line.quantity,
        totalMinor: unitPriceAt(line.unitPriceMinor, line.tiers, line.quantity) * line.quantity,
        moq: line.productId !== null ? (moqs.get(line.productId) ?? null) : null,
      };
    });
    const totalMinor = lines.reduce((sum, l) => sum + l.totalMinor, 0);
    column.quote = {
      version: q.version,
      state: q.state,
      currency: q.currency,
      otherCurrency: other,
      incoterm: q.incoterm,
      namedPlace: q.namedPlace,
      leadTimeDays: q.leadTimeDays,
      validUntil: q.validUntil,
      lines,
      totalMinor,
      totalOtherMinor: convertMinor(totalMinor, q.currency, other, rates),
      totalUsdMinor: convertMinor(totalMinor, q.currency, 'USD', rates),
    };
    return column;
  });
  const used = rateRows.filter((r) => r.currency === 'CNY' || columns.some((c) => c.quote?.currency === r.currency));
  const ratesDate = used.reduce<Date | null>((latest, r) => (latest && latest > r.updatedAt ? latest : r.updatedAt), null);
  return { reference, columns: sortColumns(columns, sort), sort, ratesDate };
}

/** Quotes first in the chosen order (cheapest total, shortest lead time, longest valid), then exporters without a quote. */
export function sortColumns(columns: CompareColumn[], sort: CompareSort | null): CompareColumn[] {
  if (!sort) return columns;
  const key = (c: CompareColumn): number | string | null => {
    const q = c.quote;
    if (!q) return null;
    if (sort === 'price') return q.totalUsdMinor;
    if (sort === 'lead') return q.leadTimeDays;
    return q.validUntil;
  };
  return [...columns].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    if (ka === kb) return 0;
    // Validity: the quote valid longest comes first; prices and lead times: the smallest.
    const ascending = ka < kb ? -1 : 1;
    return sort === 'validity' ? -ascending : ascending;
  });
}
