import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { DEFAULT_LIMITS, handleInquiry } from '~/features/inquiry/handle.server';
import { MAX_HEAVY_PIXELS, processPhoto, UploadError } from '~/server/media/images.server';
import { LocalDiskStorage } from '~/server/media/storage.server';
import { admitUpload, saveUpload, storedBytes } from '~/server/media/uploads.server';
import { exporterId as idOf, verifiedSaltExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { animatedWebp, peakRssGrowth, pngBomb, progressiveJpegBomb } from '../fixtures/bombs';

/**
 * Limits an attacker runs into: refused inquiries count against the address,
 * photo uploads against the exporter's rate and storage quota, and images
 * that would take far more memory to decode than their size are refused from
 * their header.
 */

async function problemOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    if (error instanceof UploadError) return error.problem;
    throw error;
  }
  return 'accepted';
}

describe('image bombs', () => {
  it('refuses an interlaced 16-bit 110-megapixel PNG of under 1 MB from its header, in bounded memory', { timeout: 120_000 }, async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(1_000_000);
    const meta = await sharp(bomb).metadata();
    expect([meta.width, meta.height, meta.depth, meta.isProgressive]).toEqual([10000, 10990, 'ushort', true]);
    const { result, growthMb } = await peakRssGrowth(() => problemOf(processPhoto(bomb)));
    expect(result).toBe('imageTooHeavy');
    // Decoding it took ~1 GB.
    expect(growthMb).toBeLessThan(100);
  });

  it('refuses a progressive JPEG over the budget, and an animated image', async () => {
    expect(await problemOf(processPhoto(await progressiveJpegBomb()))).toBe('imageTooHeavy');
    expect(await problemOf(processPhoto(await progressiveJpegBomb(6000, 5000)))).toBe('imageTooHeavy');
    expect(6000 * 5000).toBeGreaterThan(MAX_HEAVY_PIXELS);
    expect(await problemOf(processPhoto(await animatedWebp()))).toBe('imageAnimated');
  });

  it('still takes an ordinary progressive JPEG and a 16-bit PNG of photo size', async () => {
    const progressive = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#a0785a' } })
      .jpeg({ progressive: true })
      .toBuffer();
    expect((await processPhoto(progressive)).width).toBe(1600);
    const deep = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a0785a' } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(deep).metadata()).depth).toBe('ushort');
    expect((await processPhoto(deep)).width).toBe(800);
  });

  it('explains each refusal in English and Chinese', () => {
    for (const locale of ['en', 'zh'] as const) {
      const t = getT(locale) as unknown as (key: string, options?: object) => string;
      for (const code of ['imageTooHeavy', 'imageAnimated', 'uploadRateLimited', 'uploadQuotaFull']) {
        const message = t(`products:errors.${code}`, { heavyMegapixels: 25, minutes: 3, quotaMb: 250 });
        expect(message, `${locale} ${code}`).not.toContain('products:');
        expect(message.length).toBeGreaterThan(10);
      }
    }
    expect(getT('zh')('products:errors.imageTooHeavy' as never, { heavyMegapixels: 25 } as never)).toContain('25');
  });
});

describe.each(DATABASES)('abuse limits on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let storageDir: string;
  let storage: LocalDiskStorage;
  let exporterId: number;

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'abuse-'));
    storage = new LocalDiskStorage(storageDir);
    exporterId = await idOf(database.db, verifiedSaltExporter);
  });
  afterAll(async () => {
    await database?.close();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it.skipIf(skip)('counts refused inquiries against the address, so invalid ones cannot be sent without limit', async () => {
    const limits = { ...DEFAULT_LIMITS, perIp: 3, perEmail: 1000 };
    const request = (body: unknown) => ({
      body,
      locale: 'en' as const,
      ip: '198.51.100.77',
      idempotencyKey: null,
      channel: 'api' as const,
      siteUrl: 'https://pavilion.example',
      limits,
    });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await handleInquiry(database.db, request({ message: '<a'.repeat(1000) }))).status);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
    const limited = await handleInquiry(database.db, request({}));
    expect(limited.status === 429 && limited.retryAfter).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await handleInquiry(database.db, { ...request({}), ip: '198.51.100.78' })).status).toBe(400);
  });

  it.skipIf(skip)('limits photo uploads per exporter, refused ones included', async () => {
    const allowance = { perWindow: 2, windowSeconds: 600, quotaBytes: 10_000_000_000 };
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await admitUpload(database.db, exporterId + 1000, allowance));
    expect(results[0]).toBeNull();
    expect(results[1]).toBeNull();
    expect(results[2]).toMatchObject({ problem: 'uploadRateLimited' });
    expect(results[2]!.retryAfter).toBeGreaterThan(0);
  });

  it.skipIf(skip)('refuses uploads once the exporter’s stored photos fill the quota', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#b07050' } })
      .jpeg()
      .toBuffer();
    // The exporter already has a photo: the quota is set just above it.
    await saveUpload(database.db, storage, exporterId, photo);
    const allowance = { perWindow: 100, windowSeconds: 600, quotaBytes: (await storedBytes(database.db, exporterId)) + 1 };
    expect(allowance.quotaBytes).toBeGreaterThan(1);
    expect(await admitUpload(database.db, exporterId, allowance)).toBeNull();
    await saveUpload(database.db, storage, exporterId, photo);
    expect(await admitUpload(database.db, exporterId, allowance)).toEqual({ problem: 'uploadQuotaFull', retryAfter: 0 });
    expect(await admitUpload(database.db, exporterId, { ...allowance, quotaBytes: allowance.quotaBytes + 100_000_000 })).toBeNull();
  });
});
