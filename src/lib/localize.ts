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

/**
 * The language of a single-language text typed by an exporter (a
 * certificate's issuer, a registration reference): Chinese when it holds
 * Chinese characters, else English. The page marks it with this `lang`, so
 * that an English issuer's name on a Chinese page is read as English.
 */
export function typedLang(text: string): string {
  return /[\u3400-\u9fff]/.test(text) ? LOCALES.zh.tag : LOCALES.en.tag;
}

/**
 * A translated phrase split around one value, so the value can be wrapped in
 * its own element (with its own `lang`): `around(t('…issuer', { issuer: HOLE }))`.
 */
export const HOLE = '\u0000';
export function around(phrase: string): [string, string] {
  const at = phrase.indexOf(HOLE);
  return at < 0 ? [phrase, ''] : [phrase.slice(0, at), phrase.slice(at + HOLE.length)];
}
