import type { Locale } from '~/i18n/locales';
import { localePath } from '~/i18n/url';
import type { Rates } from '~/lib/format';
import { pick } from '~/lib/localize';
import type { Db } from '~/server/db/client.server';
import { CatalogMemo } from '~/server/catalog-memo.server';
import { imageUrl } from '~/server/media/keys.server';
import { siteUrl } from '~/runtime.server';
import { getProductDetail, getRates, type ProductDetail } from '~/features/catalog/queries.server';

export interface ProductPageData extends ProductDetail {
  rates: Rates;
  /** The schema.org description of the product for search engines, in the page's language. */
  jsonLd: Record<string, unknown>;
}

/** What a product's page reads from the catalog, kept while the catalog is unchanged (one memo per database). */
const reads = new WeakMap<Db, CatalogMemo<[ProductDetail | null, Rates]>>();

/** Everything a product's page shows, in one go; null when the product is unknown or not public (a 404). */
export async function productPage(db: Db, slug: string, locale: Locale): Promise<ProductPageData | null> {
  let memo = reads.get(db);
  if (!memo) {
    memo = new CatalogMemo();
    reads.set(db, memo);
  }
  const [detail, rates] = await memo.read(slug, () => Promise.all([getProductDetail(db, slug), getRates(db)]));
  return detail && { ...detail, rates, jsonLd: productJsonLd(detail, locale) };
}

function productJsonLd({ product, exporter, category, tiers }: ProductDetail, locale: Locale): Record<string, unknown> {
  const site = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: pick(locale, product.nameEn, product.nameZh).text,
    description: pick(locale, product.summaryEn, product.summaryZh).text,
    sku: product.slug,
    url: new URL(localePath(locale, 'products', product.slug), site).href,
    image: product.images.map((img) => new URL(imageUrl(img.key), site).href),
    category: pick(locale, category.nameEn, category.nameZh).text,
    countryOfOrigin: 'PK',
    manufacturer: {
      '@type': 'Organization',
      name: pick(locale, exporter.nameEn, exporter.nameZh).text,
      url: new URL(localePath(locale, 'exporters', exporter.slug), site).href,
    },
    ...(product.priceMinUsdCents !== null && {
      offers: {
        '@type': 'AggregateOffer',
        priceCurrency: 'USD',
        lowPrice: (product.priceMinUsdCents / 100).toFixed(2),
        highPrice: ((product.priceMaxUsdCents ?? product.priceMinUsdCents) / 100).toFixed(2),
        offerCount: tiers.length,
        eligibleQuantity: { '@type': 'QuantitativeValue', minValue: product.moq, unitText: product.unit },
      },
    }),
  };
}
