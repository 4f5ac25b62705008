import { eq } from 'drizzle-orm';
import { getT } from '~/i18n';
import { localePath } from '~/i18n/url';
import { isDigits, isUiLocale, type Digits, type UiLocale } from '~/i18n/locales';
import { exporters } from '~/server/db/schema.server';
import { getAuth, getDb } from '~/runtime.server';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: 'exporter' | 'operator' | 'buyer' | 'translator';
  exporterId: number | null;
  /** The account's own language: of the portal after sign-in and of its mail (Urdu for traders only). */
  locale: UiLocale;
  /** The digits the Urdu portal writes numbers with for this account. */
  digits: Digits;
}

interface Ctx {
  request: Request;
  url: URL;
  locals: App.Locals;
}

/** The signed-in account of a request, read from the session cookie (sessions live in the database). */
export async function sessionUser(request: Request): Promise<SignedInUser | null> {
  if (!/pavilion[.-]session_token=/.test(request.headers.get('cookie') ?? '')) return null;
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: request.headers });
  if (!found) return null;
  const u = found.user as typeof found.user & { role?: string; exporterId?: number | null; locale?: string; digits?: string };
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role === 'operator' || u.role === 'buyer' || u.role === 'translator' ? u.role : 'exporter',
    exporterId: u.exporterId ?? null,
    locale: isUiLocale(u.locale) ? u.locale : 'en',
    digits: isDigits(u.digits) ? u.digits : 'latin',
  };
}

const isApi = (url: URL) => url.pathname.startsWith('/api/');

function json(status: number, message: string) {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

/** Anonymous: pages redirect to sign-in (and back afterwards), APIs answer 401. */
function signInFirst(ctx: Ctx): Response {
  if (isApi(ctx.url)) return json(401, getT(ctx.locals.uiLocale)('exporter:errors.signInFirst'));
  const next = ctx.request.method === 'GET' ? `${ctx.url.pathname}${ctx.url.search}` : ctx.url.pathname;
  return new Response(null, {
    status: 303,
    headers: { Location: `${localePath(ctx.locals.uiLocale, 'exporter', 'sign-in')}?next=${encodeURIComponent(next)}`, 'Cache-Control': 'private, no-store' },
  });
}

/** Signed in, but the wrong role: a translated 403. */
export function forbidden(ctx: Ctx): Response {
  const t = getT(ctx.locals.uiLocale);
  if (isApi(ctx.url)) return json(403, t('exporter:errors.forbidden'));
  return new Response(null, {
    status: 303,
    headers: { Location: `${localePath(ctx.locals.uiLocale, 'exporter', 'forbidden')}`, 'Cache-Control': 'private, no-store' },
  });
}

/** Something that is not this account's (another exporter's product, image, inquiry): 404, as if it did not exist. */
export function notYours(ctx: Ctx): Response {
  const t = getT(ctx.locals.uiLocale);
  if (isApi(ctx.url)) return json(404, t('exporter:errors.notFound'));
  return new Response(null, { status: 404 });
}

export async function requireUser(ctx: Ctx): Promise<SignedInUser | Response> {
  return ctx.locals.user ?? signInFirst(ctx);
}

export type ExporterRow = typeof exporters.$inferSelect;

/** An exporter's account, with its company once the profile is written. */
export async function requireExporterAccount(ctx: Ctx): Promise<{ user: SignedInUser; exporter: ExporterRow | null } | Response> {
  const user = ctx.locals.user;
  if (!user) return signInFirst(ctx);
  if (user.role !== 'exporter') return forbidden(ctx);
  if (user.exporterId === null) return { user, exporter: null };
  const db = await getDb();
  const [exporter = null] = await db.select().from(exporters).where(eq(exporters.id, user.exporterId));
  return { user, exporter };
}

/**
 * An exporter's account with its company. An account that has not written its
 * company profile yet is sent to the profile form (APIs: 409).
 */
export async function requireExporter(ctx: Ctx): Promise<{ user: SignedInUser; exporter: ExporterRow } | Response> {
  const gate = await requireExporterAccount(ctx);
  if (gate instanceof Response || gate.exporter) return gate as { user: SignedInUser; exporter: ExporterRow } | Response;
  if (isApi(ctx.url)) return json(409, getT(ctx.locals.uiLocale)('exporter:errors.profileFirst'));
  return new Response(null, {
    status: 303,
    headers: { Location: localePath(ctx.locals.uiLocale, 'exporter', 'profile'), 'Cache-Control': 'private, no-store' },
  });
}

/** Anonymous buyers: pages go to the buyer's sign-in (and back afterwards), APIs answer 401. */
function buyerSignInFirst(ctx: Ctx): Response {
  if (isApi(ctx.url)) return json(401, getT(ctx.locals.uiLocale)('buyer:errors.signInFirst'));
  const next = ctx.request.method === 'GET' ? `${ctx.url.pathname}${ctx.url.search}` : ctx.url.pathname;
  return new Response(null, {
    status: 303,
    headers: { Location: `${localePath(ctx.locals.locale, 'buyer', 'sign-in')}?next=${encodeURIComponent(next)}`, 'Cache-Control': 'private, no-store' },
  });
}

/**
 * A buyer's account (signed in by e-mail link). An exporter or operator
 * signed in is refused like any other wrong role: the desk is the buyer's.
 */
export async function requireBuyer(ctx: Ctx): Promise<SignedInUser | Response> {
  const user = ctx.locals.user;
  if (!user) return buyerSignInFirst(ctx);
  if (user.role !== 'buyer') return forbidden(ctx);
  return user;
}

export async function requireOperator(ctx: Ctx): Promise<SignedInUser | Response> {
  const user = ctx.locals.user;
  if (!user) return signInFirst(ctx);
  if (user.role !== 'operator') return forbidden(ctx);
  return user;
}

/** The translation desk: translators (granted by an operator) and operators, who may work the queue too. */
export async function requireTranslator(ctx: Ctx): Promise<SignedInUser | Response> {
  const user = ctx.locals.user;
  if (!user) return signInFirst(ctx);
  if (user.role !== 'translator' && user.role !== 'operator') return forbidden(ctx);
  return user;
}
