import { latinDigits } from '~/lib/digits';

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
  const cleaned = latinDigits(text).replace(/[\s,]/g, '');
  const match = DECIMAL.exec(cleaned);
  if (!match) return null;
  const whole = BigInt(match[1]!);
  const fraction = BigInt((match[2] ?? '').padEnd(2, '0'));
  const minor = whole * 100n + fraction;
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}
