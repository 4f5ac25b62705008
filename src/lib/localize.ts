import { LOCALES, type Locale } from '~/i18n/locales';

export interface Localized {
  text: string;
  /** BCP-47 tag of the language the text is actually in. */
  lang: string;
  /** True when the Chinese text was missing and English is shown instead. */
  fallback: boolean;
}

/**
 * Picks a catalog field in the page's language. A missing Chinese text falls
 * back to English, marked so the page can label it with `lang="en"`.
 */
export function pick(locale: Locale, en: string, zh: string): Localized {
  if (locale === 'zh' && zh.trim()) return { text: zh, lang: LOCALES.zh.tag, fallback: false };
  if (locale === 'zh') return { text: en, lang: LOCALES.en.tag, fallback: true };
  return { text: en, lang: LOCALES.en.tag, fallback: false };
}
