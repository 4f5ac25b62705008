import { and, asc, desc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import { buyerInquiryAccess, type BuyerCredentials, type BuyerInquiry } from '~/features/buyer/access.server';
import { CITIES, PROVINCES, type CitySlug, type ProvinceSlug } from '~/lib/geo';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { ProformaDocument } from './document';
import { lineAmount, sumMinor, unitPriceAt } from '~/lib/money';
import { shanghaiDay, type QuoteAnswer, type QuoteInput } from './schema';
import { placeName, portsOf } from './terms';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type QuoteRow = typeof t.quotes.$inferSelect;
type LineRow = typeof t.quoteLines.$inferSelect;

/** What a reader sees of a version: `expired` is a sent version past its validity (in China's calendar). */
export type QuoteState = QuoteRow['status'] | 'expired';

export interface QuoteLineView {
  nameEn: string;
  nameZh: string;
  hsCode: string;
  quantity: number;
  unit: string;
  unitPriceMinor: number;
  tiers: t.QuoteTier[];
  /** The unit price for the quoted quantity (the tier it reaches), and quantity × that price. */
  appliedPriceMinor: number;
  amountMinor: number;
  productId: number | null;
}

export interface QuoteView {
  id: number;
  version: number;
  state: QuoteState;
  currency: string;
  incoterm: string;
  namedPlace: string;
  leadTimeDays: number;
  validUntil: string;
  paymentTerms: t.PaymentTerms;
  sampleOffer: t.SampleOffer | null;
  packing: string;
  notes: string;
  revisionRequest: string | null;
  revisionRequestedAt: Date | null;
  createdAt: Date;
  sentAt: Date | null;
  decidedAt: Date | null;
  lines: QuoteLineView[];
  totalMinor: number;
  /** The proforma invoice's number once the buyer accepted this version. */
  proformaNumber: string | null;
}

/** A sent version whose last valid day (in Asia/Shanghai) is before today there. */
export function isExpired(quote: Pick<QuoteRow, 'status' | 'validUntil'>, now = new Date()): boolean {
  return quote.status === 'sent' && quote.validUntil < shanghaiDay(now);
}

function lineView(line: LineRow): QuoteLineView {
  const appliedPriceMinor = unitPriceAt(line.unitPriceMinor, line.tiers, line.quantity);
  return {
    nameEn: line.productNameEn,
    nameZh: line.productNameZh,
    hsCode: line.hsCode,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceMinor: line.unitPriceMinor,
    tiers: line.tiers,
    appliedPriceMinor,
    // The schema refuses amounts past a safe integer, so this is never null for a stored line.
    amountMinor: lineAmount(line.quantity, appliedPriceMinor) ?? 0,
    productId: line.productId,
  };
}

async function views(db: Db | Tx, rows: QuoteRow[], now: Date): Promise<QuoteView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [lines, proformas] = await Promise.all([
    db.select().from(t.quoteLines).where(inArray(t.quoteLines.quoteId, ids)).orderBy(asc(t.quoteLines.position)),
    db.select({ quoteId: t.proformas.quoteId, number: t.proformas.number }).from(t.proformas).where(inArray(t.proformas.quoteId, ids)),
  ]);
  return rows.map((q) => {
    const own = lines.filter((l) => l.quoteId === q.id).map(lineView);
    return {
      id: q.id,
      version: q.version,
      state: isExpired(q, now) ? 'expired' : q.status,
      currency: q.currency,
      incoterm: q.incoterm,
      namedPlace: q.namedPlace,
      leadTimeDays: q.leadTimeDays,
      validUntil: q.validUntil,
      paymentTerms: q.paymentTerms,
      sampleOffer: q.sampleOffer,
      packing: q.packing,
      notes: q.notes,
      revisionRequest: q.revisionRequest,
      revisionRequestedAt: q.revisionRequestedAt,
      createdAt: q.createdAt,
      sentAt: q.sentAt,
      decidedAt: q.decidedAt,
      lines: own,
      totalMinor: sumMinor(own.map((l) => l.amountMinor)) ?? 0,
      proformaNumber: proformas.find((p) => p.quoteId === q.id)?.number ?? null,
    };
  });
}

