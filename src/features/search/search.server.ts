import { getT } from '~/i18n';
import { isLocale, type Locale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import { presentHits, type PresentedHit } from '~/server/search/present.server';
import { searchParamsSchema, toSearchQuery, type SearchQuery, type SearchResult } from '~/server/search/types.server';
import { listCategories, productResultCards, type CategoryRow, type ProductResultCard } from '~/features/catalog/queries.server';
import { getSearch } from '~/features/search/runtime.server';
import { catalogSignal } from '~/server/catalog-changes.server';
import { SEARCH_API_HOOK, type SearchApiHook } from '~/server/search-api-hook.server';

/** Results on one page of the search page; it shows at most 50 pages. */
export const SEARCH_PAGE_SIZE = 20;
const MAX_PAGES = 50;

export interface SearchPageData {
  query: SearchQuery;
  page: number;
  pages: number;
  /** The price bounds in dollars as the visitor typed them, when they parse. */
  minUsd: string | undefined;
  maxUsd: string | undefined;
  result: SearchResult;
  hits: PresentedHit[];
  /** The product hits' cards (photo, price range, MOQ, exporter), by hit id. */
  cards: Map<string, ProductResultCard>;
  categories: CategoryRow[];
}

const PRODUCT_ID = 'product:';

// The page takes prices in dollars (minUsd/maxUsd); the search takes US cents.
const dollars = (v: string | undefined) => (v && /^\d{1,7}(\.\d{1,2})?$/.test(v) ? String(Math.round(Number(v) * 100)) : undefined);

/**
 * The search page for the query string of its address. A search page never
 * fails on a bad link: an overlong query is cut, a filter that does not parse is dropped.
 */
export async function searchPage(db: Db, searchParams: URLSearchParams, locale: Locale): Promise<SearchPageData> {
  const raw: Record<string, string> = Object.fromEntries(searchParams);
  const minCents = dollars(raw.minUsd);
  const maxCents = dollars(raw.maxUsd);
  if (minCents) raw.priceMin = minCents;
  if (maxCents) raw.priceMax = maxCents;
  const page = Math.max(1, Math.min(MAX_PAGES, Number.parseInt(raw.page ?? '1', 10) || 1));
  if (raw.q) raw.q = raw.q.slice(0, 10_000);
  const input: Record<string, unknown> = { ...raw, locale, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE };
  let attempt = searchParamsSchema.safeParse(input);
  if (!attempt.success) {
    for (const issue of attempt.error.issues) delete input[String(issue.path[0])];
    attempt = searchParamsSchema.safeParse(input);
  }
  const query = toSearchQuery(attempt.success ? attempt.data : searchParamsSchema.parse({ locale, limit: SEARCH_PAGE_SIZE }));
  const [categories, search] = await Promise.all([listCategories(db), getSearch()]);
  const result = await search.engine.search(query);
  const productSlugs = result.hits.filter((h) => h.id.startsWith(PRODUCT_ID)).map((h) => h.id.slice(PRODUCT_ID.length));
  const bySlug = await productResultCards(db, productSlugs);
  const cards = new Map(productSlugs.flatMap((slug) => (bySlug.has(slug) ? [[`${PRODUCT_ID}${slug}`, bySlug.get(slug)!] as const] : [])));
  return {
    query,
    page,
    pages: Math.max(1, Math.min(MAX_PAGES, Math.ceil(result.total / SEARCH_PAGE_SIZE))),
    minUsd: minCents ? raw.minUsd : undefined,
    maxUsd: maxCents ? raw.maxUsd : undefined,
    result,
    hits: presentHits(result.hits, locale, query.q),
    cards,
    categories,
  };
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * `GET /api/search`: hits with URLs in the requested locale, facet counts and
 * the engine's time; errors in the requested language, else the caller's (`requestLocale`).
 */
export async function searchForApi(searchParams: URLSearchParams, callerLocale: Locale): Promise<ApiAnswer> {
  const parsed = searchParamsSchema.safeParse(Object.fromEntries(searchParams));
  if (!parsed.success) {
    const requested = searchParams.get('locale');
    const t = getT(isLocale(requested) ? requested : callerLocale);
    const errors = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.'), issue.path[0] === 'locale' ? t('search:errors.locale') : t('search:errors.invalid')]),
    );
    return { status: 400, body: { error: t('search:errors.invalid'), errors }, headers: {} };
  }
  const query = toSearchQuery(parsed.data);
  try {
    const { engine } = await getSearch();
    const result = await engine.search(query);
    return {
      status: 200,
      body: {
        hits: presentHits(result.hits, query.locale, query.q),
        total: result.total,
        facets: result.facets,
        tookMs: result.tookMs,
        // "Did you mean": the corrected query the engine searched for; with no results, the nearest category.
        ...(result.suggestion && { suggestion: result.suggestion }),
        ...(result.nearestCategory && { nearestCategory: result.nearestCategory }),
      },
      headers: { 'Cache-Control': 'public, max-age=0, s-maxage=30' },
    };
  } catch {
    return { status: 503, body: { error: getT(query.locale)('errors.unavailable') }, headers: { 'Retry-After': '5' } };
  }
}

/**
 * The production server (scripts/serve.mjs) answers `GET /api/search` through
 * this hook once the route has run once, without Astro's request pipeline
 * (request and response objects, routing, middleware): the engine answers in
 * about a millisecond, and the pipeline around it cost twice that again. The
 * answer is the route's own (src/pages/api/search/index.ts), with the signal
 * of the catalog it was computed from, for the page cache.
 */
const answerSearchApi: SearchApiHook = async (searchParams, callerLocale) => {
  const valid = catalogSignal();
  return { ...(await searchForApi(searchParams, callerLocale)), valid };
};
(globalThis as { [SEARCH_API_HOOK]?: SearchApiHook })[SEARCH_API_HOOK] = answerSearchApi;
