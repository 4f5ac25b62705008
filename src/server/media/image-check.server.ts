/**
 * Structural checks of an uploaded photo, made on its bytes before any
 * decoder sees them: the format is recognised by its signature (never by
 * name or declared type), and the file must end where the image ends. A
 * truncated file, or one carrying anything after its last byte of image
 * (a script, an archive, a second file), is refused.
 */

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export type StructureProblem = 'imageUnsupported' | 'imageTruncated' | 'imageTrailingData' | 'imageHeic';

export type StructureResult = { ok: true; format: PhotoFormat } | { ok: false; problem: StructureProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The photo format of a file by its signature, or null for anything else (SVG, GIF, PDF, HTML, …). */
export function sniffFormat(bytes: Uint8Array): PhotoFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const brands = [ascii(bytes, 8, 4)];
    const size = readU32(bytes, 0);
    for (let at = 16; at + 4 <= Math.min(size, bytes.length); at += 4) brands.push(ascii(bytes, at, 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'avif';
  }
  return null;
}

/** Brands of an ISO-BMFF `ftyp` box that mark HEIC/HEIF (HEVC-coded) images: iPhone photos since iOS 11. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);

/**
 * Whether a file is a HEIC/HEIF photo (by its `ftyp` brands, not its name): the server's image library
 * has no HEVC decoder, so such a photo is refused with an explanation of how to send a JPEG instead.
 * An AVIF (also HEIF, AV1-coded) is not one of them.
 */
export function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return false;
  const size = readU32(bytes, 0);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= Math.min(size, bytes.length, 64); at += 4) brands.push(ascii(bytes, at, 4));
  return !brands.includes('avif') && !brands.includes('avis') && brands.some((b) => HEIC_BRANDS.has(b));
}

/** Checks that the file is one whole image of a photo format, with nothing after it. */
export function checkStructure(bytes: Uint8Array): StructureResult {
  const format = sniffFormat(bytes);
  if (!format) return { ok: false, problem: isHeic(bytes) ? 'imageHeic' : 'imageUnsupported' };
  const end = { jpeg: jpegEnd, png: pngEnd, webp: webpEnd, avif: boxesEnd }[format](bytes);
  if (end === null || end > bytes.length) return { ok: false, problem: 'imageTruncated' };
  if (end < bytes.length) return { ok: false, problem: 'imageTrailingData' };
  return { ok: true, format };
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** Offset just after the PNG's IEND chunk, or null when the chunk list is cut short. */
function pngEnd(bytes: Uint8Array): number | null {
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = readU32(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const next = at + 12 + length;
    if (next > bytes.length) return null;
    if (type === 'IEND') return next;
    at = next;
  }
  return null;
}

/**
 * Offset just after the JPEG's end-of-image marker. Walks the marker segments
 * and the entropy-coded data of every scan (progressive files have several),
 * so an EOI inside an embedded thumbnail or after the real one is not taken
 * for the end of the image.
 */
function jpegEnd(bytes: Uint8Array): number | null {
  let at = 2;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return at + 2;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) return null;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2) return null;
    at += 2 + length;
    if (marker !== 0xda) continue;
    // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker.
    while (at < bytes.length) {
      if (bytes[at] === 0xff) {
        const next = bytes[at + 1];
        if (next === undefined) return null;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
          at += next === 0xff ? 1 : 2;
          continue;
        }
        break;
      }
      at += 1;
    }
  }
  return null;
}

/** Offset just after the RIFF container of a WebP file. */
function webpEnd(bytes: Uint8Array): number | null {
  const size = bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24);
  return (size >>> 0) + 8;
}

/** Offset just after the last top-level ISO-BMFF box (AVIF), or null when a box is cut short. */
function boxesEnd(bytes: Uint8Array): number | null {
  let at = 0;
  let sawMedia = false;
  while (at + 8 <= bytes.length) {
    let size = readU32(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    if (size === 1) {
      if (at + 16 > bytes.length) return null;
      size = readU32(bytes, at + 8) * 2 ** 32 + readU32(bytes, at + 12);
    } else if (size === 0) {
      size = bytes.length - at;
    }
    if (size < 8 || at + size > bytes.length) return null;
    if (type === 'mdat') sawMedia = true;
    at += size;
  }
  if (at !== bytes.length) return at + 8;
  return sawMedia ? at : null;
}
