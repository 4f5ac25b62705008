import { SITE_URL } from 'astro:env/server';
import { defineMiddleware } from 'astro:middleware';
import { getT } from './i18n';
import { DEFAULT_LOCALE, negotiateLocale } from './i18n/locales';
import { splitLocale } from './i18n/url';

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

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = splitLocale(context.url.pathname)?.locale ?? DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = getT(locale);
  if (crossSite(context.request, context.url)) {
    const t = getT(negotiateLocale(context.request.headers.get('accept-language')));
    return new Response(JSON.stringify({ errors: { form: t('inquiry:errors.forbiddenOrigin') } }), {
      status: 403,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS },
    });
  }
  const response = await next();
  // Prerendered pages are answered by the static file server; these headers apply to rendered ones.
  try {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!response.headers.has(name)) response.headers.set(name, value);
    }
  } catch {
    // Responses with immutable headers (e.g. redirects made by fetch) are left as they are.
  }
  return response;
});
