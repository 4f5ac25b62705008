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
import { readDemoCatalog } from '~/features/demo/files.server';
import {
  basmatiRice,
  draftSalt,
  pendingRice,
  pinkSalt,
  PUBLIC_EXPORTERS,
  PUBLIC_PRODUCTS,
  riceWithoutChinese,
  riceWithoutGacc,
  saltLamp,
  suspendedExporter,
  suspendedRice,
  unverifiedExporter,
  unverifiedNewcomer,
  verifiedSaltExporter,
} from '../fixtures/catalog';
import { catalogDatabase, DATABASES, seededDatabase, type TestDatabase } from '../fixtures/databases';

const categories = REFERENCE.categories.categories;
const slugs = (rows: Array<{ slug: string }>) => rows.map((r) => r.slug).sort();

describe.each(DATABASES)('catalog on $name', ({ open, skip }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('counts and lists only public records: verified exporters and their published products', async () => {
    expect(await catalogStats(database.db)).toEqual({ exporters: PUBLIC_EXPORTERS.length, products: PUBLIC_PRODUCTS.length });
    const counts = Object.fromEntries((await listCategories(database.db)).map((c) => [c.slug, c.productCount]));
    expect(counts).toMatchObject({ rice: 3, 'himalayan-salt': 2, 'sports-goods': 1, 'home-textiles': 0 });
    expect(Object.keys(counts).sort()).toEqual(categories.map((c) => c.slug).sort());
    expect(slugs(await listExporters(database.db))).toEqual(slugs(PUBLIC_EXPORTERS));
  });

  it.skipIf(skip)('filters by category, province, certificate and MOQ, and pages through results', async () => {
    const rice = await listProducts(database.db, { category: 'rice', sort: 'featured', page: 1 });
    expect(slugs(rice.items)).toEqual(slugs([basmatiRice, riceWithoutChinese, riceWithoutGacc]));
    expect(rice.total).toBe(3);

    const halal = await listProducts(database.db, { certification: 'halal', province: 'punjab', sort: 'featured', page: 1 }, 500);
    // Pending and suspended exporters' halal rice stays out.
    expect(slugs(halal.items)).toEqual(slugs([basmatiRice, pinkSalt]));

    const small = await listProducts(database.db, { moqMax: 50, sort: 'price-asc', page: 1 }, 500);
    // The cheapest first; price on request (no price) last.
    expect(small.items.map((p) => p.slug)).toEqual([saltLamp.slug, pinkSalt.slug, basmatiRice.slug, riceWithoutGacc.slug]);
    expect(small.items.map((p) => p.priceMinUsdCents)).toEqual([450, 19000, 105000, null]);

    const all = await listProducts(database.db, { sort: 'featured', page: 1 }, 4);
    expect([all.total, all.pages]).toEqual([PUBLIC_PRODUCTS.length, 2]);
    // Featured first: the featured salt, then the featured exporter's rice.
    expect(all.items.slice(0, 2).map((p) => p.slug)).toEqual([pinkSalt.slug, basmatiRice.slug]);
    const last = await listProducts(database.db, { sort: 'featured', page: 10_000 }, 4);
    expect(last.page).toBe(2);
    expect(last.items).toHaveLength(PUBLIC_PRODUCTS.length - 4);
    expect(slugs([...all.items, ...last.items])).toEqual(slugs(PUBLIC_PRODUCTS));
  });

  it.skipIf(skip)('shows a product with its price ladder, exporter checks and certificates', async () => {
    const detail = await getProductDetail(database.db, pinkSalt.slug);
    expect(detail).not.toBeNull();
    expect(detail!.product.nameZh).toBe(pinkSalt.product.nameZh);
    expect(detail!.tiers.map((x) => [x.minQuantity, x.priceUsdCents])).toEqual([
      [25, 23000],
      [100, 21500],
      [250, 20000],
      [500, 19000],
    ]);
    expect(detail!.checks.map((c) => c.kind)).toEqual(verifiedSaltExporter.checks.map((c) => c.kind));
    expect(detail!.certificates.map((c) => [c.kind, c.number])).toEqual(verifiedSaltExporter.profile.certificates.map((c) => [c.kind, c.number]));
    expect(detail!.product.hsCode).toBe('25010011');
    expect(detail!.exporter.slug).toBe(verifiedSaltExporter.slug);
    expect(detail!.fromExporter.map((p) => p.slug)).toEqual([saltLamp.slug]);
  });

  it.skipIf(skip)('keeps a product without Chinese texts: empty Chinese fields, English ones intact', async () => {
    const detail = await getProductDetail(database.db, riceWithoutChinese.slug);
    expect(detail!.product).toMatchObject({ nameEn: 'IRRI-6 Long Grain White Rice', nameZh: '', summaryZh: '' });
  });

  it.skipIf(skip)('hides pending and suspended exporters, their products and drafts from the public', async () => {
    for (const hidden of [unverifiedExporter, unverifiedNewcomer, suspendedExporter]) expect(await getExporterDetail(database.db, hidden.slug)).toBeNull();
    for (const hidden of [pendingRice, suspendedRice, draftSalt]) expect(await getProductDetail(database.db, hidden.slug)).toBeNull();
    expect(await getProductDetail(database.db, 'no-such-product')).toBeNull();
    // The same records exist: it is their status that hides them.
    expect(await database.db.select({ slug: t.products.slug }).from(t.products).where(eq(t.products.slug, pendingRice.slug))).toHaveLength(1);
    expect((await getExporterDetail(database.db, verifiedSaltExporter.slug))?.products.map((p) => p.slug)).toEqual([pinkSalt.slug, saltLamp.slug]);
  });

  it.skipIf(skip)('keeps exchange rates and lists every public page, and only those, for the sitemap', async () => {
    const rates = await getRates(database.db);
    expect([rates.CNY, rates.PKR]).toEqual([7.1, 280]);
    const entries = await sitemapEntries(database.db);
    expect(slugs(entries.products)).toEqual(slugs(PUBLIC_PRODUCTS));
    expect(slugs(entries.exporters)).toEqual(slugs(PUBLIC_EXPORTERS));
    expect(entries.categories.map((c) => c.slug)).toEqual(categories.map((c) => c.slug));
  });
});

