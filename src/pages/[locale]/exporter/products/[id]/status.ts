import type { APIRoute } from 'astro';
import { actions } from 'astro:actions';
import { localePath } from '~/i18n/url';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { readForm, routeId, seeOther } from '~/server/forms.server';

/**
 * The older address of the publish / withdraw button (the pages' forms now post to `actions.exporter.productStatus`):
 * the same action, then back to the list, or to the editor with `return=editor`.
 */
export const POST: APIRoute = async (ctx) => {
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const id = routeId(ctx.params.id);
  const form = (await readForm(ctx.request)) ?? new FormData();
  form.set('id', String(id));
  const { data, error } = await ctx.callAction(actions.exporter.productStatus, form);
  if (error?.code === 'NOT_FOUND' || !id) return notYours(ctx);
  if (!data) return new Response(ctx.locals.t('inquiry:errors.invalid'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const back =
    form.get('return') === 'editor' ? localePath(ctx.locals.uiLocale, 'exporter', 'products', id) : localePath(ctx.locals.uiLocale, 'exporter', 'products');
  return seeOther(`${back}?done=${data.done}&product=${id}`);
};