/** Every version of the quotes of one inquiry of this exporter, newest first; empty for another exporter's inquiry. */
export async function exporterQuotes(db: Db, exporterId: number, inquiryId: number, now = new Date()): Promise<QuoteView[]> {
  const rows = await db
    .select()
    .from(t.quotes)
    .where(and(eq(t.quotes.inquiryId, inquiryId), eq(t.quotes.exporterId, exporterId)))
    .orderBy(desc(t.quotes.version));
  return views(db, rows, now);
}

/**
 * The quotes the buyer may see (every version but drafts), newest first;
 * null when the reference is unknown or the caller is not its buyer (neither the
 * private link's token nor the signed-in buyer who sent it).
 */
export async function buyerQuotes(db: Db, reference: string, credentials: BuyerCredentials, now = new Date()): Promise<QuoteView[] | null> {
  const view = await buyerInquiryAccess(db, reference, credentials);
  if (!view) return null;
  const rows = await db
    .select()
    .from(t.quotes)
    .where(and(eq(t.quotes.inquiryId, view.inquiry.id), ne(t.quotes.status, 'draft')))
    .orderBy(desc(t.quotes.version));
  return views(db, rows, now);
}

/** Whether the inquiry of this reference was routed to this exporter. */
export async function ownsInquiry(db: Db, exporterId: number, reference: string): Promise<boolean> {
  const [row] = await db
    .select({ id: t.inquiries.id })
    .from(t.inquiries)
    .where(and(eq(t.inquiries.reference, reference), eq(t.inquiries.exporterId, exporterId)));
  return row !== undefined;
}

/** The inquiry row, locked for this transaction: every change of an inquiry's quotes goes one at a time. */
async function lockInquiry(tx: Tx, where: ReturnType<typeof and>) {
  const [inquiry] = await tx.select().from(t.inquiries).where(where).for('update');
  return inquiry ?? null;
}

export type SaveResult =
  | { ok: true; quoteId: number; version: number; status: 'draft' | 'sent'; replay: boolean }
  | { ok: false; error: 'notFound' | 'accepted' | 'notDraft' }
  | { ok: false; error: 'fields'; errors: Record<string, string> };

export interface SaveOptions {
  /** Send it to the buyer (else it stays a draft). */
  send: boolean;
  /** The editor's form token: a retried post lands once. */
  idempotencyKey: string;
  now?: Date;
}

const originOf = (city: string, province: string) =>
  [CITIES[city as CitySlug]?.en ?? city, PROVINCES[province as ProvinceSlug]?.en ?? province, 'Pakistan'].filter(Boolean).join(', ');

/**
 * The exporter saves a draft or sends a quote for one of its inquiries. There
 * is at most one draft per inquiry, edited in place; sending makes it the next
 * version, marks the previous sent version `revised`, counts as the
 * exporter's reply, and mails the buyer — all in one transaction. A retry
 * with the same key answers as the first did. Nothing is quoted once the
 * buyer accepted a version.
 */
