import { LOCALE_SLUGS, isLocale, isUiLocale, negotiateLocale, type Locale, type UiLocale } from './locales';

/** Builds a localized path: `localePath('zh', 'products', slug)` → `/zh/products/slug/`. */
export function localePath(locale: UiLocale, ...segments: Array<string | number>): string {
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

/**
 * The part of the site that exists in the trader portal's languages (Urdu too): the exporter's pages. Everything
 * else (the catalog, the buyer's and the operator's pages) is English and Chinese only.
 */
const PORTAL_REST = /^\/exporter(?:\/|$)/;

/** Whether a path after the locale (`/exporter/profile/`) is a page of the trader portal. */
export function isPortalRest(rest: string): boolean {
  return PORTAL_REST.test(rest);
}

/**
 * Splits a pathname into its portal locale and the rest: `/ur/…` only for the trader portal's pages (anything
 * else under `/ur/` is no page of the site: null, as for `/fr/…`), `/en/…` and `/zh/…` as `splitLocale` does.
 */
export function splitUiLocale(pathname: string): { locale: UiLocale; rest: string } | null {
  const match = /^\/ur(\/.*)?$/.exec(pathname);
  if (!match) return splitLocale(pathname);
  const rest = match[1] ?? '/';
  return isPortalRest(rest) ? { locale: 'ur', rest } : null;
}

/** The same portal page in another of the portal's languages, keeping the query string. */
export function switchUiLocalePath(url: URL, target: UiLocale): string {
  const split = splitUiLocale(url.pathname);
  const rest = split ? split.rest : '/exporter/';
  return `/${target}${rest === '' ? '/' : rest}${url.search}`;
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

/**
 * The language to answer a request in when its own address names none (an
 * API call, an action, a refusal): an explicit `locale` (a query parameter or
 * a body field) first, then the page the request was sent from (a same-site
 * `Referer` under /zh/ or /en/), then `Accept-Language`. So a refusal of a
 * form posted from a Chinese page is in Chinese whatever the browser's
 * language list says.
 */
export function requestLocale(request: Request, explicit?: unknown): Locale {
  if (isLocale(explicit)) return explicit;
  const fromQuery = new URL(request.url).searchParams.get('locale');
  if (isLocale(fromQuery)) return fromQuery;
  const referer = request.headers.get('referer');
  if (referer && referer.length <= 4096) {
    try {
      const from = new URL(referer);
      const page = from.origin === new URL(request.url).origin ? splitLocale(from.pathname) : null;
      if (page) return page.locale;
    } catch {
      // Not a URL: fall through to the browser's languages.
    }
  }
  return negotiateLocale(request.headers.get('accept-language'));
}

/**
 * `requestLocale` for the trader portal's answers (its actions, uploads and refusals): Urdu too, when asked
 * for explicitly or when the request was sent from an Urdu portal page.
 */
export function portalRequestLocale(request: Request, explicit?: unknown): UiLocale {
  if (isUiLocale(explicit)) return explicit;
  const fromQuery = new URL(request.url).searchParams.get('locale');
  if (fromQuery === 'ur') return 'ur';
  const referer = request.headers.get('referer');
  if (!isLocale(fromQuery) && referer && referer.length <= 4096) {
    try {
      const from = new URL(referer);
      if (from.origin === new URL(request.url).origin && splitUiLocale(from.pathname)?.locale === 'ur') return 'ur';
    } catch {
      // Not a URL: as requestLocale decides.
    }
  }
  return requestLocale(request, explicit);
}
