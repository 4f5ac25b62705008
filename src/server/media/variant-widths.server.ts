/** Widths of the stored variants of an uploaded photo; a photo is never enlarged, so smaller ones get fewer. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
/** AVIF first: browsers take the first source they support. */
export const VARIANT_FORMATS = ['avif', 'webp'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** The variant widths of an upright photo `width` pixels wide: never wider than the photo. */
export function variantWidths(width: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  widths.push(Math.min(width, largest));
  return [...new Set(widths)].sort((a, b) => a - b);
}