export async function saveQuote(db: Db, exporterId: number, reference: string, input: QuoteInput, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const inquiry = await lockInquiry(tx, and(eq(t.inquiries.reference, reference), eq(t.inquiries.exporterId, exporterId)));
    if (!inquiry) return { ok: false, error: 'notFound' } as const;
    const [previous] = await tx
      .select()
      .from(t.quotes)
      .where(and(eq(t.quotes.exporterId, exporterId), eq(t.quotes.idempotencyKey, options.idempotencyKey)));
    if (previous && previous.inquiryId !== inquiry.id) return { ok: false, error: 'notFound' } as const;
    // A retried post of a form already sent is answered as it was; a draft is simply saved again (in place).
    if (previous && previous.status !== 'draft') return { ok: true, quoteId: previous.id, version: previous.version, status: 'sent', replay: true } as const;
    const quotes = await tx.select().from(t.quotes).where(eq(t.quotes.inquiryId, inquiry.id));
    if (quotes.some((q) => q.status === 'accepted')) return { ok: false, error: 'accepted' } as const;

    const lines = await resolveLines(tx, inquiry.id, exporterId, input);
    if ('errors' in lines) return { ok: false, error: 'fields', errors: lines.errors } as const;
    const [exporter] = await tx.select({ city: t.exporters.city }).from(t.exporters).where(eq(t.exporters.id, exporterId));
    const values = {
      currency: input.currency,
      incoterm: input.incoterm,
      namedPlace: input.namedPlace === 'exw' ? exporter!.city : input.namedPlace,
      leadTimeDays: input.leadTimeDays,
      validUntil: input.validUntil,
      paymentTerms: input.paymentTerms,
      sampleOffer: input.sampleOffer,
      packing: input.packing,
      notes: input.notes,
      idempotencyKey: options.idempotencyKey,
    };
    const draft = quotes.find((q) => q.status === 'draft');
    let quoteId: number;
    let version: number;
    if (draft) {
      await tx
        .update(t.quotes)
        .set({ ...values, createdAt: now })
        .where(eq(t.quotes.id, draft.id));
      await tx.delete(t.quoteLines).where(eq(t.quoteLines.quoteId, draft.id));
      quoteId = draft.id;
      version = draft.version;
    } else {
      version = Math.max(0, ...quotes.map((q) => q.version)) + 1;
      const [row] = await tx
        .insert(t.quotes)
        .values({ ...values, inquiryId: inquiry.id, exporterId, version, status: 'draft', createdAt: now })
        .returning({ id: t.quotes.id });
      quoteId = row!.id;
    }
    await tx.insert(t.quoteLines).values(lines.rows.map((line, position) => ({ ...line, quoteId, position })));
    if (options.send) {
      await tx
        .update(t.quotes)
        .set({ status: 'revised' })
        .where(and(eq(t.quotes.inquiryId, inquiry.id), eq(t.quotes.status, 'sent')));
      await tx.update(t.quotes).set({ status: 'sent', sentAt: now }).where(eq(t.quotes.id, quoteId));
      await tx
        .update(t.inquiries)
        .set({
          status: inquiry.status === 'closed' ? 'closed' : 'replied',
          firstResponseAt: inquiry.firstResponseAt ?? now,
          readAt: inquiry.readAt ?? now,
          updatedAt: now,
        })
        .where(eq(t.inquiries.id, inquiry.id));
      await tx.insert(t.outboxJobs).values({ kind: 'quote.sent', payload: { quoteId }, messageId: `quote-${quoteId}-sent` });
    } else {
      await tx.update(t.inquiries).set({ updatedAt: now }).where(eq(t.inquiries.id, inquiry.id));
    }
    return { ok: true, quoteId, version, status: options.send ? 'sent' : 'draft', replay: false } as const;
  });
}

/** The quoted lines as stored: products from the inquiry's items (name, HS code, origin), or the names a category request's quote gives. */
async function resolveLines(tx: Tx, inquiryId: number, exporterId: number, input: QuoteInput) {
  const items = await tx
    .select({ item: t.inquiryItems, product: t.products })
    .from(t.inquiryItems)
    .leftJoin(t.products, eq(t.inquiryItems.productId, t.products.id))
    .where(eq(t.inquiryItems.inquiryId, inquiryId));
  const [exporter] = await tx.select({ city: t.exporters.city, province: t.exporters.province }).from(t.exporters).where(eq(t.exporters.id, exporterId));
  const byProduct = items.some((i) => i.item.productId !== null);
  const errors: Record<string, string> = {};
  const rows = input.lines.map((line) => {
    const common = { quantity: line.quantity, unit: line.unit, unitPriceMinor: line.unitPriceMinor, tiers: line.tiers };
    if (byProduct) {
      const found = items.find((x) => x.item.id === line.item && x.item.productId !== null);
      if (!found) {
        errors[`lines.${line.row}.item`] = 'unknownProduct';
        return null;
      }
      const product = found.product;
      return {
        ...common,
        productId: found.item.productId,
        productNameEn: found.item.productNameEn,
        productNameZh: found.item.productNameZh,
        hsCode: line.hsCode || product?.hsCode || '',
        origin: product ? originOf(product.originCity, product.originProvince) : originOf(exporter!.city, exporter!.province),
      };
    }
    if (!line.name) {
      errors[`lines.${line.row}.name`] = 'required';
      return null;
    }
    return {
      ...common,
      productId: null,
      productNameEn: line.name,
      productNameZh: '',
      hsCode: line.hsCode,
      origin: originOf(exporter!.city, exporter!.province),
    };
  });
  if (Object.keys(errors).length) return { errors };
  return { rows: rows.filter((r) => r !== null) };
}

export type WithdrawResult = { ok: true } | { ok: false; error: 'notFound' | 'notSent' };

