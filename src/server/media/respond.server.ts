/** A media address that names nothing: a short answer in both languages (an image URL has no page language). */
export function mediaNotFound(): Response {
  return new Response('Not found · 未找到\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
