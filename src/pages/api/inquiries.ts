import type { APIRoute } from 'astro';
import { inquiryFromApi } from '~/features/inquiry/api.server';
import { json, otherMethods } from '~/server/http.server';
import { clientIp } from '~/server/request.server';

/**
 * `POST /api/inquiries` for partner channels (a WeChat mini-program, a
 * partner platform): the form's schema and code path, JSON in and out.
 * Send an `Idempotency-Key` header to make retries safe.
 */
export const POST: APIRoute = async ({ request, clientAddress }) => {
  const { status, body, headers } = await inquiryFromApi(request, clientIp(request, clientAddress));
  return json(body, { status, headers });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
