import type { APIRoute } from 'astro';
import { duplicateAnswer } from '~/features/exporter/product-lifecycle.server';

/** Makes a draft copy of one of the exporter's products and opens it in the editor. */
export const POST: APIRoute = (ctx) => duplicateAnswer(ctx);
