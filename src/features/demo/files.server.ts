import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '~/features/catalog/import.server';
import {
  demoExporterSchema,
  exchangeRatesSchema,
  imageManifestSchema,
  parseDemoProduct,
  type DemoExporter,
  type DemoProduct,
  type ImageManifest,
} from './schema';

/** The demo catalog's files, relative to the working directory (`npm start`, the scripts and the tests run from the project root). */
export const DEMO_DIR = path.resolve('data', 'demo');

export interface DemoCatalog {
  exporters: DemoExporter[];
  products: DemoProduct[];
  rates: Record<string, string>;
  images: ImageManifest;
}

/**
 * Reads and validates `data/demo/`: `exporters.json`, `products/*.json`
 * (products in file order, files by name), `exchange-rates.json` and
 * `images/manifest.json`. `categories` are the category slugs the catalog
 * has; a product in any other category is refused with its slug and category.
 */
export function readDemoCatalog(categories: readonly string[], dir = DEMO_DIR): DemoCatalog {
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  const products: DemoProduct[] = [];
  for (const file of readdirSync(path.join(dir, 'products'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const records = read(path.join('products', file));
    if (!Array.isArray(records)) throw new ImportError(`data/demo/products/${file}: expected a list of products`);
    for (const record of records) {
      const category = (record as { product?: { category?: unknown } } | null)?.product?.category;
      if (typeof category === 'string' && !categories.includes(category)) {
        const slug = (record as { slug?: unknown }).slug;
        throw new ImportError(
          `Demo product ${String(slug)} is in category ${category}, which the catalog does not have: categories are reference data, applied before the demo`,
        );
      }
      try {
        products.push(parseDemoProduct(record, categories));
      } catch (error) {
        throw new ImportError(
          `data/demo/products/${file}: product ${String((record as { slug?: unknown } | null)?.slug)} is invalid: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  return {
    exporters: demoExporterSchema.array().parse(read('exporters.json')),
    products,
    rates: exchangeRatesSchema.parse(read('exchange-rates.json')),
    images: imageManifestSchema.parse(read(path.join('images', 'manifest.json'))),
  };
}
