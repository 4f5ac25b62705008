import { sql } from 'drizzle-orm';
import { provinceOf } from '../../lib/geo';
import type { Db } from '../db/client';
import * as t from '../db/schema';
import { demoImageKey, demoLogoKey } from '../media/keys';
import * as data from './data';

/** Bump when the demo data changes, so existing installations receive new records. */
export const SEED_VERSION = '1';

export interface SeedResult {
  applied: boolean;
  categories: number;
  exporters: number;
  products: number;
}

/**
 * Loads the demo catalog. Idempotent: records are matched by slug and never
 * overwritten, so traders' and operators' edits survive a restart.
 */
export async function seedDemoCatalog(db: Db, options: { force?: boolean } = {}): Promise<SeedResult> {
  const done = await db.select().from(t.meta).where(sql`${t.meta.key} = 'seed_version'`);
  if (!options.force && done[0]?.value === SEED_VERSION) {
    return { applied: false, categories: 0, exporters: 0, products: 0 };
  }
  return db.transaction(async (tx) => {
    await tx
      .insert(t.exchangeRates)
      .values(Object.entries(data.rates).map(([currency, perUsd]) => ({ currency, perUsd })))
      .onConflictDoNothing();

    // Categories come from the reference data (applied before the demo); products find theirs by slug.
    const categoryRows = await tx.select({ id: t.categories.id, slug: t.categories.slug, motif: t.categories.motif }).from(t.categories);
    const categoryBySlug = new Map(categoryRows.map((c) => [c.slug, c]));

    const insertedExporters = await tx
      .insert(t.exporters)
      .values(
        data.exporters.map((e) => ({
          slug: e.slug,
          nameEn: e.name.en,
          nameZh: e.name.zh,
          taglineEn: e.tagline.en,
          taglineZh: e.tagline.zh,
          descriptionEn: e.description.en,
          descriptionZh: e.description.zh,
          city: e.city,
          province: provinceOf(e.city),
          yearFounded: e.yearFounded,
          employees: e.employees,
          website: e.website ?? null,
          gaccNumber: e.gaccNumber ?? null,
          markets: e.markets,
          status: e.status,
          verifiedAt: e.status === 'verified' ? latestCheck(e.checks) : null,
          featured: e.featured ?? false,
          logoKey: demoLogoKey(e.slug),
          email: `${e.slug}@exporters.pavilion.example`,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: t.exporters.id, slug: t.exporters.slug });
    const newExporters = new Map(insertedExporters.map((e) => [e.slug, e.id]));
    const checks = data.exporters.flatMap((e) =>
      newExporters.has(e.slug)
        ? e.checks.map((c) => ({ exporterId: newExporters.get(e.slug)!, kind: c.kind, reference: c.reference, checkedOn: c.checkedOn, validUntil: c.validUntil }))
        : [],
    );
    if (checks.length) await tx.insert(t.verificationChecks).values(checks);
    const certs = data.exporters.flatMap((e) =>
      newExporters.has(e.slug)
        ? e.certificates.map((c) => ({ exporterId: newExporters.get(e.slug)!, kind: c.kind, issuer: c.issuer, number: c.number, validUntil: c.validUntil }))
        : [],
    );
    if (certs.length) await tx.insert(t.certificates).values(certs);

    const exporterRows = await tx.select({ id: t.exporters.id, slug: t.exporters.slug }).from(t.exporters);
    const exporterBySlug = new Map(exporterRows.map((e) => [e.slug, e.id]));

    // Newest first in the demo: spread creation times so "newest" sorting means something.
    const base = Date.UTC(2026, 10, 15);
    const productValues = data.products.map((p, i) => {
      const category = categoryBySlug.get(p.category);
      const exporterId = exporterBySlug.get(p.exporter);
      if (!category || !exporterId) throw new Error(`Demo product ${p.slug} names an unknown category or exporter`);
      const prices = p.priceTiers.map((tier) => tier.priceUsdCents);
      const created = new Date(base - ((i * 7919) % 180) * 86_400_000 - i * 60_000);
      return {
        slug: p.slug,
        exporterId,
        categoryId: category.id,
        nameEn: p.name.en,
        nameZh: p.name.zh,
        summaryEn: p.summary.en,
        summaryZh: p.summary.zh,
        descriptionEn: p.description.en,
        descriptionZh: p.description.zh,
        keywordsEn: p.keywords.en,
        keywordsZh: p.keywords.zh,
        specs: p.specs,
        moq: p.moq,
        unit: p.unit,
        priceMinUsdCents: prices.length ? Math.min(...prices) : null,
        priceMaxUsdCents: prices.length ? Math.max(...prices) : null,
        incoterms: p.incoterms,
        hsCode: p.hsCode,
        leadTimeMinDays: p.leadTimeDays[0],
        leadTimeMaxDays: p.leadTimeDays[1],
        supplyQuantity: p.supplyCapacity.quantity,
        supplyUnit: p.supplyCapacity.unit,
        supplyPeriod: p.supplyCapacity.per,
        samplePolicy: p.sample.policy,
        sampleNoteEn: p.sample.note.en,
        sampleNoteZh: p.sample.note.zh,
        originCity: p.originCity,
        originProvince: provinceOf(p.originCity),
        certifications: p.certifications,
        images: Array.from({ length: Math.max(1, Math.min(3, p.imageCount)) }, (_, n) => ({
          key: demoImageKey(category.motif, p.slug, n + 1),
          altEn: p.name.en,
          altZh: p.name.zh,
        })),
        status: 'published' as const,
        featured: p.featured ?? false,
        createdAt: created,
        updatedAt: created,
      };
    });
    const insertedProducts = await tx
      .insert(t.products)
      .values(productValues)
      .onConflictDoNothing()
      .returning({ id: t.products.id, slug: t.products.slug });
    const newProducts = new Map(insertedProducts.map((p) => [p.slug, p.id]));
    const tiers = data.products.flatMap((p) =>
      newProducts.has(p.slug)
        ? p.priceTiers.map((tier) => ({ productId: newProducts.get(p.slug)!, minQuantity: tier.minQuantity, priceUsdCents: tier.priceUsdCents }))
        : [],
    );
    for (let i = 0; i < tiers.length; i += 500) await tx.insert(t.priceTiers).values(tiers.slice(i, i + 500));

    await tx
      .insert(t.meta)
      .values({ key: 'seed_version', value: SEED_VERSION })
      .onConflictDoUpdate({ target: t.meta.key, set: { value: SEED_VERSION, updatedAt: new Date() } });

    return { applied: true, categories: categoryRows.length, exporters: insertedExporters.length, products: insertedProducts.length };
  });
}

function latestCheck(checks: Array<{ checkedOn: string }>): Date | null {
  const latest = checks.map((c) => c.checkedOn).sort().at(-1);
  return latest ? new Date(`${latest}T00:00:00Z`) : null;
}
