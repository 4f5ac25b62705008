import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '~/server/db/schema.server';
import { EmbeddedSearch } from '~/server/search/embedded.server';
import { SearchIndexer } from '~/server/search/indexer.server';
import { MeilisearchEngine } from '~/server/search/meilisearch.server';
import { searchParamsSchema, toSearchQuery, type SearchEngine, type SearchQuery } from '~/server/search/types.server';
import { catalogStats } from '~/features/catalog/queries.server';
import { seedDemoCatalog } from '~/features/demo/seed.server';
import { applyReferenceData } from '~/server/reference/reference.server';
import { DATABASES, type TestDatabase } from '../fixtures/databases';
import { BUYER_QUERIES, precisionAt3, relevant, scoreQuery } from '../fixtures/search-relevance';
import { buildSearchDocuments } from '~/server/search/documents.server';
import { EXPORTERS, SALT } from '../fixtures/server';

/**
 * Precision at three on the buyer query set, measured: the embedded engine
 * scores 0.98 on the whole set and 0.90 on the queries written after the
 * product kinds were (never tuned against). Meilisearch's bars are set lower,
 * unmeasured here (no Meilisearch on the development machines).
 */
const ENGINES: Array<{ name: string; skip: boolean; create: () => SearchEngine; precision: { all: number; heldOut: number } }> = [
  { name: 'embedded', skip: false, create: () => new EmbeddedSearch(), precision: { all: 0.96, heldOut: 0.85 } },
  {
    name: 'meilisearch',
    precision: { all: 0.85, heldOut: 0.75 },
    skip: !process.env.MEILI_HOST,
    create: () => new MeilisearchEngine({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_API_KEY, indexName: `pavilion_test_${Date.now()}` }),
  },
];

