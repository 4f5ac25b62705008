import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { TRADE_TERMS, type Term } from './terms';

let memo: { at: number; terms: Term[] } | null = null;
const KEEP_MS = 60_000;

/**
 * The pavilion's term base: category names, published product names and the trade terms, each an English
 * text with the Chinese the catalog gives it. Built from the database at most once a minute.
 */
export async function termBase(db: Db, now = Date.now()): Promise<Term[]> {
  if (memo && now - memo.at < KEEP_MS) return memo.terms;
  const categories = await db.select({ en: t.categories.nameEn, zh: t.categories.nameZh }).from(t.categories).where(ne(t.categories.nameZh, ''));
  const products = await db
    .select({ en: t.products.nameEn, zh: t.products.nameZh })
    .from(t.products)
    .where(and(eq(t.products.status, 'published'), ne(t.products.nameZh, '')));
  const terms = [...TRADE_TERMS, ...categories, ...products];
  memo = { at: now, terms };
  return terms;
}

/** Forgets the term base (tests, after seeding). */
export function forgetTermBase(): void {
  memo = null;
}
