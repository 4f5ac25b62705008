import type { T } from '~/i18n';
import type { Db } from '~/server/db/client.server';
import { MAX_HEAVY_PIXELS, MAX_PIXELS, UploadError, type UploadProblem } from './images.server';
import { getMediaStorage } from './media-runtime.server';
import { BodyTooLarge, readCapped } from './upload-body.server';
import { admitUpload, saveUpload, type StoredUpload, type UploadAllowance } from './uploads.server';

export interface UploadLimits extends UploadAllowance {
  maxBytes: number;
  maxPixels: number;
  /** Pixel budget of photos that must be decoded whole (16-bit or interlaced PNG, progressive JPEG). */
  maxHeavyPixels: number;
}

export const DEFAULT_UPLOAD_LIMITS = { perWindow: 30, quotaBytes: 250_000_000 } as const;

export const uploadLimits = (
  maxBytes: number,
  perWindow: number = DEFAULT_UPLOAD_LIMITS.perWindow,
  quotaBytes: number = DEFAULT_UPLOAD_LIMITS.quotaBytes,
): UploadLimits => ({
  maxBytes,
  maxPixels: MAX_PIXELS,
  maxHeavyPixels: MAX_HEAVY_PIXELS,
  perWindow,
  windowSeconds: 600,
  quotaBytes,
});

/** Refusals that are not about the file itself. */
export type UploadRefusal = UploadProblem | 'uploadRateLimited' | 'uploadQuotaFull';

export type UploadAnswer = { ok: true; upload: StoredUpload } | { ok: false; status: number; code: UploadRefusal | 'busy'; message: string };

const STATUS: Record<UploadRefusal, number> = {
  imageEmpty: 400,
  imageTooLarge: 413,
  imageTooManyPixels: 422,
  imageTooHeavy: 422,
  imageAnimated: 415,
  uploadRateLimited: 429,
  uploadQuotaFull: 409,
  imageTooSmall: 422,
  imageUnsupported: 415,
  imageHeic: 415,
  imageTruncated: 422,
  imageTrailingData: 422,
  imageDamaged: 422,
};

/** A refused upload: its HTTP status and its message in the request's language. */
export function refusal(t: T, code: UploadRefusal, limits: UploadLimits, retryAfterSeconds = 0): Extract<UploadAnswer, { ok: false }> {
  const message = t(code === 'imageHeic' ? 'portal:editor.errors.imageHeic' : `products:errors.${code}`, {
    mb: Math.floor(limits.maxBytes / 1_000_000),
    megapixels: Math.floor(limits.maxPixels / 1_000_000),
    heavyMegapixels: Math.floor(limits.maxHeavyPixels / 1_000_000),
    quotaMb: Math.floor(limits.quotaBytes / 1_000_000),
    minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
  });
  return { ok: false, status: STATUS[code], code, message };
}

/**
 * Validates and stores a photo of the exporter; a refusal stores nothing.
 * Every attempt counts against the exporter's upload rate and storage quota
 * (see `admitUpload`) before anything is decoded.
 */
export async function storePhoto(db: Db, exporterId: number, bytes: Uint8Array, t: T, limits: UploadLimits): Promise<UploadAnswer> {
  const refused = await admitUpload(db, exporterId, limits);
  if (refused) return refusal(t, refused.problem, limits, refused.retryAfter);
  if (bytes.byteLength > limits.maxBytes) return refusal(t, 'imageTooLarge', limits);
  try {
    return {
      ok: true,
      upload: await saveUpload(db, getMediaStorage(), exporterId, bytes, { maxPixels: limits.maxPixels, maxHeavyPixels: limits.maxHeavyPixels }),
    };
  } catch (error) {
    if (error instanceof UploadError) return refusal(t, error.problem, limits);
    throw error;
  }
}

/**
 * The upload endpoint's work: the photo is the raw body, or the `file` field
 * of a multipart form. Bodies over the cap are refused without being read
 * to the end.
 */
export async function uploadAnswer(db: Db, exporterId: number, request: Request, t: T, limits: UploadLimits): Promise<UploadAnswer> {
  const multipart = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '');
  let bytes: Uint8Array;
  try {
    // A form carries a little more than the file: its boundaries and headers.
    bytes = await readCapped(request, multipart ? limits.maxBytes + 64 * 1024 : limits.maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refusal(t, 'imageTooLarge', limits);
    throw error;
  }
  if (multipart) {
    let file: FormDataEntryValue | null = null;
    try {
      file = (await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': request.headers.get('content-type')! } }).formData()).get(
        'file',
      );
    } catch {
      return refusal(t, 'imageEmpty', limits);
    }
    if (!(file instanceof File) || file.size === 0) return refusal(t, 'imageEmpty', limits);
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  return storePhoto(db, exporterId, bytes, t, limits);
}
