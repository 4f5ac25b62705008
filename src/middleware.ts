import { SITE_URL } from 'astro:env/server';
import type { APIContext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { getT } from './i18n';
import { contentLocale, DEFAULT_LOCALE, type UiLocale } from './i18n/locales';
import { portalRequestLocale, splitUiLocale } from './i18n/url';
import { sessionUser, type SignedInUser } from '~/server/auth/guard.server';
import { getRuntime } from '~/runtime.server';
import { catalogSignal } from '~/server/catalog-changes.server';
import { errorResponse, isDatabaseUnavailable } from '~/server/errors.server';
import { SECURITY_HEADERS } from '~/server/security-headers.server';

/**
 * Routes that read the session: the exporter's, the operator's and the buyer's pages, APIs and actions, and an
 * inquiry's private pages (a signed-in buyer opens their own without the mailed link). Public pages never do (nor
 * read any other cookie): they are the same for every visitor.
 */
const SIGNED_IN_AREA =
  /^\/(?:(?:en|zh|ur)\/(?:exporter|operator|buyer|inquiries|translator)(?:\/|$)|api\/(?:exporter|operator|buyer|translator)(?:\/|$)|_actions\/(?:exporter|operator|buyer|translator)\.|_actions\/(?:inquiryReply|quoteAnswer|proformaPayment)$)/;

/** The exporter's pages were once at `/{locale}/trader/…`: links in mails already sent keep working. */
const OLD_EXPORTER_ADDRESS = /^(\/(?:en|zh)|\/api)\/trader(?=\/|$)/;

/** Addresses under the Urdu prefix; only the exporter's pages exist there. */
const URDU_OUTSIDE_PORTAL = /^\/ur(?:\/|$)/;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The partner API's answers to a quote (`/api/buyer/inquiries/{reference}/quotes/{id}/accept|decline|revision`). */
const PARTNER_ANSWER = /^\/api\/buyer\/inquiries\/[^/]{1,40}\/quotes\/\d{1,10}\/(?:accept|decline|revision)$/;

/**
 * A partner app's (a WeChat mini-program's) answer to a quote with a bearer
 * token: a browser never attaches the token by itself, so wherever the call
 * comes from it is the token holder's. Only these routes; the same POST with
 * the buyer's session cookie is checked like any other (and again by the route).
 */
function partnerAnswer(request: Request, url: URL): boolean {
  return request.method === 'POST' && /^Bearer\s/.test(request.headers.get('authorization') ?? '') && PARTNER_ANSWER.test(url.pathname);
}

/**
 * Refuses unsafe requests sent by another site's pages. Astro checks the
 * origin of form posts only; this covers JSON and every other body too.
 * Requests without Origin (server-to-server partners, curl) are not from a
 * browser page and pass.
 */
function crossSite(request: Request, url: URL): boolean {
  if (!UNSAFE.has(request.method)) return false;
  if (partnerAnswer(request, url)) return false;
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
 * A page that a shared cache may keep (`public`) is the same for every
 * visitor, whatever cookies they carry: the basket count and the "added"
 * buttons are filled in the browser from the basket store. Should a page that
 * calls itself public read a cookie all the same, it is answered privately
 * (and never kept) rather than shared with the wrong visitor.
 */
function keepPersonalPagesPrivate(response: Response, readCookies: boolean): void {
  const control = response.headers.get('Cache-Control') ?? '';
  if (!readCookies || !/(^|,)\s*public\b/i.test(control)) return;
  console.error('A page marked public read a cookie; it was answered as private. Fill the personal parts in the browser.');
  response.headers.set('Cache-Control', 'private, no-store');
}

/** Notes on `locals` whether the request's cookies were read by the route (a public page must not). */
function watchCookieReads(context: APIContext): () => boolean {
  const { cookies } = context;
  let read = false;
  const get = cookies.get.bind(cookies);
  const has = cookies.has.bind(cookies);
  cookies.get = (...args) => {
    read = true;
    return get(...args);
  };
  cookies.has = (...args) => {
    read = true;
    return has(...args);
  };
  return () => read;
}

/** An answer made here, with the headers every answer carries. */
function withHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

/** Whether a request runs an action: `/_actions/<name>`, or a page's form posted with `?_action=<name>`. */
function actionName(request: Request, url: URL): string | null {
  if (request.method !== 'POST') return null;
  if (url.pathname.startsWith('/_actions/')) return url.pathname.slice('/_actions/'.length);
  return url.searchParams.get('_action');
}

/** Every action of the site takes a form: any other body is refused before anything parses it. */
function notAForm(request: Request, url: URL): boolean {
  if (actionName(request, url) === null) return false;
  return !/^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(request.headers.get('content-type') ?? '');
}

/** The actions of the signed-in areas anyone may call: the way in. */
const OPEN_ACTIONS = new Set([
  'exporter.signIn',
  'exporter.signUp',
  'exporter.forgotPassword',
  'exporter.resetPassword',
  'exporter.signOut',
  'buyer.signIn',
  'buyer.verify',
  'buyer.signOut',
]);

/**
 * A direct call of an exporter's, operator's or buyer's action by someone who may not
 * run it: refused (401 signed out, 403 another role) before its input is
 * read, so a stranger learns nothing of its fields. Each action checks again.
 */
async function closedAction(context: APIContext): Promise<Response | null> {
  const { request, url } = context;
  const name = url.pathname.startsWith('/_actions/') ? actionName(request, url) : null;
  const area = name ? /^(exporter|operator|buyer)\./.exec(name)?.[1] : undefined;
  if (!name || !area || OPEN_ACTIONS.has(name)) return null;
  let user: SignedInUser | null;
  try {
    user = await sessionUser(request);
  } catch {
    return null; // the action itself answers 503 while the database is away
  }
  // Read once: the rest of the request (the action's own check) uses it.
  context.locals.user = user;
  if (user?.role === area) return null;
  const t = getT(portalRequestLocale(request));
  const message = user ? t('exporter:errors.forbidden') : t('exporter:errors.signInFirst');
  const status = user ? 403 : 401;
  // The shape of Astro's own action errors, which the actions client reads, with the message also where forms look.
  const body = { type: 'AstroActionError', code: user ? 'FORBIDDEN' : 'UNAUTHORIZED', status, message, errors: { form: message } };
  return withHeaders(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'private, no-store' },
    }),
  );
}

