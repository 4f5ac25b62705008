import { createHash } from 'node:crypto';

/** Serves a generated SVG with a strong ETag and a long, immutable cache lifetime. */
export function svgResponse(request: Request, svg: string): Response {
  const etag = `"${createHash('sha1').update(svg).digest('base64url')}"`;
  const headers = {
    'Content-Type': 'image/svg+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: etag,
    // Generated SVG never needs scripts; a sandbox makes sure a direct visit runs none.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'",
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(svg, { headers });
}

/** A media address that names nothing: a short answer in both languages (an image URL has no page language). */
export function mediaNotFound(): Response {
  return new Response('Not found · 未找到\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
