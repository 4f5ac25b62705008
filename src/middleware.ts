import { SITE_URL } from 'astro:env/server';
import { defineMiddleware } from 'astro:middleware';
import { getT } from './i18n';
import { DEFAULT_LOCALE, negotiateLocale } from './i18n/locales';
import { splitLocale } from './i18n/url';
import { sessionUser } from '~/server/auth/guard.server';
import { getRuntime } from '~/runtime.server';
import { errorResponse, isDatabaseUnavailable } from '~/server/errors.server';

/** Headers every response carries; nothing on the site loads from another host. */
const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Pages get Astro's hash-based policy (astro.config.mjs); this one covers API answers and media.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/** Routes that read the session: the portal, the operator console, their APIs and actions. Public pages never do. */
const PORTAL = /^\/(?:(?:en|zh)\/(?:exporter|operator)|api\/(?:exporter|operator))(?:\/|$)|^\/_actions\/(?:exporter|operator)\./;

/** The exporter's pages were once at `/{locale}/trader/…`: links in mails already sent keep working. */
const OLD_EXPORTER_ADDRESS = /^(\/(?:en|zh)|\/api)\/trader(?=\/|$)/;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Refuses unsafe requests sent by another site's pages. Astro checks the
 * origin of form posts only; this covers JSON and every other body too.
 * Requests without Origin (server-to-server partners, curl) are not from a
 * browser page and pass.
 */
function crossSite(request: Request, url: URL): boolean {
  if (!UNSAFE.has(request.method)) return false;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  return origin !== url.origin && origin !== new URL(SITE_URL).origin;
}

/** Whether a failed request failed because the database is away (then it is worth retrying). */
async function databaseDown(error: unknown): Promise<boolean> {
  if (isDatabaseUnavailable(error)) return true;
  try {
    const { database } = await getRuntime();
    return !(await database.ping());
  } catch {
    return true;
  }
}

/** API and action calls get JSON; pages get a page. */
function wantsJson(request: Request, url: URL): boolean {
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/_actions/')) return true;
  return !/text\/html/.test(request.headers.get('accept') ?? '') && /application\/json/.test(request.headers.get('accept') ?? '');
}

/**
 * Whether a form post to a page or an action has a multipart body that cannot
 * be parsed. Pages and Astro's actions parse the body while rendering, where a
 * parse error escapes as an uncaught stream error and cuts the answer off; it
 * is checked here first, on a copy (page forms are small; uploads go to
 * `/api/`, which parses its own bodies), and answered with a clear 400.
 */
async function malformedMultipart(request: Request, url: URL): Promise<boolean> {
  if (request.method !== 'POST' || url.pathname.startsWith('/api/')) return false;
  if (!/^multipart\/form-data/i.test(request.headers.get('content-type') ?? '')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

/**
 * A page that a shared cache may keep (`public`) must be the same for every
 * visitor. Every rendered page reads the basket cookie (the header's count,
 * “added” buttons), so a request carrying cookies gets a private answer; the
 * cookieless one stays public, marked `Vary: Cookie` for caches that key on it.
 */
function keepPersonalPagesPrivate(request: Request, response: Response): void {
  const control = response.headers.get('Cache-Control') ?? '';
  if (!/(^|,)\s*public\b/i.test(control) || !/^text\/html/i.test(response.headers.get('Content-Type') ?? '')) return;
  if (request.headers.get('cookie')) response.headers.set('Cache-Control', 'private, no-store');
  else response.headers.append('Vary', 'Cookie');
}

export const onRequest = defineMiddleware(async (context, next) => {
  const routeLocale = splitLocale(context.url.pathname)?.locale;
  const locale = routeLocale ?? DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = getT(locale);
  if (crossSite(context.request, context.url)) {
    const t = getT(negotiateLocale(context.request.headers.get('accept-language')));
    return new Response(JSON.stringify({ errors: { form: t('inquiry:errors.forbiddenOrigin') } }), {
      status: 403,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS },
    });
  }
  const old = OLD_EXPORTER_ADDRESS.exec(context.url.pathname);
  if (old) {
    const location = `${old[1]}/exporter${context.url.pathname.slice(old[0].length)}${context.url.search}`;
    // 308 keeps the method and body of a form sent from a page opened before the move.
    return new Response(null, {
      status: context.request.method === 'GET' || context.request.method === 'HEAD' ? 301 : 308,
      headers: { Location: location, ...SECURITY_HEADERS },
    });
  }
  if (await malformedMultipart(context.request, context.url)) {
    const visitorLocale = routeLocale ?? negotiateLocale(context.request.headers.get('accept-language'));
    const response = errorResponse(400, visitorLocale, wantsJson(context.request, context.url) ? 'json' : 'html');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
    return response;
  }
  const portal = PORTAL.test(context.url.pathname);
  let response: Response;
  try {
    // Portal routes read the session (kept in the database); public pages never do.
    if (portal) context.locals.user = await sessionUser(context.request);
    response = await next();
  } catch (error) {
    // The database restarting or unreachable: a translated 503 the visitor can retry. Anything else is
    // a 500 in the visitor's language (Astro would otherwise show the 404 page for it).
    const down = await databaseDown(error);
    // A body cut off by scripts/serve.mjs (too large) or a client that went away is no fault of the site.
    if (!down && !context.request.signal.aborted) console.error(`${context.request.method} ${context.url.pathname}:`, error);
    const { request, url } = context;
    const visitorLocale = routeLocale ?? negotiateLocale(request.headers.get('accept-language'));
    response = errorResponse(
      down ? 503 : 500,
      visitorLocale,
      wantsJson(request, url) ? 'json' : 'html',
      request.method === 'GET' ? `${url.pathname}${url.search}` : undefined,
    );
  }
  // Prerendered pages are answered by the static file server; these headers apply to rendered ones.
  try {
    const pagePolicy = response.headers.get('Content-Security-Policy');
    if (pagePolicy && !pagePolicy.includes('frame-ancestors')) {
      response.headers.set('Content-Security-Policy', `${pagePolicy.trim().replace(/;+$/, '')}; frame-ancestors 'self'`);
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
    if (portal) response.headers.set('Cache-Control', 'private, no-store');
    else keepPersonalPagesPrivate(context.request, response);
    // Astro sends rendered pages as bare `text/html`: without a charset a browser may guess the encoding of the Chinese text.
    const type = response.headers.get('Content-Type');
    if (type && /^text\/html\b/i.test(type) && !/charset=/i.test(type)) response.headers.set('Content-Type', `${type}; charset=utf-8`);
  } catch {
    // Responses with immutable headers (e.g. redirects made by fetch) are left as they are.
  }
  return response;
});
