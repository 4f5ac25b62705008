import { LOCALES, type Locale } from '~/i18n/locales';

/** A price ladder step of a quote line: from `minQuantity` units on, `unitPriceMinor` each. */
export interface Tier {
  minQuantity: number;
  unitPriceMinor: number;
}

/**
 * The unit price a quote line asks at a quantity: the step of its ladder with
 * the highest `minQuantity` the quantity reaches, else the line's own price.
 */
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

/** Units of each currency per US dollar, as the decimal strings the operator keeps (e.g. "7.100000"). */
export type RateTable = Partial<Record<string, string>>;

const SCALE = 1_000_000n;

/** A decimal string with up to six decimals as millionths, or null when it is not a positive decimal. */
function millionths(rate: string | undefined): bigint | null {
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
  const toUsd =
    from === 'USD'
      ? amount
      : (() => {
          const rate = millionths(rates[from]);
          return rate === null ? null : divideRounded(amount * SCALE, rate);
        })();
  if (toUsd === null) return null;
  if (to === 'USD') return Number(toUsd);
  const rate = millionths(rates[to]);
  return rate === null ? null : Number(divideRounded(toUsd * rate, SCALE));
}

/** The other currency a quote's amounts are shown in: yuan for dollar quotes, dollars for the rest. */
export function otherCurrency(currency: string): 'USD' | 'CNY' {
  return currency === 'USD' ? 'CNY' : 'USD';
}

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in minor units (two decimals) of a currency, in the locale's style. */
export function formatMinor(amountMinor: number, currency: string, locale: Locale): string {
  const key = `${locale} ${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[locale].intl, { style: 'currency', currency, currencyDisplay: currency === 'PKR' ? 'code' : 'symbol' });
    formatters.set(key, f);
  }
  // Display only: the amount is exact in minor units, the division is for the formatter.
  return f.format(amountMinor / 100);
}
