/*
 * The security headers, written once for the two places that send them:
 * src/middleware.ts (rendered routes) and scripts/serve.mjs (every answer,
 * static files included), which imports this file as it is — so it imports
 * nothing and uses only types Node can strip.
 */

/** Headers every response carries unless the route set its own (rendered pages send their hash-based CSP); nothing on the site loads from another host. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Pages get Astro's hash-based policy (astro.config.mjs); this one covers API answers, media and files.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * The headers for a site served at `site`: over https (behind a proxy that
 * ends TLS) browsers are also told never to use plain http again.
 */
export function securityHeaders(site: URL): Record<string, string> {
  return { ...SECURITY_HEADERS, ...(site.protocol === 'https:' && { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }) };
}
