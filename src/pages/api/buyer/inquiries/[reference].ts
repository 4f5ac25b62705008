import type { APIRoute } from 'astro';
import { apiInquiry } from '~/features/buyer/api.server';
import { otherMethods } from '~/server/http.server';
import { getDb } from '~/runtime.server';

/** `GET /api/buyer/inquiries/{reference}`: one of the buyer's inquiries with its conversation and quotes. Bearer token or session. */
export const GET: APIRoute = async ({ request, params, locals }) => apiInquiry(await getDb(), request, params.reference ?? '', locals.user);

export const HEAD = GET;
export const ALL = otherMethods('GET', 'HEAD');
