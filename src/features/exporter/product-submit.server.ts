import { UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_MAX_BYTES, UPLOAD_QUOTA_BYTES } from 'astro:env/server';
import type { T } from '~/i18n';
import { localePath } from '~/i18n/url';
import type { Locale } from '~/i18n/locales';
import { rawInput, valuesFromForm, type ProductFormValues } from '~/features/exporter/product-values';
import { errorMessage } from '~/i18n/errors';
import { PRODUCT_LIMITS, productSchema } from '~/features/exporter/product-schema';
import { fieldErrors } from '~/features/exporter/schema';
import type { Db } from '~/server/db/client.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { refusal, storePhoto, uploadLimits } from '~/server/media/upload-answer.server';
import { readCappedForm } from '~/server/media/upload-body.server';
import { searchChanged } from '~/features/search/runtime.server';
import { seeOther } from '~/server/forms.server';
import { createProduct, ImageNotYours, updateProduct } from './products.server';

/** The editor page after a post that did not end in a redirect: what to show again, with messages. */
export interface EditorState {
  values: ProductFormValues;
  /** Messages by field path (`nameEn`, `tiers.0.priceUsdCents`, `file`, `form`), in the page's language. */
  errors: Record<string, string>;
  /** Set after a photo was added without saving. */
  uploaded: boolean;
  status: number;
}

interface Context {
  db: Db;
  request: Request;
  t: T;
  locale: Locale;
  exporterId: number;
  /** The product being edited; null on the new-product page. */
  productId: number | null;
  /** The category slugs the catalog knows. */
  categories: string[];
}

/**
 * Handles a post of the product editor (multipart, so it also carries a photo
 * without JavaScript). `intent=upload` adds the photo and shows the form
 * again; a save validates everything and redirects. Returns a Response
 * (redirect, or 404 for a photo or product that is not the exporter's) or
 * the state to render again, never losing what was typed.
 */
export async function handleProductPost(ctx: Context, notYours: () => Response): Promise<Response | EditorState> {
  const limits = uploadLimits(UPLOAD_MAX_BYTES, UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_QUOTA_BYTES);
  // Room for the texts next to the photo; the photo itself is checked against the limit below.
  const read = await readCappedForm(ctx.request, UPLOAD_MAX_BYTES + 512 * 1024);
  if (!read) return { values: valuesFromForm(new FormData()), errors: { form: errorMessage(ctx.t, 'products', 'invalid')! }, uploaded: false, status: 400 };
  const { form, truncated } = read;
  const values = valuesFromForm(form);
  const errors: Record<string, string> = {};
  let uploaded = false;
  let fileStatus = 400;

  const file = form.get('file');
  if (truncated) {
    errors.file = refusal(ctx.t, 'imageTooLarge', limits).message;
    fileStatus = 413;
  } else if (file instanceof File && file.size > 0) {
    if (values.images.length >= PRODUCT_LIMITS.images) errors.file = errorMessage(ctx.t, 'products', 'tooManyImages')!;
    else {
      const answer = await storePhoto(ctx.db, ctx.exporterId, new Uint8Array(await file.arrayBuffer()), ctx.t, limits);
      if (answer.ok) {
        values.images.push({ key: answer.upload.key, altEn: '', altZh: '' });
        uploaded = true;
      } else {
        errors.file = answer.message;
        fileStatus = answer.status;
      }
    }
  }
  if (errors.file) return { values, errors: { ...errors, form: ctx.t('exporter:errors.summary') }, uploaded, status: fileStatus };
  if (form.get('intent') === 'upload') {
    if (!uploaded) return { values, errors: { file: errorMessage(ctx.t, 'products', 'imageEmpty')! }, uploaded, status: 400 };
    return { values, errors, uploaded, status: 200 };
  }

  const parsed = productSchema(ctx.categories).safeParse(rawInput(values));
  if (!parsed.success) {
    const codes = fieldErrors(parsed.error);
    const messages = Object.fromEntries(Object.entries(codes).map(([path, code]) => [path, errorMessage(ctx.t, 'products', code)!]));
    return { values, errors: { ...messages, form: ctx.t('exporter:errors.summary') }, uploaded, status: 400 };
  }
  try {
    if (ctx.productId === null) {
      const created = await createProduct(ctx.db, ctx.exporterId, parsed.data);
      await searchChanged();
      return seeOther(`${localePath(ctx.locale, 'exporter', 'products', created.id)}?saved=new`);
    }
    if (!(await updateProduct(ctx.db, ctx.exporterId, ctx.productId, parsed.data, getMediaStorage()))) return notYours();
  } catch (error) {
    if (error instanceof ImageNotYours) return notYours();
    throw error;
  }
  await searchChanged();
  return seeOther(`${localePath(ctx.locale, 'exporter', 'products', ctx.productId)}?saved=1`);
}
