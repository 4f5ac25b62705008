import { createHash } from 'node:crypto';
import { eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import categoriesFile from '../../../data/reference/categories.json' with { type: 'json' };
import certificateKindsFile from '../../../data/reference/certificate-kinds.json' with { type: 'json' };
import synonymsFile from '../../../data/reference/synonyms.json' with { type: 'json' };
import { certificateKindsFileSchema } from '~/lib/trade';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { synonymsFileSchema } from '~/server/search/text.server';

/*
 * Reference data: what every pavilion needs whether or not it shows the demo
 * catalog — the categories (with their HS chapters), the certificate kinds
 * and the search synonyms. The files live in `data/reference/`, are checked
 * by the schemas below when loaded, and the categories are applied to the
 * database at every start (`applyReferenceData`).
 */

export const CATEGORY_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
/** A two-digit chapter of the Harmonized System (01–97; 77 is reserved and unused). */
export const HS_CHAPTER = /^(?:0[1-9]|[1-8][0-9]|9[0-7])$/;

const bilingual = (max: number) => z.object({ en: z.string().trim().min(1).max(max), zh: z.string().trim().min(1).max(max) }).strict();
/**
 * A category's names: English and Chinese as the catalog shows them, and Urdu for the exporter portal's Urdu pages
 * (a category without one is shown there in English; tests/unit/reference.test.ts asks every shipped category for it).
 */
const categoryNames = z
  .object({ en: z.string().trim().min(1).max(80), zh: z.string().trim().min(1).max(80), ur: z.string().trim().min(1).max(80).optional() })
  .strict();

export const referenceCategorySchema = z
  .object({
    slug: z.string().max(60).regex(CATEGORY_SLUG),
    name: categoryNames,
    description: bilingual(500),
    hsChapters: z
      .array(
        z
          .string()
          .max(2)
          .regex(HS_CHAPTER)
          .refine((c) => c !== '77', { message: 'HS chapter 77 is reserved' }),
      )
      .min(1)
      .max(20),
    gaccRequired: z.boolean(),
    /** Motif of the generated category picture. */
    motif: z
      .string()
      .max(40)
      .regex(/^[a-z]*$/),
    position: z.number().int().min(1).max(10_000),
  })
  .strict();
export type ReferenceCategory = z.infer<typeof referenceCategorySchema>;

export const categoriesFileSchema = z
  .object({ version: z.number().int().min(1), categories: z.array(referenceCategorySchema).min(1).max(500) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of file.categories.entries()) {
      if (seen.has(c.slug)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'slug'], message: `duplicate slug ${c.slug}` });
      seen.add(c.slug);
    }
  });

export interface ReferenceData {
  categories: z.infer<typeof categoriesFileSchema>;
  certificateKinds: z.infer<typeof certificateKindsFileSchema>;
  synonyms: z.infer<typeof synonymsFileSchema>;
  /** Versions and a hash of the content: what `meta.reference_version` records once applied. */
  version: string;
}

/** Checks raw reference files; throws a ZodError naming the bad field. */
export function parseReferenceData(raw: { categories: unknown; certificateKinds: unknown; synonyms: unknown }): ReferenceData {
  const categories = categoriesFileSchema.parse(raw.categories);
  const certificateKinds = certificateKindsFileSchema.parse(raw.certificateKinds);
  const synonyms = synonymsFileSchema.parse(raw.synonyms);
  const hash = createHash('sha256')
    .update(JSON.stringify([categories, certificateKinds, synonyms]))
    .digest('hex')
    .slice(0, 16);
  return { categories, certificateKinds, synonyms, version: `c${categories.version}.k${certificateKinds.version}.s${synonyms.version}-${hash}` };
}

/** The shipped reference data, validated. */
export const REFERENCE = parseReferenceData({ categories: categoriesFile, certificateKinds: certificateKindsFile, synonyms: synonymsFile });

export const REFERENCE_META_KEY = 'reference_version';

export interface ApplyResult {
  /** False when this version was applied before: nothing was read or written beyond the version. */
  applied: boolean;
  inserted: number;
  updated: number;
  /** Categories the operator edited, left as the operator made them. */
  kept: number;
}

/**
 * Brings the database's categories up to the reference data. Idempotent and
 * safe for several instances starting at once (one transaction under an
 * advisory lock): a new category is inserted; one the operator has never
 * edited (`edited_at` null) takes the file's names, description, HS chapters,
 * GACC flag, motif and position; one the operator has edited is left alone.
 * Categories the operator added, and categories that left the file, stay.
 */
export async function applyReferenceData(db: Db, reference: ReferenceData = REFERENCE): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pavilion.reference'))`);
    const [done] = await tx.select({ value: t.meta.value }).from(t.meta).where(eq(t.meta.key, REFERENCE_META_KEY));
    if (done?.value === reference.version) return { applied: false, inserted: 0, updated: 0, kept: 0 };
    const existing = await tx.select().from(t.categories);
    const bySlug = new Map(existing.map((c) => [c.slug, c]));
    let inserted = 0;
    let updated = 0;
    let kept = 0;
    for (const c of reference.categories.categories) {
      const values = {
        nameEn: c.name.en,
        nameZh: c.name.zh,
        descriptionEn: c.description.en,
        descriptionZh: c.description.zh,
        hsChapters: c.hsChapters,
        gaccRequired: c.gaccRequired,
        motif: c.motif,
        position: c.position,
      };
      const row = bySlug.get(c.slug);
      if (!row) {
        await tx
          .insert(t.categories)
          .values({ slug: c.slug, ...values })
          .onConflictDoNothing();
        inserted += 1;
      } else if (row.editedAt === null) {
        if (sameCategory(row, values)) continue;
        const changed = await tx
          .update(t.categories)
          .set(values)
          .where(sql`${t.categories.slug} = ${c.slug} and ${isNull(t.categories.editedAt)}`)
          .returning({ id: t.categories.id });
        // Product pages and search show the category's names: touching its products lets every instance's indexer see the change.
        if (changed[0]) await tx.update(t.products).set({ updatedAt: sql`now()` }).where(eq(t.products.categoryId, changed[0].id));
        updated += 1;
      } else {
        kept += 1;
      }
    }
    await tx
      .insert(t.meta)
      .values({ key: REFERENCE_META_KEY, value: reference.version })
      .onConflictDoUpdate({ target: t.meta.key, set: { value: reference.version, updatedAt: new Date() } });
    return { applied: true, inserted, updated, kept };
  });
}

function sameCategory(row: typeof t.categories.$inferSelect, values: Omit<typeof t.categories.$inferInsert, 'slug'>): boolean {
  return (Object.keys(values) as Array<keyof typeof values>).every((key) => JSON.stringify(row[key]) === JSON.stringify(values[key]));
}
