import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { importExporters, importProducts, ImportError } from '~/features/catalog/import.server';
import type { MediaStorage } from '~/server/media/storage.server';
import { parseUploadKey, uploadKey, variantPath } from '~/server/media/upload-keys.server';
import { DEMO_DIR, readDemoCatalog } from './files.server';
import type { DemoExporter, DemoProduct, ImageManifest } from './schema';

/** Bump when the demo data changes, so existing installations receive new records. */
export const SEED_VERSION = '3';

export interface SeedResult {
  applied: boolean;
  exporters: number;
  products: number;
  photos: number;
}

export interface SeedOptions {
  /** Load even when this version of the demo was loaded before (records that exist are still left alone). */
  force?: boolean;
  /**
   * Where the demo photos go, as the portal stores uploads. Without it the
   * products still name their photos but no file is written: for tests that
   * never serve them.
   */
  storage?: MediaStorage | null;
  dir?: string;
}

/**
 * Loads the demo catalog from `data/demo/` through the catalog import:
 * every record is checked by the portal's schemas, matched by slug, and
 * never overwrites an edit. Categories are not created here: they must
 * already be in the database (reference data), or loading fails naming them.
 */
export async function seedDemoCatalog(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const done = await db.select().from(t.meta).where(sql`${t.meta.key} = 'seed_version'`);
  if (!options.force && done[0]?.value === SEED_VERSION) return { applied: false, exporters: 0, products: 0, photos: 0 };
  const categories = (await db.select({ slug: t.categories.slug }).from(t.categories)).map((c) => c.slug);
  const dir = options.dir ?? DEMO_DIR;
  const { exporters, products, rates, images: manifest } = readDemoCatalog(categories, dir);
  await db
    .insert(t.exchangeRates)
    .values(Object.entries(rates).map(([currency, perUsd]) => ({ currency, perUsd })))
    .onConflictDoNothing();
  const photos = new DemoPhotos(db, options.storage ?? null, path.join(dir, 'images'), manifest);

  const { created, ids } = await importExporters(
    db,
    exporters.map((e) => ({ slug: e.slug, profile: e.profile, status: e.status, featured: e.featured, markets: e.markets, checks: e.checks })),
  );
  // Logos only for the exporters created now: one whose logo was later removed does not get it back.
  for (const e of exporters.filter((x) => created.includes(x.slug))) {
    const key = await photos.store(ids.get(e.slug)!, e.logo);
    await db
      .update(t.exporters)
      .set({ logoKey: key })
      .where(and(eq(t.exporters.slug, e.slug), isNull(t.exporters.logoKey)));
  }

  await upgradeDrawnPictures(db, photos, ids, exporters, products);

  const existing = new Set(
    (
      await db
        .select({ slug: t.products.slug })
        .from(t.products)
        .where(
          inArray(
            t.products.slug,
            products.map((p) => p.slug),
          ),
        )
    ).map((p) => p.slug),
  );
  const fresh = products.filter((p) => !existing.has(p.slug));
  for (const p of fresh) {
    const exporterId = ids.get(p.exporter);
    if (exporterId === undefined) throw new ImportError(`Demo product ${p.slug} names an unknown exporter ${p.exporter}`);
    const images = [];
    for (const name of p.photos) images.push({ key: await photos.store(exporterId, name), altEn: p.product.nameEn, altZh: p.product.nameZh });
    p.product.images = images;
  }
  const result = await importProducts(
    db,
    fresh.map((p) => ({
      slug: p.slug,
      exporter: p.exporter,
      product: p.product,
      status: 'published' as const,
      featured: p.featured,
      createdAt: new Date(p.listedAt),
    })),
  );

  await db
    .insert(t.meta)
    .values({ key: 'seed_version', value: SEED_VERSION })
    .onConflictDoUpdate({ target: t.meta.key, set: { value: SEED_VERSION, updatedAt: new Date() } });
  return { applied: true, exporters: created.length, products: result.created, photos: photos.count };
}

/**
 * Earlier versions drew the demo's pictures on every request and stored
 * their recipe as keys (`demo:{motif}:{slug}:{n}`, `logo:{slug}`); those
 * routes are gone. A demo record that still shows such a key gets the
 * stored photo instead. Only those keys change: nothing a person chose can
 * carry them (the portal stores uploads under `upload:` keys).
 */
async function upgradeDrawnPictures(db: Db, photos: DemoPhotos, ids: Map<string, number>, exporters: DemoExporter[], products: DemoProduct[]) {
  const logos = await db.select({ slug: t.exporters.slug, logoKey: t.exporters.logoKey }).from(t.exporters).where(like(t.exporters.logoKey, 'logo:%'));
  for (const row of logos) {
    const record = exporters.find((e) => e.slug === row.slug);
    const key = record ? await photos.store(ids.get(row.slug)!, record.logo) : null;
    await db
      .update(t.exporters)
      .set({ logoKey: key })
      .where(and(eq(t.exporters.slug, row.slug), eq(t.exporters.logoKey, row.logoKey!)));
  }
  const drawn = await db
    .select({ id: t.products.id, slug: t.products.slug, exporterId: t.products.exporterId, images: t.products.images })
    .from(t.products)
    .where(sql`exists (select 1 from jsonb_array_elements(${t.products.images}) as i where i->>'key' like 'demo:%')`);
  for (const row of drawn) {
    const record = products.find((p) => p.slug === row.slug);
    const images = [];
    for (const image of row.images) {
      const n = /^demo:[^:]+:[^:]+:([1-9])$/.exec(image.key)?.[1];
      if (!n) images.push(image);
      else if (record?.photos[Number(n) - 1]) images.push({ ...image, key: await photos.store(row.exporterId, record.photos[Number(n) - 1]!) });
    }
    await db.update(t.products).set({ images }).where(eq(t.products.id, row.id));
  }
}

/**
 * The demo's pictures, made once by the portal's photo pipeline
 * (`processPhoto`: the same AVIF and WebP variants an upload gets) and
 * committed under `data/demo/images/`. Storing one is copying its variant
 * files into the media storage and recording it as the exporter's upload,
 * under a key derived from its name, so loading again writes the same files.
 */
class DemoPhotos {
  count = 0;
  constructor(
    private readonly db: Db,
    private readonly storage: MediaStorage | null,
    private readonly dir: string,
    private readonly manifest: ImageManifest,
  ) {}

  async store(exporterId: number, name: string): Promise<string> {
    const picture = this.manifest[name];
    if (!picture) throw new ImportError(`The demo picture ${name} is not in data/demo/images/manifest.json`);
    const key = uploadKey(exporterId, createHash('sha256').update(name).digest('hex').slice(0, 16), picture.width, picture.height);
    const parsed = parseUploadKey(key)!;
    let bytes = 0;
    for (const variant of picture.variants) {
      const data = await readFile(path.join(this.dir, variant.file));
      bytes += data.length;
      if (this.storage) await this.storage.put(variantPath(parsed, variant.width, variant.format), data);
    }
    await this.db
      .insert(t.uploads)
      .values({ key, exporterId, width: picture.width, height: picture.height, bytes })
      .onConflictDoNothing({ target: t.uploads.key });
    this.count += 1;
    return key;
  }
}
