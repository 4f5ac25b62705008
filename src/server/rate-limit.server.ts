import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';

export interface RateLimitRule {
  /** e.g. `inquiry:ip:203.0.113.5` */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one request against each rule in fixed windows kept in the
 * database, so every instance shares the same counters. Returns how many
 * seconds to wait when a limit is exceeded, or 0.
 *
 * Hand-written rather than a library: it must run on PGlite and PostgreSQL
 * through the same Drizzle connection (rate-limiter-flexible's PostgreSQL
 * store needs a `pg` pool), and it is one upsert.
 */
export function consumeRateLimits(db: Db, rules: RateLimitRule[], now = new Date()): Promise<number> {
  return waitFor(rules, now, async (rule, windowStart) => {
    const rows = await db.execute<{ count: number }>(sql`
      insert into rate_limits (key, window_start, count) values (${rule.key}, ${windowStart.toISOString()}, 1)
      on conflict (key, window_start) do update set count = rate_limits.count + 1
      returning count`);
    return countOf(rows) > rule.limit;
  });
}

/**
 * How many seconds to wait if any rule's current window is already full,
 * without counting this request: for limits that count only failures.
 */
export function peekRateLimits(db: Db, rules: RateLimitRule[], now = new Date()): Promise<number> {
  return waitFor(rules, now, async (rule, windowStart) => {
    const rows = await db.execute<{ count: number }>(sql`
      select count from rate_limits where key = ${rule.key} and window_start = ${windowStart.toISOString()}`);
    return countOf(rows) >= rule.limit;
  });
}

const countOf = (rows: unknown) => Number((rows as { rows: Array<{ count: number }> }).rows[0]?.count ?? 0);

/** Seconds until the latest-ending full window among `rules` ends, or 0 when none is full. */
async function waitFor(rules: RateLimitRule[], now: Date, full: (rule: RateLimitRule, windowStart: Date) => Promise<boolean>): Promise<number> {
  let retryAfter = 0;
  for (const rule of rules) {
    const windowMs = rule.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    if (await full(rule, windowStart)) {
      retryAfter = Math.max(retryAfter, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
    }
  }
  return retryAfter;
}

/** Drops windows that ended long ago; the server calls it every hour. */
export async function pruneRateLimits(db: Db, olderThan = new Date(Date.now() - 86_400_000)): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_start < ${olderThan.toISOString()}`);
}
