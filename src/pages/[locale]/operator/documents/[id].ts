import type { APIRoute } from 'astro';
import { documentDownload } from '~/features/review/pages.server';

/** A verification document, downloaded by an operator (always as an attachment); 404 for anyone else. */
export const GET: APIRoute = (ctx) => documentDownload(ctx);
