import type { Locale } from '~/i18n/locales';
import type { Auth } from '~/server/auth/auth.server';
import type { Db } from '~/server/db/client.server';
import { consumeRateLimits } from '~/server/rate-limit.server';
import { normalEmail } from './access.server';

/** Sign-in links one address may be sent per hour, and one client address may ask for. */
export const LINKS_PER_ADDRESS = 5;
export const LINKS_PER_IP = 20;

/**
 * Mails a sign-in link to a buyer's address (through the outbox, in the
 * page's language). The answer is the same whether or not the address has an
 * account, or belongs to an exporter (who is sent a note instead of a link).
 * Limited per address and per client address, so nobody can flood a mailbox;
 * returns the seconds to wait when a limit is reached, else 0.
 */
export async function requestSignInLink(db: Db, auth: Auth, input: { email: string; locale: Locale }, ip: string, headers: Headers): Promise<number> {
  const wait = await consumeRateLimits(db, [
    { key: `buyer-link:ip:${ip}`, limit: LINKS_PER_IP, windowSeconds: 3600 },
    { key: `buyer-link:email:${normalEmail(input.email)}`, limit: LINKS_PER_ADDRESS, windowSeconds: 3600 },
  ]);
  if (wait) return wait;
  await auth.api.signInMagicLink({ body: { email: input.email, callbackURL: `/${input.locale}/buyer/` }, headers });
  return 0;
}

/**
 * Opens a session with a mailed link's token: valid for 15 minutes and once.
 * The first use of a new address creates its buyer's account, in the page's
 * language. Returns the answer carrying the session cookie, or null when the
 * link is used, expired, unknown, or belongs to an exporter's or operator's
 * address (who sign in with their password).
 */
export async function verifySignInLink(auth: Auth, token: string, locale: Locale, headers: Headers): Promise<Response | null> {
  const answer = await auth.api.magicLinkVerify({ query: { token, callbackURL: `/${locale}/buyer/` }, headers, asResponse: true });
  const location = answer.headers.get('location') ?? '';
  if (answer.status >= 400 || /[?&]error=/.test(location) || !answer.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c))) return null;
  return answer;
}
