import { and, count, countDistinct, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { TrustFigures } from './types';

/** How far back the figures look: the 90 days before `now`. */
export const PERIOD_DAYS = 90;
/** An inquiry counts as answered in time when the first reply came within this many hours. */
export const ANSWER_HOURS = 24;
/** Fewer counted inquiries than this give "not enough data", never a rate made from nothing. */
export const MIN_INQUIRIES = 3;

const HOUR_MS = 3_600_000;

export type { TrustFigures };

/** The start of the period that ends at `now`. */
export function periodStart(now: Date): Date {
  return new Date(now.getTime() - PERIOD_DAYS * 24 * HOUR_MS);
}

/**
 * The trust figures of several exporters at once: one query per figure, never
 * one per exporter. Exporters without any activity get figures of zero counts
 * (and "not enough data"), so every id asked for is in the map.
 *
 * An inquiry belongs to the period when it arrived in [now − 90 days, now].
 * Response rate = inquiries answered within 24 h ÷ inquiries received; an
 * inquiry younger than 24 h that is not answered yet is left out of both
 * (it may still be answered in time), and one answered is counted at once.
 * A reply dated after `now` is treated as not given yet.
 */
export async function trustFigures(db: Db, exporterIds: number[], now = new Date()): Promise<Map<number, TrustFigures>> {
  const ids = [...new Set(exporterIds)];
  const from = periodStart(now);
  const result = new Map<number, TrustFigures>();
  if (!ids.length) return result;

  const inPeriod = and(inArray(t.inquiries.exporterId, ids), gte(t.inquiries.createdAt, from), lte(t.inquiries.createdAt, now));
  const answeredBy = sql`${t.inquiries.firstResponseAt} is not null and ${t.inquiries.firstResponseAt} <= ${now}`;
  const dayOld = new Date(now.getTime() - ANSWER_HOURS * HOUR_MS);
  const answeredInTime = sql`${answeredBy} and ${t.inquiries.firstResponseAt} <= ${t.inquiries.createdAt} + make_interval(hours => ${ANSWER_HOURS})`;
  const counted = sql`(${answeredBy}) or ${t.inquiries.createdAt} <= ${dayOld}`;

  const [rates, medians, quotes, proformas] = await Promise.all([
    db
      .select({
        exporterId: t.inquiries.exporterId,
        received: sql<number>`count(*) filter (where ${counted})`.mapWith(Number),
        answeredWithin24h: sql<number>`count(*) filter (where ${answeredInTime})`.mapWith(Number),
        pending: sql<number>`count(*) filter (where not (${counted}))`.mapWith(Number),
      })
      .from(t.inquiries)
      .where(inPeriod)
      .groupBy(t.inquiries.exporterId),
    db
      .select({
        exporterId: t.inquiries.exporterId,
        answered: count(),
        // percentile_cont: with an even count, the mean of the two middle values.
        medianMs: sql<
          number | null
        >`percentile_cont(0.5) within group (order by extract(epoch from (${t.inquiries.firstResponseAt} - ${t.inquiries.createdAt})) * 1000)`.mapWith((v) =>
          v === null ? null : Math.round(Number(v)),
        ),
      })
      .from(t.inquiries)
      .where(and(inPeriod, isNotNull(t.inquiries.firstResponseAt), lte(t.inquiries.firstResponseAt, now)))
      .groupBy(t.inquiries.exporterId),
    db
      .select({ exporterId: t.quotes.exporterId, n: countDistinct(t.quotes.inquiryId) })
      .from(t.quotes)
      .where(and(inArray(t.quotes.exporterId, ids), gte(t.quotes.sentAt, from), lte(t.quotes.sentAt, now)))
      .groupBy(t.quotes.exporterId),
    db
      .select({ exporterId: t.proformas.exporterId, n: count() })
      .from(t.proformas)
      .where(and(inArray(t.proformas.exporterId, ids), gte(t.proformas.issuedAt, from), lte(t.proformas.issuedAt, now)))
      .groupBy(t.proformas.exporterId),
  ]);

  const rateOf = new Map(rates.map((r) => [r.exporterId, r]));
  const medianOf = new Map(medians.map((r) => [r.exporterId, r]));
  const quotesOf = new Map(quotes.map((r) => [r.exporterId, r.n]));
  const proformasOf = new Map(proformas.map((r) => [r.exporterId, r.n]));
  for (const id of ids) {
    const rate = rateOf.get(id);
    const median = medianOf.get(id);
    const received = rate?.received ?? 0;
    const answeredWithin24h = rate?.answeredWithin24h ?? 0;
    const enoughData = received >= MIN_INQUIRIES;
    result.set(id, {
      period: { from, to: now },
      received,
      answeredWithin24h,
      pending: rate?.pending ?? 0,
      enoughData,
      responseRate: enoughData ? answeredWithin24h / received : null,
      answered: median?.answered ?? 0,
      medianFirstResponseMs: enoughData && median ? median.medianMs : null,
      quotesSent: quotesOf.get(id) ?? 0,
      proformasIssued: proformasOf.get(id) ?? 0,
    });
  }
  return result;
}
