import type { APIRoute } from 'astro';
import { apiAnswerQuote, readAnswer } from '~/features/buyer/api-answer.server';
import { otherMethods } from '~/server/http.server';
import { getDb } from '~/runtime.server';

/** `POST /api/buyer/inquiries/{reference}/quotes/{quoteId}/{accept|decline|revision}` for partner apps. Bearer token or session. */
export const POST: APIRoute = async ({ request, url, params, locals }) => {
  const answer = readAnswer(params.answer);
  if (!answer) return new Response(null, { status: 404 });
  return apiAnswerQuote(await getDb(), request, url, { reference: params.reference ?? '', quote: params.quote ?? '', answer }, locals.user);
};

export const ALL = otherMethods('POST');
