import type { APIRoute } from 'astro';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { mediaNotFound } from '~/server/media/respond.server';
import { parseUploadKey, variantPath } from '~/server/media/upload-keys.server';
import { variantWidths } from '~/server/media/variant-widths.server';

const FILE = /^([1-9][0-9]{0,9})\/([a-f0-9]{16}-[1-9][0-9]{0,5}x[1-9][0-9]{0,5})(?:-([1-9][0-9]{0,4})\.(avif|webp))?$/;

/**
 * Uploaded photos: `/media/uploads/{exporter}/{name}-{w}x{h}-{width}.{avif|webp}`,
 * and `/media/uploads/{exporter}/{name}-{w}x{h}` for the largest WebP. A
 * variant's name never changes its content, so it is cached for a year.
 */
export const GET: APIRoute = async ({ params, request }) => {
  const match = FILE.exec(params.path ?? '');
  const key = match && parseUploadKey(`upload:${match[1]}/${match[2]}`);
  if (!match || !key) return mediaNotFound();
  const widths = variantWidths(key.width);
  const width = match[3] ? Number(match[3]) : widths[widths.length - 1]!;
  const format = (match[4] ?? 'webp') as 'avif' | 'webp';
  if (!widths.includes(width)) return mediaNotFound();
  const path = variantPath(key, width, format);
  const etag = `"${path.replace(/[^a-z0-9-]/gi, '')}"`;
  const headers = {
    'Content-Type': `image/${format}`,
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    ETag: etag,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const data = await getMediaStorage().get(path);
  if (!data) return mediaNotFound();
  return new Response(new Uint8Array(data), { headers: { ...headers, 'Content-Length': String(data.byteLength) } });
};
