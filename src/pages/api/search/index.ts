import type { APIRoute } from 'astro';
import { getT } from '~/i18n';
import { negotiateLocale } from '~/i18n/locales';
import { json, otherMethods } from '~/server/http.server';
import { getSearch } from '~/features/search/runtime.server';
import { presentHit } from '~/server/search/present.server';
import { searchParamsSchema, toSearchQuery } from '~/server/search/types.server';

/**
 * `GET /api/search?q=&locale=en|zh&category=&limit=&offset=` — hits with
 * URLs in the requested locale, facet counts and the engine's time.
 */
export const GET: APIRoute = async ({ url, request }) => {
  const parsed = searchParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const requested = url.searchParams.get('locale');
    const t = getT(requested === 'zh' || requested === 'en' ? requested : negotiateLocale(request.headers.get('accept-language')));
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.'), issue.path[0] === 'locale' ? t('search:errors.locale') : t('search:errors.invalid')]),
    );
    return json({ error: t('search:errors.invalid'), errors }, { status: 400 });
  }
  const query = toSearchQuery(parsed.data);
  try {
    const { engine } = await getSearch();
    const result = await engine.search(query);
    return json(
      {
        hits: result.hits.map((hit) => presentHit(hit, query.locale, query.q)),
        total: result.total,
        facets: result.facets,
        tookMs: result.tookMs,
      },
      { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=30' } },
    );
  } catch {
    const t = getT(query.locale);
    return json({ error: t('errors.unavailable') }, { status: 503, headers: { 'Retry-After': '5' } });
  }
};

export const HEAD = GET;
/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('GET', 'HEAD');
