/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The page's public language: English or Chinese. On an Urdu portal page (`/ur/exporter/…`) English, the
     * language its catalog content is shown in; the page's own language is `uiLocale`.
     */
    locale: import('./i18n/locales').Locale;
    /** The language the page is written in (and `t` translates to): `locale`, or Urdu on the trader portal's pages. */
    uiLocale: import('./i18n/locales').UiLocale;
    /** The digits numbers are written with on the page (Urdu digits only for an Urdu account that chose them). */
    digits: import('./i18n/locales').Digits;
    t: import('./i18n').T;
    /** The signed-in account on portal routes (`/{locale}/exporter/…`, `/{locale}/operator/…`, `/api/exporter|operator/…`). */
    user?: import('~/server/auth/guard.server').SignedInUser | null;
    /** Given by scripts/serve.mjs to a request whose answer its page cache may keep (no cookies, no credentials). */
    keepPage?: import('~/server/page-cache.server').KeepPage;
  }
}