const query = (q: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({ ...toSearchQuery(searchParamsSchema.parse({ q })), ...extra }) as SearchQuery;

/** The shared contract: every search engine behind the port passes it. */
describe.each(ENGINES)('search contract: $name engine', ({ name, create, skip, precision }) => {
  let database: TestDatabase;
  let engine: SearchEngine;
  let indexer: SearchIndexer;
  beforeAll(async () => {
    if (skip) return;
    database = await DATABASES[0]!.open();
    await database.migrate();
    await applyReferenceData(database.db);
    await seedDemoCatalog(database.db);
    engine = create();
    indexer = new SearchIndexer(database.db, engine);
    await indexer.rebuild();
  });
  afterAll(async () => {
    await engine?.close();
    await database?.close();
  });

  const top3 = async (q: string, extra: Partial<SearchQuery> = {}) => {
    const result = await engine.search(query(q, extra));
    return result.hits.slice(0, 3).map((h) => h.document);
  };

  it.skipIf(skip).each([
    ['粉红盐', 'himalayan-salt'],
    ['玫瑰盐', 'himalayan-salt'],
    ['喜马拉雅盐', 'himalayan-salt'],
    ['巴斯马蒂香米', 'rice'],
    ['锡亚尔科特足球', 'sports-goods'],
    ['手术剪', 'surgical-dental'],
    ['芒果', 'fruits-dates'],
    ['毛巾', 'home-textiles'],
    // What China buys most from Pakistan.
    ['棉纱', 'cotton-yarn'],
    ['坯布', 'cotton-fabrics'],
    ['牛仔布', 'cotton-fabrics'],
    ['芝麻', 'seeds-nuts-spices'],
    ['铬矿', 'chrome-ore'],
    ['电解铜', 'refined-copper'],
    ['水产品', 'seafood'],
  ])('Chinese query %s finds %s in the top three', async (q, category) => {
    expect((await top3(q)).some((d) => d.category === category)).toBe(true);
  });

  it.skipIf(skip).each([
    ['pink salt', 'himalayan-salt'],
    ['basmati rice', 'rice'],
    ['football', 'sports-goods'],
    ['surgical scissors', 'surgical-dental'],
    ['leather jacket', 'leather-apparel'],
    ['hand-knotted carpet', 'carpets-rugs'],
    ['cotton yarn', 'cotton-yarn'],
    ['denim', 'cotton-fabrics'],
    ['chrome ore', 'chrome-ore'],
    ['copper cathode', 'refined-copper'],
  ])('English query %s finds %s in the top three', async (q, category) => {
    expect((await top3(q)).some((d) => d.category === category)).toBe(true);
  });

  it.skipIf(skip).each([
    ['basmatti', 'rice'],
    ['footbal', 'sports-goods'],
    ['himalyan salt', 'himalayan-salt'],
    ['surgicl instruments', 'surgical-dental'],
    ['leathr jacket', 'leather-apparel'],
  ])('typo %s still finds %s', async (q, category) => {
    expect((await top3(q)).some((d) => d.category === category)).toBe(true);
  });

  it.skipIf(skip).each([
    ['soccer ball', 'sports-goods'],
    ['足球', 'sports-goods'],
    ['rock salt', 'himalayan-salt'],
    ['香米', 'rice'],
  ])('cross-language and synonym query %s finds %s', async (q, category) => {
    expect((await top3(q)).some((d) => d.category === category)).toBe(true);
  });

  it.skipIf(skip)('finds a product from the Chinese name on the English site and the other way round', async () => {
    const [row] = await database.db.select().from(t.products).where(eq(t.products.slug, SALT));
    expect((await top3(row!.nameZh, { locale: 'en' })).some((d) => d.id === `product:${row!.slug}`)).toBe(true);
    expect((await top3(row!.nameEn, { locale: 'zh' })).some((d) => d.id === `product:${row!.slug}`)).toBe(true);
  });

  it.skipIf(skip)('finds exporters by name', async () => {
    const [exporter] = await database.db.select().from(t.exporters).where(eq(t.exporters.slug, EXPORTERS[0]!));
    const hits = await top3(exporter!.nameEn, { filters: { type: 'exporter' } });
    expect(hits[0]?.id).toBe(`exporter:${exporter!.slug}`);
  });

  it.skipIf(skip)('filters by category, province, certificate, MOQ and price, with facet counts', async () => {
    const all = await engine.search(query('salt'));
    expect(all.facets.category['himalayan-salt']).toBeGreaterThan(0);
    const salt = await engine.search(query('salt', { filters: { category: 'himalayan-salt' }, limit: 50 }));
    expect(salt.total).toBe(all.facets.category['himalayan-salt']);
    expect(salt.hits.every((h) => h.document.category === 'himalayan-salt')).toBe(true);

    const punjabHalal = await engine.search(query('', { filters: { province: 'punjab', certification: 'halal' }, limit: 50 }));
    expect(punjabHalal.total).toBeGreaterThan(0);
    expect(punjabHalal.hits.every((h) => h.document.province === 'punjab' && h.document.certifications.includes('halal'))).toBe(true);

    const cheap = await engine.search(query('', { filters: { moqMax: 50, priceMax: 2000 }, sort: 'price-asc', limit: 50 }));
    const prices = cheap.hits.map((h) => h.document.price!);
    expect(cheap.total).toBeGreaterThan(0);
    expect(cheap.hits.every((h) => h.document.moq <= 50 && h.document.price !== null && h.document.price <= 2000)).toBe(true);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    expect((await engine.search(query('salt', { filters: { category: 'no-such-category' } }))).total).toBe(0);
  });

  it.skipIf(skip)('follows the database: an edited product is found by its new name, an unpublished one is gone', async () => {
    const [row] = await database.db.select().from(t.products).where(eq(t.products.slug, SALT));
    await database.db.update(t.products).set({ nameZh: '测试专用紫晶盐砖', updatedAt: new Date() }).where(eq(t.products.id, row!.id));
    await indexer.sync();
    expect((await top3('紫晶盐砖'))[0]?.id).toBe(`product:${row!.slug}`);

    await database.db.update(t.products).set({ status: 'draft', updatedAt: new Date() }).where(eq(t.products.id, row!.id));
    await indexer.sync();
    expect((await top3('紫晶盐砖')).some((d) => d.id === `product:${row!.slug}`)).toBe(false);
    await database.db.update(t.products).set({ status: 'published', nameZh: row!.nameZh, updatedAt: new Date() }).where(eq(t.products.id, row!.id));
    await indexer.sync();
  });

  it.skipIf(skip)('indexes a change once, though it is read again within the overlap, and a second change at the same moment too', async () => {
    const [row] = await database.db.select().from(t.products).where(eq(t.products.slug, SALT));
    const upserted: string[] = [];
    const counting = new SearchIndexer(database.db, {
      kind: engine.kind,
      count: () => engine.count(),
      close: () => engine.close(),
      search: (q) => engine.search(q),
      replaceAll: (docs) => engine.replaceAll(docs),
      remove: (ids) => engine.remove(ids),
      upsert: (docs) => {
        upserted.push(...docs.map((d) => d.id));
        return engine.upsert(docs);
      },
    });
    await counting.rebuild();
    const at = new Date();
    await database.db.update(t.products).set({ nameZh: '测试专用青金盐砖', updatedAt: at }).where(eq(t.products.id, row!.id));
    await counting.sync();
    await counting.sync();
    expect(upserted).toEqual([`product:${row!.slug}`]);
    expect((await top3('青金盐砖'))[0]?.id).toBe(`product:${row!.slug}`);
    // Another edit stamped with the same time (two transactions in one millisecond) is still applied.
    await database.db.update(t.products).set({ nameZh: '测试专用琥珀盐砖', updatedAt: at }).where(eq(t.products.id, row!.id));
    await counting.sync();
    expect(upserted).toEqual([`product:${row!.slug}`, `product:${row!.slug}`]);
    expect((await top3('琥珀盐砖'))[0]?.id).toBe(`product:${row!.slug}`);
    await database.db.update(t.products).set({ nameZh: row!.nameZh, updatedAt: new Date() }).where(eq(t.products.id, row!.id));
    await indexer.sync();
  });

  it.skipIf(skip)('reaches the measured precision at three on the buyer query set', async () => {
    const catalog = (await buildSearchDocuments(database.db)).documents;
    const result = await precisionAt3(engine, catalog);
    expect(result.overall).toBeGreaterThanOrEqual(precision.all);
    expect(result.heldOut).toBeGreaterThanOrEqual(precision.heldOut);
  });

  /** Queries buyers reported broken, one by one: single characters, category words, pinyin, HS codes, certificates. */
  it.skipIf(skip).each(BUYER_QUERIES.filter((q) => q.mustFix).map((q) => [q.q, q] as const))(
    'answers %s with what the buyer asked for',
    async (_q, buyerQuery) => {
      const catalog = (await buildSearchDocuments(database.db)).documents;
      const { precision, result } = await scoreQuery(engine, catalog, buyerQuery);
      if (buyerQuery.empty) {
        expect(result.total).toBe(0);
        if (buyerQuery.nearest) expect(result.nearestCategory).toBe(buyerQuery.nearest);
        return;
      }
      expect(result.hits.slice(0, 3).map((h) => `${h.document.name_en} ${relevant(buyerQuery, h.document)}`)).toEqual(
        result.hits.slice(0, 3).map((h) => `${h.document.name_en} true`),
      );
      expect(precision).toBe(1);
    },
  );

  it.skipIf(skip)('keeps a single character to whole words: 米 is rice, never the 米 of 厘米', async () => {
    const result = await engine.search(query('米', { limit: 50 }));
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.document.category === 'rice')).toBe(true);
  });

  it.skipIf(skip)('sorts 盐灯 by price among salt lamps only, cheapest first', async () => {
    const result = await engine.search(query('盐灯', { sort: 'price-asc', limit: 50 }));
    expect(result.total).toBeGreaterThan(1);
    expect(result.hits.every((h) => /salt lamp/i.test(h.document.name_en))).toBe(true);
    const prices = result.hits.map((h) => h.document.price ?? Number.POSITIVE_INFINITY);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it.skipIf(skip)('finds the same products in traditional and simplified Chinese', async () => {
    const ids = async (q: string) => (await engine.search(query(q, { limit: 50 }))).hits.map((h) => h.id).sort();
    expect(await ids('鹽燈')).toEqual(await ids('盐灯'));
    expect(await ids('手術剪')).toEqual(await ids('手术剪'));
  });

  it.skipIf(skip)('ranks whole words above prefixes: salt finds salt before salted peanuts', async () => {
    const hits = await top3('salt');
    expect(hits.map((d) => d.category)).toEqual(['himalayan-salt', 'himalayan-salt', 'himalayan-salt']);
  });

  it.skipIf(skip || name !== 'embedded')('offers the corrected query for a typo, and says so when it searched for it', async () => {
    const result = await engine.search(query('sandles'));
    expect(result.suggestion).toBe('sandals');
    expect(result.hits[0]?.document.category).toBe('footwear');
  });

  /** What a buyer must see for a hostile query: the whole catalog to browse, nothing, or matches of one category. */
  it.skipIf(skip).each([
    ['', 'everything'],
    ['x'.repeat(10_000), 'nothing'],
    ['\u0000\u0007abc\u001b', 'nothing'],
    ['🧂🥭⚽', 'nothing'],
    ['"pink salt', 'himalayan-salt'],
    ["basmati' OR 1=1 --", 'rice'],
    ['<script>alert(1)</script>', 'not everything'],
    ['\u202epink salt\u202c', 'himalayan-salt'],
  ])('answers hostile query %j sanely: %s', async (q, expected) => {
    const result = await engine.search(query(q));
    // A well-formed page of real documents, whatever the query.
    expect(Number.isSafeInteger(result.total)).toBe(true);
    expect(result.hits.length).toBe(Math.min(result.total, query(q).limit));
    for (const hit of result.hits) {
      expect(hit.id).toBe(hit.document.id);
      expect(hit.document.id).toMatch(/^(product|exporter):[a-z0-9-]+$/);
    }
    const { products, exporters } = await catalogStats(database.db);
    if (expected === 'everything') expect(result.total).toBe(products + exporters);
    else if (expected === 'nothing') expect([result.total, result.hits]).toEqual([0, []]);
    else {
      // Never the whole catalog, as an injected "OR 1=1" would give.
      expect(result.total).toBeLessThan(products / 2);
      if (expected !== 'not everything') {
        expect(result.total).toBeGreaterThan(0);
        expect(result.hits.slice(0, 3).map((h) => h.document.category)).toEqual([expected, expected, expected]);
      }
    }
  });
});
