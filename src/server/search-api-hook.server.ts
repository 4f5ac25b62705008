/*
 * The hook through which scripts/serve.mjs answers `GET /api/search` without
 * Astro's request pipeline (set by src/features/search/search.server.ts when
 * the app first loads it). scripts/serve.mjs imports this file as it is — so
 * it imports nothing and uses only types Node can strip.
 */

/** The global symbol the hook is kept under. */
export const SEARCH_API_HOOK: unique symbol = Symbol.for('pavilion.searchApi');

/** A search answer: status, JSON body, the route's own headers, and the signal of the catalog it was computed from. */
export interface SearchApiAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  valid: AbortSignal;
}

/** `callerLocale`: the language the caller is answered in, decided as `requestLocale` does (scripts/serve.mjs `callerLocale`). */
export type SearchApiHook = (searchParams: URLSearchParams, callerLocale: 'en' | 'zh') => Promise<SearchApiAnswer>;

/** The hook, once the app has set it. */
export function searchApiHook(): SearchApiHook | undefined {
  return (globalThis as { [SEARCH_API_HOOK]?: SearchApiHook })[SEARCH_API_HOOK];
}
