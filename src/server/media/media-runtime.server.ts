import { DATA_DIR, MEDIA_DIR, S3_ACCESS_KEY_ID, S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_SECRET_ACCESS_KEY } from 'astro:env/server';
import { mediaStorageFor } from './storage-choice.server';
import type { MediaStorage } from './storage.server';

let storage: MediaStorage | null = null;

/**
 * The media storage of this process: an S3-compatible bucket when
 * `S3_ENDPOINT` is set, else files under `MEDIA_DIR` (default
 * `DATA_DIR/uploads`), a folder several instances may share.
 */
export function getMediaStorage(): MediaStorage {
  storage ??= mediaStorageFor({
    dataDir: DATA_DIR,
    mediaDir: MEDIA_DIR,
    s3: { endpoint: S3_ENDPOINT, bucket: S3_BUCKET, accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY, region: S3_REGION },
  });
  return storage;
}
