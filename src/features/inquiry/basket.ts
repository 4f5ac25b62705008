/**
 * The inquiry basket is a list of product slugs kept in a cookie, so the
 * server can render it (pages work without JavaScript) and islands can change
 * it (through the `$basket` store). Quantities, units and prices are filled
 * in on the inquiry form itself.
 */
import { isSlug } from '~/lib/slug';

export const BASKET_COOKIE = 'pkp_basket';
/** The basket's products the buyer wants a sample of first ("Request a sample"): a subset of the basket, same encoding. */
export const SAMPLES_COOKIE = 'pkp_samples';
export const BASKET_MAX = 20;
/**
 * Shared pages never read the basket cookie (they are the same for every
 * visitor and cached as such). After a product is added without JavaScript
 * the visitor comes back to `…?added=<slug>`, a page that shows it added.
 */
export const ADDED_PARAM = 'added';
/** Marks the page a "Request a sample" post returns to with the product whose sample was asked for. */
export const SAMPLE_PARAM = 'sample';

/** Reads a basket cookie value; anything malformed is dropped, never trusted. */
export function decodeBasket(value: string | undefined | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    if (!Array.isArray(parsed)) return [];
    return [...new Set(parsed.filter((s): s is string => typeof s === 'string' && isSlug(s, 121)))].slice(0, BASKET_MAX);
  } catch {
    return [];
  }
}

export function encodeBasket(slugs: string[]): string {
  return encodeURIComponent(JSON.stringify(slugs.slice(0, BASKET_MAX)));
}

export function addSlug(basket: string[], slug: string): string[] {
  if (!isSlug(slug, 121) || basket.includes(slug) || basket.length >= BASKET_MAX) return basket;
  return [...basket, slug];
}

export function removeSlug(basket: string[], slug: string): string[] {
  return basket.filter((s) => s !== slug);
}
