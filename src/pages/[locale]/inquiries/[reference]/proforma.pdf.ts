import type { APIRoute } from 'astro';
import { proformaPdfResponse } from '~/features/proforma/pdf.server';
import { proformaForBuyer } from '~/features/proforma/proformas.server';
import { isLocale } from '~/i18n/locales';
import { getDb } from '~/runtime.server';
import { buyerCredentials } from '~/features/buyer/access.server';

/** The proforma invoice as a PDF for the holder of the inquiry's private token or its signed-in buyer; anyone else gets a 404. */
export const GET: APIRoute = async ({ params, url, locals }) => {
  const token = url.searchParams.get('token') ?? '';
  const view = isLocale(params.locale) ? await proformaForBuyer(await getDb(), params.reference ?? '', buyerCredentials(token, locals.user)) : null;
  return proformaPdfResponse(view);
};
