import type { Rates } from '~/lib/format';
import type { Db } from '~/server/db/client.server';
import { getCategory, getRates, listCategories, listProducts, type CategoryRow, type ProductPage } from '~/features/catalog/queries.server';
import { parseCatalogFilters, type CatalogFilters } from './filters';

export interface CatalogView {
  category: CategoryRow | null;
  filters: CatalogFilters;
  /** Filter values from the URL that were not understood, shown to the visitor. */
  ignored: string[];
  result: ProductPage;
  categories: Array<CategoryRow & { productCount: number; units: string[] }>;
  rates: Rates;
}

/**
 * Loads a product listing — all products, or one category's — for the
 * filters in the URL. Null when the category does not exist (a 404).
 */
export async function loadCatalogView(db: Db, searchParams: URLSearchParams, categorySlug?: string): Promise<CatalogView | null> {
  const category = categorySlug ? await getCategory(db, categorySlug) : null;
  if (categorySlug && !category) return null;
  const { filters, ignored } = parseCatalogFilters(searchParams);
  const [categories, rates] = await Promise.all([listCategories(db), getRates(db)]);
  if (category) filters.category = category.slug;
  else if (filters.category && !categories.some((c) => c.slug === filters.category)) {
    ignored.push(filters.category);
    delete filters.category;
  }
  return { category, filters, ignored, result: await listProducts(db, filters), categories, rates };
}
