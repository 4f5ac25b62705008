import { and, asc, count, desc, eq, getTableColumns, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import type { CatalogFilters } from '~/features/catalog/filters';
import type { Rates } from '~/lib/format';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

export const PAGE_SIZE = 24;

export type CategoryRow = typeof t.categories.$inferSelect;
export type ExporterRow = typeof t.exporters.$inferSelect;
export type ProductRow = typeof t.products.$inferSelect;
export type CheckRow = typeof t.verificationChecks.$inferSelect;
export type CertificateRow = typeof t.certificates.$inferSelect;
export type TierRow = typeof t.priceTiers.$inferSelect;

/** What a product card shows. */
export interface ProductCard {
  slug: string;
  nameEn: string;
  nameZh: string;
  moq: number;
  unit: string;
  priceMinUsdCents: number | null;
  originCity: string;
  certifications: string[];
  image: t.ProductImage | null;
  exporterSlug: string;
  exporterNameEn: string;
  exporterNameZh: string;
  categorySlug: string;
}

/** Public products: published, by an exporter the pavilion has verified. */
const isPublic = and(eq(t.products.status, 'published'), eq(t.exporters.status, 'verified'));

const cardColumns = {
  slug: t.products.slug,
  nameEn: t.products.nameEn,
  nameZh: t.products.nameZh,
  moq: t.products.moq,
  unit: t.products.unit,
  priceMinUsdCents: t.products.priceMinUsdCents,
  originCity: t.products.originCity,
  certifications: t.products.certifications,
  images: t.products.images,
  exporterSlug: t.exporters.slug,
  exporterNameEn: t.exporters.nameEn,
  exporterNameZh: t.exporters.nameZh,
  categorySlug: t.categories.slug,
};

function toCard({ images, ...row }: { images: t.ProductImage[] } & Omit<ProductCard, 'image'>): ProductCard {
  return { ...row, image: images[0] ?? null };
}

function cardQuery(db: Db) {
  return db
    .select(cardColumns)
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id));
}

export async function getRates(db: Db): Promise<Rates> {
  const rows = await db.select().from(t.exchangeRates);
  const rate = (currency: string) => Number(rows.find((r) => r.currency === currency)?.perUsd ?? Number.NaN);
  const asOf = rows.reduce<Date | null>((latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest), null);
  return { CNY: rate('CNY'), PKR: rate('PKR'), asOf };
}

/** The categories in order, each with its count of public products and the units those products are sold in. */
export async function listCategories(db: Db): Promise<Array<CategoryRow & { productCount: number; units: string[] }>> {
  const counts = await db
    .select({ categoryId: t.products.categoryId, unit: t.products.unit, n: count() })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(isPublic)
    .groupBy(t.products.categoryId, t.products.unit);
  const byId = new Map<number, { n: number; units: string[] }>();
  for (const c of counts) {
    const entry = byId.get(c.categoryId) ?? { n: 0, units: [] };
    entry.n += c.n;
    entry.units.push(c.unit);
    byId.set(c.categoryId, entry);
  }
  const rows = await db.select().from(t.categories).orderBy(asc(t.categories.position));
  return rows.map((c) => ({ ...c, productCount: byId.get(c.id)?.n ?? 0, units: (byId.get(c.id)?.units ?? []).sort() }));
}

/**
 * Whether a slug from a URL can name anything: PostgreSQL refuses text with
 * NUL outright (an error, where the visitor should simply get a 404).
 */
const lookupable = (slug: string) => slug.length > 0 && slug.length <= 200 && !slug.includes('\u0000');

export async function getCategory(db: Db, slug: string): Promise<CategoryRow | null> {
  if (!lookupable(slug)) return null;
  const [row] = await db.select().from(t.categories).where(eq(t.categories.slug, slug));
  return row ?? null;
}

/** What a search result shows of a product: its card, the top of its price range, province and exporter's verification. */
export interface ProductResultCard extends ProductCard {
  priceMaxUsdCents: number | null;
  originProvince: string;
  exporterVerifiedAt: Date | null;
}

/** The public products of these slugs (a page of search results), by slug; withdrawn ones are missing. */
export async function productResultCards(db: Db, slugs: string[]): Promise<Map<string, ProductResultCard>> {
  if (slugs.length === 0) return new Map();
  const rows = await db
    .select({
      ...cardColumns,
      priceMaxUsdCents: t.products.priceMaxUsdCents,
      originProvince: t.products.originProvince,
      exporterVerifiedAt: t.exporters.verifiedAt,
    })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(isPublic, inArray(t.products.slug, slugs)));
  return new Map(rows.map(({ images, ...row }) => [row.slug, { ...row, image: images[0] ?? null }]));
}

