import type { Db } from '~/server/db/client.server';
import { catalogStats, featuredProducts, getRates, listCategories } from '~/features/catalog/queries.server';
import { exportersWithFigures } from '~/features/catalog/exporter-page.server';

/** What the home page shows: the catalog's size, its categories, featured products and exporters. */
export async function homePage(db: Db) {
  const [stats, categories, featured, exporters, rates] = await Promise.all([
    catalogStats(db),
    listCategories(db),
    featuredProducts(db, 8),
    exportersWithFigures(db, { limit: 6 }),
    getRates(db),
  ]);
  // A new pavilion with nothing verified yet says so, instead of counting zeros.
  return { stats, categories, featured, exporters, rates, opening: stats.products === 0 || stats.exporters === 0 };
}

export type HomePageData = Awaited<ReturnType<typeof homePage>>;
