import type { APIContext, AstroGlobal } from 'astro';
import { and, eq } from 'drizzle-orm';
import { localePath } from '~/i18n/url';
import { pick } from '~/lib/localize';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { readForm, routeId, seeOther } from '~/server/forms.server';
import * as t from '~/server/db/schema.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { searchChanged } from '~/features/search/runtime.server';
import { getDb } from '~/runtime.server';
import { formKeyOf } from '~/lib/form-key';
import { deleteProduct, deletionImpact, duplicateProduct, getOwnProduct } from './products.server';

/**
 * Duplicating and deleting one of the exporter's products, as plain form posts (they work without
 * JavaScript). Another exporter's product, or one already deleted, is a 404 and nothing changes.
 */

/** `POST /{l}/exporter/products/{id}/duplicate`: a draft copy, then its editor. The form's key makes a double tap one copy. */
export async function duplicateAnswer(ctx: APIContext): Promise<Response> {
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const id = routeId(ctx.params.id);
  const form = (await readForm(ctx.request)) ?? new FormData();
  const copy = id ? await duplicateProduct(await getDb(), gate.exporter.id, id, { createKey: formKeyOf(form.get('formKey')), user: gate.user }) : null;
  if (!copy) return notYours(ctx);
  return seeOther(`${localePath(ctx.locals.uiLocale, 'exporter', 'products', copy.id)}?saved=copy`);
}

/**
 * The delete page (`/{l}/exporter/products/{id}/delete/`): what deleting does, and the button that does it.
 * A post deletes and goes back to the list, which says so.
 */
export async function deletePage(astro: AstroGlobal) {
  const gate = await requireExporter(astro);
  if (gate instanceof Response) return gate;
  const db = await getDb();
  const id = routeId(astro.params.id);
  const own = id ? await getOwnProduct(db, gate.exporter.id, id) : null;
  const impact = own ? await deletionImpact(db, gate.exporter.id, id) : null;
  if (!own || !impact) return notYours(astro);
  const { uiLocale: locale } = astro.locals;
  if (astro.request.method === 'POST') {
    const form = await readForm(astro.request);
    if (form?.get('confirm') === 'delete') {
      if (!(await deleteProduct(db, gate.exporter.id, id, getMediaStorage(), gate.user))) return notYours(astro);
      await searchChanged();
      return seeOther(`${localePath(locale, 'exporter', 'products')}?done=deleted&product=${id}`);
    }
    astro.response.status = 400;
  }
  return { product: own.product, name: pick(astro.locals.locale, own.product.nameEn, own.product.nameZh), impact, hasSku: own.product.sku !== null };
}

/** The name of a product the exporter has just deleted (for the list's notice); null for anything else. */
export async function deletedName(astro: AstroGlobal, exporterId: number): Promise<{ text: string; lang: string } | null> {
  if (astro.url.searchParams.get('done') !== 'deleted') return null;
  const id = routeId(astro.url.searchParams.get('product') ?? '');
  if (!id) return null;
  const [row] = await (await getDb())
    .select({ nameEn: t.products.nameEn, nameZh: t.products.nameZh })
    .from(t.products)
    .where(and(eq(t.products.id, id), eq(t.products.exporterId, exporterId), eq(t.products.status, 'archived')));
  return row ? pick(astro.locals.locale, row.nameEn, row.nameZh) : null;
}
