import type { APIRoute } from 'astro';
import { answerTerms } from '~/features/desk/terms-api.server';
import { otherMethods } from '~/server/http.server';

/** The term base for the translation desk's editor. */
export const GET: APIRoute = (context) => answerTerms(context, 'translator');
export const ALL = otherMethods('GET');
