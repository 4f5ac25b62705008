import { z } from 'zod';
import { PROVINCE_SLUGS, type ProvinceSlug } from '~/lib/geo';
import { CERTIFICATION_KINDS, type CertificationKind } from '~/lib/trade';
import { slugSchema } from '~/lib/slug-schema';

export const SORTS = ['featured', 'newest', 'price-asc', 'price-desc'] as const;
export type Sort = (typeof SORTS)[number];

export interface CatalogFilters {
  category?: string;
  province?: ProvinceSlug;
  certification?: CertificationKind;
  moqMax?: number;
  sort: Sort;
  page: number;
}

const slug = slugSchema(81);
const fields = {
  category: slug,
  province: z.enum(PROVINCE_SLUGS as [ProvinceSlug, ...ProvinceSlug[]]),
  certification: z.enum(CERTIFICATION_KINDS),
  moqMax: z.coerce.number().int().min(1).max(1_000_000_000),
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

/**
 * Reads catalog filters from a query string. Browsing must never fail on a
 * bad link: each value that does not parse is dropped and reported in
 * `ignored`, so the page can say which filter it did not understand.
 */
export function parseCatalogFilters(params: URLSearchParams): { filters: CatalogFilters; ignored: string[] } {
  const filters: CatalogFilters = { sort: 'featured', page: 1 };
  const ignored: string[] = [];
  for (const [name, schema] of Object.entries(fields) as Array<[keyof typeof fields, z.ZodType]>) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === '') continue;
    const parsed = schema.safeParse(raw.trim());
    if (parsed.success) Object.assign(filters, { [name]: parsed.data });
    else if (name !== 'page') ignored.push(raw.slice(0, 40));
  }
  return { filters, ignored };
}

/** The query string of a filter set, without defaults, for links and pagination. */
export function filtersToQuery(filters: Partial<CatalogFilters>, overrides: Partial<CatalogFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (merged.category) params.set('category', merged.category);
  if (merged.province) params.set('province', merged.province);
  if (merged.certification) params.set('certification', merged.certification);
  if (merged.moqMax) params.set('moqMax', String(merged.moqMax));
  if (merged.sort && merged.sort !== 'featured') params.set('sort', merged.sort);
  if (merged.page && merged.page > 1) params.set('page', String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
