import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { normalEmail } from './access.server';
import { unitPriceAt, type Tier } from '~/lib/money';

/** The state of a quote as the buyer reads it: its stored status, or `expired` for a sent one past its validity. */
export type QuoteState = 'sent' | 'revised' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

/** A sent quote is expired once its last valid day (`YYYY-MM-DD`) is before today (UTC). */
export function quoteState(status: string, validUntil: string, today: string): QuoteState {
  if (status === 'sent' && validUntil < today) return 'expired';
  return status === 'draft' ? 'sent' : (status as QuoteState);
}

export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** The latest version the exporter has sent of a quote, per inquiry: lines with their prices, and the total at the lines' quantities. */
export interface SentQuote {
  id: number;
  inquiryId: number;
  version: number;
  status: string;
  state: QuoteState;
  currency: string;
  incoterm: string;
  namedPlace: string;
  leadTimeDays: number;
  validUntil: string;
  sentAt: Date | null;
  lines: Array<{
    productId: number | null;
    productNameEn: string;
    productNameZh: string;
    quantity: number;
    unit: string;
    unitPriceMinor: number;
    tiers: Tier[];
  }>;
}

/** The latest sent version of each inquiry's quote (drafts are the exporter's own). */
export async function latestSentQuotes(db: Db, inquiryIds: number[], day = today()): Promise<Map<number, SentQuote>> {
  const latest = new Map<number, SentQuote>();
  if (!inquiryIds.length) return latest;
  const quotes = await db
    .select()
    .from(t.quotes)
    .where(and(inArray(t.quotes.inquiryId, inquiryIds), isNotNull(t.quotes.sentAt), sql`${t.quotes.status} <> 'draft'`))
    .orderBy(asc(t.quotes.inquiryId), desc(t.quotes.version));
  for (const q of quotes) {
    if (latest.has(q.inquiryId)) continue;
    latest.set(q.inquiryId, {
      id: q.id,
      inquiryId: q.inquiryId,
      version: q.version,
      status: q.status,
      state: quoteState(q.status, q.validUntil, day),
      currency: q.currency,
      incoterm: q.incoterm,
      namedPlace: q.namedPlace,
      leadTimeDays: q.leadTimeDays,
      validUntil: q.validUntil,
      sentAt: q.sentAt,
      lines: [],
    });
  }
  const byId = new Map([...latest.values()].map((q) => [q.id, q]));
  if (byId.size) {
    const lines = await db
      .select()
      .from(t.quoteLines)
      .where(inArray(t.quoteLines.quoteId, [...byId.keys()]))
      .orderBy(asc(t.quoteLines.quoteId), asc(t.quoteLines.position), asc(t.quoteLines.id));
    for (const line of lines) {
      byId.get(line.quoteId)?.lines.push({
        productId: line.productId,
        productNameEn: line.productNameEn,
        productNameZh: line.productNameZh,
        quantity: line.quantity,
        unit: line.unit,
        unitPriceMinor: line.unitPriceMinor,
        tiers: line.tiers,
      });
    }
  }
  return latest;
}

/** A quote's total at its lines' quantities, each line priced by its ladder. */
export function quoteTotal(quote: Pick<SentQuote, 'lines'>): number {
  return quote.lines.reduce((sum, line) => sum + unitPriceAt(line.unitPriceMinor, line.tiers, line.quantity) * line.quantity, 0);
}

export interface DeskEntry {
  reference: string;
  createdAt: Date;
  status: 'new' | 'read' | 'replied' | 'closed';
  kind: 'items' | 'category';
  /** The category of a sourcing request. */
  category: { nameEn: string; nameZh: string } | null;
  exporter: { slug: string; nameEn: string; nameZh: string; status: string; verifiedAt: Date | null };
  products: Array<{ nameEn: string; nameZh: string }>;
  quote: { state: QuoteState; version: number; currency: string; totalMinor: number } | null;
  /** Exporter messages and sent quote versions since the buyer last opened the conversation. */
  unread: number;
  /** Other exporters the same submission went to: the comparison is worth offering. */
  comparable: boolean;
}

/** How many inquiries the desk lists (the newest). */
export const DESK_LIMIT = 200;

/**
 * The buyer's desk: every inquiry sent from the buyer's address (trimmed,
 * case-insensitive), across exporters and submissions, newest first, with
 * its latest quote and what is unread. Nobody else's inquiries: the address
 * is the account's, proven by the sign-in link.
 */
export async function buyerDesk(db: Db, email: string, day = today()): Promise<DeskEntry[]> {
  const address = normalEmail(email);
  if (!address) return [];
  const seen = sql`coalesce(${t.inquiries.buyerSeenAt}, '-infinity'::timestamptz)`;
  const rows = await db
    .select({
      id: t.inquiries.id,
      reference: t.inquiries.reference,
      createdAt: t.inquiries.createdAt,
      status: t.inquiries.status,
      kind: t.inquirySubmissions.kind,
      category: { nameEn: t.categories.nameEn, nameZh: t.categories.nameZh },
      exporter: {
        slug: t.exporters.slug,
        nameEn: t.exporters.nameEn,
        nameZh: t.exporters.nameZh,
        status: t.exporters.status,
        verifiedAt: t.exporters.verifiedAt,
      },
      unreadMessages: sql<number>`(select count(*)::int from inquiry_messages m
        where m.inquiry_id = ${t.inquiries.id} and m.author = 'exporter' and m.created_at > ${seen})`,
      unreadQuotes: sql<number>`(select count(*)::int from quotes q
        where q.inquiry_id = ${t.inquiries.id} and q.status <> 'draft' and q.sent_at is not null and q.sent_at > ${seen})`,
      siblings: sql<number>`(select count(*)::int from inquiries o where o.submission_id = ${t.inquiries.submissionId})`,
    })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .leftJoin(t.categories, eq(t.inquirySubmissions.categoryId, t.categories.id))
    .where(sql`lower(trim(${t.inquirySubmissions.buyerEmail})) = ${address}`)
    .orderBy(desc(t.inquiries.createdAt), desc(t.inquiries.id))
    .limit(DESK_LIMIT);
  const ids = rows.map((r) => r.id);
  const [items, quotes] = await Promise.all([
    ids.length
      ? db
          .select({ inquiryId: t.inquiryItems.inquiryId, nameEn: t.inquiryItems.productNameEn, nameZh: t.inquiryItems.productNameZh })
          .from(t.inquiryItems)
          .where(inArray(t.inquiryItems.inquiryId, ids))
          .orderBy(asc(t.inquiryItems.id))
      : Promise.resolve([]),
    latestSentQuotes(db, ids, day),
  ]);
  const products = new Map<number, DeskEntry['products']>();
  for (const item of items) {
    if (!item.nameEn && !item.nameZh) continue;
    products.set(item.inquiryId, [...(products.get(item.inquiryId) ?? []), { nameEn: item.nameEn, nameZh: item.nameZh }]);
  }
  return rows.map((r) => {
    const quote = quotes.get(r.id);
    return {
      reference: r.reference,
      createdAt: r.createdAt,
      status: r.status,
      kind: r.kind,
      category: r.category,
      exporter: r.exporter,
      products: products.get(r.id) ?? [],
      quote: quote ? { state: quote.state, version: quote.version, currency: quote.currency, totalMinor: quoteTotal(quote) } : null,
      unread: Number(r.unreadMessages) + Number(r.unreadQuotes),
      comparable: Number(r.siblings) > 1,
    };
  });
}
