import { getT } from '~/i18n';
import { isLocale } from '~/i18n/locales';
import { requestLocale } from '~/i18n/url';
import type { Db } from '~/server/db/client.server';
import { getDb, siteUrl } from '~/runtime.server';
import { handleInquiry } from './handle.server';
import { inquiryLimits } from './limits.server';

const MAX_BODY = 64 * 1024;

export interface ApiAnswer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * `POST /api/inquiries` for partner channels (a WeChat mini-program, a
 * partner platform): the form's schema and code path, JSON in and out, every
 * error in the caller's language. An `Idempotency-Key` header makes retries safe.
 */
export async function inquiryFromApi(request: Request, ip: string): Promise<ApiAnswer> {
  let locale = requestLocale(request);
  let t = getT(locale);
  const refuse = (status: number, form: string, headers: Record<string, string> = {}): ApiAnswer => ({ status, body: { errors: { form } }, headers });
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) return refuse(415, t('errors.badRequest'));
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return refuse(413, t('inquiry:errors.tooLong'));
  const raw = await request.text();
  if (raw.length > MAX_BODY) return refuse(413, t('inquiry:errors.tooLong'));
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refuse(400, t('errors.badRequest'));
  }
  // The inquiry names its buyer's language: every later answer is in it.
  const named = body && typeof body === 'object' ? (body as { locale?: unknown }).locale : undefined;
  if (isLocale(named)) {
    locale = named;
    t = getT(locale);
  }
  let db: Db;
  try {
    db = await getDb();
  } catch {
    return refuse(503, t('errors.unavailable'), { 'Retry-After': '5' });
  }
  const result = await handleInquiry(db, {
    body,
    locale,
    ip,
    idempotencyKey: request.headers.get('idempotency-key'),
    channel: 'api',
    siteUrl: siteUrl(),
    limits: inquiryLimits(),
  });
  if (result.status === 201) {
    return {
      status: 201,
      body: { inquiries: result.inquiries.map(({ reference, exporter, statusUrl }) => ({ reference, exporter, statusUrl })) },
      headers: result.replay ? { 'Idempotent-Replayed': 'true' } : {},
    };
  }
  return { status: result.status, body: { errors: result.errors }, headers: result.retryAfter ? { 'Retry-After': String(result.retryAfter) } : {} };
}
