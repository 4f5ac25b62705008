import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, like, notInArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, changes, recordAudit } from '~/features/audit/audit.server';
import { productSchema, type ProductInput } from '~/features/exporter/product-schema';
import { rawInput, valuesFromProduct, type ImageRow } from '~/features/exporter/product-values';
import { productColumns, setProductStatus, updateProduct } from '~/features/exporter/products.server';
import { slugify } from '~/features/exporter/profile.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { UploadError } from '~/server/media/images.server';
import type { MediaStorage } from '~/server/media/storage.server';
import { admitUpload, ownedUploadKeys, saveUpload, type UploadAllowance } from '~/server/media/uploads.server';
import { type Cells, type CategoryName, cellsOfValues, COLUMN_KEYS, emptyCells } from './columns';
import { parseSheet, type SheetProblem } from './sheet.server';
import { checkRows, type RowCheck } from './validate';
import { readZip, ZipRefused, type ZipProblem } from './zip.server';

/**
 * Spreadsheet imports of an exporter's products. An upload is kept as a
 * batch (import_batches) so its preview survives a reload and its bad rows
 * can be fixed; importing it creates or updates drafts keyed by the
 * exporter's SKU, so the same file twice changes nothing.
 */

export const PHOTO_ZIP_LIMITS = { maxBytes: 50 * 1024 * 1024, maxEntries: 400, maxTotalBytes: 400 * 1024 * 1024, maxRatio: 100 } as const;
const PHOTOS_PER_PRODUCT = 8;
/** Uploads kept per exporter (older ones are deleted when a new one arrives). */
export const KEPT_BATCHES = 20;

export interface PhotoLimits extends UploadAllowance {
  maxBytes: number;
  maxPixels: number;
  maxHeavyPixels: number;
}

/** A photo of the archive: its name, and either its stored key or why it was refused. */
const photoSchema = z.object({ name: z.string(), hash: z.string(), key: z.string().nullable(), problem: z.string().nullable() });
const rowSchema = z.object({
  line: z.number().int(),
  cells: z.record(z.string(), z.string()),
  photos: z.array(photoSchema).default([]),
});
export type BatchPhoto = z.infer<typeof photoSchema>;
export interface BatchRow {
  line: number;
  cells: Cells;
  photos: BatchPhoto[];
}

const cellsOf = (record: Record<string, string>): Cells => {
  const cells = emptyCells();
  for (const key of COLUMN_KEYS) cells[key] = record[key] ?? '';
  return cells;
};

function rowsOf(stored: unknown[]): BatchRow[] {
  return stored.flatMap((raw) => {
    const row = rowSchema.safeParse(raw);
    return row.success ? [{ line: row.data.line, cells: cellsOf(row.data.cells), photos: row.data.photos }] : [];
  });
}

export interface Batch {
  id: number;
  exporterId: number;
  fileName: string;
  createdAt: Date;
  appliedAt: Date | null;
  outcome: Record<string, number> | null;
  rows: BatchRow[];
}

export type UploadRefusal = { ok: false; problem: SheetProblem | ZipProblem | 'zipTooLarge' | 'uploadRateLimited' | 'uploadQuotaFull'; columns?: string[] };

/** Photo file names: `SKU.jpg`, `SKU-2.jpg`… (the second and later photos of a SKU). */
const PHOTO_NAME = /^(.{1,80}?)(?:-([1-9]))?\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i;
const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/** Which SKU of the sheet a photo's file name names, and its place among the SKU's photos. */
export function photoTarget(name: string, skus: ReadonlySet<string>): { sku: string; order: number } | null {
  const base = baseName(name);
  if (base.startsWith('.') || name.startsWith('__MACOSX/')) return null;
  const whole = /^(.{1,80})\.(?:jpe?g|png|webp|avif|gif|tiff?)$/i.exec(base);
  if (whole && skus.has(whole[1]!.toLowerCase())) return { sku: whole[1]!.toLowerCase(), order: 1 };
  const match = PHOTO_NAME.exec(base);
  if (!match || !skus.has(match[1]!.toLowerCase())) return null;
  return { sku: match[1]!.toLowerCase(), order: Number(match[2] ?? 1) };
}

