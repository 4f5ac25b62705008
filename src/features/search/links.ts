import type { SearchQuery } from '~/server/search/types.server';

/** The price bounds in dollars as the visitor typed them (kept in links only when they parse). */
export interface PriceBounds {
  minUsd: string | undefined;
  maxUsd: string | undefined;
}

/** Link to the search at `base` with one parameter changed (or removed with `null`), back on page 1. */
export function searchLink(base: string, query: SearchQuery, prices: PriceBounds, name: string, value: string | null): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of ['type', 'category', 'province', 'certification', 'sort'] as const) {
    const current =
      key === 'sort' ? (query.sort === 'relevance' ? undefined : query.sort) : key === 'certification' ? query.filters.certification : query.filters[key];
    if (current) params.set(key, String(current));
  }
  if (query.filters.moqMax) params.set('moqMax', String(query.filters.moqMax));
  if (prices.minUsd) params.set('minUsd', prices.minUsd);
  if (prices.maxUsd) params.set('maxUsd', prices.maxUsd);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
