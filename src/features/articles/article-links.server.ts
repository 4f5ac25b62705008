import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Locale } from '~/i18n/locales';
import { localePath } from '~/i18n/url';
import { pick, type Localized } from '~/lib/localize';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

export interface CatalogLink {
  href: string;
  name: Localized;
}

/** Most products listed under one article. */
export const ARTICLE_PRODUCT_LINKS = 6;

const isPublic = and(eq(t.products.status, 'published'), eq(t.exporters.status, 'verified'));

/**
 * The catalog an article leads to ("from the kitchen to the catalog"),
 * read from the live catalog when the page is served: the products the
 * article names that are public now, under their current names, then
 * other public products of the article's categories (featured first, then
 * the newest) up to `limit`; and the article's categories that exist.
 * A product unpublished, or whose exporter is no longer verified, simply
 * drops out, so an article never links to a page that is not there.
 */
export async function articleCatalogLinks(
  db: Db,
  locale: Locale,
  refs: { categories: string[]; products: string[] },
  limit = ARTICLE_PRODUCT_LINKS,
): Promise<{ categories: CatalogLink[]; products: CatalogLink[] }> {
  const categoryRows = refs.categories.length
    ? await db
        .select({ id: t.categories.id, slug: t.categories.slug, nameEn: t.categories.nameEn, nameZh: t.categories.nameZh })
        .from(t.categories)
        .where(inArray(t.categories.slug, refs.categories))
    : [];
  const categories = refs.categories.flatMap((slug) => categoryRows.filter((c) => c.slug === slug));

  const columns = { slug: t.products.slug, nameEn: t.products.nameEn, nameZh: t.products.nameZh };
  const named = refs.products.length
    ? await db
        .select(columns)
        .from(t.products)
        .innerJoin(t.exporters, eq(t.exporters.id, t.products.exporterId))
        .where(and(isPublic, inArray(t.products.slug, refs.products)))
    : [];
  const products = refs.products.flatMap((slug) => named.filter((p) => p.slug === slug)).slice(0, limit);
  if (products.length < limit && categories.length) {
    const more = await db
      .select(columns)
      .from(t.products)
      .innerJoin(t.exporters, eq(t.exporters.id, t.products.exporterId))
      .where(
        and(
          isPublic,
          inArray(
            t.products.categoryId,
            categories.map((c) => c.id),
          ),
          products.length
            ? notInArray(
                t.products.slug,
                products.map((p) => p.slug),
              )
            : undefined,
        ),
      )
      .orderBy(desc(t.products.featured), desc(t.products.createdAt), asc(t.products.id))
      .limit(limit - products.length);
    products.push(...more);
  }
  return {
    categories: categories.map((c) => ({ href: localePath(locale, 'categories', c.slug), name: pick(locale, c.nameEn, c.nameZh) })),
    products: products.map((p) => ({ href: localePath(locale, 'products', p.slug), name: pick(locale, p.nameEn, p.nameZh) })),
  };
}