/** Photos stored by the exporter's earlier imports, by the hash of their bytes (a file uploaded again is not stored twice). */
async function earlierPhotos(db: Db, exporterId: number): Promise<Map<string, string>> {
  const batches = await db
    .select({ rows: t.importBatches.rows })
    .from(t.importBatches)
    .where(eq(t.importBatches.exporterId, exporterId))
    .orderBy(desc(t.importBatches.createdAt))
    .limit(KEPT_BATCHES);
  const byHash = new Map<string, string>();
  for (const b of batches) for (const row of rowsOf(b.rows)) for (const p of row.photos) if (p.key && !byHash.has(p.hash)) byHash.set(p.hash, p.key);
  const owned = await ownedUploadKeys(db, exporterId, [...byHash.values()]);
  for (const [hash, key] of byHash) if (!owned.has(key)) byHash.delete(hash);
  return byHash;
}

/**
 * Stores the photos of an archive for the rows whose SKU their names give.
 * Sizes are checked before inflating (see `readZip`); each photo goes through
 * the same checks as one uploaded in the editor.
 */
async function attachPhotos(
  db: Db,
  storage: MediaStorage,
  exporterId: number,
  zip: Uint8Array,
  rows: BatchRow[],
  limits: PhotoLimits,
): Promise<{ unmatched: number } | UploadRefusal> {
  if (zip.byteLength > PHOTO_ZIP_LIMITS.maxBytes) return { ok: false, problem: 'zipTooLarge' };
  const bySku = new Map(rows.map((r) => [r.cells.sku.trim().toLowerCase(), r]));
  const skus = new Set(bySku.keys());
  let entries: ReturnType<typeof readZip>;
  let unmatched = 0;
  try {
    entries = readZip(
      zip,
      { ...PHOTO_ZIP_LIMITS, maxEntryBytes: limits.maxBytes },
      (name) => photoTarget(name, skus) !== null,
      (name) => {
        if (!name.startsWith('__MACOSX/') && !baseName(name).startsWith('.')) unmatched++;
      },
    );
  } catch (error) {
    if (error instanceof ZipRefused) return { ok: false, problem: error.problem };
    throw error;
  }
  const targeted = entries
    .map((entry) => ({ entry, target: photoTarget(entry.name, skus) }))
    .filter((e): e is { entry: (typeof entries)[number]; target: NonNullable<ReturnType<typeof photoTarget>> } => e.target !== null)
    .sort((a, b) => a.target.order - b.target.order || a.entry.name.localeCompare(b.entry.name));
  if (targeted.length) {
    // One archive is one upload against the exporter's rate; the storage quota is checked as for any photo.
    const refused = await admitUpload(db, exporterId, limits);
    if (refused) return { ok: false, problem: refused.problem };
  }
  const earlier = await earlierPhotos(db, exporterId);
  for (const { entry, target } of targeted) {
    const row = bySku.get(target.sku)!;
    const name = baseName(entry.name);
    if (row.photos.length >= PHOTOS_PER_PRODUCT) {
      row.photos.push({ name, hash: '', key: null, problem: 'tooManyImages' });
      continue;
    }
    const hash = createHash('sha256').update(entry.data).digest('hex');
    const known = earlier.get(hash) ?? row.photos.find((p) => p.hash === hash && p.key)?.key;
    if (known) {
      row.photos.push({ name, hash, key: known, problem: null });
      continue;
    }
    if (entry.data.byteLength > limits.maxBytes) {
      row.photos.push({ name, hash, key: null, problem: 'imageTooLarge' });
      continue;
    }
    try {
      const stored = await saveUpload(db, storage, exporterId, entry.data, { maxPixels: limits.maxPixels, maxHeavyPixels: limits.maxHeavyPixels });
      earlier.set(hash, stored.key);
      row.photos.push({ name, hash, key: stored.key, problem: null });
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      row.photos.push({ name, hash, key: null, problem: error.problem });
    }
  }
  return { unmatched };
}

export interface UploadInput {
  fileName: string;
  sheet: Uint8Array;
  photos?: Uint8Array | null;
}

/**
 * Reads an uploaded sheet (and its photo archive) into a new batch of the
 * exporter. Nothing of the catalog changes yet. Returns the batch id, or why
 * the files were refused.
 */
