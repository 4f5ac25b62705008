import { SITE_URL } from 'astro:env/server';
import { getT } from '~/i18n';
import { errorMessage } from '~/i18n/errors';
import { negotiateLocale } from '~/i18n/locales';
import { proformaPdfResponse } from '~/features/proforma/pdf.server';
import { proformaForBuyer } from '~/features/proforma/proformas.server';
import { answerQuote } from '~/features/quotes/quotes.server';
import { quoteAnswerSchema } from '~/features/quotes/schema';
import type { SignedInUser } from '~/server/auth/guard.server';
import type { Db } from '~/server/db/client.server';
import { json } from '~/server/http.server';
import { apiBuyer, referenceParam } from './api.server';

/** The answers a partner app posts to `/api/buyer/inquiries/{reference}/quotes/{quoteId}/{answer}`. */
export const API_ANSWERS = { accept: 'accept', decline: 'decline', revision: 'revise' } as const;
export type ApiAnswer = keyof typeof API_ANSWERS;

export function readAnswer(value: string | undefined): ApiAnswer | null {
  return value === 'accept' || value === 'decline' || value === 'revision' ? value : null;
}

const PRIVATE = { 'Cache-Control': 'private, no-store', Vary: 'Authorization, Cookie, Accept-Language' };
/** A JSON body of an answer is small: a revision message of at most a few thousand characters. */
const MAX_BODY = 16_384;

type Status = 403 | 404 | 409 | 413 | 415 | 422;

/** A refusal with a stable `code` for the app and a message in the caller's language. */
function refusal(request: Request, status: Status, code: string): Response {
  const t = getT(negotiateLocale(request.headers.get('accept-language')));
  const message = code.startsWith('api') ? t(`buyer:errors.${code}` as 'buyer:errors.apiNotFound') : errorMessage(t, 'quotes', code);
  return json({ error: message, code }, { status, headers: PRIVATE });
}

/**
 * A POST answered with the buyer's session (no bearer token) must come from
 * the pavilion's own pages: the browser says so with `Sec-Fetch-Site:
 * same-origin` or an `Origin` of the site. A bearer token is never sent by a
 * browser on its own, so a token holder's POST needs neither.
 */
function sameSite(request: Request, url: URL): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  return origin === url.origin || origin === new URL(SITE_URL).origin || (!origin && fetchSite === 'same-origin');
}

/** The optional JSON body `{ "message": "…" }`; null when it is no JSON object. */
async function readBody(request: Request): Promise<Record<string, unknown> | 'tooLarge' | null> {
  const text = await request.text();
  if (text.length > MAX_BODY) return 'tooLarge';
  if (!text.trim()) return {};
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * `POST /api/buyer/inquiries/{reference}/quotes/{quoteId}/{accept|decline|revision}`:
 * the buyer's answer to a quote from a partner app, through the same schema
 * (`quoteAnswerSchema`) and service (`answerQuote`) as the inquiry page's form.
 * Accepting again answers 200 with the same proforma number. 401 without
 * credentials, 404 for anything not the buyer's, 409 with `expired`,
 * `notOpen` or `otherAccepted`, 422 with the field's code for invalid input.
 */
export async function apiAnswerQuote(
  db: Db,
  request: Request,
  url: URL,
  params: { reference: string; quote: string; answer: ApiAnswer },
  sessionUser: SignedInUser | null | undefined,
): Promise<Response> {
  const buyer = await apiBuyer(db, request, sessionUser);
  if (buyer instanceof Response) return buyer;
  if (!request.headers.get('authorization') && !sameSite(request, url)) return refusal(request, 403, 'apiCrossSite');
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/json\b/i.test(type)) return refusal(request, 415, 'apiJson');
  const body = await readBody(request);
  if (body === 'tooLarge') return refusal(request, 413, 'apiJson');
  if (!body) return refusal(request, 415, 'apiJson');
  const parsed = quoteAnswerSchema.safeParse({
    intent: API_ANSWERS[params.answer],
    reference: params.reference,
    token: '',
    quote: params.quote,
    ...(params.answer === 'revision' ? { message: body.message ?? '' } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A malformed reference or quote id is nothing of the buyer's; a bad message is a field to correct.
    if (issue?.path[0] !== 'message') return refusal(request, 404, 'apiNotFound');
    return refusal(request, 422, /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid');
  }
  const result = await answerQuote(db, parsed.data, buyer.email);
  if (!result.ok) return result.error === 'notFound' ? refusal(request, 404, 'apiNotFound') : refusal(request, 409, result.error);
  const proforma =
    result.done === 'accepted' ? { proformaNumber: result.proformaNumber, proformaPdf: `/api/buyer/inquiries/${parsed.data.reference}/proforma.pdf` } : {};
  return json({ reference: parsed.data.reference, quote: parsed.data.quote, done: result.done, ...proforma }, { headers: PRIVATE });
}

/** `GET /api/buyer/inquiries/{reference}/proforma.pdf`: the same PDF as the inquiry's proforma page; JSON 401/404 otherwise. */
export async function apiProformaPdf(db: Db, request: Request, reference: string, sessionUser: SignedInUser | null | undefined): Promise<Response> {
  const buyer = await apiBuyer(db, request, sessionUser);
  if (buyer instanceof Response) return buyer;
  const ref = referenceParam.safeParse(reference);
  const view = ref.success ? await proformaForBuyer(db, ref.data, { buyerEmail: buyer.email }) : null;
  return view ? proformaPdfResponse(view) : refusal(request, 404, 'apiNotFound');
}
