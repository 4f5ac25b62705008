import { z } from 'zod';
import type { ProformaDocument } from '~/features/quotes/document';

/**
 * The stored shape of a proforma invoice (`proformas.document`), checked when it is read back: the column
 * is plain JSON to the database, and an invoice printed from a document of another shape would print
 * wrong amounts or empty parties. Kept in step with `ProformaDocument` by the type check below.
 */
const minor = z.number().int().safe();
const text = z.string();

export const proformaDocumentSchema = z.object({
  number: text,
  issuedOn: text,
  validUntil: text,
  inquiryReference: text,
  quoteVersion: z.number().int(),
  seller: z.object({ nameEn: text, nameZh: text, city: text, province: text, email: text, verifiedOn: text.nullable() }),
  buyer: z.object({ name: text, company: text, email: text, phone: text, city: text, province: text }),
  currency: text,
  incoterm: text,
  namedPlace: text,
  portOfLoading: text,
  portOfDischarge: text,
  leadTimeDays: z.number().int(),
  lines: z.array(
    z.object({ nameEn: text, nameZh: text, hsCode: text, origin: text, quantity: z.number(), unit: text, unitPriceMinor: minor, amountMinor: minor }),
  ),
  totalMinor: minor,
  paymentTerms: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tt'), depositPercent: z.number() }),
    z.object({ kind: z.literal('lc-sight') }),
    z.object({ kind: z.literal('dp') }),
  ]),
  sampleOffer: z.object({ costMinor: minor, currency: text, days: z.number().int() }).nullable(),
  packing: text,
  notes: text,
  paymentInstructions: z.object({ beneficiary: text, bank: text, bankAddress: text, swift: text, iban: text, currency: text, raast: text }).nullable(),
}) satisfies z.ZodType<ProformaDocument>;

/** A stored document as a `ProformaDocument`; throws (naming the invoice) when it has another shape. */
export function readProformaDocument(number: string, stored: unknown): ProformaDocument {
  const parsed = proformaDocumentSchema.safeParse(stored);
  if (!parsed.success) throw new Error(`Proforma invoice ${number}: stored document of an unknown shape (${parsed.error.issues[0]?.path.join('.')})`);
  return parsed.data;
}