export const onRequest = defineMiddleware(async (context, next) => {
  // A rewrite to /404 keeps the language of the address the visitor asked for.
  const routeLocale: UiLocale | undefined = splitUiLocale(context.url.pathname)?.locale ?? splitUiLocale(context.originPathname)?.locale;
  const locale = routeLocale ?? DEFAULT_LOCALE;
  context.locals.locale = contentLocale(locale);
  context.locals.uiLocale = locale;
  context.locals.t = getT(locale);
  context.locals.digits = 'latin';
  const visitorLocale = routeLocale ?? portalRequestLocale(context.request);
  // Urdu is the trader portal's language only: any other address under /ur/ (the catalog, the buyer's pages) is
  // no page of the site, answered with the English not-found page.
  if (URDU_OUTSIDE_PORTAL.test(context.url.pathname) && !routeLocale) {
    const missing = await context.rewrite('/404');
    return new Response(missing.body, { status: 404, headers: missing.headers });
  }
  const format = wantsJson(context.request, context.url) ? 'json' : 'html';
  // Refusals before the app runs: a form from another site (Astro's own origin check is off: it answers in English only),
  // and a body that is no form to a form action (Astro would fail to parse it as JSON).
  const refusal = crossSite(context.request, context.url) ? 403 : notAForm(context.request, context.url) ? 415 : null;
  if (refusal) return withHeaders(errorResponse(refusal, visitorLocale, format));
  const closed = await closedAction(context);
  if (closed) return closed;
  const old = OLD_EXPORTER_ADDRESS.exec(context.url.pathname);
  if (old) {
    const location = `${old[1]}/exporter${context.url.pathname.slice(old[0].length)}${context.url.search}`;
    // 308 keeps the method and body of a form sent from a page opened before the move.
    return new Response(null, {
      status: context.request.method === 'GET' || context.request.method === 'HEAD' ? 301 : 308,
      headers: { Location: location, ...SECURITY_HEADERS },
    });
  }
  if (await malformedMultipart(context.request, context.url)) return withHeaders(errorResponse(400, visitorLocale, format));
  const signedInArea = SIGNED_IN_AREA.test(context.url.pathname);
  // The catalog this answer is rendered from: the page cache keeps the answer only while it is unchanged.
  const catalog = catalogSignal();
  const readCookies = watchCookieReads(context);
  let response: Response;
  try {
    // The signed-in areas read the session (kept in the database); public pages never do.
    if (signedInArea && context.locals.user === undefined) context.locals.user = await sessionUser(context.request);
    // An Urdu page writes numbers with the digits its reader chose.
    if (locale === 'ur' && context.locals.user) context.locals.digits = context.locals.user.digits;
    response = await next();
    // A page that answered a bare 404 (another exporter's product, an unknown inquiry) gets the site's not-found
    // page, rendered as a page with its own content policy (Astro's fallback copy would carry the API's policy).
    if (response.status === 404 && !response.body && context.request.method === 'GET' && context.url.pathname !== '/404') {
      response = await context.rewrite('/404');
    }
  } catch (error) {
    // The database restarting or unreachable: a translated 503 the visitor can retry. Anything else is
    // a 500 in the visitor's language (Astro would otherwise show the 404 page for it).
    const down = await databaseDown(error);
    // A body cut off by scripts/serve.mjs (too large) or a client that went away is no fault of the site.
    if (!down && !context.request.signal.aborted) console.error(`${context.request.method} ${context.url.pathname}:`, error);
    const { request, url } = context;
    response = errorResponse(down ? 503 : 500, visitorLocale, format, request.method === 'GET' ? `${url.pathname}${url.search}` : undefined);
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
    if (signedInArea) response.headers.set('Cache-Control', 'private, no-store');
    // The answer to a form or an action (an inquiry's private status link, a reply) is nobody else's.
    else if (context.request.method !== 'GET' && context.request.method !== 'HEAD' && !response.headers.has('Cache-Control')) {
      response.headers.set('Cache-Control', 'private, no-store');
    } else keepPersonalPagesPrivate(response, readCookies());
    // Astro sends rendered pages as bare `text/html`: without a charset a browser may guess the encoding of the Chinese text.
    const type = response.headers.get('Content-Type');
    if (type && /^text\/html\b/i.test(type) && !/charset=/i.test(type)) response.headers.set('Content-Type', `${type}; charset=utf-8`);
  } catch {
    // Responses with immutable headers (e.g. redirects made by fetch) are left as they are.
  }
  // Under scripts/serve.mjs a request without a session may have its answer kept (src/server/page-cache.server.ts).
  const { keepPage } = context.locals;
  if (keepPage && !signedInArea && context.cookies.headers().next().done) return keepPage(response, catalog);
  return response;
});
