import { eq } from 'drizzle-orm';
import type { SignUpInput } from '~/features/exporter/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { Auth } from '~/server/auth/auth.server';
import { failedSignInMail } from '~/server/auth/mail.server';
import { consumeRateLimits, peekRateLimits } from '~/server/rate-limit.server';
import { freeExporterSlug } from './profile.server';

/**
 * Creates an exporter account and its company, pending until the operator
 * verifies it. Better Auth sends the address confirmation through the outbox.
 * A sign-up with an address that has an account already looks the same to
 * the visitor (no account enumeration) and changes nothing.
 */
export async function signUpExporter(db: Db, auth: Auth, input: SignUpInput, headers: Headers): Promise<void> {
  let userId: string;
  try {
    const result = await auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password, locale: input.locale, callbackURL: `/${input.locale}/exporter/` },
      headers,
    });
    userId = result.user.id;
  } catch (error) {
    // Two sign-ups with one address at the same moment: the second loses the race on the unique
    // address and is answered like any repeated sign-up.
    const [existing] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, input.email));
    if (existing) return;
    throw error;
  }
  const [user] = await db.select().from(t.users).where(eq(t.users.id, userId));
  if (!user || user.exporterId !== null) return;
  // Company addresses are unique; a name taken by a sign-up running at the same time gets the next number.
  for (let attempt = 0; ; attempt += 1) {
    const slug = await freeExporterSlug(db, input.company);
    try {
      await db.transaction(async (tx) => {
        const [exporter] = await tx
          .insert(t.exporters)
          .values({ slug, nameEn: input.company, city: '', province: '', email: input.email, status: 'pending' })
          .returning({ id: t.exporters.id });
        await tx.update(t.users).set({ exporterId: exporter!.id, role: 'exporter' }).where(eq(t.users.id, user.id));
      });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/** Whether an address belongs to a buyer's account (which signs in only by e-mail link). */
export async function isBuyerAccount(db: Db, email: string): Promise<boolean> {
  const [user] = await db.select({ role: t.users.role }).from(t.users).where(eq(t.users.email, email.trim().toLowerCase()));
  return user?.role === 'buyer';
}

/**
 * Sign-in attempts, shared by every instance: every attempt counts per
 * address; refused passwords count per account *and* address, so wrong
 * passwords sent from one address lock that address out of that account for
 * the rest of a 10-minute window, while the owner (and the operator) can
 * still sign in from anywhere else. Nobody can lock another person out of
 * their account. Successes never count, so an exporter signing in on several
 * devices is never locked out. Returns seconds to wait, or 0.
 */
export async function signInLimit(db: Db, ip: string, email: string, perIp = 30): Promise<number> {
  const byIp = await consumeRateLimits(db, [{ key: `signin:ip:${ip}`, limit: perIp, windowSeconds: 600 }]);
  return Math.max(byIp, await peekRateLimits(db, [failedFromAddress(email, ip)]));
}

/** Wrong passwords from one address for one account before that address is locked out of it. */
export const FAILED_PER_ADDRESS = 10;
/** Wrong passwords for one account from all addresses together, in one window, that make a burst worth telling the owner of. */
export const FAILED_BURST = 10;
const FAILED_WINDOW_SECONDS = 600;

/**
 * Counts a refused password against the account from this address, and
 * against the account as a whole: when an account sees a burst of refused
 * passwords (from anywhere), its owner gets one mail per window, in their
 * language, through the outbox.
 */
export async function signInFailed(db: Db, ip: string, email: string, siteUrl: string, now = new Date()): Promise<void> {
  await consumeRateLimits(db, [failedFromAddress(email, ip)], now);
  const burst = await consumeRateLimits(
    db,
    [{ key: `signin:failed:${email.toLowerCase()}`, limit: FAILED_BURST - 1, windowSeconds: FAILED_WINDOW_SECONDS }],
    now,
  );
  if (!burst) return;
  const [user] = await db.select().from(t.users).where(eq(t.users.email, email.toLowerCase()));
  if (!user) return;
  const window = Math.floor(now.getTime() / (FAILED_WINDOW_SECONDS * 1000));
  await failedSignInMail(db, user, window, siteUrl);
}

const failedFromAddress = (email: string, ip: string) => ({
  key: `signin:failed:${email.toLowerCase()}:${ip}`,
  limit: FAILED_PER_ADDRESS,
  windowSeconds: FAILED_WINDOW_SECONDS,
});

/** Password-reset mails: per address and per account, so nobody's mailbox is flooded. */
export function resetLimit(db: Db, ip: string, email: string, perIp = 30): Promise<number> {
  return consumeRateLimits(db, [
    { key: `signin:ip:${ip}`, limit: perIp, windowSeconds: 600 },
    { key: `reset:email:${email.toLowerCase()}`, limit: 5, windowSeconds: 3600 },
  ]);
}

export function signUpLimit(db: Db, ip: string): Promise<number> {
  return consumeRateLimits(db, [{ key: `signup:ip:${ip}`, limit: 10, windowSeconds: 3600 }]);
}

/** Better Auth's error codes as portal messages. */
export function authErrorCode(error: unknown): string {
  const code = (error as { body?: { code?: string } })?.body?.code ?? '';
  if (code === 'EMAIL_NOT_VERIFIED') return 'emailNotVerified';
  if (code === 'INVALID_EMAIL_OR_PASSWORD' || code === 'INVALID_PASSWORD' || code === 'INVALID_EMAIL') return 'invalidCredentials';
  if (code.startsWith('USER_ALREADY_EXISTS')) return 'emailTaken';
  if (code === 'PASSWORD_TOO_SHORT') return 'passwordShort';
  if (code === 'PASSWORD_TOO_LONG') return 'tooLong';
  if ((error as { status?: string | number })?.status === 'TOO_MANY_REQUESTS' || (error as { statusCode?: number })?.statusCode === 429)
    return 'tooManyAttempts';
  throw error;
}

export const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