export async function createBatch(
  db: Db,
  storage: MediaStorage,
  actor: Actor,
  exporterId: number,
  upload: UploadInput,
  limits: PhotoLimits,
): Promise<{ ok: true; id: number; unmatchedPhotos: number } | UploadRefusal> {
  const parsed = await parseSheet(upload.sheet, upload.fileName);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, ...(parsed.columns ? { columns: parsed.columns } : {}) };
  const rows: BatchRow[] = parsed.rows.map((r) => ({ ...r, photos: [] }));
  let unmatched = 0;
  if (upload.photos?.byteLength) {
    const attached = await attachPhotos(db, storage, exporterId, upload.photos, rows, limits);
    if ('ok' in attached) return attached;
    unmatched = attached.unmatched;
  }
  const [row] = await db
    .insert(t.importBatches)
    .values({
      exporterId,
      createdBy: actor.id,
      fileName: upload.fileName.slice(0, 200) || 'sheet',
      fileHash: createHash('sha256').update(upload.sheet).digest('hex'),
      rows,
      outcome: { rows: rows.length, unmatchedPhotos: unmatched },
    })
    .returning({ id: t.importBatches.id });
  // Only the exporter's most recent uploads are kept: a batch is a working copy, the products are the record.
  const kept = db
    .select({ id: t.importBatches.id })
    .from(t.importBatches)
    .where(eq(t.importBatches.exporterId, exporterId))
    .orderBy(desc(t.importBatches.createdAt), desc(t.importBatches.id))
    .limit(KEPT_BATCHES);
  await db.delete(t.importBatches).where(and(eq(t.importBatches.exporterId, exporterId), notInArray(t.importBatches.id, kept)));
  return { ok: true, id: row!.id, unmatchedPhotos: unmatched };
}

/** One of the exporter's batches; null when unknown or another exporter's. */
export async function getBatch(db: Db, exporterId: number, id: number): Promise<Batch | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [row] = await db
    .select()
    .from(t.importBatches)
    .where(and(eq(t.importBatches.id, id), eq(t.importBatches.exporterId, exporterId)));
  if (!row) return null;
  return { ...row, rows: rowsOf(row.rows) };
}

export async function sheetCategories(db: Db): Promise<CategoryName[]> {
  return db
    .select({ slug: t.categories.slug, nameEn: t.categories.nameEn, nameZh: t.categories.nameZh })
    .from(t.categories)
    .orderBy(asc(t.categories.position), asc(t.categories.id));
}

/** The exporter's products that carry a SKU, with what the sheet needs of each. */
async function productsBySku(db: Db, exporterId: number, skus: string[]) {
  if (!skus.length) return new Map<string, { product: typeof t.products.$inferSelect; categorySlug: string; tiers: Array<typeof t.priceTiers.$inferSelect> }>();
  const rows = await db
    .select({ product: t.products, categorySlug: t.categories.slug })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.exporterId, exporterId), inArray(t.products.sku, skus)));
  const ids = rows.map((r) => r.product.id);
  const tiers = ids.length ? await db.select().from(t.priceTiers).where(inArray(t.priceTiers.productId, ids)).orderBy(asc(t.priceTiers.minQuantity)) : [];
  return new Map(rows.map((r) => [r.product.sku!, { ...r, tiers: tiers.filter((tier) => tier.productId === r.product.id) }]));
}

/** The photos a row's product will show: the archive's, with the captions they had; else the product's own. */
function imagesFor(row: BatchRow | undefined, current: t.ProductImage[]): ImageRow[] {
  const keys = (row?.photos ?? []).flatMap((p) => (p.key ? [p.key] : []));
  if (!keys.length) return current.map((img) => ({ ...img }));
  return [...new Set(keys)].map((key) => current.find((img) => img.key === key) ?? { key, altEn: '', altZh: '' });
}

/** The batch's rows checked, with the photos each will show. */
export async function checkBatch(db: Db, batch: Batch, categories?: CategoryName[]): Promise<RowCheck[]> {
  const skus = batch.rows.map((r) => r.cells.sku.trim()).filter(Boolean);
  const existing = await productsBySku(db, batch.exporterId, skus);
  const bySku = new Map(batch.rows.map((r) => [r.cells.sku.trim(), r]));
  return checkRows(batch.rows, categories ?? (await sheetCategories(db)), (sku) => imagesFor(bySku.get(sku), existing.get(sku)?.product.images ?? []));
}

