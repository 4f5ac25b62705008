import path from 'node:path';
import { S3Storage, s3ConfigSchema } from './s3-storage.server';
import { LocalDiskStorage, type MediaStorage } from './storage.server';

/** The media settings, as read from the environment. */
export interface MediaSettings {
  dataDir: string;
  mediaDir?: string | undefined;
  s3?: {
    endpoint?: string | undefined;
    bucket?: string | undefined;
    accessKeyId?: string | undefined;
    secretAccessKey?: string | undefined;
    region?: string | undefined;
  };
}

/**
 * The media store the settings ask for: an S3-compatible bucket when an
 * endpoint is given (every other S3 setting then checked, a bad one throws
 * with the setting's name), else files under `mediaDir` (default
 * `dataDir/uploads`).
 */
export function mediaStorageFor(settings: MediaSettings): MediaStorage {
  if (settings.s3?.endpoint) {
    const parsed = s3ConfigSchema.safeParse({
      ...settings.s3,
      bucket: settings.s3.bucket ?? '',
      accessKeyId: settings.s3.accessKeyId ?? '',
      secretAccessKey: settings.s3.secretAccessKey ?? '',
      region: settings.s3.region || 'us-east-1',
    });
    if (!parsed.success) throw new Error(`S3 media storage: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return new S3Storage(parsed.data);
  }
  return new LocalDiskStorage(path.resolve(settings.mediaDir || path.join(settings.dataDir, 'uploads')));
}
