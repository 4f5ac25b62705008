import type { APIRoute } from 'astro';
import { apiInquiries } from '~/features/buyer/api.server';
import { otherMethods } from '~/server/http.server';
import { getDb } from '~/runtime.server';

/** `GET /api/buyer/inquiries` for partner apps (a WeChat mini-program): the buyer's inquiries, newest first. Bearer token or session. */
export const GET: APIRoute = async ({ request, locals }) => apiInquiries(await getDb(), request, locals.user);

export const HEAD = GET;
export const ALL = otherMethods('GET', 'HEAD');
