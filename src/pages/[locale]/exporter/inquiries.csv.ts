import type { APIRoute } from 'astro';
import { requireExporter } from '~/server/auth/guard.server';
import { inboxCsv, inboxExport, parseInboxQuery } from '~/features/exporter/inbox.server';
import { getDb } from '~/runtime.server';

/** The exporter's inbox (with the inbox's status filter) as a CSV file for Excel. */
export const GET: APIRoute = async (context) => {
  const gate = await requireExporter(context);
  if (gate instanceof Response) return gate;
  const { exporter } = gate;
  const { status } = parseInboxQuery(context.url.searchParams);
  const rows = await inboxExport(await getDb(), exporter.id, status);
  const day = new Date().toISOString().slice(0, 10);
  const name = `inquiries-${exporter.slug}${status ? `-${status}` : ''}-${day}.csv`;
  return new Response(inboxCsv(rows, context.locals.locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
