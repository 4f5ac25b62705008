import { LOCALES, type Locale } from '~/i18n/locales';
import { langOverride } from './script';

export interface Localized {
  text: string;
  /** BCP-47 tag of the language the text is actually in. */
  lang: string;
  /** True when the Chinese text was missing and English is shown instead. */
  fallback: boolean;
  /** `rtl` for Urdu typed into a catalog field; undefined for text written left to right. */
  dir?: 'rtl' | undefined;
}

/**
 * The text marked with the language its letters are in: a trader may write Urdu or Chinese into the English
 * field, and such text is never served under the wrong `lang` (Urdu gets `lang="ur" dir="rtl"`).
 */
function marked(text: string, lang: 'en' | 'zh-Hans', fallback: boolean): Localized {
  const other = langOverride(text, lang);
  if (!other) return { text, lang, fallback };
  return other.dir === 'rtl' ? { text, lang: other.lang, fallback, dir: 'rtl' } : { text, lang: other.lang, fallback };
}

/**
 * Picks a catalog field in the page's language. A missing Chinese text falls
 * back to English, marked so the page can label it with `lang="en"`.
 */
export function pick(locale: Locale, en: string, zh: string): Localized {
  if (locale === 'zh' && zh.trim()) return marked(zh, LOCALES.zh.tag, false);
  if (locale === 'zh') return marked(en, LOCALES.en.tag, true);
  return marked(en, LOCALES.en.tag, false);
}

/** `pick`'s text alone, for a field shown without its own `lang` (a search snippet, an exporter's name in a list). */
export function pickText(locale: Locale, en: string, zh: string): string {
  return locale === 'zh' && zh.trim() ? zh : en;
}

/**
 * The language of a single-language text typed by an exporter (a
 * certificate's issuer, a registration reference): Chinese when it holds
 * Chinese characters, else English. The page marks it with this `lang`, so
 * that an English issuer's name on a Chinese page is read as English.
 */
export function typedLang(text: string): string {
  if (/[\u0600-\u06ff]/.test(text) && !/[\u3400-\u9fff]/.test(text)) return 'ur';
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
