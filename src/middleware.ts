import { defineMiddleware } from 'astro:middleware';
import { getT } from './i18n';
import { DEFAULT_LOCALE } from './i18n/locales';
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

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = splitLocale(context.url.pathname)?.locale ?? DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = getT(locale);
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
