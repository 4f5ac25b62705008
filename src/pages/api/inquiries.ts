import type { APIRoute } from 'astro';
import { negotiateLocale } from '~/i18n/locales';
import { getT } from '~/i18n';
import { json, otherMethods } from '~/server/http.server';
import { handleInquiry } from '~/features/inquiry/handle.server';
import { clientIp } from '~/server/request.server';
import { inquiryLimits } from '~/features/inquiry/limits.server';
import { getDb, siteUrl } from '~/runtime.server';

const MAX_BODY = 64 * 1024;

/**
 * `POST /api/inquiries` for partner channels (a WeChat mini-program, a
 * partner platform): the form's schema and code path, JSON in and out.
 * Send an `Idempotency-Key` header to make retries safe.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  const t = getT(locale);
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
    return json({ errors: { form: t('errors.badRequest') } }, { status: 415 });
  }
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) {
    return json({ errors: { form: t('inquiry:errors.tooLong') } }, { status: 413 });
  }
  const raw = await request.text();
  if (raw.length > MAX_BODY) return json({ errors: { form: t('inquiry:errors.tooLong') } }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json({ errors: { form: t('errors.badRequest') } }, { status: 400 });
  }
  let db: Awaited<ReturnType<typeof getDb>>;
  try {
    db = await getDb();
  } catch {
    return json({ errors: { form: t('errors.unavailable') } }, { status: 503, headers: { 'Retry-After': '5' } });
  }
  const result = await handleInquiry(db, {
    body,
    locale,
    ip: clientIp(request, clientAddress),
    idempotencyKey: request.headers.get('idempotency-key'),
    channel: 'api',
    siteUrl: siteUrl(),
    limits: inquiryLimits(),
  });
  if (result.status === 201) {
    return json(
      { inquiries: result.inquiries.map(({ reference, exporter, statusUrl }) => ({ reference, exporter, statusUrl })) },
      { status: 201, headers: result.replay ? { 'Idempotent-Replayed': 'true' } : {} },
    );
  }
  return json({ errors: result.errors }, { status: result.status, headers: result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {} });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