export interface ProductPage {
  items: ProductCard[];
  total: number;
  page: number;
  pages: number;
}

/** One page of public products matching the filters. */
export async function listProducts(db: Db, filters: CatalogFilters, pageSize = PAGE_SIZE): Promise<ProductPage> {
  const where: SQL[] = [isPublic!];
  if (filters.category) where.push(eq(t.categories.slug, filters.category));
  if (filters.province) where.push(eq(t.products.originProvince, filters.province));
  if (filters.certification) where.push(sql`${t.products.certifications} @> ${JSON.stringify([filters.certification])}::jsonb`);
  if (filters.moqMax) where.push(lte(t.products.moq, filters.moqMax));
  const condition = and(...where);

  const [totalRow] = await db
    .select({ n: count() })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(condition);
  const total = totalRow?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(filters.page, pages);

  const order = {
    featured: [desc(t.products.featured), desc(t.exporters.featured), asc(t.products.id)],
    newest: [desc(t.products.createdAt), asc(t.products.id)],
    'price-asc': [sql`${t.products.priceMinUsdCents} asc nulls last`, asc(t.products.id)],
    'price-desc': [sql`${t.products.priceMinUsdCents} desc nulls last`, asc(t.products.id)],
  }[filters.sort];

  const rows = await cardQuery(db)
    .where(condition)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map(toCard), total, page, pages };
}

export async function featuredProducts(db: Db, limit = 8): Promise<ProductCard[]> {
  const rows = await cardQuery(db)
    .where(and(isPublic, eq(t.products.featured, true)))
    .orderBy(desc(t.products.updatedAt), asc(t.products.id))
    .limit(limit);
  return rows.map(toCard);
}

export interface ProductDetail {
  product: ProductRow;
  category: CategoryRow;
  exporter: ExporterRow;
  tiers: TierRow[];
  checks: CheckRow[];
  certificates: CertificateRow[];
  related: ProductCard[];
  fromExporter: ProductCard[];
}

