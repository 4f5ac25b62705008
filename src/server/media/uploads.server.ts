import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { consumeRateLimits } from '~/server/rate-limit.server';
import { processPhoto, type ProcessedPhoto } from './images.server';
import type { MediaStorage } from './storage.server';
import { parseUploadKey, pictureSources, uploadKey, variantPath, variantPaths } from './upload-keys.server';

export interface StoredUpload {
  id: number;
  key: string;
  width: number;
  height: number;
  /** URL of the largest WebP variant (for a thumbnail in the editor). */
  url: string;
}

/**
 * Stores an exporter's photo: validates and converts it (see `processPhoto`),
 * writes its variants, then records it. A refused photo throws `UploadError`
 * before anything is written; a failure while writing removes what was written.
 */
export async function saveUpload(
  db: Db,
  storage: MediaStorage,
  exporterId: number,
  bytes: Uint8Array,
  options: { maxPixels?: number; maxHeavyPixels?: number } = {},
): Promise<StoredUpload> {
  const photo: ProcessedPhoto = await processPhoto(bytes, options);
  const key = uploadKey(exporterId, randomBytes(8).toString('hex'), photo.width, photo.height);
  const parsed = parseUploadKey(key)!;
  const written: string[] = [];
  try {
    for (const variant of photo.variants) {
      const path = variantPath(parsed, variant.width, variant.format);
      written.push(path);
      await storage.put(path, variant.data);
    }
    const [row] = await db
      .insert(t.uploads)
      .values({ key, exporterId, width: photo.width, height: photo.height, bytes: photo.variants.reduce((n, v) => n + v.data.length, 0) })
      .returning({ id: t.uploads.id });
    return { id: row!.id, key, width: photo.width, height: photo.height, url: pictureSources(key)!.src };
  } catch (error) {
    await Promise.all(written.map((path) => storage.delete(path).catch(() => undefined)));
    throw error;
  }
}

/** How much one exporter may upload. */
export interface UploadAllowance {
  /** Photos per window, refused ones included. */
  perWindow: number;
  windowSeconds: number;
  /** Bytes the exporter's stored photos may take. */
  quotaBytes: number;
}

export type AdmissionRefusal = { problem: 'uploadRateLimited'; retryAfter: number } | { problem: 'uploadQuotaFull'; retryAfter: 0 };

/**
 * Counts one upload attempt of the exporter and says whether it may go on:
 * null, or why not. Called before a byte is decoded, so a stream of refused
 * files cannot keep the photo queue busy either. The quota is checked on what
 * is stored now: photos uploaded at the same moment may overshoot it by their
 * own size.
 */
export async function admitUpload(db: Db, exporterId: number, allowance: UploadAllowance): Promise<AdmissionRefusal | null> {
  const retryAfter = await consumeRateLimits(db, [
    { key: `upload:exporter:${exporterId}`, limit: allowance.perWindow, windowSeconds: allowance.windowSeconds },
  ]);
  if (retryAfter) return { problem: 'uploadRateLimited', retryAfter };
  if ((await storedBytes(db, exporterId)) >= allowance.quotaBytes) return { problem: 'uploadQuotaFull', retryAfter: 0 };
  return null;
}

/** Bytes the exporter's photos take in storage (all their variants). */
export async function storedBytes(db: Db, exporterId: number): Promise<number> {
  const [row] = await db
    .select({ bytes: sql<string>`coalesce(sum(${t.uploads.bytes}), 0)` })
    .from(t.uploads)
    .where(eq(t.uploads.exporterId, exporterId));
  return Number(row?.bytes ?? 0);
}

/** Which of `keys` are uploads of this exporter. */
export async function ownedUploadKeys(db: Db, exporterId: number, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await db
    .select({ key: t.uploads.key })
    .from(t.uploads)
    .where(and(eq(t.uploads.exporterId, exporterId), inArray(t.uploads.key, keys)));
  return new Set(rows.map((r) => r.key));
}

async function removeFiles(storage: MediaStorage, key: string) {
  const parsed = parseUploadKey(key);
  if (parsed) await Promise.all(variantPaths(parsed).map((path) => storage.delete(path)));
}

/**
 * Deletes one of the exporter's uploads, its files, and its place on the
 * exporter's products. Returns false (and changes nothing) when the upload
 * is unknown or another exporter's.
 */
export async function deleteUpload(db: Db, storage: MediaStorage, exporterId: number, id: number): Promise<boolean> {
  const removed = await db.transaction(async (tx) => {
    const [upload] = await tx
      .delete(t.uploads)
      .where(and(eq(t.uploads.id, id), eq(t.uploads.exporterId, exporterId)))
      .returning({ key: t.uploads.key });
    if (!upload) return null;
    const users = await tx
      .select({ id: t.products.id, images: t.products.images })
      .from(t.products)
      .where(and(eq(t.products.exporterId, exporterId), sql`${t.products.images} @> ${JSON.stringify([{ key: upload.key }])}::jsonb`));
    for (const product of users) {
      await tx
        .update(t.products)
        .set({ images: product.images.filter((img) => img.key !== upload.key), updatedAt: new Date() })
        .where(eq(t.products.id, product.id));
    }
    return upload.key;
  });
  if (!removed) return false;
  await removeFiles(storage, removed);
  return true;
}

/** Deletes those of `keys` that none of the exporter's products shows any more (after an edit removed them). */
export async function deleteUnusedUploads(db: Db, storage: MediaStorage, exporterId: number, keys: string[]): Promise<number> {
  if (!keys.length) return 0;
  const unused = await db.transaction(async (tx) => {
    const still = await tx.select({ images: t.products.images }).from(t.products).where(eq(t.products.exporterId, exporterId));
    const used = new Set(still.flatMap((p) => p.images.map((img) => img.key)));
    const gone = keys.filter((key) => !used.has(key));
    if (!gone.length) return [];
    return tx
      .delete(t.uploads)
      .where(and(eq(t.uploads.exporterId, exporterId), inArray(t.uploads.key, gone)))
      .returning({ key: t.uploads.key });
  });
  for (const { key } of unused) await removeFiles(storage, key);
  return unused.length;
}

/** How long an uploaded photo may wait for its product to be saved. */
export const ABANDONED_AFTER_MS = 24 * 3_600_000;

/**
 * Deletes photos uploaded more than a day ago that no product shows: a
 * exporter who uploaded and then left the editor without saving. One
 * statement, so with several instances each photo is removed by exactly
 * one of them. Returns how many were removed.
 */
export async function sweepAbandonedUploads(db: Db, storage: MediaStorage, olderThan = new Date(Date.now() - ABANDONED_AFTER_MS)): Promise<number> {
  const rows = await db.execute<{ key: string }>(sql`
    delete from uploads u
    where u.created_at < ${olderThan.toISOString()}
      and not exists (
        select 1 from products p
        where p.exporter_id = u.exporter_id and p.images @> jsonb_build_array(jsonb_build_object('key', u.key))
      )
    returning u.key`);
  const keys = rows.rows.map((r) => r.key);
  for (const key of keys) await removeFiles(storage, key).catch(() => undefined);
  return keys.length;
}
