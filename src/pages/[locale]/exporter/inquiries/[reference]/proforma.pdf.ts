import type { APIRoute } from 'astro';
import { proformaPdfResponse } from '~/features/proforma/pdf.server';
import { proformaForExporter } from '~/features/proforma/proformas.server';
import { notYours, requireExporter } from '~/server/auth/guard.server';
import { getDb } from '~/runtime.server';

/** The proforma invoice of one of the signed-in exporter's inquiries as a PDF; another exporter's is a 404. */
export const GET: APIRoute = async (context) => {
  const gate = await requireExporter(context);
  if (gate instanceof Response) return gate;
  const view = await proformaForExporter(await getDb(), gate.exporter.id, context.params.reference ?? '');
  return view ? proformaPdfResponse(view) : notYours(context);
};
