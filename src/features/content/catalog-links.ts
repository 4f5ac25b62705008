import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/url';
import { pick, type Localized } from '../../lib/localize';
import { categories, products } from '../../server/seed/data';

export interface CatalogLink {
  href: string;
  name: Localized;
}

/**
 * Links from an article to the catalog, named in the page's language. The
 * names come from the demo seed data: the article pages are prerendered, so
 * this is read once at build time. Unknown slugs are left out (the unit test
 * makes sure there are none).
 */
export function catalogLinks(locale: Locale, refs: { categories: string[]; products: string[] }): { categories: CatalogLink[]; products: CatalogLink[] } {
  return {
    categories: refs.categories.flatMap((slug) => {
      const c = categories.find((x) => x.slug === slug);
      return c ? [{ href: localePath(locale, 'categories', slug), name: pick(locale, c.name.en, c.name.zh) }] : [];
    }),
    products: refs.products.flatMap((slug) => {
      const p = products.find((x) => x.slug === slug);
      return p ? [{ href: localePath(locale, 'products', slug), name: pick(locale, p.name.en, p.name.zh) }] : [];
    }),
  };
}
