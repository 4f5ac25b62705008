import type { PaymentInstructions, PaymentTerms, SampleOffer } from '~/server/db/schema.server';

/**
 * A proforma invoice as issued: everything printed on it, frozen when the buyer accepted the quote, so
 * later edits of the exporter's profile or products never change an invoice already sent. Stored in
 * `proformas.document`; rendered as a printable page and as a PDF, both bilingual (English and Chinese
 * side by side), whatever the reader's language.
 *
 * Money is integer minor units (cents, fen) of `currency`, never floats.
 */
export type ProformaDocument = {
  /** e.g. PI-KCSW-2026-0001, unique, numbered per exporter. */
  number: string;
  /** ISO date (YYYY-MM-DD) of issue, and the last day the quoted prices hold. */
  issuedOn: string;
  validUntil: string;
  /** The inquiry and the quote version it came from. */
  inquiryReference: string;
  quoteVersion: number;
  seller: {
    nameEn: string;
    nameZh: string;
    city: string;
    province: string;
    email: string;
    /** Set when the pavilion verified the exporter: an ISO date. */
    verifiedOn: string | null;
  };
  buyer: {
    name: string;
    company: string;
    email: string;
    phone: string;
    city: string;
    province: string;
  };
  /** USD or CNY. */
  currency: string;
  /** Incoterms 2020 rule and its named place, e.g. FOB + Karachi. */
  incoterm: string;
  namedPlace: string;
  portOfLoading: string;
  portOfDischarge: string;
  leadTimeDays: number;
  lines: Array<{
    nameEn: string;
    nameZh: string;
    hsCode: string;
    origin: string;
    quantity: number;
    unit: string;
    unitPriceMinor: number;
    amountMinor: number;
  }>;
  totalMinor: number;
  paymentTerms: PaymentTerms;
  sampleOffer: SampleOffer | null;
  packing: string;
  notes: string;
  /** The exporter's bank details at issue; null when the exporter has not given them yet. */
  paymentInstructions: PaymentInstructions | null;
};
