import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { actorOf, changes, recordAudit, SYSTEM_ACTOR, type Actor } from '~/features/audit/audit.server';
import { TEXT_LIMITS, type ProductInput } from '~/features/exporter/product-schema';
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

/** A deleted product is kept as `archived`: inquiries and quotes that name it stay whole, and its address answers 410. */
const DELETED = 'archived' as const;

/** The SKU is another of the exporter's products' already. */
export class SkuTaken extends Error {
  constructor(readonly sku: string) {
    super('sku taken');
  }
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Whether a database error is a unique violation of the named index (drizzle wraps the driver's error in `cause`). */
function uniqueViolation(error: unknown, index: string): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return constraint === index;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}

/** Who acts, for the audit log: the signed-in account, or the system (scripts, tests). */
export type ActingUser = { id: string; email: string; role: string } | null | undefined;
const actorFor = (user: ActingUser): Actor => (user ? actorOf(user) : SYSTEM_ACTOR);

/** What buyers see of a product (and its SKU), as the audit log records it before and after a change. */
export function buyerFacts(p: typeof t.products.$inferSelect, tiers: Array<{ minQuantity: number; priceUsdCents: number }>): Record<string, unknown> {
  return {
    status: p.status,
    slug: p.slug,
    sku: p.sku,
    categoryId: p.categoryId,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    summaryEn: p.summaryEn,
    summaryZh: p.summaryZh,
    descriptionEn: p.descriptionEn,
    descriptionZh: p.descriptionZh,
    keywordsEn: p.keywordsEn,
    keywordsZh: p.keywordsZh,
    specs: p.specs,
    moq: p.moq,
    unit: p.unit,
    tiers: tiers.map((tier) => ({ minQuantity: tier.minQuantity, priceUsdCents: tier.priceUsdCents })),
    incoterms: p.incoterms,
    hsCode: p.hsCode,
    leadTimeMinDays: p.leadTimeMinDays,
    leadTimeMaxDays: p.leadTimeMaxDays,
    supplyQuantity: p.supplyQuantity,
    supplyUnit: p.supplyUnit,
    supplyPeriod: p.supplyPeriod,
    samplePolicy: p.samplePolicy,
    sampleNoteEn: p.sampleNoteEn,
    sampleNoteZh: p.sampleNoteZh,
    originCity: p.originCity,
    certifications: p.certifications,
    images: p.images.map((img) => img.key),
  };
}

async function loadFacts(db: Db | Tx, id: number) {
  const [product] = await db.select().from(t.products).where(eq(t.products.id, id));
  const tiers = await db.select().from(t.priceTiers).where(eq(t.priceTiers.productId, id)).orderBy(asc(t.priceTiers.minQuantity));
  return product ? buyerFacts(product, tiers) : {};
}

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
  categorySlug: string;
  categoryNameEn: string;
  categoryNameZh: string;
  image: t.ProductImage | null;
  updatedAt: Date;
  translation: ProductTranslation;
}

/** The exporter's products, every status, most recently changed first. */
export async function listOwnProducts(db: Db, exporterId: number): Promise<OwnProductSummary[]> {
  const rows = await db
    .select({ product: t.products, categorySlug: t.categories.slug, categoryNameEn: t.categories.nameEn, categoryNameZh: t.categories.nameZh })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.exporterId, exporterId), ne(t.products.status, DELETED)))
    .orderBy(desc(t.products.updatedAt), asc(t.products.id));
  return rows.map(({ product: p, categorySlug, categoryNameEn, categoryNameZh }) => ({
    id: p.id,
    slug: p.slug,
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    status: p.status,
    categorySlug,
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

/** One of the exporter's products with its category and price ladder; null when unknown, deleted or another exporter's. */
export async function getOwnProduct(db: Db, exporterId: number, id: number): Promise<OwnProduct | null> {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const [row] = await db
    .select({ product: t.products, category: t.categories })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId), ne(t.products.status, DELETED)));
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

/** Refuses a SKU another of the exporter's products has (`except`: the product being saved). */
async function checkSku(db: Db | Tx, exporterId: number, sku: string | null, except: number | null) {
  if (!sku) return;
  const [other] = await db
    .select({ id: t.products.id })
    .from(t.products)
    .where(and(eq(t.products.exporterId, exporterId), eq(t.products.sku, sku), except ? ne(t.products.id, except) : undefined));
  if (other) throw new SkuTaken(sku);
}

/** Runs a write, turning the database's refusal of a second product with the same SKU into `SkuTaken`. */
async function skuGuard<R>(sku: string | null, write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (sku && uniqueViolation(error, 'products_exporter_sku_idx')) throw new SkuTaken(sku);
    throw error;
  }
}

