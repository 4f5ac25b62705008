import type { T } from './index';

type Group = 'unit' | 'incoterm' | 'certification' | 'check' | 'sample' | 'period';

/** The label of a trade code (unit, Incoterm, certificate…), or the code itself when it has none. */
export function tradeLabel(t: T, group: Group, code: string): string {
  const key = `trade:${group}.${code}`;
  return t(key, { defaultValue: code });
}
