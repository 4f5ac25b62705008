/**
 * One contract for every media store: what the upload, photo and sweep code
 * relies on. The shared folder runs always; an S3-compatible bucket runs when
 * `S3_ENDPOINT` (with `S3_BUCKET`, `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`,
 * optionally `S3_REGION`) is set, e.g. against a local MinIO. Two store
 * objects over the same place play two instances of the server.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mediaStorageFor } from '~/server/media/storage-choice.server';
import type { MediaStorage } from '~/server/media/storage.server';

const folders: string[] = [];
const s3 = {
  endpoint: process.env.S3_ENDPOINT,
  bucket: process.env.S3_BUCKET,
  accessKeyId: process.env.S3_ACCESS_KEY_ID,
  secretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
  region: process.env.S3_REGION,
};

const STORES: Array<{ name: string; skip: boolean; open: () => { a: MediaStorage; b: MediaStorage } }> = [
  {
    name: 'shared folder',
    skip: false,
    open: () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-media-'));
      folders.push(dir);
      return { a: mediaStorageFor({ dataDir: '/nonexistent', mediaDir: dir }), b: mediaStorageFor({ dataDir: '/nonexistent', mediaDir: dir }) };
    },
  },
  {
    name: 'S3-compatible bucket',
    skip: !process.env.S3_ENDPOINT,
    open: () => ({ a: mediaStorageFor({ dataDir: '/nonexistent', s3 }), b: mediaStorageFor({ dataDir: '/nonexistent', s3 }) }),
  },
];

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe.each(STORES)('media storage contract: $name', ({ open, skip }) => {
  // Every run writes under its own prefix, so runs against one bucket never meet.
  const run = `contract-${randomBytes(6).toString('hex')}`;
  const key = (name: string) => `${run}/${name}`;
  const stores = skip ? null : open();
  const a = stores?.a as MediaStorage;
  const b = stores?.b as MediaStorage;
  const written: string[] = [];
  afterAll(async () => {
    if (!skip) await Promise.all(written.map((k) => a.delete(k)));
  });
  const put = async (store: MediaStorage, k: string, data: Uint8Array) => {
    written.push(k);
    await store.put(k, data);
  };

  it.skipIf(skip)('gives back exactly the bytes stored, to another instance too', async () => {
    const data = randomBytes(300_000); // every byte value, larger than one network packet
    await put(a, key('12/3f9a0c1d2e3f4a5b-960.avif'), data);
    expect((await a.get(key('12/3f9a0c1d2e3f4a5b-960.avif')))?.equals(data)).toBe(true);
    expect((await b.get(key('12/3f9a0c1d2e3f4a5b-960.avif')))?.equals(data)).toBe(true);
  });

  it.skipIf(skip)('answers null for a key never stored', async () => {
    expect(await a.get(key('12/never-stored-480.webp'))).toBeNull();
  });

  it.skipIf(skip)('replaces an object stored again under the same key', async () => {
    await put(a, key('13/replaced.webp'), Buffer.from('first'));
    await put(b, key('13/replaced.webp'), Buffer.from('second, longer'));
    expect((await a.get(key('13/replaced.webp')))?.toString()).toBe('second, longer');
  });

  it.skipIf(skip)('deletes for every instance, and deleting what is not there is no error', async () => {
    await put(a, key('14/gone.webp'), Buffer.from('photo'));
    await b.delete(key('14/gone.webp'));
    expect(await a.get(key('14/gone.webp'))).toBeNull();
    await expect(a.delete(key('14/gone.webp'))).resolves.toBeUndefined();
    await expect(a.delete(key('14/never-there.webp'))).resolves.toBeUndefined();
  });

  it.skipIf(skip)('keeps keys apart that share a prefix', async () => {
    await put(a, key('15/photo-480.webp'), Buffer.from('small'));
    await put(a, key('15/photo-4800.webp'), Buffer.from('large'));
    expect((await b.get(key('15/photo-480.webp')))?.toString()).toBe('small');
    expect((await b.get(key('15/photo-4800.webp')))?.toString()).toBe('large');
  });

  it.skipIf(skip)('stores many objects written at once by both instances', async () => {
    const items = Array.from({ length: 24 }, (_, i) => ({ k: key(`16/item-${i}.avif`), data: randomBytes(1000 + i) }));
    await Promise.all(items.map(({ k, data }, i) => put(i % 2 ? a : b, k, data)));
    const back = await Promise.all(items.map(({ k }, i) => (i % 2 ? b : a).get(k)));
    expect(back.every((data, i) => data?.equals(items[i]!.data))).toBe(true);
  });

  it.skipIf(skip)('refuses keys that could reach outside the store', async () => {
    for (const bad of ['../escape.webp', `${run}/../x.webp`, '/absolute.webp', `${run}/.hidden`, `${run}/a?b=c`, `${run}/a#b`, `${run}/%2e%2e/x`, '']) {
      await expect(a.put(bad, Buffer.from('x'))).rejects.toThrow(/Invalid storage key/);
      expect(await a.get(bad)).toBeNull();
    }
  });
});

describe('media storage choice', () => {
  it('names the setting that is wrong when the bucket is chosen', () => {
    expect(() => mediaStorageFor({ dataDir: '.', s3: { endpoint: 'http://127.0.0.1:9000', bucket: 'photos' } })).toThrow(/accessKeyId/);
    expect(() => mediaStorageFor({ dataDir: '.', s3: { endpoint: 'ftp://store', bucket: 'photos', accessKeyId: 'k', secretAccessKey: 's' } })).toThrow(
      /S3_ENDPOINT/,
    );
    expect(() =>
      mediaStorageFor({ dataDir: '.', s3: { endpoint: 'http://127.0.0.1:9000', bucket: 'Bad_Bucket', accessKeyId: 'k', secretAccessKey: 's' } }),
    ).toThrow(/S3_BUCKET/);
  });

  it('writes photos to MEDIA_DIR when it is set, not to DATA_DIR', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-data-'));
    const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-shared-media-'));
    folders.push(dataDir, mediaDir);
    await mediaStorageFor({ dataDir, mediaDir }).put('7/photo.webp', Buffer.from('x'));
    expect(readdirSync(mediaDir)).toEqual(['7']);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