/**
 * Writes a new product under a free address. When another product took the same address in the meantime (two
 * copies or two new products of one name saved at once), the database refuses it and the next free one is tried.
 */
async function withFreeSlug<R>(db: Db, name: string, write: (slug: string) => Promise<R>): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const slug = await freeProductSlug(db, name);
    try {
      return await write(slug);
    } catch (error) {
      if (attempt >= 5 || !uniqueViolation(error, 'products_slug_unique')) throw error;
    }
  }
}

async function productByCreateKey(db: Db | Tx, exporterId: number, createKey: string) {
  const [row] = await db
    .select({ id: t.products.id, slug: t.products.slug })
    .from(t.products)
    .where(and(eq(t.products.exporterId, exporterId), eq(t.products.createKey, createKey)));
  return row ?? null;
}

export interface CreateOptions {
  /** The form's key: a second submission with the same key creates nothing and answers the first product. */
  createKey?: string | null;
  user?: ActingUser;
}

/**
 * Creates a product of the exporter, as a draft. Throws `ImageNotYours` for a photo it may not show and
 * `SkuTaken` for a SKU another product has. With a `createKey`, the same form posted twice (a double
 * tap, a retry, two posts at once) creates one product: the second answers the first (`replayed`).
 */
export async function createProduct(
  db: Db,
  exporterId: number,
  input: ProductInput,
  options: CreateOptions = {},
): Promise<{ id: number; slug: string; replayed: boolean }> {
  const createKey = options.createKey ?? null;
  if (createKey) {
    const earlier = await productByCreateKey(db, exporterId, createKey);
    if (earlier) return { ...earlier, replayed: true };
  }
  await checkImages(db, exporterId, input.images, []);
  await checkSku(db, exporterId, input.sku, null);
  const category = await categoryId(db, input.category);
  return withFreeSlug(db, input.nameEn, (slug) =>
    skuGuard(input.sku, () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(t.products)
          .values({ ...productColumns(input, category), sku: input.sku, createKey, slug, exporterId, status: 'draft' })
          // A post with the same key that got here first wins; this one then answers its product.
          .onConflictDoNothing({ target: [t.products.exporterId, t.products.createKey] })
          .returning({ id: t.products.id, slug: t.products.slug });
        if (!row) {
          const earlier = createKey ? await productByCreateKey(tx, exporterId, createKey) : null;
          if (!earlier) throw new Error('product insert skipped without an earlier product');
          return { ...earlier, replayed: true };
        }
        if (input.tiers.length) await tx.insert(t.priceTiers).values(input.tiers.map((tier) => ({ productId: row.id, ...tier })));
        await recordSourceTexts(tx, { entity: 'product', entityId: row.id, exporterId, userId: null, before: null, after: input });
        await recordAudit(tx, actorFor(options.user), {
          action: 'product.create',
          entity: 'product',
          entityId: row.id,
          exporterId,
          before: null,
          after: await loadFacts(tx, row.id),
        });
        return { ...row, replayed: false };
      }),
    ),
  );
}

/**
 * Saves the exporter's edit of a product (its address stays the same).
 * Returns false, changing nothing, when the product is unknown or another
 * exporter's. Photos the edit removed are deleted once no product shows them.
 * Throws `SkuTaken` when another of the exporter's products has the SKU.
 */
