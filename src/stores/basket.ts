import { atom, onMount } from 'nanostores';
import { addSlug, BASKET_COOKIE, decodeBasket, encodeBasket, removeSlug, SAMPLES_COOKIE } from '~/features/inquiry/basket';

/** Product slugs in the visitor's inquiry basket, shared by the add buttons and the header badge. */
export const $basket = atom<string[]>([]);
/** The basket's products with a sample asked for first. */
export const $samples = atom<string[]>([]);

function readCookie(name = BASKET_COOKIE): string[] {
  const entry = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return decodeBasket(entry?.slice(name.length + 1));
}

function writeCookie(slugs: string[], name = BASKET_COOKIE): void {
  // Not HttpOnly on purpose: the page's islands and the server read the same basket.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Safari and Firefox.
  document.cookie = `${name}=${encodeBasket(slugs)}; Path=/; Max-Age=${60 * 60 * 24 * 90}; SameSite=Lax`;
}

onMount($samples, () => {
  $samples.set(readCookie(SAMPLES_COOKIE));
  const sync = () => $samples.set(readCookie(SAMPLES_COOKIE));
  window.addEventListener('focus', sync);
  return () => window.removeEventListener('focus', sync);
});

onMount($basket, () => {
  $basket.set(readCookie());
  // Another tab may change the basket: pick it up when this one comes back.
  const sync = () => $basket.set(readCookie());
  window.addEventListener('focus', sync);
  return () => window.removeEventListener('focus', sync);
});

export function addToBasket(slug: string): void {
  const next = addSlug(readCookie(), slug);
  writeCookie(next);
  $basket.set(next);
}

/** "Request a sample": the product goes into the basket with a sample asked for first; false when the basket is full. */
export function addSampleToBasket(slug: string): boolean {
  addToBasket(slug);
  if (!readCookie().includes(slug)) return false;
  const samples = addSlug(readCookie(SAMPLES_COOKIE), slug);
  writeCookie(samples, SAMPLES_COOKIE);
  $samples.set(samples);
  return true;
}

export function removeFromBasket(slug: string): void {
  const next = removeSlug(readCookie(), slug);
  writeCookie(next);
  const samples = removeSlug(readCookie(SAMPLES_COOKIE), slug);
  writeCookie(samples, SAMPLES_COOKIE);
  $samples.set(samples);
  $basket.set(next);
}

export function clearBasket(): void {
  writeCookie([]);
  writeCookie([], SAMPLES_COOKIE);
  $samples.set([]);
  $basket.set([]);
}
