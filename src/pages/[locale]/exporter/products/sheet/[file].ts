import type { APIRoute } from 'astro';
import { sheetFile } from '~/features/spreadsheet/pages.server';

/** `template.csv`, `template.xlsx`: the import template; `export.csv`, `export.xlsx`: the exporter's products in the same columns. */
export const GET: APIRoute = (context) => sheetFile(context);