/** The exporter takes back a sent version (it can no longer be accepted). Only its own. */
export async function withdrawQuote(db: Db, exporterId: number, reference: string, quoteId: number, now = new Date()): Promise<WithdrawResult> {
  return db.transaction(async (tx) => {
    const inquiry = await lockInquiry(tx, and(eq(t.inquiries.reference, reference), eq(t.inquiries.exporterId, exporterId)));
    if (!inquiry) return { ok: false, error: 'notFound' } as const;
    const [quote] = await tx
      .select()
      .from(t.quotes)
      .where(and(eq(t.quotes.id, quoteId), eq(t.quotes.inquiryId, inquiry.id), eq(t.quotes.exporterId, exporterId)))
      .for('update');
    if (!quote) return { ok: false, error: 'notFound' } as const;
    if (quote.status !== 'sent') return { ok: false, error: 'notSent' } as const;
    await tx.update(t.quotes).set({ status: 'withdrawn', decidedAt: now }).where(eq(t.quotes.id, quote.id));
    await tx.update(t.inquiries).set({ updatedAt: now }).where(eq(t.inquiries.id, inquiry.id));
    return { ok: true } as const;
  });
}

export type AnswerResult =
  | { ok: true; done: 'accepted'; proformaNumber: string }
  | { ok: true; done: 'declined' | 'revisionAsked' }
  | { ok: false; error: 'notFound' | 'expired' | 'notOpen' | 'otherAccepted' };

/**
 * The buyer's answer to a sent version, authorised by the inquiry's status
 * token or the signed-in buyer's address: ask for a revision (with a message), decline, or accept. Accepting
 * locks the quote, marks it accepted and issues its proforma invoice in one
 * transaction; accepting again (or at the same moment) answers with the same
 * invoice. An expired, withdrawn or superseded version cannot be accepted,
 * nor any once another version of the inquiry was.
 */
export async function answerQuote(db: Db, answer: QuoteAnswer, buyerEmail: string | null = null, now = new Date()): Promise<AnswerResult> {
  const view = await buyerInquiryAccess(db, answer.reference, { token: answer.token, buyerEmail });
  if (!view) return { ok: false, error: 'notFound' };
  return db.transaction(async (tx) => {
    const inquiry = await lockInquiry(tx, and(eq(t.inquiries.id, view.inquiry.id)));
    const [quote] = await tx
      .select()
      .from(t.quotes)
      .where(and(eq(t.quotes.id, answer.quote), eq(t.quotes.inquiryId, view.inquiry.id), ne(t.quotes.status, 'draft')))
      .for('update');
    if (!inquiry || !quote) return { ok: false, error: 'notFound' } as const;
    if (answer.intent === 'accept' && quote.status === 'accepted') {
      const [proforma] = await tx.select({ number: t.proformas.number }).from(t.proformas).where(eq(t.proformas.quoteId, quote.id));
      return { ok: true, done: 'accepted', proformaNumber: proforma!.number } as const;
    }
    const [accepted] = await tx
      .select({ id: t.quotes.id })
      .from(t.quotes)
      .where(and(eq(t.quotes.inquiryId, inquiry.id), eq(t.quotes.status, 'accepted')));
    if (accepted) return { ok: false, error: 'otherAccepted' } as const;
    if (quote.status !== 'sent') return { ok: false, error: 'notOpen' } as const;
    if (isExpired(quote, now) && answer.intent !== 'revise') return { ok: false, error: 'expired' } as const;

    if (answer.intent === 'revise') {
      await tx.update(t.quotes).set({ revisionRequest: answer.message, revisionRequestedAt: now }).where(eq(t.quotes.id, quote.id));
      await tx
        .insert(t.outboxJobs)
        .values({ kind: 'quote.revision', payload: { quoteId: quote.id }, messageId: `quote-${quote.id}-revision-${now.getTime()}` });
    } else if (answer.intent === 'decline') {
      await tx.update(t.quotes).set({ status: 'declined', decidedAt: now }).where(eq(t.quotes.id, quote.id));
      await tx.insert(t.outboxJobs).values({ kind: 'quote.declined', payload: { quoteId: quote.id }, messageId: `quote-${quote.id}-declined` });
    }
    await tx.update(t.inquiries).set({ updatedAt: now }).where(eq(t.inquiries.id, inquiry.id));
    if (answer.intent === 'revise') return { ok: true, done: 'revisionAsked' } as const;
    if (answer.intent === 'decline') return { ok: true, done: 'declined' } as const;

    await tx.update(t.quotes).set({ status: 'accepted', decidedAt: now }).where(eq(t.quotes.id, quote.id));
    const proforma = await issueProforma(tx, quote, view, now);
    await tx.insert(t.outboxJobs).values([
      { kind: 'quote.accepted', payload: { quoteId: quote.id }, messageId: `quote-${quote.id}-accepted` },
      { kind: 'proforma.buyer', payload: { proformaId: proforma.id }, messageId: `proforma-${proforma.id}-buyer` },
      { kind: 'proforma.exporter', payload: { proformaId: proforma.id }, messageId: `proforma-${proforma.id}-exporter` },
    ]);
    return { ok: true, done: 'accepted', proformaNumber: proforma.number } as const;
  });
}

