import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { minorToUsdCents } from '~/lib/money';

/** Months the trade table covers, the current one (UTC) included. */
export const TRADE_MONTHS = 12;

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
}

/** `YYYY-MM` of the months from the oldest to the current one, UTC. */
export function lastMonths(now: Date, months = TRADE_MONTHS): string[] {
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export interface TradeCell {
  /** `YYYY-MM`, UTC. */
  month: string;
  categoryId: number | null;
  slug: string;
  nameEn: string;
  nameZh: string;
  /** Inquiries answered with a quotation that month (revisions of one quote counted once). */
  quotesSent: number;
  /** Proforma invoices issued that month with lines in this category. */
  proformas: number;
  /** Value of their lines in this category, in US cents at the operator's rates; null when a currency has no rate. */
  proformaUsdCents: number | null;
}

export interface TradeStats {
  months: string[];
  cells: TradeCell[];
  /** Per month, all categories together. */
  totals: Array<{ month: string; quotesSent: number; proformas: number; proformaUsdCents: number | null }>;
  /** The rates used: units per USD as the operator keeps them, and when each was last set. */
  rates: Array<{ currency: string; perUsd: string; updatedAt: Date }>;
}

/**
 * Quotations sent and proforma value per category and month over the last
 * twelve months. A quote counts in every category its inquiry concerns (a
 * basket can span categories); a proforma's value is split by its lines'
 * categories. Values are summed per currency in integers and converted to
 * US dollars at the operator's current rates.
 */
export async function tradeByCategoryAndMonth(db: Db, now = new Date()): Promise<TradeStats> {
  const months = lastMonths(now);
  const start = new Date(`${months[0]}-01T00:00:00Z`);
  const [quoteRows, proformaRows, categories, rates] = await Promise.all([
    db.execute(sql`
      with sent as (
        select inquiry_id, to_char(sent_at at time zone 'UTC', 'YYYY-MM') as month
        from quotes where sent_at >= ${start.toISOString()}::timestamptz and sent_at <= ${now.toISOString()}::timestamptz
      ),
      concerned as (
        select it.inquiry_id, p.category_id
        from inquiry_items it join products p on p.id = it.product_id
        where it.inquiry_id in (select inquiry_id from sent)
        union
        select i.id, s.category_id
        from inquiries i join inquiry_submissions s on s.id = i.submission_id
        where s.category_id is not null and i.id in (select inquiry_id from sent)
      )
      select sent.month, concerned.category_id, grouping(concerned.category_id) = 1 as total, count(distinct sent.inquiry_id)::int as n
      from sent left join concerned on concerned.inquiry_id = sent.inquiry_id
      group by grouping sets ((sent.month, concerned.category_id), (sent.month))`),
    db.execute(sql`
      select to_char(pf.issued_at at time zone 'UTC', 'YYYY-MM') as month,
             coalesce(p.category_id, s.category_id) as category_id,
             grouping(coalesce(p.category_id, s.category_id)) = 1 as total,
             pf.currency,
             count(distinct pf.id)::int as n,
             sum(ql.quantity::numeric * ql.unit_price_minor)::text as value
      from proformas pf
      join quote_lines ql on ql.quote_id = pf.quote_id
      join quotes q on q.id = pf.quote_id
      join inquiries i on i.id = q.inquiry_id
      join inquiry_submissions s on s.id = i.submission_id
      left join products p on p.id = ql.product_id
      where pf.issued_at >= ${start.toISOString()}::timestamptz and pf.issued_at <= ${now.toISOString()}::timestamptz
      group by grouping sets ((1, 2, pf.currency), (1, pf.currency))`),
    db
      .select({ id: t.categories.id, slug: t.categories.slug, nameEn: t.categories.nameEn, nameZh: t.categories.nameZh, position: t.categories.position })
      .from(t.categories),
    db.select().from(t.exchangeRates),
  ]);
  const category = new Map(categories.map((c) => [c.id, c]));
  const cells = new Map<string, TradeCell>();
  const cell = (month: string, categoryId: number | null): TradeCell => {
    const key = `${month} ${categoryId ?? ''}`;
    let c = cells.get(key);
    if (!c) {
      const info = categoryId === null ? undefined : category.get(categoryId);
      c = {
        month,
        categoryId,
        slug: info?.slug ?? '',
        nameEn: info?.nameEn ?? '',
        nameZh: info?.nameZh ?? '',
        quotesSent: 0,
        proformas: 0,
        proformaUsdCents: 0,
      };
      cells.set(key, c);
    }
    return c;
  };
  // The month's totals come from the database too: an inquiry spanning two categories counts once in its month.
  const monthQuotes = new Map<string, number>();
  const monthProformas = new Map<string, number>();
  for (const r of rowsOf<{ month: string; category_id: number | null; total: boolean; n: number }>(quoteRows)) {
    if (r.total) monthQuotes.set(r.month, Number(r.n));
    else cell(r.month, r.category_id).quotesSent += Number(r.n);
  }
  const rate = (currency: string) => rates.find((r) => r.currency === currency)?.perUsd ?? null;
  for (const r of rowsOf<{ month: string; category_id: number | null; total: boolean; currency: string; n: number; value: string }>(proformaRows)) {
    if (r.total) {
      monthProformas.set(r.month, (monthProformas.get(r.month) ?? 0) + Number(r.n));
      continue;
    }
    const c = cell(r.month, r.category_id);
    c.proformas += Number(r.n);
    // Quantities are whole and prices minor units: the sum is an integer, read from its text.
    const cents = minorToUsdCents(Number(r.value.split('.')[0]), r.currency, rate(r.currency));
    c.proformaUsdCents = c.proformaUsdCents === null || cents === null ? null : c.proformaUsdCents + cents;
  }
  const sorted = [...cells.values()].sort(
    (a, b) =>
      b.month.localeCompare(a.month) ||
      (a.categoryId === null ? 1 : 0) - (b.categoryId === null ? 1 : 0) ||
      (category.get(a.categoryId ?? -1)?.position ?? 0) - (category.get(b.categoryId ?? -1)?.position ?? 0),
  );
  const totals = months.map((month) => {
    const mine = sorted.filter((c) => c.month === month);
    return {
      month,
      quotesSent: monthQuotes.get(month) ?? 0,
      proformas: monthProformas.get(month) ?? 0,
      proformaUsdCents: mine.some((c) => c.proformaUsdCents === null) ? null : mine.reduce((n, c) => n + (c.proformaUsdCents ?? 0), 0),
    };
  });
  return { months, cells: sorted, totals, rates: rates.map((r) => ({ currency: r.currency, perUsd: r.perUsd, updatedAt: r.updatedAt })) };
}
