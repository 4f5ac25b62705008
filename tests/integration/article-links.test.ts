import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '~/server/db/schema.server';
import { articleCatalogLinks } from '~/features/articles/article-links.server';
import { DATABASES, seededDatabase, type TestDatabase } from '../fixtures/databases';

/** The biryani article's catalog references (src/content/articles/cuisine/biryani/*.md). */
const BIRYANI = {
  categories: ['rice', 'seeds-nuts-spices'],
  products: ['1121-basmati-steam-rice', 'super-kernel-basmati-aged-12-months', 'shah-zeera-black-cumin-wild', 'red-chilli-powder-40-mesh'],
};

describe.each(DATABASES)('article links to the live catalog ($name)', ({ open, skip }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!skip) database = await seededDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('names the products the article mentions, in each language, then others of its categories', async () => {
    const en = await articleCatalogLinks(database.db, 'en', BIRYANI);
    const zh = await articleCatalogLinks(database.db, 'zh', BIRYANI);
    expect(en.products.slice(0, 4).map((l) => l.href)).toEqual(BIRYANI.products.map((s) => `/en/products/${s}/`));
    expect(zh.products.slice(0, 4).map((l) => l.href)).toEqual(BIRYANI.products.map((s) => `/zh/products/${s}/`));
    expect(en.products[0]!.name.text).toBe('1121 Basmati Steam Rice, 25 kg Bags');
    expect(zh.products[0]!.name.text).toBe('1121 巴斯马蒂蒸汽香米 25 公斤袋');
    expect(en.products).toHaveLength(6);
    expect(en.categories.map((c) => c.href)).toEqual(['/en/categories/rice/', '/en/categories/seeds-nuts-spices/']);
  });

  it.skipIf(skip)('shows a renamed product under its new name and drops an unpublished one', async () => {
    const [renamed] = await database.db
      .update(t.products)
      .set({ nameEn: 'Kalar Valley 1121 Sella Basmati', nameZh: '卡拉尔谷 1121 蒸谷香米' })
      .where(eq(t.products.slug, '1121-basmati-steam-rice'))
      .returning({ id: t.products.id });
    await database.db.update(t.products).set({ status: 'draft' }).where(eq(t.products.slug, 'shah-zeera-black-cumin-wild'));

    for (const locale of ['en', 'zh'] as const) {
      const links = await articleCatalogLinks(database.db, locale, BIRYANI);
      const names = links.products.map((l) => l.name.text);
      expect(names).toContain(locale === 'en' ? 'Kalar Valley 1121 Sella Basmati' : '卡拉尔谷 1121 蒸谷香米');
      expect(names).not.toContain(locale === 'en' ? '1121 Basmati Steam Rice, 25 kg Bags' : '1121 巴斯马蒂蒸汽香米 25 公斤袋');
      expect(links.products.map((l) => l.href)).not.toContain(`/${locale}/products/shah-zeera-black-cumin-wild/`);
    }
    expect(renamed).toBeDefined();
  });

  it.skipIf(skip)('lists new products of the article’s categories and never a product that is not public', async () => {
    const rice = await articleCatalogLinks(database.db, 'en', { categories: ['rice'], products: ['no-such-product'] });
    expect(rice.products.length).toBeGreaterThan(0);
    expect(rice.products.some((l) => l.href.includes('no-such-product'))).toBe(false);
    const hrefs = rice.products.map((l) => l.href.replace('/en/products/', '').replace(/\/$/, ''));
    for (const slug of hrefs) {
      const [row] = await database.db
        .select({ status: t.products.status, exporterStatus: t.exporters.status })
        .from(t.products)
        .innerJoin(t.exporters, eq(t.exporters.id, t.products.exporterId))
        .where(eq(t.products.slug, slug));
      expect(row).toEqual({ status: 'published', exporterStatus: 'verified' });
    }
  });
});
