import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { CategoryInput } from '~/features/operator/category-schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * The operator's categories: add, rename and describe in both languages,
 * reorder. Every change marks the category edited (`edited_at`), so the
 * reference data applied at start-up never overwrites it.
 */

export type CategoryRow = typeof t.categories.$inferSelect;

/** Every category in the order the pavilion shows them, with its number of products (any status). */
export async function categoriesForOperator(db: Db): Promise<Array<CategoryRow & { products: number }>> {
  const [rows, counts] = await Promise.all([
    db.select().from(t.categories).orderBy(asc(t.categories.position), asc(t.categories.id)),
    db.select({ categoryId: t.products.categoryId, n: count() }).from(t.products).groupBy(t.products.categoryId),
  ]);
  const byId = new Map(counts.map((c) => [c.categoryId, c.n]));
  return rows.map((r) => ({ ...r, products: byId.get(r.id) ?? 0 }));
}

/** The columns the operator writes, from the console's form. */
function editableColumns(input: CategoryInput) {
  return {
    nameEn: input.nameEn,
    nameZh: input.nameZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    hsChapters: input.hsChapters,
    gaccRequired: input.gaccRequired,
  };
}

export type CreateCategoryResult = { ok: true; slug: string } | { ok: false; error: 'slugTaken' };

/** Adds a category at the end of the list. */
export async function createCategory(db: Db, input: CategoryInput & { slug: string }, now = new Date()): Promise<CreateCategoryResult> {
  const [last] = await db.select({ position: t.categories.position }).from(t.categories).orderBy(desc(t.categories.position)).limit(1);
  const rows = await db
    .insert(t.categories)
    .values({
      slug: input.slug,
      ...editableColumns(input),
      // No drawn motif of its own: the generated picture falls back to an abstract pattern.
      motif: 'pattern',
      position: (last?.position ?? 0) + 1,
      editedAt: now,
    })
    .onConflictDoNothing()
    .returning({ slug: t.categories.slug });
  return rows[0] ? { ok: true, slug: rows[0].slug } : { ok: false, error: 'slugTaken' };
}

/**
 * Renames, describes and classifies a category. Its products are touched, so
 * search (in this instance and, by their poll, every other) and cached pages
 * show the new names at once. Returns false for an unknown category.
 */
export async function updateCategory(db: Db, slug: string, input: CategoryInput, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(t.categories)
      .set({ ...editableColumns(input), editedAt: now })
      .where(eq(t.categories.slug, slug))
      .returning({ id: t.categories.id });
    if (!row) return false;
    await tx.update(t.products).set({ updatedAt: now }).where(eq(t.products.categoryId, row.id));
    return true;
  });
}

/**
 * Moves a category one place up or down, swapping positions with its
 * neighbour (both marked edited, since both moved). Returns false when it is
 * unknown or already at that end.
 */
export async function moveCategory(db: Db, slug: string, direction: 'up' | 'down', now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    // One reorder at a time, so two operators' clicks never leave two categories on one position.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pavilion.categories.order'))`);
    const [row] = await tx.select().from(t.categories).where(eq(t.categories.slug, slug));
    if (!row) return false;
    const [neighbour] = await tx
      .select()
      .from(t.categories)
      .where(
        direction === 'up'
          ? sql`(${t.categories.position}, ${t.categories.id}) < (${row.position}, ${row.id})`
          : sql`(${t.categories.position}, ${t.categories.id}) > (${row.position}, ${row.id})`,
      )
      .orderBy(direction === 'up' ? desc(t.categories.position) : asc(t.categories.position), direction === 'up' ? desc(t.categories.id) : asc(t.categories.id))
      .limit(1);
    if (!neighbour) return false;
    // Equal positions (possible after reference data and operator additions met) still change order.
    const [a, b] =
      neighbour.position === row.position
        ? direction === 'up'
          ? [row.position - 1, row.position]
          : [row.position + 1, row.position]
        : [neighbour.position, row.position];
    await tx.update(t.categories).set({ position: a, editedAt: now }).where(eq(t.categories.id, row.id));
    await tx.update(t.categories).set({ position: b, editedAt: now }).where(eq(t.categories.id, neighbour.id));
    return true;
  });
}
