/**
 * Uploaded photos are keyed `upload:{exporterId}/{name}-{width}x{height}`
 * (the upright size of the original). The key alone tells which variants
 * exist, so pages render `<picture>` sources without asking the database.
 */
import { VARIANT_FORMATS, variantWidths, type VariantFormat } from './variant-widths.server';

export interface UploadKey {
  exporterId: number;
  /** `{name}-{width}x{height}`: the storage folder prefix of the variants. */
  base: string;
  width: number;
  height: number;
}

const KEY = /^upload:([1-9][0-9]{0,9})\/([a-f0-9]{16}-([1-9][0-9]{0,5})x([1-9][0-9]{0,5}))$/;

export function parseUploadKey(key: string): UploadKey | null {
  const match = KEY.exec(key);
  if (!match) return null;
  return { exporterId: Number(match[1]), base: match[2]!, width: Number(match[3]), height: Number(match[4]) };
}

export function uploadKey(exporterId: number, name: string, width: number, height: number): string {
  return `upload:${exporterId}/${name}-${width}x${height}`;
}

/** Storage key (and URL path below `/media/uploads/`) of one variant. */
export function variantPath(key: UploadKey, width: number, format: VariantFormat): string {
  return `${key.exporterId}/${key.base}-${width}.${format}`;
}

export interface PictureSources {
  /** Size of the largest variant, for the width/height attributes. */
  width: number;
  height: number;
  src: string;
  sources: Array<{ type: string; srcset: string }>;
}

/** `<picture>` sources (AVIF first, then WebP) of an uploaded photo; null for any other key. */
export function pictureSources(key: string): PictureSources | null {
  const parsed = parseUploadKey(key);
  if (!parsed) return null;
  const widths = variantWidths(parsed.width);
  const largest = widths[widths.length - 1]!;
  const url = (w: number, f: VariantFormat) => `/media/uploads/${variantPath(parsed, w, f)}`;
  return {
    width: largest,
    height: Math.max(1, Math.round((parsed.height * largest) / parsed.width)),
    src: url(largest, 'webp'),
    sources: VARIANT_FORMATS.map((f) => ({ type: `image/${f}`, srcset: widths.map((w) => `${url(w, f)} ${w}w`).join(', ') })),
  };
}

/** Every variant's storage key of an upload. */
export function variantPaths(key: UploadKey): string[] {
  return variantWidths(key.width).flatMap((w) => VARIANT_FORMATS.map((f) => variantPath(key, w, f)));
}
