import type { Locale } from '~/i18n/locales';
import { localePath } from '~/i18n/url';
import type { Rates } from '~/lib/format';
import { CITIES, PROVINCES, type CitySlug, type ProvinceSlug } from '~/lib/geo';
import { pick } from '~/lib/localize';
import type { Db } from '~/server/db/client.server';
import { imageUrl } from '~/server/media/keys.server';
import { siteUrl } from '~/runtime.server';
import { trustFigures, type TrustFigures } from '~/features/trust/figures.server';
import { getExporterDetail, getRates, listExporters, type ExporterDetail, type ExporterRow, type ExporterSummary } from '~/features/catalog/queries.server';

export interface ExporterPageData extends ExporterDetail {
  rates: Rates;
  /** What the pavilion measured of the exporter's answers over the last 90 days. */
  figures: TrustFigures;
  /** The schema.org description of the exporter for search engines, in the page's language. */
  jsonLd: Record<string, unknown>;
}

/** Everything a verified exporter's shop page shows; null when unknown or not public (a 404). */
export async function exporterPage(db: Db, slug: string, locale: Locale): Promise<ExporterPageData | null> {
  const [detail, rates] = await Promise.all([getExporterDetail(db, slug), getRates(db)]);
  if (!detail) return null;
  const figures = (await trustFigures(db, [detail.exporter.id])).get(detail.exporter.id)!;
  return { ...detail, rates, figures, jsonLd: exporterJsonLd(detail.exporter, locale) };
}

function exporterJsonLd(e: ExporterRow, locale: Locale): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: pick(locale, e.nameEn, e.nameZh).text,
    alternateName: locale === 'zh' ? e.nameEn : e.nameZh || undefined,
    url: new URL(localePath(locale, 'exporters', e.slug), siteUrl()).href,
    ...(e.logoKey && { logo: new URL(imageUrl(e.logoKey), siteUrl()).href }),
    ...(e.yearFounded && { foundingDate: String(e.yearFounded) }),
    ...(e.employees && { numberOfEmployees: { '@type': 'QuantitativeValue', value: e.employees } }),
    address: {
      '@type': 'PostalAddress',
      addressLocality: CITIES[e.city as CitySlug]?.en,
      addressRegion: PROVINCES[e.province as ProvinceSlug]?.en,
      addressCountry: 'PK',
    },
  };
}

/** Exporters for cards, each with the pavilion's measured figures (one query per figure for the whole list). */
export async function exportersWithFigures(
  db: Db,
  options: Parameters<typeof listExporters>[1] = {},
): Promise<Array<ExporterSummary & { figures: TrustFigures }>> {
  const exporters = await listExporters(db, options);
  const figures = await trustFigures(
    db,
    exporters.map((e) => e.id),
  );
  return exporters.map((e) => ({ ...e, figures: figures.get(e.id)! }));
}
