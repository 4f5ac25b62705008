import { and, asc, desc, eq } from 'drizzle-orm';
import type { ProductInput } from '~/features/exporter/product-schema';
import { provinceOf } from '~/lib/geo';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { parseUploadKey } from '~/server/media/upload-keys.server';
import { deleteUnusedUploads, ownedUploadKeys } from '~/server/media/uploads.server';
import type { MediaStorage } from '~/server/media/storage.server';
import { getRates } from '~/features/catalog/queries.server';
import { recordSourceTexts } from '~/features/desk/desk.server';
import { freeProductSlug } from './profile.server';
import { productTranslation, type ProductTranslation } from './translation';

/**
 * An exporter's own products: list, create, edit, publish. Every function
 * takes the acting exporter and touches only that exporter's rows; a product
 * or photo of another exporter is treated as unknown and nothing changes.
 */

export type ProductStatus = 'draft' | 'published';

/** A photo the exporter may not attach: someone else's upload, or an unknown key. */
export class ImageNotYours extends Error {
  constructor(readonly key: string) {
    super('image not found');
  }
}

export interface OwnProductSummary {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string;
  status: 'draft' | 'published' | 'archived';
  categoryNameEn: string;
  categoryNameZh: string;
  image: t.ProductImage | null;
  updatedAt: Date;
  translation: ProductTranslation;
}

/** The exporter's products, every status, most recently changed first. */
export async function listOwnProducts(db: Db, exporterId: number): Promise<OwnProductSummary[]> {
  const rows = await db
    .select({ product: t.products, categoryNameEn: t.categories.nameEn, categoryNameZh: t.categories.nameZh })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(eq(t.products.exporterId, exporterId))
    .orderBy(desc(t.products.updatedAt), asc(t.products.id));
  return rows.map(({ product: p, categoryNameEn, categoryNameZh }) => ({
    id: p.id,
    slug: p.slug,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    status: p.status,
    categoryNameEn,
    categoryNameZh,
    image: p.images[0] ?? null,
    updatedAt: p.updatedAt,
    translation: productTranslation(p),
  }));
}

export interface OwnProduct {
  product: typeof t.products.$inferSelect;
  category: typeof t.categories.$inferSelect;
  tiers: Array<typeof t.priceTiers.$inferSelect>;
}

/** One of the exporter's products with its category and price ladder; null when unknown or another exporter's. */
export async function getOwnProduct(db: Db, exporterId: number, id: number): Promise<OwnProduct | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [row] = await db
    .select({ product: t.products, category: t.categories })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId)));
  if (!row) return null;
  const tiers = await db.select().from(t.priceTiers).where(eq(t.priceTiers.productId, id)).orderBy(asc(t.priceTiers.minQuantity));
  return { ...row, tiers };
}

/**
 * The photos the product may show: the exporter's own uploads, and pictures
 * the product already had. Anything else is refused as not found.
 */
async function checkImages(db: Db, exporterId: number, images: ProductInput['images'], current: t.ProductImage[]) {
  const had = new Set(current.map((img) => img.key));
  const uploads = images.map((img) => img.key).filter((key) => !had.has(key));
  const owned = await ownedUploadKeys(db, exporterId, uploads);
  for (const key of uploads) {
    if (parseUploadKey(key)?.exporterId !== exporterId || !owned.has(key)) throw new ImageNotYours(key);
  }
}

async function categoryId(db: Db, slug: string): Promise<number> {
  const [row] = await db.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, slug));
  if (!row) throw new Error(`Unknown category ${slug}`);
  return row.id;
}

/** The product columns of a product form (shared with the catalog import). */
export function productColumns(input: ProductInput, category: number) {
  const prices = input.tiers.map((tier) => tier.priceUsdCents);
  return {
    categoryId: category,
    nameEn: input.nameEn,
    nameZh: input.nameZh,
    summaryEn: input.summaryEn,
    summaryZh: input.summaryZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    keywordsEn: input.keywordsEn,
    keywordsZh: input.keywordsZh,
    specs: input.specs.map((s) => ({ label: { en: s.labelEn, zh: s.labelZh }, value: { en: s.valueEn, zh: s.valueZh } })),
    moq: input.moq,
    unit: input.unit,
    priceMinUsdCents: prices.length ? Math.min(...prices) : null,
    priceMaxUsdCents: prices.length ? Math.max(...prices) : null,
    incoterms: input.incoterms,
    hsCode: input.hsCode,
    leadTimeMinDays: input.leadTimeMinDays,
    leadTimeMaxDays: input.leadTimeMaxDays,
    supplyQuantity: input.supplyQuantity,
    supplyUnit: input.supplyUnit,
    supplyPeriod: input.supplyPeriod,
    samplePolicy: input.samplePolicy,
    sampleNoteEn: input.sampleNoteEn,
    sampleNoteZh: input.sampleNoteZh,
    originCity: input.originCity,
    originProvince: provinceOf(input.originCity),
    certifications: input.certifications,
    images: input.images,
    updatedAt: new Date(),
  };
}

