/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./i18n/locales').Locale;
    t: import('./i18n').T;
    /** The signed-in account on portal routes (`/{locale}/exporter/…`, `/{locale}/operator/…`, `/api/exporter|operator/…`). */
    user?: import('~/server/auth/guard.server').SignedInUser | null;
  }
}
