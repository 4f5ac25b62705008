import type { APIRoute } from 'astro';
import { UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_MAX_BYTES, UPLOAD_QUOTA_BYTES } from 'astro:env/server';
import { getT } from '~/i18n';
import { portalRequestLocale } from '~/i18n/url';
import { contentLocale } from '~/i18n/locales';
import { requireExporter } from '~/server/auth/guard.server';
import { json, otherMethods } from '~/server/http.server';
import { uploadAnswer, uploadLimits } from '~/server/media/upload-answer.server';
import { getDb } from '~/runtime.server';

/**
 * Uploads one photo of the signed-in exporter: the raw file as the body
 * (any Content-Type; the content decides) or a multipart form with `file`.
 * `?locale=en|zh|ur` picks the language of messages (else the page it came from, else Accept-Language).
 * 201 `{ id, key, width, height, url }`, or 4xx `{ error, code }` with nothing stored.
 */
export const POST: APIRoute = async (ctx) => {
  ctx.locals.uiLocale = portalRequestLocale(ctx.request);
  ctx.locals.locale = contentLocale(ctx.locals.uiLocale);
  ctx.locals.t = getT(ctx.locals.uiLocale);
  const gate = await requireExporter(ctx);
  if (gate instanceof Response) return gate;
  const answer = await uploadAnswer(
    await getDb(),
    gate.exporter.id,
    ctx.request,
    ctx.locals.t,
    uploadLimits(UPLOAD_MAX_BYTES, UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_QUOTA_BYTES),
  );
  if (answer.ok) return json(answer.upload, { status: 201 });
  return json({ error: answer.message, code: answer.code }, { status: answer.status, headers: answer.status === 413 ? { Connection: 'close' } : {} });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
