import type { APIContext } from 'astro';
import { EXPORTS, exportCsv } from '~/features/operator/exports.server';
import { notYours, requireOperator } from '~/server/auth/guard.server';
import { getDb } from '~/runtime.server';

/** The address of an export: `/{l}/operator/exports/{name}.csv`. */
export const exportHref = (locale: string, name: string) => `/${locale}/operator/exports/${name}.csv`;

/** Answers a download of one export to an operator; an unknown name is a 404, anyone else is turned away. */
export async function exportDownload(context: APIContext): Promise<Response> {
  const gate = await requireOperator(context);
  if (gate instanceof Response) return gate;
  const file = context.params.name ?? '';
  const name = file.length <= 40 ? EXPORTS.find((e) => `${e}.csv` === file) : undefined;
  if (!name) return notYours(context);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(await exportCsv(await getDb(), name, context.locals.locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="pavilion-${name}-${day}.csv"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