/**
 * Free product addresses for new products' names, in one query: the name's
 * slug, or the slug with the first free number (`-2`, `-3`…), as the editor gives.
 */
async function freeSlugs(db: Db, wanted: string[]): Promise<string[]> {
  const bases = [...new Set(wanted)];
  const taken = new Set<string>();
  for (let at = 0; at < bases.length; at += 200) {
    const part = bases.slice(at, at + 200);
    const rows = await db
      .select({ slug: t.products.slug })
      .from(t.products)
      .where(or(...part.map((base) => like(t.products.slug, `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`))));
    for (const r of rows) taken.add(r.slug);
  }
  return wanted.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/**
 * Imports the valid rows of a batch as drafts: a SKU the exporter has not
 * used yet becomes a new draft; a known SKU whose row differs updates that
 * product (its status stays); an identical row changes nothing. Refused rows
 * stay in the batch to be fixed. One audit row records the import.
 */
export async function applyBatch(db: Db, storage: MediaStorage, actor: Actor, batch: Batch): Promise<ImportOutcome> {
  const categories = await sheetCategories(db);
  const checks = await checkBatch(db, batch, categories);
  const valid = checks.filter((c): c is RowCheck & { input: ProductInput } => c.input !== null);
  const existing = await productsBySku(
    db,
    batch.exporterId,
    valid.map((c) => c.sku),
  );
  const categoryIds = new Map((await db.select({ id: t.categories.id, slug: t.categories.slug }).from(t.categories)).map((c) => [c.slug, c.id]));
  const schema = productSchema(categories.map((c) => c.slug));
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, refused: checks.length - valid.length };
  const created: string[] = [];
  const updated: Array<{ sku: string; id: number; before: Record<string, unknown>; after: Record<string, unknown> }> = [];
  const fresh: typeof valid = [];
  for (const check of valid) {
    const own = existing.get(check.sku);
    if (!own) {
      fresh.push(check);
      continue;
    }
    const stored = schema.safeParse(rawInput(valuesFromProduct(own.product, own.categorySlug, own.tiers)));
    const diff = changes(stored.success ? { ...stored.data } : {}, { ...check.input });
    if (!diff.changed) {
      outcome.unchanged++;
      continue;
    }
    await updateProduct(db, batch.exporterId, own.product.id, check.input, storage);
    outcome.updated++;
    updated.push({ sku: check.sku, id: own.product.id, before: diff.before, after: diff.after });
  }
  if (fresh.length) {
    const slugs = await freeSlugs(
      db,
      fresh.map((c) => slugify(c.input.nameEn)),
    );
    // New drafts in one transaction. A SKU another import of the same sheet (a second click) created meanwhile is skipped, not doubled.
    await db.transaction(async (tx) => {
      for (let at = 0; at < fresh.length; at += 200) {
        const part = fresh.slice(at, at + 200);
        const ids = await tx
          .insert(t.products)
          .values(
            part.map((check, i) => ({
              ...productColumns(check.input, categoryIds.get(check.input.category)!),
              slug: slugs[at + i]!,
              exporterId: batch.exporterId,
              status: 'draft' as const,
              sku: check.sku,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: t.products.id, sku: t.products.sku });
        const idOf = new Map(ids.map((r) => [r.sku, r.id]));
        const tiers = part.flatMap((check) => {
          const productId = idOf.get(check.sku);
          return productId ? check.input.tiers.map((tier) => ({ productId, ...tier })) : [];
        });
        if (tiers.length) await tx.insert(t.priceTiers).values(tiers);
        for (const check of part) {
          if (idOf.has(check.sku)) created.push(check.sku);
          else outcome.unchanged++;
        }
      }
    });
    outcome.created = created.length;
  }
  await db.transaction(async (tx) => {
    await tx
      .update(t.importBatches)
      .set({ appliedAt: new Date(), outcome: { ...batch.outcome, ...outcome } })
      .where(eq(t.importBatches.id, batch.id));
    await recordAudit(tx, actor, {
      action: 'products.import',
      entity: 'import_batch',
      entityId: batch.id,
      exporterId: batch.exporterId,
      before: updated.length ? Object.fromEntries(updated.map((u) => [u.sku, u.before])) : null,
      after: { ...outcome, created, updated: Object.fromEntries(updated.map((u) => [u.sku, u.after])) },
    });
  });
  return outcome;
}

/** Replaces one row of a batch with what the trader typed in the preview (kept even when still refused). */
export async function saveBatchRow(db: Db, batch: Batch, line: number, cells: Cells): Promise<boolean> {
  const at = batch.rows.findIndex((r) => r.line === line);
  if (at < 0) return false;
  const rows = batch.rows.map((r, i) => (i === at ? { ...r, cells } : r));
  await db
    .update(t.importBatches)
    .set({ rows })
    .where(and(eq(t.importBatches.id, batch.id), eq(t.importBatches.exporterId, batch.exporterId)));
  batch.rows = rows;
  return true;
}

/** The exporter's most recent batches (for the import page's list). */
export async function recentBatches(db: Db, exporterId: number, limit = 5) {
  return db
    .select({ id: t.importBatches.id, fileName: t.importBatches.fileName, createdAt: t.importBatches.createdAt, appliedAt: t.importBatches.appliedAt })
    .from(t.importBatches)
    .where(eq(t.importBatches.exporterId, exporterId))
    .orderBy(desc(t.importBatches.createdAt))
    .limit(limit);
}

/**
 * The exporter's products as sheet rows, in the order they were created.
 * Products without a SKU get one from their address, saved, so the file
 * imports back onto the same products.
 */
export async function exportRows(db: Db, exporterId: number): Promise<Cells[]> {
  const rows = await db
    .select({ product: t.products, categorySlug: t.categories.slug })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(eq(t.products.exporterId, exporterId))
    .orderBy(asc(t.products.id));
  const used = new Set(rows.flatMap((r) => (r.product.sku ? [r.product.sku.toLowerCase()] : [])));
  const ids = rows.map((r) => r.product.id);
  const tiers = ids.length ? await db.select().from(t.priceTiers).where(inArray(t.priceTiers.productId, ids)).orderBy(asc(t.priceTiers.minQuantity)) : [];
  const out: Cells[] = [];
  for (const { product, categorySlug } of rows) {
    let sku = product.sku;
    if (!sku) {
      sku = skuFromSlug(product.slug, used);
      used.add(sku.toLowerCase());
      await db
        .update(t.products)
        .set({ sku })
        .where(and(eq(t.products.id, product.id), eq(t.products.exporterId, exporterId)));
    }
    out.push(
      cellsOfValues(
        sku,
        valuesFromProduct(
          product,
          categorySlug,
          tiers.filter((tier) => tier.productId === product.id),
        ),
      ),
    );
  }
  return out;
}

/** A SKU made from a product's address, unique among the exporter's. */
function skuFromSlug(slug: string, used: ReadonlySet<string>): string {
  const base = slug.replace(/[^A-Za-z0-9._-]/g, '').slice(0, 56) || 'item';
  let sku = base;
  for (let n = 2; used.has(sku.toLowerCase()); n++) sku = `${base}-${n}`;
  return sku;
}

/**
 * Publishes the chosen drafts of the exporter, each through the same status
 * change as the publish button, each recorded in the audit log. Products
 * that are not the exporter's, or not drafts, are left alone.
 */
export async function publishDrafts(db: Db, actor: Actor, exporterId: number, ids: number[]): Promise<{ published: number[]; skipped: number }> {
  const wanted = [...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647))];
  if (!wanted.length) return { published: [], skipped: ids.length };
  const drafts = await db
    .select({ id: t.products.id })
    .from(t.products)
    .where(and(eq(t.products.exporterId, exporterId), inArray(t.products.id, wanted), eq(t.products.status, 'draft')));
  const published: number[] = [];
  for (const { id } of drafts) {
    // The status change records the publication in the audit log, with who did it.
    const user = actor.id ? { id: actor.id, email: actor.email, role: actor.role } : null;
    if (!(await setProductStatus(db, exporterId, id, 'published', user))) continue;
    published.push(id);
  }
  return { published, skipped: ids.length - published.length };
}
