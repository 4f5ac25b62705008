import type { APIRoute } from 'astro';
import { interestBeacon } from '~/features/operator/interest-api.server';
import { otherMethods } from '~/server/http.server';

/** The product page's beacon: one view or basket add, counted without personal data. */
export const POST: APIRoute = (context) => interestBeacon(context);

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