describe.each(DATABASES)('demo catalog on $name', ({ open, skip }) => {
  const demo = readDemoCatalog(categories.map((c) => c.slug));
  const verified = new Set(demo.exporters.filter((e) => e.status === 'verified').map((e) => e.slug));
  const publicDemo = demo.products.filter((p) => verified.has(p.exporter));
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await seededDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('loads every record of data/demo: each verified exporter and its products are public', async () => {
    expect(await catalogStats(database.db)).toEqual({ exporters: verified.size, products: publicDemo.length });
    const entries = await sitemapEntries(database.db);
    expect(slugs(entries.products)).toEqual(slugs(publicDemo));
    const used = new Set(publicDemo.map((p) => p.product.category));
    expect((await listCategories(database.db)).filter((c) => c.productCount > 0).map((c) => c.slug)).toEqual(
      categories.map((c) => c.slug).filter((s) => used.has(s)),
    );
  });

  it.skipIf(skip)('seeds idempotently and keeps edits made after seeding', async () => {
    const before = await catalogStats(database.db);
    const [first] = await database.db.select().from(t.products).limit(1);
    await database.db.update(t.products).set({ nameZh: '商家修改后的名称' }).where(eq(t.products.id, first!.id));
    const again = await seedDemoCatalog(database.db, { force: true });
    expect(again).toMatchObject({ applied: true, products: 0, exporters: 0 });
    expect(await catalogStats(database.db)).toEqual(before);
    const [after] = await database.db.select().from(t.products).where(eq(t.products.id, first!.id));
    expect(after!.nameZh).toBe('商家修改后的名称');
    await database.db.update(t.products).set({ nameZh: first!.nameZh }).where(eq(t.products.id, first!.id));
  });
});
