import { pictureSources } from './upload-keys';

/**
 * Public URL of a stored image key. Product photos and exporter logos are
 * uploads (`upload:{exporter}/{name}-{w}x{h}`, see `upload-keys.ts`), the
 * demo catalog's too; a key of any other kind names nothing and gives ''.
 */
export function imageUrl(key: string): string {
  return pictureSources(key)?.src ?? '';
}

/** The home page's picture of a category, a static file drawn with the demo art (`public/media/motif/`). */
export function categoryTileUrl(motif: string): string {
  return /^[a-z0-9-]{1,60}$/.test(motif) ? `/media/motif/${motif}.webp` : '';
}
