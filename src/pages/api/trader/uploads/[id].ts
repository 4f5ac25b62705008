import type { APIRoute } from 'astro';
import { getT } from '~/i18n';
import { isLocale, negotiateLocale } from '~/i18n/locales';
import { notYours, requireExporter } from '~/server/auth/guard';
import { getMediaStorage } from '~/server/media/media-runtime';
import { deleteUpload } from '~/server/media/uploads';
import { getDb } from '~/server/runtime';
import { searchChanged } from '~/server/search-runtime';
import { otherMethods } from '~/server/http';
import { routeId } from '~/server/portal/http';

/** Deletes one of the exporter's photos (files, record, and its place on their products): 204, or 404 when it is not theirs. */
export const DELETE: APIRoute = async (ctx) => {
  const wanted = ctx.url.searchParams.get('locale');
  ctx.locals.locale = isLocale(wanted) ? wanted : negotiateLocale(ctx.request.headers.get('accept-language'));
  ctx.locals.t = getT(ctx.locals.locale);
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const id = routeId(ctx.params.id);
  if (!id || !(await deleteUpload(await getDb(), getMediaStorage(), gate.exporter.id, id))) return notYours(ctx);
  await searchChanged();
  return new Response(null, { status: 204 });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('DELETE');
