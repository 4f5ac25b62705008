import type { APIRoute } from 'astro';
import { apiProformaPdf } from '~/features/buyer/api-answer.server';
import { otherMethods } from '~/server/http.server';
import { getDb } from '~/runtime.server';

/** `GET /api/buyer/inquiries/{reference}/proforma.pdf`: the buyer's proforma invoice as a PDF. Bearer token or session. */
export const GET: APIRoute = async ({ request, params, locals }) => apiProformaPdf(await getDb(), request, params.reference ?? '', locals.user);

export const HEAD = GET;
export const ALL = otherMethods('GET', 'HEAD');
