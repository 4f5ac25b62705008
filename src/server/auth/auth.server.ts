import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { createAuthMiddleware, isAPIError } from 'better-auth/api';
import { magicLink } from 'better-auth/plugins';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { and, eq, like } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { installationSecret } from '~/server/secrets.server';
import { accountMail, buyerLinkMail } from './mail.server';

/**
 * scrypt (memory-hard, Better Auth's default through node:crypto) costs about
 * 16 MB and a hundred-odd milliseconds per hash. At most two run at once, so a
 * burst of sign-ins queues instead of exhausting memory and the thread pool.
 */
export const HASH_CONCURRENCY = 2;
/** Hashes running now and the most that ever ran at once (observable by tests and the health check). */
export const hashing = { running: 0, peak: 0 };
const waiting: Array<() => void> = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (hashing.running >= HASH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  hashing.running += 1;
  hashing.peak = Math.max(hashing.peak, hashing.running);
  try {
    return await work();
  } finally {
    hashing.running -= 1;
    waiting.shift()?.();
  }
}
export const hashSecret = (password: string) => limited(() => hashPassword(password));
export const verifySecret = (data: { hash: string; password: string }) => limited(() => verifyPassword(data));

/**
 * Withdraws every password-reset link of an account that is still
 * outstanding. Better Auth spends only the link that was used; an older one
 * left in a mailbox must not set the password again after the owner chose a
 * new one. Reset links are the `reset-password:{token}` verifications whose
 * value is the account's id (identifiers are stored as they are: no
 * `verification.storeIdentifier` is configured).
 */
export async function revokeResetLinks(db: Db, userId: string): Promise<void> {
  await db.delete(t.verifications).where(and(like(t.verifications.identifier, 'reset-password:%'), eq(t.verifications.value, userId)));
}

/** How long a buyer's sign-in link works (used once). */
export const BUYER_LINK_MINUTES = 15;

/** The account of an address, if any: its id, role and language. */
async function accountOf(db: Db, email: string) {
  const [user] = await db
    .select({ id: t.users.id, role: t.users.role, locale: t.users.locale, name: t.users.name })
    .from(t.users)
    .where(eq(t.users.email, email.trim().toLowerCase()));
  return user ?? null;
}

/** The locale a buyer's sign-in link was asked from: its desk address is `/{locale}/buyer/`. */
function linkLocale(callbackURL: unknown): 'en' | 'zh' {
  return typeof callbackURL === 'string' && callbackURL.startsWith('/zh/') ? 'zh' : 'en';
}

/** Endpoints that set a signed-in account's password (not reachable from the portal today, but served by Better Auth). */
const PASSWORD_CHANGES = new Set(['/change-password', '/set-password']);

export interface AuthConfig {
  db: Db;
  siteUrl: string;
  /** AUTH_SECRET; when absent a random secret kept in the database is used (shared by every instance). */
  secret?: string | undefined;
}

function createAuth(db: Db, siteUrl: string, secret: string) {
  return betterAuth({
    appName: 'Pakistan Pavilion',
    baseURL: siteUrl,
    basePath: '/api/auth',
    secret,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { users: t.users, sessions: t.sessions, accounts: t.accounts, verifications: t.verifications, authRateLimits: t.authRateLimits },
    }),
    user: {
      modelName: 'users',
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'exporter', input: false },
        exporterId: { type: 'number', required: false, input: false },
        locale: { type: 'string', required: false, defaultValue: 'en', input: true },
        digits: { type: 'string', required: false, defaultValue: 'latin', input: false },
      },
    },
    session: { modelName: 'sessions', expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications' },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashSecret, verify: verifySecret },
      // A buyer signs in by e-mail link only: no password is ever set for a buyer's account.
      sendResetPassword: async ({ user, token }) => {
        if ((user as { role?: unknown }).role === 'buyer') return;
        await accountMail(db, 'reset', user, token, siteUrl);
      },
      onPasswordReset: async ({ user }) => revokeResetLinks(db, user.id),
    },
    plugins: [
      magicLink({
        expiresIn: BUYER_LINK_MINUTES * 60,
        // Only the token's hash is stored: a copy of the database opens no buyer's desk.
        storeToken: 'hashed',
        // The link goes to buyers only; the owner of an exporter's or operator's address gets a note
        // pointing to the portal instead. The visitor sees the same answer either way.
        sendMagicLink: async ({ email, token }, ctx) => {
          const locale = linkLocale(ctx?.body?.callbackURL);
          const account = await accountOf(db, email);
          await buyerLinkMail(
            db,
            { email: email.trim().toLowerCase(), locale: account?.role === 'buyer' ? account.locale : locale },
            account && account.role !== 'buyer' ? null : token,
            siteUrl,
          );
        },
      }),
    ],
    databaseHooks: {
      user: {
        create: {
          // An account made by a sign-in link is a buyer's, in the language of the page that asked for the link.
          before: async (user, ctx) => {
            if (ctx?.path !== '/magic-link/verify') return;
            return { data: { ...user, role: 'buyer', exporterId: null, locale: linkLocale(ctx.query?.callbackURL) } };
          },
        },
      },
      session: {
        create: {
          // A sign-in link never opens an exporter's or operator's account (they sign in with their password).
          before: async (session, ctx) => {
            if (ctx?.path !== '/magic-link/verify') return;
            const [user] = await db.select({ role: t.users.role }).from(t.users).where(eq(t.users.id, session.userId));
            return user?.role === 'buyer' ? undefined : false;
          },
        },
      },
    },
    hooks: {
      after: createAuthMiddleware(async (ctx) => {
        if (!PASSWORD_CHANGES.has(ctx.path) || isAPIError(ctx.context.returned)) return;
        const userId = ctx.context.session?.user.id;
        if (userId) await revokeResetLinks(db, userId);
      }),
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      // The link may be opened in another browser (a shared or a colleague's machine): confirming an
      // address never signs that browser in; the owner signs in with their password afterwards.
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, token }) => accountMail(db, 'verify', user, token, siteUrl),
    },
    // Better Auth's own limits for its HTTP endpoints; the portal's forms add per-address and per-account limits.
    rateLimit: { enabled: true, storage: 'database', modelName: 'authRateLimits', window: 60, max: 60 },
    advanced: {
      useSecureCookies: siteUrl.startsWith('https://'),
      cookiePrefix: 'pavilion',
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', path: '/' },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<Db, Promise<Auth>>();

/** The authentication service of a database, created once. */
export function authFor(config: AuthConfig): Promise<Auth> {
  let auth = instances.get(config.db);
  if (!auth) {
    auth = (async () => createAuth(config.db, config.siteUrl, config.secret ?? (await installationSecret(config.db, 'auth'))))();
    instances.set(config.db, auth);
  }
  return auth;
}