/** Creates a product of the exporter, as a draft. Throws `ImageNotYours` for a photo it may not show. */
export async function createProduct(db: Db, exporterId: number, input: ProductInput): Promise<{ id: number; slug: string }> {
  await checkImages(db, exporterId, input.images, []);
  const category = await categoryId(db, input.category);
  const slug = await freeProductSlug(db, input.nameEn);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.products)
      .values({ ...productColumns(input, category), slug, exporterId, status: 'draft' })
      .returning({ id: t.products.id, slug: t.products.slug });
    if (input.tiers.length) await tx.insert(t.priceTiers).values(input.tiers.map((tier) => ({ productId: row!.id, ...tier })));
    await recordSourceTexts(tx, { entity: 'product', entityId: row!.id, exporterId, userId: null, before: null, after: input });
    return row!;
  });
}

/**
 * Saves the exporter's edit of a product (its address stays the same).
 * Returns false, changing nothing, when the product is unknown or another
 * exporter's. Photos the edit removed are deleted once no product shows them.
 */
export async function updateProduct(db: Db, exporterId: number, id: number, input: ProductInput, storage?: MediaStorage): Promise<boolean> {
  const own = await getOwnProduct(db, exporterId, id);
  if (!own) return false;
  await checkImages(db, exporterId, input.images, own.product.images);
  const category = await categoryId(db, input.category);
  const updated = await db.transaction(async (tx) => {
    const rows = await tx
      .update(t.products)
      .set(productColumns(input, category))
      .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId)))
      .returning({ id: t.products.id });
    if (!rows.length) return false;
    await tx.delete(t.priceTiers).where(eq(t.priceTiers.productId, id));
    if (input.tiers.length) await tx.insert(t.priceTiers).values(input.tiers.map((tier) => ({ productId: id, ...tier })));
    await recordSourceTexts(tx, { entity: 'product', entityId: id, exporterId, userId: null, before: own.product, after: input });
    return true;
  });
  if (updated && storage) {
    const kept = new Set(input.images.map((img) => img.key));
    const dropped = own.product.images.map((img) => img.key).filter((key) => !kept.has(key) && parseUploadKey(key));
    await deleteUnusedUploads(db, storage, exporterId, dropped);
  }
  return updated;
}

/** Publishes or withdraws one of the exporter's products; false (nothing changed) when it is not theirs. */
export async function setProductStatus(db: Db, exporterId: number, id: number, status: ProductStatus): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id < 1) return false;
  const rows = await db
    .update(t.products)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId)))
    .returning({ id: t.products.id });
  return rows.length > 0;
}

export interface ProductPreview extends OwnProduct {
  exporter: typeof t.exporters.$inferSelect;
  certificates: Array<typeof t.certificates.$inferSelect>;
}

/** What the public product page would show of one of the exporter's products, whatever its status. */
export async function previewProduct(db: Db, exporterId: number, id: number): Promise<ProductPreview | null> {
  const own = await getOwnProduct(db, exporterId, id);
  if (!own) return null;
  const [exporter] = await db.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
  const certificates = await db.select().from(t.certificates).where(eq(t.certificates.exporterId, exporterId)).orderBy(asc(t.certificates.id));
  return { ...own, exporter: exporter!, certificates };
}

/** The preview page of one of the exporter's products: both languages as buyers would see them, with today's rates. */
export async function productPreviewPage(db: Db, exporterId: number, id: number) {
  const preview = id ? await previewProduct(db, exporterId, id) : null;
  if (!preview) return null;
  return { preview, rates: await getRates(db), translation: productTranslation(preview.product) };
}