/** Names a column in `json_build_object`: the key is a property name from this file, never input. */
const jsonFields = (columns: Record<string, unknown>) =>
  sql.join(
    Object.entries(columns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`),
    sql`, `,
  );

/**
 * The rows of `table` that `where` picks, in `order`, as one JSON array: a
 * column of the statement that asks for them, so they cost no round trip of
 * their own. Only for tables whose columns JSON carries unchanged (numbers,
 * text, dates as `YYYY-MM-DD` text); a timestamp would come back as text.
 */
function rowsAsJson<T extends PgTable>(table: T, where: SQL | undefined, order: SQL): SQL<T['$inferSelect'][]> {
  return sql`coalesce((select json_agg(json_build_object(${jsonFields(getTableColumns(table))}) order by ${order}) from ${table} where ${where}), '[]'::json)`;
}

/** The tables once more under other names, for the cards a product's page shows beside it. */
const card = { product: alias(t.products, 'card_product'), exporter: alias(t.exporters, 'card_exporter'), category: alias(t.categories, 'card_category') };

/** Up to four public product cards as one JSON array (aggregated in the order of the sorted, limited subquery). */
function cardsAsJson(where: SQL | undefined, order: SQL): SQL<Array<Parameters<typeof toCard>[0]>> {
  const { product: p, exporter: e, category: c } = card;
  const fields = jsonFields({
    slug: p.slug,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    moq: p.moq,
    unit: p.unit,
    priceMinUsdCents: p.priceMinUsdCents,
    originCity: p.originCity,
    certifications: p.certifications,
    images: p.images,
    exporterSlug: e.slug,
    exporterNameEn: e.nameEn,
    exporterNameZh: e.nameZh,
    categorySlug: c.slug,
  });
  return sql`coalesce((select json_agg(cards.card) from (
    select json_build_object(${fields}) as card
    from ${t.products} ${p} join ${t.exporters} ${e} on ${eq(p.exporterId, e.id)} join ${t.categories} ${c} on ${eq(p.categoryId, c.id)}
    where ${and(eq(p.status, 'published'), eq(e.status, 'verified'), where)} order by ${order} limit 4) cards), '[]'::json)`;
}

/**
 * A public product with everything its page shows, in one statement: the
 * product, its exporter and category, price ladder, the exporter's checks and
 * certificates, and the cards beside it. Null when unknown or not public.
 */
export async function getProductDetail(db: Db, slug: string): Promise<ProductDetail | null> {
  if (!lookupable(slug)) return null;
  const { products: product } = t;
  const { product: other } = card;
  const [row] = await db
    .select({
      product: t.products,
      exporter: t.exporters,
      category: t.categories,
      tiers: rowsAsJson(t.priceTiers, eq(t.priceTiers.productId, product.id), sql`${t.priceTiers.minQuantity}`),
      checks: rowsAsJson(t.verificationChecks, eq(t.verificationChecks.exporterId, t.exporters.id), sql`${t.verificationChecks.id}`),
      certificates: rowsAsJson(t.certificates, eq(t.certificates.exporterId, t.exporters.id), sql`${t.certificates.id}`),
      // Other exporters' products of the same category, nearest first; then more of this exporter's own.
      related: cardsAsJson(
        and(eq(other.categoryId, product.categoryId), ne(other.id, product.id), ne(other.exporterId, product.exporterId)),
        sql`${other.featured} desc, abs(${other.id} - ${product.id})`,
      ),
      fromExporter: cardsAsJson(and(eq(other.exporterId, product.exporterId), ne(other.id, product.id)), sql`${other.featured} desc, ${other.id} asc`),
    })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.slug, slug), isPublic));
  if (!row) return null;
  return { ...row, related: row.related.map(toCard), fromExporter: row.fromExporter.map(toCard) };
}

export interface ExporterSummary extends ExporterRow {
  productCount: number;
  categorySlugs: string[];
}

/** Verified exporters, featured first, with their number of public products. */
export async function listExporters(db: Db, options: { province?: string; limit?: number } = {}): Promise<ExporterSummary[]> {
  const where = [eq(t.exporters.status, 'verified')];
  if (options.province) where.push(eq(t.exporters.province, options.province));
  const rows = await db
    .select()
    .from(t.exporters)
    .where(and(...where))
    .orderBy(desc(t.exporters.featured), asc(t.exporters.nameEn))
    .limit(options.limit ?? 1000);
  if (!rows.length) return [];
  const counts = await db
    .select({ exporterId: t.products.exporterId, categorySlug: t.categories.slug, n: count() })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(
      and(
        eq(t.products.status, 'published'),
        inArray(
          t.products.exporterId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(t.products.exporterId, t.categories.slug);
  return rows.map((e) => {
    const mine = counts.filter((c) => c.exporterId === e.id);
    return { ...e, productCount: mine.reduce((n, c) => n + c.n, 0), categorySlugs: mine.map((c) => c.categorySlug) };
  });
}

export interface ExporterDetail {
  exporter: ExporterRow;
  checks: CheckRow[];
  certificates: CertificateRow[];
  products: ProductCard[];
}

/** A verified exporter's shop; null when unknown or not public. */
export async function getExporterDetail(db: Db, slug: string): Promise<ExporterDetail | null> {
  if (!lookupable(slug)) return null;
  const [exporter] = await db
    .select()
    .from(t.exporters)
    .where(and(eq(t.exporters.slug, slug), eq(t.exporters.status, 'verified')));
  if (!exporter) return null;
  const [checks, certificates, products] = await Promise.all([
    db.select().from(t.verificationChecks).where(eq(t.verificationChecks.exporterId, exporter.id)).orderBy(asc(t.verificationChecks.id)),
    db.select().from(t.certificates).where(eq(t.certificates.exporterId, exporter.id)).orderBy(asc(t.certificates.id)),
    cardQuery(db)
      .where(and(isPublic, eq(t.products.exporterId, exporter.id)))
      .orderBy(desc(t.products.featured), asc(t.categories.position), asc(t.products.id)),
  ]);
  return { exporter, checks, certificates, products: products.map(toCard) };
}

export interface CatalogStats {
  products: number;
  exporters: number;
}

export async function catalogStats(db: Db): Promise<CatalogStats> {
  const [p] = await db.select({ n: count() }).from(t.products).innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id)).where(isPublic);
  const [e] = await db.select({ n: count() }).from(t.exporters).where(eq(t.exporters.status, 'verified'));
  return { products: p?.n ?? 0, exporters: e?.n ?? 0 };
}

/** Every public catalog address with its last change, for the sitemap. */
export async function sitemapEntries(db: Db) {
  const [productRows, exporterRows, categoryRows] = await Promise.all([
    db
      .select({ slug: t.products.slug, updatedAt: t.products.updatedAt })
      .from(t.products)
      .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
      .where(isPublic)
      .orderBy(asc(t.products.id)),
    db
      .select({ slug: t.exporters.slug, updatedAt: t.exporters.updatedAt })
      .from(t.exporters)
      .where(eq(t.exporters.status, 'verified'))
      .orderBy(asc(t.exporters.id)),
    db.select({ slug: t.categories.slug }).from(t.categories).orderBy(asc(t.categories.position)),
  ]);
  return { products: productRows, exporters: exporterRows, categories: categoryRows };
}
