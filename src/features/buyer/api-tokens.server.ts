import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** Live tokens one buyer may hold at once. */
export const MAX_TOKENS = 10;
const PREFIX = 'pkp_';

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Makes a partner-API token for a buyer's account. The token is returned once,
 * to be shown once; only its SHA-256 is stored. Null when the buyer already
 * holds `MAX_TOKENS` live tokens.
 */
export async function createApiToken(db: Db, userId: string, label: string): Promise<{ id: number; token: string } | null> {
  const live = await db
    .select({ id: t.apiTokens.id })
    .from(t.apiTokens)
    .where(and(eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)));
  if (live.length >= MAX_TOKENS) return null;
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(t.apiTokens)
    .values({ userId, tokenHash: digest(token), label })
    .returning({ id: t.apiTokens.id });
  return { id: row!.id, token };
}

/** A buyer's tokens, newest first (never the tokens themselves). */
export async function listApiTokens(db: Db, userId: string) {
  return db
    .select({
      id: t.apiTokens.id,
      label: t.apiTokens.label,
      createdAt: t.apiTokens.createdAt,
      lastUsedAt: t.apiTokens.lastUsedAt,
      revokedAt: t.apiTokens.revokedAt,
    })
    .from(t.apiTokens)
    .where(eq(t.apiTokens.userId, userId))
    .orderBy(desc(t.apiTokens.createdAt), desc(t.apiTokens.id));
}

/** Revokes one of the buyer's own tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(db: Db, userId: string, id: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(t.apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(t.apiTokens.id, id), eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt)))
    .returning({ id: t.apiTokens.id });
  return rows.length > 0;
}

/**
 * The buyer a bearer token belongs to: a live token of a buyer's account
 * (an account that has since become an exporter's or operator's is refused).
 * Records when the token was last used.
 */
export async function tokenBuyer(db: Db, token: string, now = new Date()): Promise<{ id: string; email: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const [row] = await db
    .select({ id: t.apiTokens.id, userId: t.users.id, email: t.users.email, role: t.users.role })
    .from(t.apiTokens)
    .innerJoin(t.users, eq(t.apiTokens.userId, t.users.id))
    .where(and(eq(t.apiTokens.tokenHash, digest(token)), isNull(t.apiTokens.revokedAt)));
  if (row?.role !== 'buyer') return null;
  await db.update(t.apiTokens).set({ lastUsedAt: now }).where(eq(t.apiTokens.id, row.id));
  return { id: row.userId, email: row.email };
}
