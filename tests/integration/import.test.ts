import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '~/features/audit/audit.server';
import { getOwnProduct } from '~/features/exporter/products.server';
import { applyBatch, checkBatch, createBatch, exportRows, getBatch, KEPT_BATCHES, publishDrafts, saveBatchRow } from '~/features/spreadsheet/import.server';
import { writeCsv } from '~/features/spreadsheet/sheet.server';
import * as t from '~/server/db/schema.server';
import { LocalDiskStorage } from '~/server/media/storage.server';
import { MAX_HEAVY_PIXELS, MAX_PIXELS } from '~/server/media/images.server';
import { exporterId as idOf, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { BAD_ROWS, csvText, fiftyRows, lampRow } from '../fixtures/sheets';

const encode = (text: string) => new TextEncoder().encode(text);
const photo = (r: number) =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g: 120, b: 90 } } })
    .jpeg({ quality: 80 })
    .toBuffer()
    .then((b) => new Uint8Array(b));

const EXPORTER: Actor = { id: null, email: 'khewra@exporters.example', role: 'exporter' };
const OPERATOR: Actor = { id: null, email: 'operator@pavilion.example', role: 'operator' };

describe.each(DATABASES)('spreadsheet import on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let storageDir: string;
  let storage: LocalDiskStorage;
  let khewra: number;
  let chenab: number;
  const limits = {
    maxBytes: 10_000_000,
    maxPixels: MAX_PIXELS,
    maxHeavyPixels: MAX_HEAVY_PIXELS,
    perWindow: 1000,
    windowSeconds: 600,
    quotaBytes: 250_000_000,
  };

  const upload = async (exporterId: number, sheet: Uint8Array, photos: Uint8Array | null = null, actor = EXPORTER) => {
    const created = await createBatch(database.db, storage, actor, exporterId, { fileName: 'products.csv', sheet, photos }, limits);
    if (!created.ok) throw new Error(`refused: ${created.problem}`);
    return (await getBatch(database.db, exporterId, created.id))!;
  };
  const importOnce = async (exporterId: number, sheet: Uint8Array, photos: Uint8Array | null = null, actor = EXPORTER) =>
    applyBatch(database.db, storage, actor, await upload(exporterId, sheet, photos, actor));
  const bySku = async (exporterId: number, sku: string) => {
    const [row] = await database.db
      .select()
      .from(t.products)
      .where(and(eq(t.products.exporterId, exporterId), eq(t.products.sku, sku)));
    return row;
  };

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'sheet-'));
    storage = new LocalDiskStorage(storageDir);
    khewra = await idOf(database.db, verifiedSaltExporter);
    chenab = await idOf(database.db, verifiedSportsExporter);
  });
  afterAll(async () => {
    await database?.close();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it.skipIf(skip)('reports the 3 bad rows of a 50-row sheet by their row numbers and imports the other 47 as drafts', async () => {
    const batch = await upload(khewra, encode(csvText(fiftyRows())));
    const outcome = await applyBatch(database.db, storage, EXPORTER, batch);
    expect(outcome).toEqual({ created: 47, updated: 0, unchanged: 0, refused: 3 });
    const bad = (await checkBatch(database.db, batch)).filter((c) => c.input === null);
    expect(bad.map((c) => [c.line, Object.keys(c.errors)])).toEqual(BAD_ROWS.map((b) => [b.line, [b.column]]));
    const lamp = await bySku(khewra, 'LAMP-001');
    expect(lamp).toMatchObject({ status: 'draft', nameEn: 'Pink Salt Lamp model 001', nameZh: '粉盐灯001型', moq: 101, hsCode: '25010090' });
    expect(await bySku(khewra, 'LAMP-007')).toBeUndefined();

    // The trader fixes the three rows in the preview; the next import adds them and leaves the 47 alone.
    for (const b of BAD_ROWS) {
      const row = batch.rows.find((r) => r.line === b.line)!;
      expect(await saveBatchRow(database.db, batch, b.line, { ...row.cells, ...b.fix })).toBe(true);
    }
    const stored = (await getBatch(database.db, khewra, batch.id))!;
    expect(stored.rows.find((r) => r.line === 21)?.cells.moq).toBe('120');
    expect(await applyBatch(database.db, storage, EXPORTER, stored)).toEqual({ created: 3, updated: 0, unchanged: 47, refused: 0 });
  });

  it.skipIf(skip)('is idempotent: the same file twice changes nothing; a changed row updates its product', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => lampRow(i + 1, { sku: `IDEM-${i + 1}` }));
    expect(await importOnce(khewra, writeCsv(rows))).toEqual({ created: 50, updated: 0, unchanged: 0, refused: 0 });
    const before = await bySku(khewra, 'IDEM-2');
    expect(await importOnce(khewra, writeCsv(rows))).toEqual({ created: 0, updated: 0, unchanged: 50, refused: 0 });
    expect((await bySku(khewra, 'IDEM-2'))?.updatedAt).toEqual(before?.updatedAt);

    rows[1] = { ...rows[1]!, prices: '500: 7.20; 2000: 6.10', nameZh: '粉盐灯（新款）' };
    expect(await importOnce(khewra, writeCsv(rows))).toEqual({ created: 0, updated: 1, unchanged: 49, refused: 0 });
    const after = await getOwnProduct(database.db, khewra, before!.id);
    expect(after!.product.nameZh).toBe('粉盐灯（新款）');
    expect(after!.product.slug).toBe(before!.slug);
    expect(after!.tiers.map((tier) => tier.priceUsdCents)).toEqual([720, 610]);

    const audit = await database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'products.import'), eq(t.auditLog.exporterId, khewra)));
    const last = audit.at(-1)!;
    expect(last.actorRole).toBe('exporter');
    expect(last.after).toMatchObject({ created: [], updated: { 'IDEM-2': { nameZh: '粉盐灯（新款）' } }, unchanged: 49 });
    expect(last.before).toMatchObject({ 'IDEM-2': { nameZh: '粉盐灯001型'.replace('001', '002') } });
  });

  it.skipIf(skip)('exports the products in the same columns, and the export imports back unchanged', async () => {
    const exported = await exportRows(database.db, khewra);
    // The fixture's products had no SKU: the export gives each one, so the file maps back onto them.
    expect(exported.every((r) => r.sku)).toBe(true);
    const count = exported.length;
    expect(await importOnce(khewra, writeCsv(exported))).toEqual({ created: 0, updated: 0, unchanged: count, refused: 0 });
  });

  it.skipIf(skip)('attaches the photos of a ZIP by SKU (sku.jpg, sku-2.jpg), stores a photo uploaded again only once', async () => {
    const rows = [lampRow(1, { sku: 'PHOTO-A' }), lampRow(2, { sku: 'PHOTO-B' })];
    const zip = zipSync({
      'PHOTO-A.jpg': await photo(10),
      'PHOTO-A-2.jpg': await photo(20),
      'pics/PHOTO-B.JPG': await photo(30),
      'unknown.jpg': await photo(40),
      'PHOTO-B-3.jpg': encode('not a photo'),
    });
    const batch = await upload(khewra, writeCsv(rows), zip);
    expect(batch.outcome).toMatchObject({ unmatchedPhotos: 1 });
    const b = batch.rows.find((r) => r.cells.sku === 'PHOTO-B')!;
    expect(b.photos.map((p) => [p.name, p.key !== null, p.problem])).toEqual([
      ['PHOTO-B.JPG', true, null],
      ['PHOTO-B-3.jpg', false, 'imageUnsupported'],
    ]);
    expect(await applyBatch(database.db, storage, EXPORTER, batch)).toMatchObject({ created: 2 });
    const a = await bySku(khewra, 'PHOTO-A');
    expect(a!.images.map((img) => img.key)).toEqual(batch.rows[0]!.photos.map((p) => p.key));
    expect(a!.images).toHaveLength(2);
    const uploads = (await database.db.select().from(t.uploads).where(eq(t.uploads.exporterId, khewra))).length;

    expect(await importOnce(khewra, writeCsv(rows), zip)).toEqual({ created: 0, updated: 0, unchanged: 2, refused: 0 });
    expect((await database.db.select().from(t.uploads).where(eq(t.uploads.exporterId, khewra))).length).toBe(uploads);
  });

  it.skipIf(skip)('refuses a zip bomb before inflating it, storing nothing', async () => {
    const uploads = (await database.db.select().from(t.uploads)).length;
    const batches = (await database.db.select().from(t.importBatches)).length;
    // 16 MB of zeros: a few kilobytes compressed, over the photo limit once inflated.
    const bomb = zipSync({ 'BOMB-1.jpg': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const refused = await createBatch(
      database.db,
      storage,
      EXPORTER,
      khewra,
      { fileName: 'bomb.csv', sheet: writeCsv([lampRow(1, { sku: 'BOMB-1' })]), photos: bomb },
      limits,
    );
    expect(refused).toEqual({ ok: false, problem: 'zipBomb' });
    expect((await database.db.select().from(t.uploads)).length).toBe(uploads);
    expect((await database.db.select().from(t.importBatches)).length).toBe(batches);
  });

  it.skipIf(skip)('lets an operator import on behalf of an exporter, recorded with the operator as the actor', async () => {
    const outcome = await importOnce(
      chenab,
      writeCsv([lampRow(1, { sku: 'OP-1', category: 'sports-goods', nameEn: 'Match football size 5' })]),
      null,
      OPERATOR,
    );
    expect(outcome.created).toBe(1);
    expect((await bySku(chenab, 'OP-1'))?.status).toBe('draft');
    const [entry] = await database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'products.import'), eq(t.auditLog.exporterId, chenab)));
    expect(entry).toMatchObject({ actorRole: 'operator', actorEmail: 'operator@pavilion.example', after: expect.objectContaining({ created: ['OP-1'] }) });
  });

  it.skipIf(skip)("treats another exporter's batch as unknown, and publishes only the exporter's own drafts", async () => {
    const batch = await upload(khewra, writeCsv([lampRow(1, { sku: 'MINE-1' })]));
    expect(await getBatch(database.db, chenab, batch.id)).toBeNull();
    expect(await getBatch(database.db, khewra, 2_147_483_648)).toBeNull();
    await applyBatch(database.db, storage, EXPORTER, batch);
    const mine = (await bySku(khewra, 'MINE-1'))!;

    expect(await publishDrafts(database.db, { ...EXPORTER, email: 'chenab@exporters.example' }, chenab, [mine.id])).toEqual({ published: [], skipped: 1 });
    expect((await bySku(khewra, 'MINE-1'))?.status).toBe('draft');

    const other = (await bySku(khewra, 'LAMP-002'))!;
    const result = await publishDrafts(database.db, EXPORTER, khewra, [mine.id, other.id, mine.id]);
    expect(result.published.sort()).toEqual([mine.id, other.id].sort());
    expect((await bySku(khewra, 'MINE-1'))?.status).toBe('published');
    const audit = await database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'product.publish'), eq(t.auditLog.entityId, String(mine.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ before: { status: 'draft' }, after: { status: 'published' }, exporterId: khewra });
    // Publishing again changes nothing: it is no longer a draft.
    expect((await publishDrafts(database.db, EXPORTER, khewra, [mine.id])).published).toEqual([]);
  });

  it.skipIf(skip)("keeps only the exporter's most recent uploads", async () => {
    const sheet = writeCsv([lampRow(1, { sku: 'KEEP-1', category: 'sports-goods' })]);
    const first = await upload(chenab, sheet);
    for (let i = 0; i < KEPT_BATCHES; i++) await upload(chenab, sheet);
    expect(await getBatch(database.db, chenab, first.id)).toBeNull();
    expect(await database.db.$count(t.importBatches, eq(t.importBatches.exporterId, chenab))).toBe(KEPT_BATCHES);
    // Another exporter's uploads are not touched.
    expect(await database.db.$count(t.importBatches, eq(t.importBatches.exporterId, khewra))).toBeGreaterThan(0);
  });
});
