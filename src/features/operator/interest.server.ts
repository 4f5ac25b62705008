import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * Buyer interest, counted without personal data: product page views, basket adds and inquiries per day, category
 * and buyer province (where the buyer gave one; '' otherwise). Nothing about the visitor is kept — no address,
 * cookie, account or user agent — only the sums.
 *
 * Views and basket adds are counted in memory and added to `interest_counts` every few seconds and at shutdown
 * with an upsert that increments, so several instances sharing one database add up rather than overwrite.
 */

export type InterestKind = (typeof t.interestCounts.$inferSelect)['kind'];
export const INTEREST_KINDS = ['view', 'basket', 'inquiry'] as const satisfies readonly InterestKind[];

/** Most distinct (day, kind, category, province) keys held between two flushes; further ones wait for the next. */
const MAX_PENDING_KEYS = 10_000;
/** Product slugs remembered with their category. */
const MAX_REMEMBERED_PRODUCTS = 5_000;

/**
 * Not a person: crawlers, link previewers, headless browsers and scripts name themselves in their User-Agent.
 * A simple check, enough to keep the figures from being robots' figures; a visitor without one is not counted either.
 */
const ROBOT = /bot|crawl|spider|slurp|archiv|preview|headless|lighthouse|phantom|curl|wget|python|java\/|go-http|httpclient|okhttp|node-fetch|axios/i;
export function isRobot(userAgent: string | null | undefined): boolean {
  return !userAgent || userAgent.length > 1000 || ROBOT.test(userAgent);
}

export class InterestCounter {
  private pending = new Map<string, number>();

  /** Counts one event now (in memory). */
  add(kind: InterestKind, categoryId: number, province = '', now = new Date()): void {
    const key = `${now.toISOString().slice(0, 10)}|${kind}|${categoryId}|${province.slice(0, 40)}`;
    if (!this.pending.has(key) && this.pending.size >= MAX_PENDING_KEYS) return;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Adds what was counted to the database; what could not be written is kept for the next flush. */
  async flush(db: Db): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, count]) => {
      const [day, kind, categoryId, province] = key.split('|') as [string, InterestKind, string, string];
      return { day, kind, categoryId: Number(categoryId), province, count };
    });
    try {
      await db
        .insert(t.interestCounts)
        .values(rows)
        .onConflictDoUpdate({
          target: [t.interestCounts.day, t.interestCounts.kind, t.interestCounts.categoryId, t.interestCounts.province],
          set: { count: sql`${t.interestCounts.count} + excluded.count` },
        });
    } catch (error) {
      for (const [key, n] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + n);
      throw error;
    }
  }
}

/** The process's counter. */
export const interestCounter = new InterestCounter();

let timer: ReturnType<typeof setInterval> | null = null;

/** Flushes the process's counter every `everyMs` (the timer does not keep the process alive). */
export function startInterestFlush(db: Db, everyMs = 10_000): void {
  if (timer) return;
  timer = setInterval(() => void interestCounter.flush(db).catch(() => undefined), everyMs);
  timer.unref();
}

/** Stops the timer and writes what is left (at shutdown, before the database closes). */
export async function stopInterestFlush(db: Db): Promise<void> {
  if (timer) clearInterval(timer);
  timer = null;
  await interestCounter.flush(db).catch(() => undefined);
}

const categories = new Map<string, number | null>();

/** The category of a published product of a verified exporter, by slug; null for anything else. */
export async function publicProductCategory(db: Db, slug: string): Promise<number | null> {
  const known = categories.get(slug);
  if (known !== undefined) return known;
  const [row] = await db
    .select({ categoryId: t.products.categoryId })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(and(eq(t.products.slug, slug), eq(t.products.status, 'published'), eq(t.exporters.status, 'verified')));
  const categoryId = row?.categoryId ?? null;
  if (categories.size >= MAX_REMEMBERED_PRODUCTS) categories.clear();
  categories.set(slug, categoryId);
  return categoryId;
}

/**
 * Views and basket adds counted per client address in a minute. A person reading product pages, even fast with
 * several tabs, sends a few a minute; a script sending more only inflates the figures.
 */
export const INTEREST_LIMIT = { limit: 120, windowSeconds: 60, maxClients: 50_000 } as const;

/**
 * Per-address counts of the current minute, in this instance's memory. Not in the shared `rate_limits` table: that
 * would be a database write for every product page a visitor opens, and would keep visitors' addresses for a day.
 * With several instances an address may be counted up to the limit on each, which still bounds what a script adds.
 */
export class InterestLimiter {
  #window = -1;
  readonly #counts = new Map<string, number>();

  /** Whether a view or basket add from this client (its address, see `clientIp`) is still counted this minute. */
  admit(client: string, now = new Date()): boolean {
    const window = Math.floor(now.getTime() / (INTEREST_LIMIT.windowSeconds * 1000));
    if (window !== this.#window) {
      this.#window = window;
      this.#counts.clear();
    }
    const count = this.#counts.get(client) ?? 0;
    if (count >= INTEREST_LIMIT.limit) return false;
    // A flood of made-up addresses cannot grow the map without bound: past the cap, new addresses are not counted.
    if (count === 0 && this.#counts.size >= INTEREST_LIMIT.maxClients) return false;
    this.#counts.set(client, count + 1);
    return true;
  }
}

export const interestLimiter = new InterestLimiter();

/** Counts a view or basket add of a product, if it is a public one. */
export async function countProductInterest(db: Db, kind: 'view' | 'basket', slug: string, now = new Date()): Promise<boolean> {
  const categoryId = await publicProductCategory(db, slug);
  if (categoryId === null) return false;
  interestCounter.add(kind, categoryId, '', now);
  return true;
}
