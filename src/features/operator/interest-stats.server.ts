import { asc, inArray, sql } from 'drizzle-orm';
import { lastMonths } from '~/features/operator/trade-stats.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** Months the interest tables cover, the current one (UTC) included. */
export const INTEREST_MONTHS = 12;

export interface InterestCell {
  month: string;
  categoryId: number;
  views: number;
  baskets: number;
  inquiries: number;
}

export interface InterestStats {
  months: string[];
  categories: Array<{ id: number; slug: string; nameEn: string; nameZh: string }>;
  cells: InterestCell[];
  /** Inquiries (one per exporter reached) by the buyer's province over the months shown; '' where none was given. */
  provinces: Array<{ province: string; inquiries: number }>;
}

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/**
 * Views and basket adds (from the counts) and inquiries (from the inquiries received: a basket inquiry counts in
 * each category of its products, a sourcing request in its category) per category and month, and inquiries by
 * buyer province. Only categories with something counted are listed.
 */
export async function interestByCategoryAndMonth(db: Db, now = new Date()): Promise<InterestStats> {
  const months = lastMonths(now, INTEREST_MONTHS);
  const start = `${months[0]}-01`;
  const [counted, inquired, provinces] = await Promise.all([
    db.execute(sql`
      select to_char(day, 'YYYY-MM') as month, category_id, kind, sum(count)::int as n
      from interest_counts where day >= ${start}::date and kind in ('view', 'basket')
      group by 1, 2, 3`),
    db.execute(sql`
      with lines as (
        select distinct i.id, to_char(i.created_at at time zone 'UTC', 'YYYY-MM') as month, coalesce(p.category_id, s.category_id) as category_id
        from inquiries i
        join inquiry_submissions s on s.id = i.submission_id
        left join inquiry_items ii on ii.inquiry_id = i.id
        left join products p on p.id = ii.product_id
        where i.created_at >= ${start}::timestamptz
      )
      select month, category_id, count(*)::int as n from lines where category_id is not null group by 1, 2`),
    db.execute(sql`
      select s.buyer_province as province, count(*)::int as n
      from inquiries i join inquiry_submissions s on s.id = i.submission_id
      where i.created_at >= ${start}::timestamptz
      group by 1 order by 2 desc, 1`),
  ]);
  const cells = new Map<string, InterestCell>();
  const cell = (month: string, categoryId: number) => {
    const key = `${month}|${categoryId}`;
    let c = cells.get(key);
    if (!c) {
      c = { month, categoryId, views: 0, baskets: 0, inquiries: 0 };
      cells.set(key, c);
    }
    return c;
  };
  for (const r of rowsOf<{ month: string; category_id: number; kind: string; n: number }>(counted)) {
    const c = cell(r.month, Number(r.category_id));
    if (r.kind === 'view') c.views += Number(r.n);
    else c.baskets += Number(r.n);
  }
  for (const r of rowsOf<{ month: string; category_id: number; n: number }>(inquired)) cell(r.month, Number(r.category_id)).inquiries += Number(r.n);
  const ids = [...new Set([...cells.values()].map((c) => c.categoryId))];
  const categories = ids.length
    ? await db
        .select({ id: t.categories.id, slug: t.categories.slug, nameEn: t.categories.nameEn, nameZh: t.categories.nameZh })
        .from(t.categories)
        .where(inArray(t.categories.id, ids))
        .orderBy(asc(t.categories.position), asc(t.categories.id))
    : [];
  return {
    months,
    categories,
    cells: [...cells.values()].sort((a, b) => a.month.localeCompare(b.month) || a.categoryId - b.categoryId),
    provinces: rowsOf<{ province: string; n: number }>(provinces).map((p) => ({ province: p.province, inquiries: Number(p.n) })),
  };
}
