import { inArray } from 'drizzle-orm';
import type { ProfileInput } from '~/features/exporter/schema';
import type { ProductInput } from '~/features/exporter/product-schema';
import type { VerificationCheck } from '~/lib/trade';
import type { Bilingual } from '~/server/db/schema.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { profileColumns } from '~/features/exporter/profile.server';
import { productColumns } from '~/features/exporter/products.server';
import { catalogChanged } from '~/server/catalog-changes.server';

/**
 * Loading catalog records in bulk: the demo catalog today, an exporter's
 * spreadsheet tomorrow. Records arrive validated by the portal's own
 * schemas (`profileSchema`, `productSchema`), so an imported record is one a
 * exporter could have typed. Records are matched by slug: a record whose slug
 * exists is left exactly as it is, so running an import again changes
 * nothing and never overwrites what an exporter or the operator has edited.
 */

export interface ImportExporter {
  slug: string;
  profile: ProfileInput;
  status: 'pending' | 'verified';
  featured?: boolean;
  /** Main markets besides China, shown as facts. */
  markets?: Bilingual[];
  /** The pavilion's own checks behind a verified badge; the latest dates `verifiedAt`. */
  checks?: Array<{ kind: VerificationCheck; reference: string; checkedOn: string; validUntil: string }>;
  logoKey?: string | null;
}

export interface ImportProduct {
  slug: string;
  /** Slug of an exporter already in the catalog. */
  exporter: string;
  product: ProductInput;
  status: 'draft' | 'published';
  featured?: boolean;
  createdAt?: Date;
}

export class ImportError extends Error {}

/** Inserts the exporters not in the catalog yet. Returns the slugs it created and every record's id. */
export async function importExporters(db: Db, records: ImportExporter[]): Promise<{ created: string[]; ids: Map<string, number> }> {
  const created = await db.transaction(async (tx) => {
    if (!records.length) return [];
    const inserted = await tx
      .insert(t.exporters)
      .values(
        records.map((r) => ({
          ...profileColumns(r.profile),
          slug: r.slug,
          status: r.status,
          featured: r.featured ?? false,
          markets: r.markets ?? [],
          verifiedAt: r.status === 'verified' ? latestCheck(r.checks ?? []) : null,
          logoKey: r.logoKey ?? null,
        })),
      )
      .onConflictDoNothing({ target: t.exporters.slug })
      .returning({ id: t.exporters.id, slug: t.exporters.slug });
    const fresh = new Map(inserted.map((e) => [e.slug, e.id]));
    const mine = records.filter((r) => fresh.has(r.slug));
    const checks = mine.flatMap((r) => (r.checks ?? []).map((c) => ({ exporterId: fresh.get(r.slug)!, ...c })));
    if (checks.length) await tx.insert(t.verificationChecks).values(checks);
    const certs = mine.flatMap((r) => r.profile.certificates.map((c) => ({ exporterId: fresh.get(r.slug)!, ...c })));
    if (certs.length) await tx.insert(t.certificates).values(certs);
    return inserted.map((e) => e.slug);
  });
  if (created.length) catalogChanged();
  return {
    created,
    ids: await exporterIds(
      db,
      records.map((r) => r.slug),
    ),
  };
}

/** Ids of the exporters with these slugs (those that exist). */
export async function exporterIds(db: Db, slugs: string[]): Promise<Map<string, number>> {
  if (!slugs.length) return new Map();
  const rows = await db
    .select({ id: t.exporters.id, slug: t.exporters.slug })
    .from(t.exporters)
    .where(inArray(t.exporters.slug, [...new Set(slugs)]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * Inserts the products not in the catalog yet. Categories are reference
 * data the import never creates: a record naming a category the catalog
 * lacks fails the whole import, as does one naming an unknown exporter.
 */
export async function importProducts(db: Db, records: ImportProduct[]): Promise<{ created: number }> {
  if (!records.length) return { created: 0 };
  const wantedCategories = [...new Set(records.map((r) => r.product.category))];
  const categoryRows = await db.select({ id: t.categories.id, slug: t.categories.slug }).from(t.categories).where(inArray(t.categories.slug, wantedCategories));
  const categories = new Map(categoryRows.map((c) => [c.slug, c.id]));
  const missing = wantedCategories.filter((slug) => !categories.has(slug));
  if (missing.length)
    throw new ImportError(`The catalog has no categories ${missing.join(', ')}: categories are reference data, the import does not create them`);
  const exporters = await exporterIds(
    db,
    records.map((r) => r.exporter),
  );
  const orphans = [...new Set(records.filter((r) => !exporters.has(r.exporter)).map((r) => r.exporter))];
  if (orphans.length) throw new ImportError(`Products name exporters the catalog does not have: ${orphans.join(', ')}`);

  const created = await db.transaction(async (tx) => {
    let count = 0;
    // Batches keep each statement well below PostgreSQL's 65,535 parameters.
    for (let i = 0; i < records.length; i += 100) {
      const batch = records.slice(i, i + 100);
      const inserted = await tx
        .insert(t.products)
        .values(
          batch.map((r) => {
            const at = r.createdAt ?? new Date();
            return {
              ...productColumns(r.product, categories.get(r.product.category)!),
              slug: r.slug,
              exporterId: exporters.get(r.exporter)!,
              status: r.status,
              featured: r.featured ?? false,
              createdAt: at,
              updatedAt: at,
            };
          }),
        )
        .onConflictDoNothing({ target: t.products.slug })
        .returning({ id: t.products.id, slug: t.products.slug });
      const fresh = new Map(inserted.map((p) => [p.slug, p.id]));
      const tiers = batch.flatMap((r) => (fresh.has(r.slug) ? r.product.tiers.map((tier) => ({ productId: fresh.get(r.slug)!, ...tier })) : []));
      if (tiers.length) await tx.insert(t.priceTiers).values(tiers);
      count += inserted.length;
    }
    return count;
  });
  if (created) catalogChanged();
  return { created };
}

function latestCheck(checks: Array<{ checkedOn: string }>): Date | null {
  const latest = checks
    .map((c) => c.checkedOn)
    .sort()
    .at(-1);
  return latest ? new Date(`${latest}T00:00:00Z`) : null;
}
