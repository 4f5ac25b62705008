import type { Db } from '~/server/db/client.server';
import { trustFigures, type TrustFigures } from '~/features/trust/figures.server';

/**
 * What the comparison shows about how an exporter answers: the pavilion's
 * measured trust figures of the exporter (response rate within 24 h and median
 * first reply over the last 90 days, quotations sent, proforma invoices
 * issued), the same figures as on the exporter's page, with "not enough data"
 * below three counted inquiries.
 */
export type ResponseFigure = TrustFigures;

interface InquiryOfExporter {
  id: number;
  exporter: { id: number };
}

/** The trust figures of each inquiry's exporter, keyed by inquiry id (one query per figure, not per exporter). */
export async function responseFigures(db: Db, inquiries: InquiryOfExporter[], now = new Date()): Promise<Map<number, ResponseFigure>> {
  const figures = await trustFigures(
    db,
    inquiries.map((i) => i.exporter.id),
    now,
  );
  const result = new Map<number, ResponseFigure>();
  for (const inquiry of inquiries) {
    const f = figures.get(inquiry.exporter.id);
    if (f) result.set(inquiry.id, f);
  }
  return result;
}
