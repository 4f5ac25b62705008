/**
 * The locale list, defined once: URL slug, BCP-47 tag for `<html lang>` and
 * `hreflang`, and the tag `Intl` formats with.
 */
export const LOCALES = {
  en: { slug: 'en', tag: 'en', intl: 'en-US', label: 'English' },
  zh: { slug: 'zh', tag: 'zh-Hans', intl: 'zh-CN', label: '中文' },
} as const;

export type Locale = keyof typeof LOCALES;
export const LOCALE_SLUGS = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The languages of the trader portal (the exporter's own pages and the mail traders receive): the public
 * languages and Urdu, written right to left. Buyer-facing pages stay in English and Chinese.
 */
export const UI_LOCALES = {
  ...LOCALES,
  ur: { slug: 'ur', tag: 'ur', intl: 'ur-PK', label: 'اردو' },
} as const;

export type UiLocale = keyof typeof UI_LOCALES;

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && Object.hasOwn(UI_LOCALES, value);
}

/** How an account reads numbers in the Urdu portal: Latin digits (123) or Urdu ones (۱۲۳). */
export type Digits = 'latin' | 'urdu';

export function isDigits(value: unknown): value is Digits {
  return value === 'latin' || value === 'urdu';
}

/**
 * The tag `Intl` formats with: Urdu with Urdu digits is `ur-PK-u-nu-arabext` (Extended Arabic-Indic
 * digits, as Pakistan writes them); the other languages always use Latin digits.
 */
export function intlTag(locale: UiLocale, digits: Digits = 'latin'): string {
  return locale === 'ur' && digits === 'urdu' ? `${UI_LOCALES.ur.intl}-u-nu-arabext` : UI_LOCALES[locale].intl;
}

/** Direction a language is written in. */
export function direction(locale: UiLocale): 'ltr' | 'rtl' {
  return locale === 'ur' ? 'rtl' : 'ltr';
}

/**
 * The language of catalog content shown to someone reading the portal in `locale`: a trader reading
 * Urdu sees the English texts of products (the catalog is written in English and Chinese).
 */
export function contentLocale(locale: UiLocale): Locale {
  return locale === 'ur' ? 'en' : locale;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}

/**
 * Picks the visitor's language from an Accept-Language header: Chinese in any
 * form (zh, zh-CN, zh-Hans, zh-TW…) gets the Chinese site, anything else English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, order) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { range: range.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.range && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { range } of ranked) {
    if (range === 'zh' || range.startsWith('zh-')) return 'zh';
    if (range === 'en' || range.startsWith('en-')) return 'en';
  }
  return DEFAULT_LOCALE;
}
