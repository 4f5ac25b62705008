import type { T } from '~/i18n';
import { tradeLabel } from '~/i18n/labels';
import type { Locale } from '~/i18n/locales';
import { PROVINCES, type ProvinceSlug } from '~/lib/geo';
import { pick } from '~/lib/localize';

export type FacetName = 'type' | 'category' | 'province' | 'certification';

/** How the search page names a facet's values, in the page's language. */
export function facetLabels(
  t: T,
  locale: Locale,
  categories: Array<{ slug: string; nameEn: string; nameZh: string }>,
): Record<FacetName, (value: string) => string> {
  const categoryName = new Map(categories.map((c) => [c.slug, pick(locale, c.nameEn, c.nameZh).text]));
  return {
    type: (v) => t(`search:type.${v}` as 'search:type.product'),
    category: (v) => categoryName.get(v) ?? v,
    province: (v) => PROVINCES[v as ProvinceSlug]?.[locale] ?? v,
    certification: (v) => tradeLabel(t, 'certification', v),
  };
}