export async function updateProduct(db: Db, exporterId: number, id: number, input: ProductInput, storage?: MediaStorage, user?: ActingUser): Promise<boolean> {
  const own = await getOwnProduct(db, exporterId, id);
  if (!own) return false;
  await checkImages(db, exporterId, input.images, own.product.images);
  await checkSku(db, exporterId, input.sku, id);
  const category = await categoryId(db, input.category);
  const updated = await skuGuard(input.sku, () =>
    db.transaction(async (tx) => {
      const before = await loadFacts(tx, id);
      const rows = await tx
        .update(t.products)
        .set({ ...productColumns(input, category), sku: input.sku })
        .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId), ne(t.products.status, DELETED)))
        .returning({ id: t.products.id });
      if (!rows.length) return false;
      await tx.delete(t.priceTiers).where(eq(t.priceTiers.productId, id));
      if (input.tiers.length) await tx.insert(t.priceTiers).values(input.tiers.map((tier) => ({ productId: id, ...tier })));
      await recordSourceTexts(tx, { entity: 'product', entityId: id, exporterId, userId: null, before: own.product, after: input });
      const diff = changes(before, await loadFacts(tx, id));
      if (diff.changed) await recordAudit(tx, actorFor(user), { action: 'product.save', entity: 'product', entityId: id, exporterId, ...diff });
      return true;
    }),
  );
  if (updated && storage) {
    const kept = new Set(input.images.map((img) => img.key));
    const dropped = own.product.images.map((img) => img.key).filter((key) => !kept.has(key) && parseUploadKey(key));
    await deleteUnusedUploads(db, storage, exporterId, dropped);
  }
  return updated;
}

/** The name of a copy: `… (copy)` / `…（副本）`, cut so it still fits the name's limit. */
export function copyName(name: string, suffix: string, max: number): string {
  if (!name) return '';
  return `${[...name]
    .slice(0, Math.max(0, max - [...suffix].length))
    .join('')
    .trimEnd()}${suffix}`;
}

/**
 * Makes a draft copy of one of the exporter's products: every fact and the price ladder, the name marked
 * as a copy, no SKU (the exporter gives the copy its own), the same photos (shared, not duplicated: a photo
 * is deleted only once no product shows it). With a `createKey`, a second tap on the button makes no
 * second copy. Null when the product is not the exporter's.
 */
export async function duplicateProduct(
  db: Db,
  exporterId: number,
  id: number,
  options: CreateOptions = {},
): Promise<{ id: number; slug: string; replayed: boolean } | null> {
  const own = await getOwnProduct(db, exporterId, id);
  if (!own) return null;
  const createKey = options.createKey ?? null;
  if (createKey) {
    const earlier = await productByCreateKey(db, exporterId, createKey);
    if (earlier) return { ...earlier, replayed: true };
  }
  const { id: _id, slug: _slug, sku: _sku, createKey: _key, createdAt: _created, featured: _featured, status: _status, ...facts } = own.product;
  const nameEn = copyName(facts.nameEn, ' (copy)', TEXT_LIMITS.name[0]);
  const nameZh = copyName(facts.nameZh, '（副本）', TEXT_LIMITS.name[1]);
  return withFreeSlug(db, nameEn, (slug) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(t.products)
        .values({ ...facts, nameEn, nameZh, slug, sku: null, createKey, status: 'draft', featured: false, updatedAt: new Date() })
        .onConflictDoNothing({ target: [t.products.exporterId, t.products.createKey] })
        .returning({ id: t.products.id, slug: t.products.slug });
      if (!row) {
        const earlier = createKey ? await productByCreateKey(tx, exporterId, createKey) : null;
        if (!earlier) throw new Error('product copy skipped without an earlier copy');
        return { ...earlier, replayed: true };
      }
      if (own.tiers.length)
        await tx
          .insert(t.priceTiers)
          .values(own.tiers.map((tier) => ({ productId: row.id, minQuantity: tier.minQuantity, priceUsdCents: tier.priceUsdCents })));
      await recordAudit(tx, actorFor(options.user), {
        action: 'product.duplicate',
        entity: 'product',
        entityId: row.id,
        exporterId,
        before: { copiedFrom: id },
        after: await loadFacts(tx, row.id),
      });
      return { ...row, replayed: false };
    }),
  );
}

