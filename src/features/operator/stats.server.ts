import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';

/** Days the console's charts look back, today (UTC) included. */
export const CHART_DAYS = 30;

const DAY = 86_400_000;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/** Midnight UTC of the first day of the window that ends today. */
export function windowStart(now: Date, days = CHART_DAYS): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(midnight - (days - 1) * DAY);
}

export interface DayCount {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  count: number;
}

/** Inquiries received per UTC day over the last `days` days, oldest first, days without any included as 0. */
export async function inquiriesPerDay(db: Db, now = new Date(), days = CHART_DAYS): Promise<DayCount[]> {
  const start = windowStart(now, days);
  const result = await db.execute(sql`
    select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as n
    from inquiries
    where created_at >= ${start.toISOString()}::timestamptz and created_at < ${new Date(start.getTime() + days * DAY).toISOString()}::timestamptz
    group by 1`);
  const counts = new Map(rowsOf<{ day: string; n: number | string }>(result).map((r) => [r.day, Number(r.n)]));
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(start.getTime() + i * DAY).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

export interface CategoryResponse {
  slug: string;
  nameEn: string;
  nameZh: string;
  /** Inquiries of the window that concern this category. */
  inquiries: number;
  /** Of those, the ones the exporter has answered. */
  answered: number;
  /** Median time from submission to the exporter's first answer, in hours; null when none is answered yet. */
  medianHours: number | null;
}

/**
 * Median first-response time per category for the inquiries received in the
 * window. An inquiry counts in the category of each of its products (a basket
 * can span categories) or in the category of a sourcing request.
 */
export async function responseTimesByCategory(db: Db, now = new Date(), days = CHART_DAYS): Promise<CategoryResponse[]> {
  const start = windowStart(now, days);
  const result = await db.execute(sql`
    with concerned as (
      select distinct i.id, coalesce(p.category_id, s.category_id) as category_id, i.created_at, i.first_response_at
      from inquiries i
      join inquiry_submissions s on s.id = i.submission_id
      left join inquiry_items it on it.inquiry_id = i.id
      left join products p on p.id = it.product_id
      where i.created_at >= ${start.toISOString()}::timestamptz and i.created_at < ${new Date(start.getTime() + days * DAY).toISOString()}::timestamptz
    )
    select c.slug, c.name_en, c.name_zh, count(*)::int as inquiries, count(x.first_response_at)::int as answered,
      percentile_cont(0.5) within group (order by extract(epoch from (x.first_response_at - x.created_at))) as median_seconds
    from concerned x
    join categories c on c.id = x.category_id
    group by c.id, c.slug, c.name_en, c.name_zh, c.position
    order by c.position, c.slug`);
  return rowsOf<{
    slug: string;
    name_en: string;
    name_zh: string;
    inquiries: number | string;
    answered: number | string;
    median_seconds: number | string | null;
  }>(result).map((r) => ({
    slug: r.slug,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    inquiries: Number(r.inquiries),
    answered: Number(r.answered),
    medianHours: r.median_seconds === null ? null : Number(r.median_seconds) / 3600,
  }));
}
