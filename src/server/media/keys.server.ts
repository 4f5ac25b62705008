import { REFERENCE } from '~/server/reference/reference.server';
import { pictureSources } from './upload-keys.server';

/**
 * Public URL of a stored image key. Product photos and exporter logos are
 * uploads (`upload:{exporter}/{name}-{w}x{h}`, see `upload-keys.ts`), the
 * demo catalog's too; a key of any other kind names nothing and gives ''.
 */
export function imageUrl(key: string): string {
  return pictureSources(key)?.src ?? '';
}

/** The motifs drawn for the reference categories: their pictures are in `public/media/motif/`. */
const DRAWN_MOTIFS = new Set(REFERENCE.categories.categories.map((c) => c.motif));

/**
 * The home page's picture of a category, a static file drawn with the demo
 * art; '' for a motif that has none (a category the operator added).
 */
export function categoryTileUrl(motif: string): string {
  return DRAWN_MOTIFS.has(motif) ? `/media/motif/${motif}.webp` : '';
}
