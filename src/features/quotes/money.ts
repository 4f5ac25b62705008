import { LOCALES, type Locale } from '~/i18n/locales';

/**
 * Quoted money: decimal strings typed by a person become integer minor units
 * (cents, fen) by reading the digits, never through a float, and amounts are
 * multiplied and added as BigInt so no rounding ever creeps in.
 */

export const QUOTE_CURRENCIES = ['USD', 'CNY'] as const;
export type QuoteCurrency = (typeof QUOTE_CURRENCIES)[number];

/** Largest unit price a quote takes: 100 million units of the currency. */
export const MAX_UNIT_PRICE_MINOR = 10_000_000_000;

const DECIMAL = /^([0-9]{1,11})(?:[.]([0-9]{1,2}))?$/;

/**
 * "1,234.56" → 123456. Spaces and thousands commas are ignored; at most two
 * decimals. Returns null for anything else (letters, a third decimal, a
 * negative sign, an empty string).
 */
export function parseMinor(text: string): number | null {
  if (text.length > 40) return null;
  const cleaned = text.replace(/[\s,，]/g, '');
  const match = DECIMAL.exec(cleaned);
  if (!match) return null;
  const whole = BigInt(match[1]!);
  const fraction = BigInt((match[2] ?? '').padEnd(2, '0'));
  const minor = whole * 100n + fraction;
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** 123456 → "1234.56": what the editor shows again. */
export function minorToDecimal(minor: number): string {
  const value = BigInt(minor);
  const whole = value / 100n;
  const fraction = value % 100n;
  return `${whole}.${fraction < 10n ? '0' : ''}${fraction}`;
}

/** quantity × unit price, exactly; null when it would not fit a safe integer. */
export function lineAmount(quantity: number, unitPriceMinor: number): number | null {
  const amount = BigInt(quantity) * BigInt(unitPriceMinor);
  return amount <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(amount) : null;
}

/** The sum of amounts, exactly; null when it would not fit a safe integer. */
export function sumMinor(amounts: readonly number[]): number | null {
  const total = amounts.reduce((sum, a) => sum + BigInt(a), 0n);
  return total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : null;
}

/** The unit price that applies to a quantity: the highest tier it reaches, else the base price. */
export function priceFor(quantity: number, basePriceMinor: number, tiers: ReadonlyArray<{ minQuantity: number; unitPriceMinor: number }>): number {
  let price = basePriceMinor;
  let reached = 0;
  for (const tier of tiers) {
    if (quantity >= tier.minQuantity && tier.minQuantity >= reached) {
      price = tier.unitPriceMinor;
      reached = tier.minQuantity;
    }
  }
  return price;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats minor units of USD or CNY in the locale's style. The amount is
 * handed to Intl as a decimal string, which it formats without a float.
 */
export function formatMinor(minor: number, currency: string, locale: Locale): string {
  const key = `${locale} ${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[locale].intl, {
      style: 'currency',
      currency,
      currencyDisplay: 'symbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    // Quotes are in USD or CNY (samples too): the map stays small.
    if (formatters.size < 100) formatters.set(key, format);
  }
  // Intl formats a numeric string exactly (ECMA-402 "Intl.NumberFormat v3").
  return format.format(minorToDecimal(minor) as `${number}`);
}
