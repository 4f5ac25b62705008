/**
 * The buyer's target price per unit of a stored inquiry line: the price in the
 * buyer's currency, or for lines stored before that existed, their US cents.
 */
export function targetPriceOf(item: {
  targetPriceMinor: number | null;
  targetCurrency: string | null;
  targetPriceUsdCents: number | null;
}): { minor: number; currency: string } | null {
  if (item.targetPriceMinor !== null && item.targetCurrency) return { minor: item.targetPriceMinor, currency: item.targetCurrency };
  if (item.targetPriceUsdCents !== null) return { minor: item.targetPriceUsdCents, currency: 'USD' };
  return null;
}
