import { z } from 'zod';
import { PROVINCE_SLUGS, type ProvinceSlug } from '~/lib/geo';
import { CERTIFICATION_KINDS } from '~/lib/trade';

export const DOCUMENT_TYPES = ['product', 'exporter', 'article'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * One searchable record. Both languages live in the same document, so a
 * Chinese query finds a product on the English site and the other way round.
 */
export interface SearchDocument {
  /** `product:{slug}`, `exporter:{slug}` or `article:{section}:{slug}`. */
  id: string;
  type: DocumentType;
  /** Address after the locale, e.g. `products/basmati-1121`. */
  path: string;
  name_en: string;
  name_zh: string;
  text_en: string;
  text_zh: string;
  keywords_en: string;
  keywords_zh: string;
  exporter_en: string;
  exporter_zh: string;
  category: string;
  category_en: string;
  category_zh: string;
  province: string;
  city: string;
  certifications: string[];
  /** The product's HS code (digits); empty or absent for other documents. */
  hs_code?: string;
  /** Registrations of the exporter that buyers search by, e.g. `gacc` (China customs registration of a food producer). */
  registrations?: string[];
  /** MOQ in the product's unit; 0 for non-products. */
  moq: number;
  /** Lowest ladder price in US cents; null when on request or not a product. */
  price: number | null;
  /** Creation time in epoch milliseconds, for "newest". */
  created: number;
}

export const SORTS = ['relevance', 'newest', 'price-asc', 'price-desc'] as const;
export type SearchSort = (typeof SORTS)[number];

export interface SearchFilters {
  type?: DocumentType | undefined;
  category?: string | undefined;
  province?: ProvinceSlug | undefined;
  certification?: string | undefined;
  moqMax?: number | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
}

export interface SearchQuery {
  q: string;
  locale: 'en' | 'zh';
  filters: SearchFilters;
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  type: DocumentType;
  document: SearchDocument;
  score: number;
}

export type Facets = Record<'type' | 'category' | 'province' | 'certifications', Record<string, number>>;

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: Facets;
  tookMs: number;
  /** The query with misspelt words corrected, when the engine searched for that instead ("did you mean"). */
  suggestion?: string | undefined;
  /** With no results: the category nearest to what was asked (医用手套 → surgical instruments). */
  nearestCategory?: string | undefined;
}

/** The search port: the embedded engine and the Meilisearch adapter both implement it. */
export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Replaces the whole index with these documents. */
  replaceAll(documents: SearchDocument[]): Promise<void>;
  /** Adds or replaces documents by id. */
  upsert(documents: SearchDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  count(): Promise<number>;
  close(): Promise<void>;
}

export const MAX_QUERY_LENGTH = 200;
const bounded = (max: number) => z.coerce.number().int().min(0).max(max);

/**
 * The query string of `GET /api/search` and the search page. Overlong queries
 * are cut rather than refused; unknown facet values simply match nothing.
 */
export const searchParamsSchema = z.object({
  q: z
    .string()
    .max(10_000)
    .default('')
    .transform((q) =>
      q
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .slice(0, MAX_QUERY_LENGTH)
        .trim(),
    ),
  locale: z.enum(['en', 'zh']).default('en'),
  type: z.enum(DOCUMENT_TYPES).optional().catch(undefined),
  category: z.string().max(80).optional(),
  province: z
    .enum(PROVINCE_SLUGS as [ProvinceSlug, ...ProvinceSlug[]])
    .optional()
    .catch(undefined),
  certification: z.enum(CERTIFICATION_KINDS).optional().catch(undefined),
  moqMax: bounded(1_000_000_000).optional().catch(undefined),
  priceMin: bounded(100_000_000).optional().catch(undefined),
  priceMax: bounded(100_000_000).optional().catch(undefined),
  sort: z.enum(SORTS).default('relevance').catch('relevance'),
  limit: z.coerce.number().int().min(1).max(50).default(20).catch(20),
  offset: z.coerce.number().int().min(0).max(1000).default(0).catch(0),
});

export function toSearchQuery(params: z.output<typeof searchParamsSchema>): SearchQuery {
  const { q, locale, sort, limit, offset, ...filters } = params;
  return { q, locale, sort, limit, offset, filters };
}

export function emptyFacets(): Facets {
  return { type: {}, category: {}, province: {}, certifications: {} };
}
