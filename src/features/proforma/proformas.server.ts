import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ProformaDocument } from '~/features/quotes/document';
import type { PaymentProofInput } from '~/features/proforma/schema';
import { readProformaDocument } from '~/features/proforma/document-schema';
import { inquiryRow } from '~/features/inquiry/service.server';
import { buyerInquiryAccess, type BuyerCredentials } from '~/features/buyer/access.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** The buyer's record of a transfer, as stored in `proformas.payment_proof`. */
export type PaymentProof = { bank: string; transferReference: string; amount: string; currency: string; paidOn: string };

/** One proforma invoice with what both sides see of its payment. */
export type ProformaView = {
  id: number;
  number: string;
  reference: string;
  document: ProformaDocument;
  issuedAt: Date;
  paymentProof: PaymentProof | null;
  paymentRecordedAt: Date | null;
  receiptConfirmedAt: Date | null;
};

const REFERENCE = /^PKP-\d{4}-\d{6,}$/;

async function latestProforma(db: Db, inquiryId: number, exporterId: number): Promise<Omit<ProformaView, 'reference'> | null> {
  const [row] = await db
    .select({ proforma: t.proformas })
    .from(t.proformas)
    .innerJoin(t.quotes, eq(t.proformas.quoteId, t.quotes.id))
    .where(and(eq(t.quotes.inquiryId, inquiryId), eq(t.proformas.exporterId, exporterId)))
    .orderBy(desc(t.proformas.issuedAt), desc(t.proformas.id))
    .limit(1);
  if (!row) return null;
  const p = row.proforma;
  const proof = p.paymentProof;
  return {
    id: p.id,
    number: p.number,
    document: readProformaDocument(p.number, p.document),
    issuedAt: p.issuedAt,
    paymentProof: proof
      ? {
          bank: proof.bank ?? '',
          transferReference: proof.transferReference ?? '',
          amount: proof.amount ?? '',
          currency: proof.currency ?? '',
          paidOn: proof.paidOn ?? '',
        }
      : null,
    paymentRecordedAt: p.paymentRecordedAt,
    receiptConfirmedAt: p.receiptConfirmedAt,
  };
}

/**
 * The proforma invoice of an inquiry for the holder of the inquiry's private status token, authorised
 * exactly like the buyer's status page; null when the reference is malformed or unknown, the token wrong,
 * or no quote of the inquiry has been accepted.
 */
export async function proformaForBuyer(db: Db, reference: string, credentials: BuyerCredentials): Promise<ProformaView | null> {
  const view = await buyerInquiryAccess(db, reference, credentials);
  if (!view) return null;
  const found = await latestProforma(db, view.inquiry.id, view.inquiry.exporterId);
  return found && { ...found, reference: view.inquiry.reference };
}

/** The proforma invoice of one of this exporter's inquiries; null for another exporter's, as if none existed. */
export async function proformaForExporter(db: Db, exporterId: number, reference: string): Promise<ProformaView | null> {
  if (!REFERENCE.test(reference)) return null;
  const row = await inquiryRow(db, { reference });
  if (!row || row.inquiry.exporterId !== exporterId) return null;
  const found = await latestProforma(db, row.inquiry.id, exporterId);
  return found && { ...found, reference: row.inquiry.reference };
}

export type RecordOutcome = 'recorded' | 'already' | 'notFound';

/**
 * The buyer records the transfer they made. The first record stands: a repeated post (a reload, a second
 * click) changes nothing and mails nobody again. The exporter is told by mail in the same transaction.
 */
export async function recordPayment(db: Db, input: PaymentProofInput, buyerEmail: string | null = null, now = new Date()): Promise<RecordOutcome> {
  const view = await proformaForBuyer(db, input.reference, { token: input.token, buyerEmail });
  if (!view) return 'notFound';
  const proof: PaymentProof = {
    bank: input.bank,
    transferReference: input.transferReference,
    amount: input.amount,
    currency: input.currency,
    paidOn: input.paidOn,
  };
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(t.proformas)
      .set({ paymentProof: proof, paymentRecordedAt: now })
      .where(and(eq(t.proformas.id, view.id), isNull(t.proformas.paymentRecordedAt)))
      .returning({ id: t.proformas.id });
    if (!updated) return 'already';
    await tx.insert(t.outboxJobs).values({ kind: 'proforma.payment', payload: { proformaId: view.id }, messageId: `proforma-${view.id}-payment` });
    return 'recorded';
  });
}

/** The exporter confirms the money arrived; once: confirming again changes nothing. The buyer is told by mail. */
export async function confirmReceipt(db: Db, exporterId: number, reference: string, now = new Date()): Promise<RecordOutcome> {
  const view = await proformaForExporter(db, exporterId, reference);
  if (!view) return 'notFound';
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(t.proformas)
      .set({ receiptConfirmedAt: now })
      .where(and(eq(t.proformas.id, view.id), eq(t.proformas.exporterId, exporterId), isNull(t.proformas.receiptConfirmedAt)))
      .returning({ id: t.proformas.id });
    if (!updated) return 'already';
    await tx.insert(t.outboxJobs).values({ kind: 'proforma.receipt', payload: { proformaId: view.id }, messageId: `proforma-${view.id}-receipt` });
    return 'recorded';
  });
}
