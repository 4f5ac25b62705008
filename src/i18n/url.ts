import { LOCALE_SLUGS, isLocale, type Locale } from './locales';

/** Builds a localized path: `localePath('zh', 'products', slug)` → `/zh/products/slug/`. */
export function localePath(locale: Locale, ...segments: Array<string | number>): string {
  const rest = segments
    .map((s) => String(s).replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .map((s) => s.split('/').map(encodeURIComponent).join('/'))
    .join('/');
  return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

/** Splits a pathname into its locale and the rest, or null when it has no locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; rest: string } | null {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match || !isLocale(match[1])) return null;
  return { locale: match[1], rest: match[2] ?? '/' };
}

/** The same page in another locale, keeping the query string. */
export function switchLocalePath(url: URL, target: Locale): string {
  const split = splitLocale(url.pathname);
  const rest = split ? split.rest : '/';
  return `/${target}${rest === '' ? '/' : rest}${url.search}`;
}

export function alternates(url: URL): Array<{ locale: Locale; path: string }> {
  return LOCALE_SLUGS.map((locale) => ({ locale, path: switchLocalePath(new URL(url.pathname, url), locale) }));
}
