/**
 * The documents an exporter uploads for verification, and the checks made on a file's bytes before it is
 * stored: PDF, JPEG or PNG, recognised by signature (never by name or declared type).
 */
export const DOCUMENT_KINDS = ['secp', 'ntn', 'export-registration'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Largest document accepted (a scan of a certificate). */
export const DOCUMENT_MAX_BYTES = 8_000_000;

export type DocumentFormat =
  | { contentType: 'application/pdf'; ext: 'pdf' }
  | { contentType: 'image/jpeg'; ext: 'jpg' }
  | { contentType: 'image/png'; ext: 'png' };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The document's format by its first bytes, or null for anything else (HTML, SVG, a renamed script…). */
export function sniffDocument(bytes: Uint8Array): DocumentFormat | null {
  if (bytes.length >= 8 && PDF.every((b, i) => bytes[i] === b)) return { contentType: 'application/pdf', ext: 'pdf' };
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { contentType: 'image/jpeg', ext: 'jpg' };
  if (bytes.length >= 8 && PNG.every((b, i) => bytes[i] === b)) return { contentType: 'image/png', ext: 'png' };
  return null;
}

/** A file name safe to show and to offer as a download name: letters, digits, dot, dash, underscore; at most 100 characters. */
export function safeFileName(name: string, ext: string): string {
  const base =
    name
      .slice(0, 200)
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90) || 'document';
  return `${base}.${ext}`;
}
