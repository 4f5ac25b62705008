import type { APIRoute } from 'astro';
import { json, otherMethods } from '~/server/http.server';
import { searchForApi } from '~/features/search/search.server';
import { requestLocale } from '~/i18n/url';

/**
 * `GET /api/search?q=&locale=en|zh&category=&limit=&offset=` — hits with
 * URLs in the requested locale, facet counts and the engine's time.
 */
export const GET: APIRoute = async ({ url, request }) => {
  const { status, body, headers } = await searchForApi(url.searchParams, requestLocale(request));
  return json(body, { status, headers });
};

export const HEAD = GET;
/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('GET', 'HEAD');
