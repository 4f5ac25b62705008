import type { Db } from '../db/client';
import * as t from '../db/schema';
import { categories } from '../seed/data/categories';

/**
 * The catalog's categories are reference data, applied at every start
 * whether or not the demo is loaded: missing ones are added, existing ones
 * are left as they are. The demo catalog and any import only look them up.
 */
export async function applyCategories(db: Db): Promise<void> {
  await db
    .insert(t.categories)
    .values(
      categories.map((c) => ({
        slug: c.slug,
        nameEn: c.name.en,
        nameZh: c.name.zh,
        descriptionEn: c.description.en,
        descriptionZh: c.description.zh,
        gaccRequired: c.gaccRequired,
        motif: c.motif,
        position: c.position,
      })),
    )
    .onConflictDoNothing();
}
