/**
 * What the pavilion measured of one exporter, from its own records, with the
 * counts behind every figure so a page can write the formula out.
 */
export interface TrustFigures {
  /** The period the figures cover: `from` (inclusive) to `to` (now). */
  period: { from: Date; to: Date };
  /** Inquiries received in the period that count: answered ones, and unanswered ones older than 24 h. */
  received: number;
  /** Of those, answered within 24 h of arriving. */
  answeredWithin24h: number;
  /** Received in the last 24 h and not answered yet: not counted until their 24 h are up. */
  pending: number;
  /** At least `MIN_INQUIRIES` counted: the rate and median below mean something. */
  enoughData: boolean;
  /** answeredWithin24h ÷ received, 0–1; null with not enough data. */
  responseRate: number | null;
  /** How many of the counted inquiries have had any reply (the median's base). */
  answered: number;
  /** Median time from inquiry to first reply over the answered ones, in ms; null with not enough data or none answered. */
  medianFirstResponseMs: number | null;
  /** Inquiries the exporter sent a quotation for in the period (revisions of one quote count once). */
  quotesSent: number;
  /** Proforma invoices issued in the period. */
  proformasIssued: number;
}