/** What deleting a product touches: the inquiries and quotes that name it (they keep their own copy of its facts). */
export async function deletionImpact(db: Db, exporterId: number, id: number): Promise<{ inquiries: number; quotes: number } | null> {
  const own = await getOwnProduct(db, exporterId, id);
  if (!own) return null;
  const [row] = await db
    .execute<{ inquiries: string; quotes: string }>(sql`
    select
      (select count(distinct i.inquiry_id) from inquiry_items i where i.product_id = ${id}) as inquiries,
      (select count(distinct l.quote_id) from quote_lines l where l.product_id = ${id}) as quotes`)
    .then((r) => r.rows);
  return { inquiries: Number(row?.inquiries ?? 0), quotes: Number(row?.quotes ?? 0) };
}

/**
 * Deletes one of the exporter's products: buyers no longer find it and its address answers 410, its SKU
 * is free again, and its photos are removed once no other product shows them. Inquiries and quotes that
 * name it keep their own copy of its facts and stay answerable (the row is kept, archived, for them).
 * Returns false when the product is not the exporter's (or already deleted).
 */
export async function deleteProduct(db: Db, exporterId: number, id: number, storage?: MediaStorage, user?: ActingUser): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id < 1) return false;
  const dropped = await db.transaction(async (tx) => {
    const before = await loadFacts(tx, id);
    const [row] = await tx
      .update(t.products)
      .set({ status: DELETED, sku: null, featured: false, images: [], updatedAt: new Date() })
      .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId), ne(t.products.status, DELETED)))
      .returning({ id: t.products.id });
    if (!row) return null;
    await recordAudit(tx, actorFor(user), { action: 'product.delete', entity: 'product', entityId: id, exporterId, before, after: { status: DELETED } });
    return (before.images as string[]) ?? [];
  });
  if (!dropped) return false;
  if (storage)
    await deleteUnusedUploads(
      db,
      storage,
      exporterId,
      dropped.filter((key) => parseUploadKey(key)),
    );
  return true;
}

/** Whether a product address belonged to a product its exporter deleted (its page answers 410 Gone). */
export async function isDeletedProduct(db: Db, slug: string): Promise<boolean> {
  // A NUL byte is refused by PostgreSQL's text type: such an address was never a product's.
  if (!slug || slug.length > 200 || slug.includes('\u0000')) return false;
  const [row] = await db
    .select({ id: t.products.id })
    .from(t.products)
    .where(and(eq(t.products.slug, slug), eq(t.products.status, DELETED)));
  return Boolean(row);
}

/** Publishes or withdraws one of the exporter's products; false (nothing changed) when it is not theirs. */
export async function setProductStatus(db: Db, exporterId: number, id: number, status: ProductStatus, user?: ActingUser): Promise<boolean> {
  if (!Number.isSafeInteger(id) || id < 1) return false;
  return db.transaction(async (tx) => {
    const [was] = await tx
      .select({ status: t.products.status })
      .from(t.products)
      .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId), ne(t.products.status, DELETED)))
      .for('update');
    if (!was) return false;
    await tx.update(t.products).set({ status, updatedAt: new Date() }).where(eq(t.products.id, id));
    if (was.status !== status) {
      await recordAudit(tx, actorFor(user), {
        action: status === 'published' ? 'product.publish' : 'product.unpublish',
        entity: 'product',
        entityId: id,
        exporterId,
        before: { status: was.status },
        after: { status },
      });
    }
    return true;
  });
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
