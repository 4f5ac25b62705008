/**
 * Text processing shared by the search engines: normalisation, Chinese
 * segmentation with character bigrams, synonyms across both languages, and
 * highlighting. Pure functions, no engine types.
 */
import { z } from 'zod';
import { foldChinese } from './chinese.server';
import synonymsFile from '../../../data/reference/synonyms.json' with { type: 'json' };

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Lower-case, NFKC (full-width → half-width), strip controls and marks that never carry meaning. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ');
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Splits text into index terms. Latin words are split on anything that is not
 * a letter or digit; Chinese runs give the words `Intl.Segmenter` knows plus
 * every character bigram (and the single characters of one-character runs),
 * so names it does not know — 锡亚尔科特 — still match on their parts.
 */
export function tokenize(text: string, options: { segment?: boolean } = {}): string[] {
  const segment = options.segment ?? true;
  const terms: string[] = [];
  // Traditional characters are indexed and searched as their simplified forms: 鹽燈 finds 盐灯.
  const normalized = foldChinese(normalize(text));
  for (const match of normalized.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (!CJK.test(word)) {
      terms.push(word);
      continue;
    }
    // Mixed runs such as "1121香米": split Latin/digit parts from Chinese ones.
    for (const part of word.split(/([\u3400-\u9fff\uf900-\ufaff]+)/)) {
      if (!part) continue;
      if (!CJK.test(part)) terms.push(part);
      else terms.push(...chineseTerms(part, segment));
    }
  }
  return terms;
}

/** Bigrams always; dictionary words too when `segment` (worth it on names, too slow on long text). */
function chineseTerms(run: string, segment: boolean): string[] {
  const out = new Set<string>();
  if (segment) {
    for (const { segment: word, isWordLike } of zhSegmenter.segment(run)) {
      if (isWordLike && word.length > 1) out.add(word);
    }
  }
  const chars = [...run];
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/**
 * Groups of words buyers use for the same thing, in both languages. A query
 * term in a group also searches the others, so 玫瑰盐 finds "pink salt" and
 * "soccer ball" finds 足球.
 */
export const synonymsFileSchema = z.object({
  version: z.number().int().min(1),
  groups: z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(40)).max(2000),
});
/** Kept as reference data in `data/reference/synonyms.json`, validated when loaded. */
export const SYNONYMS: string[][] = synonymsFileSchema.parse(synonymsFile).groups;

const synonymIndex = new Map<string, string[]>();
for (const group of SYNONYMS) for (const word of group) synonymIndex.set(normalize(word), group.map(normalize));

/** Each synonym with its test, made once: a Chinese word is found anywhere, a Latin one as a whole word. */
const synonymTests = [...synonymIndex].map(([word, group]) => {
  const pattern = hasCjk(word) ? null : new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}([^\\p{L}]|$)`, 'u');
  return { word, group, contained: pattern ? (q: string) => pattern.test(q) : (q: string) => q.includes(word) };
});

/**
 * Expands a query with its synonyms: returns extra phrases to search for
 * (not including the query itself). Matches whole query, then each word.
 */
export function synonymsOf(query: string): string[] {
  const q = normalize(query).trim();
  const found = new Set<string>();
  for (const { word, group, contained } of synonymTests) {
    if (contained(q)) for (const other of group) if (other !== word && !q.includes(other)) found.add(other);
  }
  return [...found];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps the query's terms in `<mark>` inside a text, escaping everything
 * else, and cuts a window around the first match. The query's terms and their
 * pattern are worked out once, for every text of an answer (`highlighter`).
 * Returns safe HTML.
 */
export function highlighter(query: string, maxLength = 160): (text: string) => string {
  const needles = [...new Set([...normalize(query).split(/[^\p{L}\p{N}]+/u), ...(query.match(CJK_RUN) ?? [])])]
    .filter((n) => n.length >= (hasCjk(n) ? 1 : 2))
    .sort((a, b) => b.length - a.length);
  const pattern = needles.length ? new RegExp(`(${needles.map(escapeRegExp).join('|')})`, 'giu') : null;
  return (text) => {
    let start = 0;
    if (pattern && text.length > maxLength) {
      // The first match, found by the pattern itself rather than by lower-casing the whole text for each term.
      pattern.lastIndex = 0;
      const first = pattern.exec(text);
      if (first) start = Math.max(0, first.index - Math.floor(maxLength / 3));
    }
    const window = text.slice(start, start + maxLength);
    const prefix = start > 0 ? '…' : '';
    const suffix = start + maxLength < text.length ? '…' : '';
    if (!pattern) return prefix + escapeHtml(window) + suffix;
    const parts = window.split(pattern);
    return prefix + parts.map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part))).join('') + suffix;
  };
}

const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!HTML_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
