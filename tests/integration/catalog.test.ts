import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '~/server/db/schema.server';
import {
  catalogStats,
  getExporterDetail,
  getProductDetail,
  getRates,
  listCategories,
  listExporters,
  listProducts,
  sitemapEntries,
} from '~/features/catalog/queries.server';
import { seedDemoCatalog } from '~/features/demo/seed.server';
import { REFERENCE } from '~/server/reference/reference.server';

const categories = REFERENCE.categories.categories;
import { readDemoCatalog } from '~/features/demo/files.server';
import { DATABASES, seededDatabase, type TestDatabase } from '../fixtures/databases';

const demo = readDemoCatalog(categories.map((c) => c.slug));

describe.each(DATABASES)('catalog on $name', ({ open, skip }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await seededDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('holds the demo catalog: ≥ 40 exporters, ≥ 300 products in ≥ 10 categories', async () => {
    const stats = await catalogStats(database.db);
    expect(stats.exporters).toBeGreaterThanOrEqual(40);
    expect(stats.products).toBeGreaterThanOrEqual(300);
    const categories = await listCategories(database.db);
    expect(categories.filter((c) => c.productCount > 0).length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(skip)('seeds idempotently and keeps edits made after seeding', async () => {
    const before = await catalogStats(database.db);
    const [first] = await database.db.select().from(t.products).limit(1);
    await database.db.update(t.products).set({ nameZh: '商家修改后的名称' }).where(eq(t.products.id, first!.id));
    const again = await seedDemoCatalog(database.db, { force: true });
    expect(again.products).toBe(0);
    expect(await catalogStats(database.db)).toEqual(before);
    const [after] = await database.db.select().from(t.products).where(eq(t.products.id, first!.id));
    expect(after!.nameZh).toBe('商家修改后的名称');
    await database.db.update(t.products).set({ nameZh: first!.nameZh }).where(eq(t.products.id, first!.id));
  });

  it.skipIf(skip)('filters by category, province, certificate and MOQ, and pages through results', async () => {
    const rice = await listProducts(database.db, { category: 'rice', sort: 'featured', page: 1 });
    expect(rice.total).toBeGreaterThan(10);
    expect(rice.items.every((p) => p.categorySlug === 'rice')).toBe(true);

    const halal = await listProducts(database.db, { certification: 'halal', province: 'punjab', sort: 'featured', page: 1 }, 500);
    expect(halal.total).toBeGreaterThan(0);
    expect(halal.items.every((p) => p.certifications.includes('halal'))).toBe(true);

    const small = await listProducts(database.db, { moqMax: 100, sort: 'price-asc', page: 1 }, 500);
    expect(small.items.every((p) => p.moq <= 100)).toBe(true);
    const prices = small.items.map((p) => p.priceMinUsdCents).filter((p): p is number => p !== null);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    const all = await listProducts(database.db, { sort: 'featured', page: 1 });
    expect(all.pages).toBeGreaterThan(1);
    const last = await listProducts(database.db, { sort: 'featured', page: 10_000 });
    expect(last.page).toBe(all.pages);
    expect(last.items.length).toBeGreaterThan(0);
  });

  it.skipIf(skip)('shows a product with its price ladder, exporter checks and certificates', async () => {
    const sample = demo.products.find((p) => p.product.tiers.length >= 2 && demo.exporters.find((e) => e.slug === p.exporter)?.status === 'verified')!;
    const detail = await getProductDetail(database.db, sample.slug);
    expect(detail).not.toBeNull();
    expect(detail!.product.nameZh).toBe(sample.product.nameZh);
    expect(detail!.tiers.map((x) => x.minQuantity)).toEqual(sample.product.tiers.map((x) => x.minQuantity));
    expect(detail!.checks.length).toBeGreaterThan(0);
    expect(detail!.product.hsCode).toMatch(/^\d{8}$/);
  });

  it.skipIf(skip)('hides pending exporters and their products from the public', async () => {
    const pending = demo.exporters.find((e) => e.status === 'pending')!;
    expect(await getExporterDetail(database.db, pending.slug)).toBeNull();
    const pendingProduct = demo.products.find((p) => p.exporter === pending.slug);
    if (pendingProduct) expect(await getProductDetail(database.db, pendingProduct.slug)).toBeNull();
    const listed = await listExporters(database.db);
    expect(listed.some((e) => e.slug === pending.slug)).toBe(false);
    expect(await getProductDetail(database.db, 'no-such-product')).toBeNull();
  });

  it.skipIf(skip)('keeps exchange rates and lists every public page for the sitemap', async () => {
    const rates = await getRates(database.db);
    expect(rates.CNY).toBeGreaterThan(5);
    expect(rates.PKR).toBeGreaterThan(100);
    const entries = await sitemapEntries(database.db);
    expect(entries.products.length).toBeGreaterThanOrEqual(300);
    expect(entries.exporters.length).toBeGreaterThanOrEqual(40);
  });
});
