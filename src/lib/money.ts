import type { Digits } from '~/i18n/locales';
import { latinDigits, urduDigits } from './digits';

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
  const s = latinDigits(text).trim();
  if (s.startsWith('-')) return { ok: false, code: 'priceMin' };
  const match = DECIMAL.exec(s);
  if (!match) return { ok: false, code: /^\d+,\d+$/.test(s) ? 'priceComma' : 'priceFormat' };
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (minor <= 0) return { ok: false, code: 'priceMin' };
  if (minor > maxMinor) return { ok: false, code: 'priceMax' };
  return { ok: true, minor };
}

/** Units of each currency per US dollar, as the decimal strings the operator keeps (e.g. "7.100000"). */
export type RateTable = Partial<Record<string, string | null>>;

const SCALE = 1_000_000n;

/** A rate as stored (`numeric(18,6)`, units per USD) in millionths, or null when it is not a positive decimal. */
function millionths(rate: string | null | undefined): bigint | null {
  const match = rate ? /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(rate.trim()) : null;
  if (!match) return null;
  const value = BigInt(match[1]!) * SCALE + BigInt((match[2] ?? '').padEnd(6, '0'));
  return value > 0n ? value : null;
}

/** `numerator / denominator`, rounded half away from zero, for non-negative values. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/**
 * Converts an amount in minor units between USD and another currency at the
 * operator's rates (units per USD), in integer arithmetic; both sides have two
 * decimals (cents, fen). Null when a rate is missing.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rates: RateTable): number | null {
  if (from === to) return amountMinor;
  const amount = BigInt(Math.round(amountMinor));
  let usd = amount;
  if (from !== 'USD') {
    const rate = millionths(rates[from]);
    if (rate === null) return null;
    usd = divideRounded(amount * SCALE, rate);
  }
  if (to === 'USD') return Number(usd);
  const rate = millionths(rates[to]);
  return rate === null ? null : Number(divideRounded(usd * rate, SCALE));
}

/** Minor units of a currency in US cents at a rate of `perUsd` units per dollar, rounded half up; null without a usable rate. */
export function minorToUsdCents(minor: number, currency: string, perUsd: string | null | undefined): number | null {
  return convertMinor(minor, currency, 'USD', { [currency]: perUsd });
}

/** The other currency an amount is shown in beside its own: yuan for dollar amounts, dollars for the rest. */
export function otherCurrency(currency: string): 'USD' | 'CNY' {
  return currency === 'USD' ? 'CNY' : 'USD';
}

/** A price ladder step: from `minQuantity` units on, `unitPriceMinor` each. */
export interface Tier {
  minQuantity: number;
  unitPriceMinor: number;
}

/** The unit price that applies to a quantity: the ladder step with the highest `minQuantity` it reaches, else the base price. */
export function unitPriceAt(basePriceMinor: number, tiers: readonly Tier[], quantity: number): number {
  let price = basePriceMinor;
  let reached = -1;
  for (const tier of tiers) {
    if (tier.minQuantity <= quantity && tier.minQuantity > reached) {
      reached = tier.minQuantity;
      price = tier.unitPriceMinor;
    }
  }
  return price;
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

/** 123456 → "1234.56": what an editor shows again. */
export function minorToDecimal(minor: number): string {
  const value = BigInt(minor);
  const whole = value / 100n;
  const fraction = value % 100n;
  return `${whole}.${fraction < 10n ? '0' : ''}${fraction}`;
}

const SYMBOLS: Partial<Record<string, string>> = { USD: 'US$', CNY: '¥' };
const grouping = new Intl.NumberFormat('en-US');

/**
 * An amount of minor units as shown and printed everywhere (both languages group digits the same way):
 * `US$1,234.56`, `¥88.00`, `PKR 5,000.00`. The currency is always unambiguous next to another. Exact:
 * the whole part is grouped as a BigInt, the cents come from integers, no float is involved. On an Urdu
 * page for an account that reads Urdu digits (`digits: 'urdu'`), the number is written `US$۱٬۲۳۴٫۵۶`:
 * the currency's symbol or code stays as it is.
 */
export function formatMinor(minor: number, currency: string, digits: Digits = 'latin'): string {
  const sign = minor < 0 ? '-' : '';
  const abs = BigInt(Math.abs(Math.trunc(minor)));
  const cents = String(abs % 100n).padStart(2, '0');
  const amount = `${grouping.format(abs / 100n)}.${cents}`;
  return `${sign}${SYMBOLS[currency] ?? `${currency} `}${digits === 'urdu' ? urduDigits(amount) : amount}`;
}
