import type { APIRoute } from 'astro';
import { answerTerms } from '~/features/desk/terms-api.server';
import { otherMethods } from '~/server/http.server';

/** The term base for the exporter's Chinese fields. */
export const GET: APIRoute = (context) => answerTerms(context, 'exporter');
/** HEAD as GET: with `ALL` exported, Astro would send HEAD there rather than to GET. */
export const HEAD = GET;
/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('GET', 'HEAD');
