import type { AstroGlobal } from 'astro';
import { actions } from 'astro:actions';
import { UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_MAX_BYTES, UPLOAD_QUOTA_BYTES } from 'astro:env/server';
import type { T } from '~/i18n';
import { localePath } from '~/i18n/url';
import type { UiLocale } from '~/i18n/locales';
import { rawInput, valuesFromForm, type ProductFormValues } from '~/features/exporter/product-values';
import { errorMessage } from '~/i18n/errors';
import { PRODUCT_LIMITS, productSchema } from '~/features/exporter/product-schema';
import { fieldErrors } from '~/features/exporter/schema';
import type { Db } from '~/server/db/client.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { refusal, storePhoto, uploadLimits } from '~/server/media/upload-answer.server';
import { readCappedForm } from '~/server/media/upload-body.server';
import { searchChanged } from '~/features/search/runtime.server';
import { routeId, seeOther } from '~/server/forms.server';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { listCategories } from '~/features/catalog/queries.server';
import { getDb } from '~/runtime.server';
import { emptyValues, valuesFromProduct } from '~/features/exporter/product-values';
import { formState } from './form-state.server';
import { newFormKey } from '~/server/form-key.server';
import { formKeyOf } from '~/lib/form-key';
import { editorMessage } from './product-messages';
import { createProduct, getOwnProduct, ImageNotYours, SkuTaken, updateProduct, type ActingUser } from './products.server';

/** The editor page after a post that did not end in a redirect: what to show again, with messages. */
export interface EditorState {
  values: ProductFormValues;
  /** Messages by field path (`nameEn`, `tiers.0.priceUsdCents`, `file`, `form`), in the page's language. */
  errors: Record<string, string>;
  /** Set after a photo was added without saving. */
  uploaded: boolean;
  status: number;
  /** The form's key, posted back with it: the same form saved twice creates one product. */
  formKey: string;
}

interface Context {
  db: Db;
  request: Request;
  t: T;
  /** The language of the page the editor is on (its addresses). */
  uiLocale: UiLocale;
  exporterId: number;
  /** The product being edited; null on the new-product page. */
  productId: number | null;
  /** The category slugs the catalog knows. */
  categories: string[];
  /** The signed-in account, for the audit log. */
  user?: ActingUser;
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
  if (!read)
    return {
      values: valuesFromForm(new FormData()),
      errors: { form: errorMessage(ctx.t, 'products', 'invalid')! },
      uploaded: false,
      status: 400,
      formKey: newFormKey(),
    };
  const { form, truncated } = read;
  const values = valuesFromForm(form);
  const formKey = formKeyOf(form.get('formKey')) ?? newFormKey();
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
  if (errors.file) return { values, errors: { ...errors, form: ctx.t('exporter:errors.summary') }, uploaded, status: fileStatus, formKey };
  if (form.get('intent') === 'upload') {
    if (!uploaded) return { values, errors: { file: errorMessage(ctx.t, 'products', 'imageEmpty')! }, uploaded, status: 400, formKey };
    return { values, errors, uploaded, status: 200, formKey };
  }

  const parsed = productSchema(ctx.categories).safeParse(rawInput(values));
  if (!parsed.success) {
    const codes = fieldErrors(parsed.error);
    const messages = Object.fromEntries(Object.entries(codes).map(([path, code]) => [path, editorMessage(ctx.t, code)]));
    return { values, errors: { ...messages, form: ctx.t('exporter:errors.summary') }, uploaded, status: 400, formKey };
  }
  try {
    if (ctx.productId === null) {
      const created = await createProduct(ctx.db, ctx.exporterId, parsed.data, { createKey: formKey, user: ctx.user });
      if (!created.replayed) await searchChanged();
      return seeOther(`${localePath(ctx.uiLocale, 'exporter', 'products', created.id)}?saved=new`);
    }
    if (!(await updateProduct(ctx.db, ctx.exporterId, ctx.productId, parsed.data, getMediaStorage(), ctx.user))) return notYours();
  } catch (error) {
    if (error instanceof ImageNotYours) return notYours();
    if (error instanceof SkuTaken) {
      return {
        values,
        errors: { sku: editorMessage(ctx.t, 'skuTaken', { sku: error.sku }), form: ctx.t('exporter:errors.summary') },
        uploaded,
        status: 409,
        formKey,
      };
    }
    throw error;
  }
  await searchChanged();
  return seeOther(`${localePath(ctx.uiLocale, 'exporter', 'products', ctx.productId)}?saved=1`);
}

/**
 * The product editor page (`/products/new/`, or `/products/{id}/` when
 * `editing`): the exporter's product, the categories, and the form's state
 * after a post; or the answer to send instead (sign-in, 404, redirect).
 *
 * The editor's own form is not an Astro Action: it carries photos, and its
 * body is read here with a cap that keeps what was typed when a photo is too
 * large (an action reads the whole body first and refuses it without the
 * values). The publish button is the `productStatus` action.
 */
export async function productEditor(astro: AstroGlobal, editing: boolean) {
  const gate = await requireExporter(astro);
  if (gate instanceof Response) return gate;
  const { exporter } = gate;
  const db = await getDb();
  const id = editing ? routeId(astro.params.id) : null;
  const own = id ? await getOwnProduct(db, exporter.id, id) : null;
  if (editing && !own) return notYours(astro);
  const { uiLocale, t } = astro.locals;
  let statusMessage: string | undefined;
  if (astro.url.searchParams.has('_action')) {
    const posted = await formState(astro, actions.exporter.productStatus);
    if (posted.code === 'NOT_FOUND') return notYours(astro);
    if (posted.data) return seeOther(`${localePath(uiLocale, 'exporter', 'products', posted.data.id)}?done=${posted.data.done}&product=${posted.data.id}`);
    statusMessage = posted.message ?? t('inquiry:errors.invalid');
  }
  const categories = await listCategories(db);
  let state: EditorState = {
    values: own ? valuesFromProduct(own.product, own.category.slug, own.tiers) : emptyValues({ originCity: exporter.city }),
    errors: statusMessage ? { form: statusMessage } : {},
    uploaded: false,
    status: 200,
    formKey: newFormKey(),
  };
  if (astro.request.method === 'POST' && !statusMessage) {
    const result = await handleProductPost(
      { db, request: astro.request, t, uiLocale, exporterId: exporter.id, productId: id, categories: categories.map((c) => c.slug), user: gate.user },
      () => notYours(astro),
    );
    if (result instanceof Response) return result;
    state = result;
    astro.response.status = result.status;
  }
  return { exporter, own, categories, state };
}
