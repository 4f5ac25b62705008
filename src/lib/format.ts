import { intlTag, type Digits, type UiLocale } from '~/i18n/locales';

/** Exchange rates as units of each currency per US dollar. */
export type Rates = { CNY: number; PKR: number; asOf: Date | null };

export type Currency = 'USD' | 'CNY' | 'PKR';

// Creating an Intl formatter costs far more than formatting with it, and a
// catalog page formats hundreds of values: each kind is made once and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as F;
}

/**
 * Formats an amount of US cents, optionally converted, in the locale's style.
 *
 * One rule for decimals everywhere: two decimals below 10,000, none from
 * 10,000 up (US$120.50, ¥857.96, ¥12,345). Rupee amounts never show paisa,
 * as Pakistani price lists do. A converted amount is an estimate at the
 * operator's rate: show it with `formatApproxMoney`, not with this.
 */
export function formatMoney(usdCents: number, locale: UiLocale, currency: Currency = 'USD', rates?: Rates, digits: Digits = 'latin'): string {
  const amount = amountIn(usdCents, currency, rates);
  return moneyFormatter(locale, currency, currency === 'PKR' || Math.abs(amount) >= 10000 ? 0 : 2, digits).format(amount);
}

/**
 * A converted amount, which is only as exact as the exchange rate: whole
 * yuan or rupees from 1,000 up (¥7,832), two decimals below (¥8.57). The
 * caller puts it in the locale's “about” phrase (`common:money.approx`:
 * 约 ¥7,832 / ≈ CN¥7,832), so that every page says it the same way.
 */
export function formatApproxMoney(usdCents: number, locale: UiLocale, currency: Currency, rates: Rates, digits: Digits = 'latin'): string {
  const amount = amountIn(usdCents, currency, rates);
  return moneyFormatter(locale, currency, currency === 'PKR' || Math.abs(amount) >= 1000 ? 0 : 2, digits).format(amount);
}

function amountIn(usdCents: number, currency: Currency, rates?: Rates): number {
  const usd = usdCents / 100;
  return currency === 'USD' ? usd : usd * (rates?.[currency] ?? Number.NaN);
}

function moneyFormatter(locale: UiLocale, currency: Currency, fractionDigits: number, digits: Digits): Intl.NumberFormat {
  const tag = intlTag(locale, digits);
  return cached(
    `money ${tag} ${currency} ${fractionDigits}`,
    () =>
      new Intl.NumberFormat(tag, {
        style: 'currency',
        currency,
        // ¥ reads naturally to Chinese buyers; English shows CN¥; rupees keep their code.
        currencyDisplay: currency === 'PKR' ? 'code' : 'symbol',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  );
}

/** A number in the locale's style; in the Urdu portal with the account's digits (۱٬۲۳۴ or 1,234). */
export function formatNumber(value: number, locale: UiLocale, digits: Digits = 'latin'): string {
  const tag = intlTag(locale, digits);
  return cached(`number ${tag}`, () => new Intl.NumberFormat(tag)).format(value);
}

/** A calendar date, e.g. "12 Mar 2027" or "2027年3月12日". Dates are ISO strings or Date objects. */
export function formatDate(value: string | Date, locale: UiLocale, digits: Digits = 'latin'): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  const tag = intlTag(locale, digits);
  return cached(
    `date ${tag}`,
    () =>
      new Intl.DateTimeFormat(tag, {
        year: 'numeric',
        month: locale === 'zh' ? 'long' : 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / 86_400_000);
}

/** Joins place names the way each language lists them (锡亚尔科特，旁遮普省 / Sialkot, Punjab). */
export function joinList(items: Array<string | undefined>, locale: UiLocale): string {
  return items.filter(Boolean).join(locale === 'zh' ? '，' : locale === 'ur' ? '، ' : ', ');
}

/** Joins the items of an enumeration (HS chapters, certificates, ports): 25、68 / 25, 68. */
export function joinEnumeration(items: Array<string | undefined>, locale: UiLocale): string {
  return items.filter(Boolean).join(locale === 'zh' ? '、' : locale === 'ur' ? '، ' : ', ');
}