/** "khewra-crystal-salt-works" → "KCSW": the first letter of each word of the slug, at most six. */
export function slugInitials(slug: string): string {
  const initials = slug
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 6);
  return initials || 'PK';
}

type BuyerView = BuyerInquiry;

/** Numbers and stores the proforma of an accepted quote: the exporter's row is locked, so its numbers never collide. */
async function issueProforma(tx: Tx, quote: QuoteRow, view: BuyerView, now: Date) {
  const [exporter] = await tx.select().from(t.exporters).where(eq(t.exporters.id, quote.exporterId)).for('update');
  const [last] = await tx
    .select({ n: max(t.proformas.sequence) })
    .from(t.proformas)
    .where(eq(t.proformas.exporterId, quote.exporterId));
  const sequence = (last?.n ?? 0) + 1;
  const issuedOn = shanghaiDay(now);
  const tail = `${issuedOn.slice(0, 4)}-${String(sequence).padStart(4, '0')}`;
  const initials = slugInitials(exporter!.slug);
  // Two exporters may share initials: the second one's numbers carry its id, so every number stays unique.
  const [taken] = await tx
    .select({ id: t.proformas.id })
    .from(t.proformas)
    .where(and(sql`${t.proformas.number} like ${`PI-${initials}-%`}`, ne(t.proformas.exporterId, quote.exporterId)))
    .limit(1);
  const number = `PI-${taken ? `${initials}${exporter!.id}` : initials}-${tail}`;
  const lines = await tx.select().from(t.quoteLines).where(eq(t.quoteLines.quoteId, quote.id)).orderBy(asc(t.quoteLines.position));
  const shown = lines.map(lineView);
  const totalMinor = sumMinor(shown.map((l) => l.amountMinor)) ?? 0;
  const ports = portsOf(quote.incoterm, quote.namedPlace, view.submission.destinationPort);
  const s = view.submission;
  const document: ProformaDocument = {
    number,
    issuedOn,
    validUntil: quote.validUntil,
    inquiryReference: view.inquiry.reference,
    quoteVersion: quote.version,
    seller: {
      nameEn: exporter!.nameEn,
      nameZh: exporter!.nameZh,
      city: exporter!.city,
      province: exporter!.province,
      email: exporter!.email,
      verifiedOn: exporter!.verifiedAt ? exporter!.verifiedAt.toISOString().slice(0, 10) : null,
    },
    buyer: { name: s.buyerName, company: s.buyerCompany, email: s.buyerEmail, phone: s.buyerPhone, city: s.buyerCity, province: s.buyerProvince },
    currency: quote.currency,
    incoterm: quote.incoterm,
    namedPlace: placeName(quote.namedPlace, 'en'),
    portOfLoading: ports.loading,
    portOfDischarge: ports.discharge,
    leadTimeDays: quote.leadTimeDays,
    lines: lines.map((line, i) => ({
      nameEn: line.productNameEn,
      nameZh: line.productNameZh,
      hsCode: line.hsCode,
      origin: line.origin,
      quantity: line.quantity,
      unit: line.unit,
      unitPriceMinor: shown[i]!.appliedPriceMinor,
      amountMinor: shown[i]!.amountMinor,
    })),
    totalMinor,
    paymentTerms: quote.paymentTerms,
    sampleOffer: quote.sampleOffer,
    packing: quote.packing,
    notes: quote.notes,
    paymentInstructions: exporter!.paymentInstructions ?? null,
  };
  const [row] = await tx
    .insert(t.proformas)
    .values({ quoteId: quote.id, exporterId: quote.exporterId, sequence, number, currency: quote.currency, totalMinor, document, issuedAt: now })
    .returning({ id: t.proformas.id, number: t.proformas.number });
  return row!;
}
