import type { APIRoute } from 'astro';
import { z } from 'zod';
import { localePath } from '~/i18n/url';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { formStrings, readForm, routeId, seeOther } from '~/server/forms.server';
import { setProductStatus } from '~/features/exporter/products.server';
import { getDb } from '~/runtime.server';
import { searchChanged } from '~/features/search/runtime.server';

const statusForm = z.object({
  status: z.enum(['published', 'draft']),
  return: z.enum(['list', 'editor']).catch('list'),
});

/** Publishes (`status=published`) or withdraws (`status=draft`) one of the exporter's products, then back to where the button was. */
export const POST: APIRoute = async (ctx) => {
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const { locale } = ctx.locals;
  const id = routeId(ctx.params.id);
  const form = await readForm(ctx.request);
  const parsed = statusForm.safeParse(form ? formStrings(form, ['status', 'return']) : {});
  if (!id) return notYours(ctx);
  if (!parsed.success) return new Response(ctx.locals.t('inquiry:errors.invalid'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (!(await setProductStatus(await getDb(), gate.exporter.id, id, parsed.data.status))) return notYours(ctx);
  await searchChanged();
  const done = parsed.data.status === 'published' ? 'published' : 'unpublished';
  const back = parsed.data.return === 'editor' ? localePath(locale, 'exporter', 'products', id) : localePath(locale, 'exporter', 'products');
  return seeOther(`${back}?done=${done}&product=${id}`);
};
