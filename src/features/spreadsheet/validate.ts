import { productSchema, type ProductInput } from '~/features/exporter/product-schema';
import { rawInput, type ImageRow } from '~/features/exporter/product-values';
import { fieldErrors } from '~/features/exporter/schema';
import { type CategoryName, categoryLookup, type Cells, type ColumnKey, columnOfPath, SKU_MAX, SKU_PATTERN, valuesOfCells } from './columns';

/**
 * The rows of a sheet checked by the product form's own schema, so a row the
 * sheet accepts is a product the form would accept, and the other way round.
 */

export interface RowCheck {
  line: number;
  sku: string;
  /** The product the row describes; null when any cell is refused. */
  input: ProductInput | null;
  /** Error codes by column: the first problem of each cell. */
  errors: Partial<Record<ColumnKey, string>>;
}

export function skuError(sku: string): string | null {
  if (sku.length > SKU_MAX) return 'skuTooLong';
  if (!sku) return 'skuRequired';
  if (!SKU_PATTERN.test(sku)) return 'skuInvalid';
  return null;
}

/** Checks every row; a SKU used twice is refused on its later rows. `images` are the photos each SKU will show. */
export function checkRows(
  rows: ReadonlyArray<{ line: number; cells: Cells }>,
  categories: readonly CategoryName[],
  images: (sku: string) => ImageRow[] = () => [],
): RowCheck[] {
  const schema = productSchema(categories.map((c) => c.slug));
  const category = categoryLookup(categories);
  const seen = new Set<string>();
  return rows.map(({ line, cells }) => {
    const sku = cells.sku.trim();
    const { values, errors } = valuesOfCells(cells, category);
    const bad = skuError(sku);
    if (bad) errors.sku = bad;
    else if (seen.has(sku.toLowerCase())) errors.sku = 'skuDuplicate';
    seen.add(sku.toLowerCase());
    values.images = bad ? [] : images(sku);
    const parsed = schema.safeParse(rawInput(values));
    if (!parsed.success) {
      for (const [path, code] of Object.entries(fieldErrors(parsed.error))) errors[columnOfPath(path)] ??= code;
    }
    const ok = parsed.success && Object.keys(errors).length === 0;
    return { line, sku, input: ok ? parsed.data : null, errors };
  });
}
