import { randomUUID } from 'node:crypto';
import { errorMessage } from '~/i18n/errors';
import { getT } from '~/i18n';
import type { Locale } from '~/i18n/locales';
import { parseInquiry } from '~/features/inquiry/schema';
import type { Db } from '~/server/db/client.server';
import { consumeRateLimits } from '~/server/rate-limit.server';
import { callerOf, mailboxKey } from './email-key.server';
import { replayInquiry, submitInquiry, type RoutedInquiry, type SubmitResult } from './service.server';

export interface InquiryLimits {
  /** Submissions per client address (IPv6: per /64) per 10 minutes, refused ones included. */
  perIp: number;
  /** Submissions per buyer e-mail per hour. */
  perEmail: number;
  /** Most exporters a category request reaches. */
  categoryMax: number;
  /**
   * Shortest time in ms between showing the form and sending it. Form posts
   * only (`channel: 'web'`): partner API clients have no form to fill in, and
   * are held by the per-address and per-mailbox limits instead.
   */
  minFillMs: number;
}

export const DEFAULT_LIMITS: InquiryLimits = { perIp: 20, perEmail: 10, categoryMax: 5, minFillMs: 3000 };

export interface InquiryRequest {
  body: unknown;
  /** The page's language, for messages when the body does not say. */
  locale: Locale;
  ip: string;
  idempotencyKey: string | null;
  channel: 'web' | 'api';
  /** Form only: the honeypot field's value. */
  honeypot?: string | undefined;
  /**
   * Form only: when the form was shown (ms since epoch), read from its signed
   * token (`readShownAt`); null or absent when the token is missing or forged,
   * which a form post is refused for like one sent too fast.
   */
  shownAt?: number | null | undefined;
  siteUrl: string;
  limits: InquiryLimits;
}

export type InquiryResponse =
  | { status: 201; replay: boolean; kind: 'items' | 'category'; inquiries: Array<RoutedInquiry & { statusUrl: string }> }
  | { status: 400 | 422 | 429 | 503; errors: Record<string, string>; retryAfter?: number };

const KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * One inquiry submission, for the form action and the partner API alike:
 * abuse checks, validation, routing and durable storage, with every error
 * translated into the request's language, field by field.
 */
export async function handleInquiry(db: Db, request: InquiryRequest): Promise<InquiryResponse> {
  const body = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
  const locale: Locale = body.locale === 'zh' || body.locale === 'en' ? body.locale : request.locale;
  const t = getT(locale);
  const fail = (status: 400 | 422 | 429 | 503, codes: Record<string, string>, retryAfter?: number): InquiryResponse => ({
    status,
    errors: Object.fromEntries(Object.entries(codes).map(([path, code]) => [path, errorMessage(t, 'inquiry', code, { seconds: retryAfter })])),
    ...(retryAfter ? { retryAfter } : {}),
  });

  const limited = (retryAfter: number): InquiryResponse => ({ status: 429, errors: { form: t('errors.rateLimited', { seconds: retryAfter }) }, retryAfter });
  const ipRule = { key: `inquiry:ip:${request.ip}`, limit: request.limits.perIp, windowSeconds: 600 };
  /**
   * A refused submission counts against the client's address like an
   * accepted one: otherwise invalid requests could be sent without limit.
   */
  const refuse = async (codes: Record<string, string>): Promise<InquiryResponse> => {
    try {
      const retryAfter = await consumeRateLimits(db, [ipRule]);
      if (retryAfter) return limited(retryAfter);
    } catch {
      // The database is away: the refusal itself needs none, so it is still answered.
    }
    return fail(400, codes);
  };

  if (request.idempotencyKey !== null && !KEY.test(request.idempotencyKey)) return refuse({ idempotencyKey: 'invalid' });
  if (request.honeypot) return refuse({ form: 'rejected' });
  const parsed = parseInquiry({ ...body, locale });
  if ('errors' in parsed) return refuse(parsed.errors);
  // A person needs a few seconds to fill in the form; a bot does not. A form post without a signed
  // time is treated as too fast, so leaving the field out skips nothing.
  if (request.channel === 'web' && (typeof request.shownAt !== 'number' || Date.now() - request.shownAt < request.limits.minFillMs)) {
    return refuse({ form: 'tooFast' });
  }

  const idempotencyKey = request.idempotencyKey ?? randomUUID();
  // Keys are scoped to the buyer's mailbox: another caller reusing (or guessing) a key stores an
  // inquiry of its own and never sees this one's references.
  const caller = callerOf(parsed.data.buyer.email);
  const answer = (result: SubmitResult): InquiryResponse =>
    !result.ok
      ? fail(result.status, result.errors)
      : {
          status: 201,
          replay: result.replay,
          kind: 'category' in parsed.data ? 'category' : 'items',
          inquiries: result.inquiries.map((i) => ({ ...i, statusUrl: `${request.siteUrl}/${parsed.data.locale}/${i.statusPath}` })),
        };
  try {
    // A retry is answered before the rate limits: a client retrying a stored request gets its references back.
    const replay = request.idempotencyKey ? await replayInquiry(db, parsed.data, idempotencyKey, caller) : null;
    if (replay) return answer(replay);
    const retryAfter = await consumeRateLimits(db, [
      ipRule,
      // Per mailbox, so `name+1@…`, `Name@…` and (Gmail) `n.ame@…` count as one buyer.
      { key: `inquiry:email:${mailboxKey(parsed.data.buyer.email)}`, limit: request.limits.perEmail, windowSeconds: 3600 },
    ]);
    if (retryAfter) return limited(retryAfter);
    return answer(await submitInquiry(db, parsed.data, { idempotencyKey, caller, channel: request.channel, categoryMax: request.limits.categoryMax }));
  } catch {
    // The database is unreachable or restarting: nothing was stored (one transaction), say so and let the buyer retry.
    return { status: 503, errors: { form: t('errors.unavailable') }, retryAfter: 5 };
  }
}
