import type { T } from './index';
import type { Digits, UiLocale } from './locales';
import { formatNumber } from '~/lib/format';

type Group = 'unit' | 'incoterm' | 'certification' | 'check' | 'sample' | 'period';

/** Labels already looked up, per translation function (one per locale): a product card shows several on every render. */
const looked = new WeakMap<T, Map<string, string>>();

/** The label of a trade code (unit, Incoterm, certificate…), or the code itself when it has none. */
export function tradeLabel(t: T, group: Group, code: string): string {
  const key = `trade:${group}.${code}`;
  let labels = looked.get(t);
  if (!labels) {
    labels = new Map();
    looked.set(t, labels);
  }
  let label = labels.get(key);
  if (label === undefined) {
    label = t(key, { defaultValue: code });
    // Codes come from the reference data; the bound only guards against codes built from a visitor's input.
    if (labels.size < 10_000) labels.set(key, label);
  }
  return label;
}

/**
 * A quantity with its unit, as each language says it: “200 pieces”, “1 metric
 * ton”, “200 件”, “3 个 20 尺柜”. The number is formatted for the locale.
 */
export function formatQuantity(t: T, locale: UiLocale, quantity: number, unit: string, digits: Digits = 'latin'): string {
  const n = formatNumber(quantity, locale, digits);
  return t(`trade:quantity.${unit}`, { count: quantity, n, defaultValue: `${n} ${tradeLabel(t, 'unit', unit)}` });
}
