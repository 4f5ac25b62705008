import type { APIRoute } from 'astro';
import { getT } from '~/i18n';
import { requestLocale } from '~/i18n/url';

/**
 * Anonymous catalog pages may be cached by a CDN for a minute (and served
 * stale while it refreshes), so a traffic spike does not reach the database;
 * browsers always revalidate, so exporters' edits show on the next visit.
 */
export const PUBLIC_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { ...init, headers });
}

/**
 * The `ALL` handler of an API route: a method the route does not answer gets
 * 405 with an `Allow` header and a message in the caller's language.
 *
 * A GET route with `ALL` must export `HEAD = GET` and name both here: Astro
 * sends HEAD to `ALL` before falling back to GET.
 * tests/integration/api-methods.test.ts walks src/pages/api to check.
 */
export function otherMethods(...allowed: string[]): APIRoute {
  return ({ request }) => {
    const locale = requestLocale(request);
    const method = request.method.replace(/[^A-Z]/gi, '').slice(0, 16);
    return json(
      { error: getT(locale)('errors.methodNotAllowed', { method, allowed: allowed.join(', ') }) },
      { status: 405, headers: { Allow: allowed.join(', ') } },
    );
  };
}
