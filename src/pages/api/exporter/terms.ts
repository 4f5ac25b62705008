import type { APIRoute } from 'astro';
import { answerTerms } from '~/features/desk/terms-api.server';
import { otherMethods } from '~/server/http.server';

/** The term base for the exporter's Chinese fields. */
export const GET: APIRoute = (context) => answerTerms(context, 'exporter');
export const ALL = otherMethods('GET');
