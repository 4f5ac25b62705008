import type { Locale } from '~/i18n/locales';
import { localePath } from '~/i18n/url';

/** The buyer's proforma page of an inquiry, opened with the inquiry's private status token (none for the signed-in buyer). */
export function buyerProformaPath(locale: Locale, reference: string, token: string): string {
  return `${localePath(locale, 'inquiries', reference, 'proforma')}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

/** The exporter's proforma page of one of their inquiries. */
export function exporterProformaPath(locale: Locale, reference: string): string {
  return localePath(locale, 'exporter', 'inquiries', reference, 'proforma');
}

/** The PDF beside a proforma page: `…/proforma/?token=…` becomes `…/proforma.pdf?token=…`. */
export function proformaPdfPath(pagePath: string): string {
  return pagePath.replace(/\/proforma\/(?=\?|$)/, '/proforma.pdf');
}
