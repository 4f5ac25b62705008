import type { APIRoute } from 'astro';
import { exportDownload } from '~/features/operator/exports-page.server';

/** `/{l}/operator/exports/{name}.csv`: one of the operator's spreadsheets, operators only. */
export const GET: APIRoute = (context) => exportDownload(context);
