import type { APIRoute } from 'astro';
import { getT } from '~/i18n';
import { portalRequestLocale } from '~/i18n/url';
import { contentLocale } from '~/i18n/locales';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { deleteUpload } from '~/server/media/uploads.server';
import { getDb } from '~/runtime.server';
import { searchChanged } from '~/features/search/runtime.server';
import { otherMethods } from '~/server/http.server';
import { routeId } from '~/server/forms.server';

/** Deletes one of the exporter's photos (files, record, and its place on their products): 204, or 404 when it is not theirs. */
export const DELETE: APIRoute = async (ctx) => {
  ctx.locals.uiLocale = portalRequestLocale(ctx.request);
  ctx.locals.locale = contentLocale(ctx.locals.uiLocale);
  ctx.locals.t = getT(ctx.locals.uiLocale);
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const id = routeId(ctx.params.id);
  if (!id || !(await deleteUpload(await getDb(), getMediaStorage(), gate.exporter.id, id))) return notYours(ctx);
  await searchChanged();
  return new Response(null, { status: 204 });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('DELETE');
