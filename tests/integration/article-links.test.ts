import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '~/server/db/schema.server';
import { articleCatalogLinks } from '~/features/articles/article-links.server';
import { basmatiRice, pendingRice, pinkSalt, riceWithoutChinese, riceWithoutGacc, saltLamp, suspendedRice } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

/** An article's catalog references, as its front matter names them: one product is not public (its exporter is pending). */
const ARTICLE = {
  categories: ['rice', 'himalayan-salt'],
  products: [saltLamp.slug, pendingRice.slug, basmatiRice.slug],
};

describe.each(DATABASES)('article links to the live catalog ($name)', ({ open, skip }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (!skip) database = await catalogDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('names the public products the article mentions, in each language, then others of its categories', async () => {
    const en = await articleCatalogLinks(database.db, 'en', ARTICLE);
    const zh = await articleCatalogLinks(database.db, 'zh', ARTICLE);
    // Named first in the article's order, then featured, then newest.
    const expected = [saltLamp, basmatiRice, pinkSalt, riceWithoutGacc, riceWithoutChinese].map((p) => p.slug);
    expect(en.products.map((l) => l.href)).toEqual(expected.map((s) => `/en/products/${s}/`));
    expect(zh.products.map((l) => l.href)).toEqual(expected.map((s) => `/zh/products/${s}/`));
    expect(en.products[1]!.name).toEqual({ text: '1121 Basmati Steam Rice, 25 kg Bags', lang: 'en', fallback: false });
    expect(zh.products[1]!.name).toEqual({ text: '1121 巴斯马蒂蒸汽香米 25 公斤袋', lang: 'zh-Hans', fallback: false });
    // A product without a Chinese name shows its English one, marked as English.
    expect(zh.products[4]!.name).toEqual({ text: 'IRRI-6 Long Grain White Rice', lang: 'en', fallback: true });
    expect(en.categories.map((c) => c.href)).toEqual(['/en/categories/rice/', '/en/categories/himalayan-salt/']);
    expect(zh.categories.map((c) => c.href)).toEqual(['/zh/categories/rice/', '/zh/categories/himalayan-salt/']);
    // At most `limit` links, the named ones first.
    expect((await articleCatalogLinks(database.db, 'en', ARTICLE, 3)).products.map((l) => l.href)).toEqual(
      expected.slice(0, 3).map((s) => `/en/products/${s}/`),
    );
  });

  it.skipIf(skip)('shows a renamed product under its new name and drops an unpublished one', async () => {
    const renamed = await database.db
      .update(t.products)
      .set({ nameEn: 'Punjab 1121 Sella Basmati', nameZh: '旁遮普 1121 蒸谷香米' })
      .where(eq(t.products.slug, basmatiRice.slug))
      .returning({ id: t.products.id });
    expect(renamed).toHaveLength(1);
    await database.db.update(t.products).set({ status: 'draft' }).where(eq(t.products.slug, saltLamp.slug));

    for (const locale of ['en', 'zh'] as const) {
      const links = await articleCatalogLinks(database.db, locale, ARTICLE);
      const names = links.products.map((l) => l.name.text);
      expect(names[0]).toBe(locale === 'en' ? 'Punjab 1121 Sella Basmati' : '旁遮普 1121 蒸谷香米');
      expect(names).not.toContain(locale === 'en' ? basmatiRice.product.nameEn : basmatiRice.product.nameZh);
      expect(links.products.map((l) => l.href)).not.toContain(`/${locale}/products/${saltLamp.slug}/`);
    }
  });

  it.skipIf(skip)('lists new products of the article’s categories and never a product that is not public', async () => {
    const rice = await articleCatalogLinks(database.db, 'en', { categories: ['rice'], products: ['no-such-product', suspendedRice.slug] });
    // The pending and suspended exporters' rice stays out; the rest of the category fills in, newest first.
    expect(rice.products.map((l) => l.href)).toEqual([riceWithoutGacc, riceWithoutChinese, basmatiRice].map((p) => `/en/products/${p.slug}/`));
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
