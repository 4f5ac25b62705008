/**
 * Anonymous catalog pages may be cached by a CDN for a minute (and served
 * stale while it refreshes), so a traffic spike does not reach the database;
 * browsers always revalidate, so traders' edits show on the next visit.
 */
export const PUBLIC_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { ...init, headers });
}
