/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./i18n/locales').Locale;
    t: import('./i18n').T;
    /** The signed-in account on portal routes (`/{locale}/exporter/…`, `/{locale}/operator/…`, `/api/exporter|operator/…`). */
    user?: import('~/server/auth/guard.server').SignedInUser | null;
    /** Given by scripts/serve.mjs to a request whose answer its page cache may keep (no cookies, no credentials). */
    keepPage?: import('~/server/page-cache.server').KeepPage;
  }
}
