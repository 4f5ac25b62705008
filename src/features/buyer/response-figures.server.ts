import type { Db } from '~/server/db/client.server';

/**
 * What the comparison shows about how an exporter answers.
 *
 * `inquiry`: this inquiry's own first-response time (hours from sending to the
 * exporter's first reply; null while unanswered), labelled as such on the page.
 *
 * `trust`: the exporter's response figures across the pavilion — to be filled
 * from `trustFigures(db, exporterIds)` of `src/features/trust/figures.server.ts`
 * once that module exists (see `responseFigures` below).
 */
export type ResponseFigure = { kind: 'inquiry'; hours: number | null } | { kind: 'trust'; medianHours: number | null; responseRate: number | null };

interface InquiryTiming {
  id: number;
  createdAt: Date;
  firstResponseAt: Date | null;
  exporter: { id: number };
}

/**
 * THE HOOK for the exporters' response figures in the quote comparison.
 *
 * Today it reads each inquiry's own first-response time. When
 * `src/features/trust/figures.server.ts` exists, call
 * `trustFigures(db, inquiries.map((i) => i.exporter.id))` here and return
 * `{ kind: 'trust', … }` per inquiry instead: the comparison page already
 * renders both kinds and names the source of the figures.
 */
export async function responseFigures(_db: Db, inquiries: InquiryTiming[], _now = new Date()): Promise<Map<number, ResponseFigure>> {
  return new Map(
    inquiries.map((i) => [
      i.id,
      {
        kind: 'inquiry' as const,
        hours: i.firstResponseAt ? Math.max(0, Math.round((i.firstResponseAt.getTime() - i.createdAt.getTime()) / 3_600_000)) : null,
      },
    ]),
  );
}
