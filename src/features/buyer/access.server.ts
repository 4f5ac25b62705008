import { eq } from 'drizzle-orm';
import type { SignedInUser } from '~/server/auth/guard.server';
import { inquiryRow, tokenMatches } from '~/features/inquiry/service.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

const REFERENCE = /^PKP-\d{4}-\d{6,}$/;

/** How an address is compared with a submission's: trimmed, case-insensitive (the address as typed, no other rewriting). */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Who asks to see an inquiry: the private link's token, and/or the e-mail of a signed-in buyer. */
export interface BuyerCredentials {
  token?: string | null | undefined;
  /** The signed-in buyer's address; only a buyer's account (never an exporter's or operator's) passes one. */
  buyerEmail?: string | null | undefined;
}

/** The credentials a page or form of an inquiry carries: the mailed token, and the address of a signed-in buyer (never an exporter's). */
export function buyerCredentials(token: string | null | undefined, user: SignedInUser | null | undefined): BuyerCredentials {
  return { token, buyerEmail: user?.role === 'buyer' ? user.email : null };
}

export type BuyerInquiry = NonNullable<Awaited<ReturnType<typeof inquiryRow>>> & { via: 'token' | 'account' };

/**
 * The one decision of who may see an inquiry as its buyer: the holder of the
 * submission's private link (its token), or the signed-in buyer whose address
 * is the one the submission was sent from. Null for a malformed or unknown
 * reference and for anyone else, so a stranger cannot tell an existing
 * inquiry from a missing one. Pages of an inquiry (conversation, comparison,
 * quotes, proformas) answer 404 on null.
 */
export async function buyerInquiryAccess(db: Db, reference: string, credentials: BuyerCredentials): Promise<BuyerInquiry | null> {
  if (!REFERENCE.test(reference)) return null;
  const row = await inquiryRow(db, { reference });
  if (!row) return null;
  if (tokenMatches(row.submission.tokenHash, credentials.token)) return { ...row, via: 'token' };
  const email = credentials.buyerEmail ? normalEmail(credentials.buyerEmail) : '';
  if (email && normalEmail(row.submission.buyerEmail) === email) return { ...row, via: 'account' };
  return null;
}

/** The buyer has looked at the conversation: exporter messages and quotes sent until now are read. */
export async function markSeenByBuyer(db: Db, inquiryId: number, now = new Date()): Promise<void> {
  await db.update(t.inquiries).set({ buyerSeenAt: now }).where(eq(t.inquiries.id, inquiryId));
}
