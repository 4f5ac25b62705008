import type { UiLocale } from '~/i18n/locales';
import { type Localized, pick } from '~/lib/localize';
import { REFERENCE } from './reference.server';

/**
 * Urdu names of the categories, by slug, from the reference data (`name.ur` in data/reference/categories.json):
 * the database keeps English and Chinese only, for the catalog.
 */
const URDU = new Map(REFERENCE.categories.categories.flatMap((c) => (c.name.ur ? [[c.slug, c.name.ur] as const] : [])));

/** The Urdu name of a category, or undefined when the reference data has none (a category the operator added). */
export function urduCategoryName(slug: string): string | undefined {
  return URDU.get(slug);
}

/**
 * A category's name in the portal page's language: Urdu on an Urdu page, English where the category has no Urdu
 * name (marked `lang="en"`, as a fallback), and the catalog's English or Chinese otherwise.
 */
export function categoryName(locale: UiLocale, category: { slug: string; nameEn: string; nameZh: string }): Localized {
  if (locale !== 'ur') return pick(locale, category.nameEn, category.nameZh);
  const urdu = URDU.get(category.slug);
  return urdu ? { text: urdu, lang: 'ur', fallback: false, dir: 'rtl' } : { ...pick('en', category.nameEn, category.nameZh), fallback: true };
}
