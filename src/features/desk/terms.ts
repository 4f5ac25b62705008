/*
 * The term base: English terms and the Chinese the pavilion uses for them,
 * from its own bilingual catalog (category and product names) and the trade
 * terms every listing repeats. No outside translation service is asked.
 */

export interface Term {
  en: string;
  zh: string;
}

/** Trade terms Chinese importers read on every listing, in the Chinese they use. */
export const TRADE_TERMS: readonly Term[] = [
  { en: 'minimum order quantity', zh: '起订量' },
  { en: 'MOQ', zh: '起订量' },
  { en: 'FOB', zh: '离岸价' },
  { en: 'CIF', zh: '到岸价' },
  { en: 'CFR', zh: '成本加运费' },
  { en: 'EXW', zh: '工厂交货' },
  { en: 'lead time', zh: '交货期' },
  { en: 'sample', zh: '样品' },
  { en: 'free sample', zh: '免费样品' },
  { en: 'supply capacity', zh: '供货能力' },
  { en: 'HS code', zh: '海关编码' },
  { en: 'certificate', zh: '证书' },
  { en: 'halal', zh: '清真' },
  { en: 'organic', zh: '有机' },
  { en: 'packaging', zh: '包装' },
  { en: 'bulk', zh: '散装' },
  { en: 'carton', zh: '纸箱' },
  { en: 'container', zh: '集装箱' },
  { en: 'metric ton', zh: '公吨' },
  { en: 'handmade', zh: '手工制作' },
  { en: 'hand-stitched', zh: '手工缝制' },
  { en: 'export', zh: '出口' },
  { en: 'wholesale', zh: '批发' },
  { en: 'private label', zh: '贴牌' },
  { en: 'OEM', zh: '代工' },
];

const norm = (s: string) => s.toLowerCase().normalize('NFKC');

/** Whether `term` occurs in `text` as whole words (both lower-cased). */
function occursIn(text: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return false;
    const before = text[at - 1];
    const after = text[at + term.length];
    if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) return true;
    from = at + 1;
  }
}

/**
 * The terms of `terms` for `query`: those whose English occurs in it as whole words (a source text), then
 * those whose English starts with it (a word being typed), longest first, each English once; at most `limit`.
 */
export function suggestTerms(terms: readonly Term[], query: string, limit = 8): Term[] {
  const q = norm(query.trim()).slice(0, 200);
  if (q.length < 2) return [];
  const seen = new Set<string>();
  const found: Term[] = [];
  const take = (term: Term) => {
    const key = norm(term.en);
    if (seen.has(key) || !term.zh.trim()) return;
    seen.add(key);
    found.push(term);
  };
  const byLength = [...terms].sort((a, b) => b.en.length - a.en.length);
  for (const term of byLength) if (occursIn(q, norm(term.en))) take(term);
  if (!q.includes(' ') || found.length === 0) for (const term of byLength) if (norm(term.en).startsWith(q)) take(term);
  return found.slice(0, limit);
}
