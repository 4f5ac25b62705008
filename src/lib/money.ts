import { LOCALES, type Locale } from '~/i18n/locales';

/**
 * Money typed by people and shown back to them: decimal strings parsed to
 * integer minor units (fen, cents) without ever passing through a float, and
 * conversions at the operator's rates done in integers too.
 */

/** The currencies a buyer states a target price in. Both have two minor digits. */
export const PRICE_CURRENCIES = ['CNY', 'USD'] as const;
export type PriceCurrency = (typeof PRICE_CURRENCIES)[number];

/** Longest price text looked at; anything longer is refused before it is read. */
export const PRICE_TEXT_MAX = 20;

export type DecimalResult = { ok: true; minor: number } | { ok: false; code: 'tooLong' | 'priceFormat' | 'priceComma' | 'priceMin' | 'priceMax' };

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Parses a price per unit such as "8", "8.5" or "1.20" into minor units
 * (8 → 800). Length first, then one linear pattern; exponents ("1e3"), signs,
 * decimal commas ("1,5") and more than two decimals are refused with a code.
 */
export function parseDecimalMinor(text: string, maxMinor: number): DecimalResult {
  if (text.length > PRICE_TEXT_MAX) return { ok: false, code: 'tooLong' };
  const s = text.trim();
  if (s.startsWith('-')) return { ok: false, code: 'priceMin' };
  const match = DECIMAL.exec(s);
  if (!match) return { ok: false, code: /^\d+,\d+$/.test(s) ? 'priceComma' : 'priceFormat' };
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (minor <= 0) return { ok: false, code: 'priceMin' };
  if (minor > maxMinor) return { ok: false, code: 'priceMax' };
  return { ok: true, minor };
}

/** A rate as stored (`numeric(18,6)`, units per USD) in millionths, as an integer. */
function micro(perUsd: string): bigint | null {
  const match = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(perUsd.trim());
  if (!match) return null;
  return BigInt(match[1]!) * 1_000_000n + BigInt((match[2] ?? '').padEnd(6, '0'));
}

/**
 * Converts minor units of a currency into US cents at a rate of `perUsd`
 * units per dollar, rounded half up. Null without a usable rate.
 */
export function minorToUsdCents(minor: number, currency: string, perUsd: string | null | undefined): number | null {
  if (currency === 'USD') return minor;
  const rate = perUsd ? micro(perUsd) : null;
  if (!rate) return null;
  const scaled = BigInt(minor) * 1_000_000n;
  return Number((scaled * 2n + rate) / (rate * 2n));
}

/**
 * An amount of minor units in the reader's language. The currency is always
 * unambiguous next to another: ¥ for renminbi, US$ for dollars.
 */
export function formatMinor(minor: number, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(LOCALES[locale].intl, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Whole and fractional parts from integers, so a large amount never rounds through a float.
  const whole = Math.trunc(minor / 100);
  const cents = String(Math.abs(minor % 100)).padStart(2, '0');
  return format
    .formatToParts(whole)
    .map((p) => {
      if (p.type === 'currency') return currency === 'USD' ? 'US$' : currency === 'CNY' ? '¥' : p.value;
      if (p.type === 'fraction') return cents;
      return p.value;
    })
    .join('');
}
