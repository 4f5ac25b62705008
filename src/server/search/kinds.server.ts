/**
 * What a buyer asks for, beyond words: product types ("kinds", derived from a
 * product's category and name with the curated list in
 * `data/reference/search-kinds.json`), certificates, HS codes and pinyin.
 * Both engines use it: documents carry the same derived fields, and a query is
 * read into the same plan before either engine ranks anything.
 */
import { z } from 'zod';
import kindsFile from '../../../data/reference/search-kinds.json' with { type: 'json' };
import { CITIES, PROVINCES } from '~/lib/geo';
import { foldChinese, pinyinKeys } from './chinese.server';
import { escapeRegExp, hasCjk, normalize } from './text.server';
import type { SearchDocument } from './types.server';

const words = z.array(z.string().trim().min(1).max(60)).max(200);
export const searchKindsFileSchema = z.object({
  version: z.number().int().min(1),
  kinds: z
    .array(
      z.object({
        slug: z.string().regex(/^[a-z0-9-]{1,60}$/),
        en: z.string().min(1).max(80),
        zh: z.string().min(1).max(40),
        aliases: words.min(1),
        categories: words.optional(),
        match: words.optional(),
        exclude: words.optional(),
        /** For a kind the catalog does not sell: the category to point buyers to. */
        nearest: z.string().max(60).optional(),
      }),
    )
    .max(1000),
  certificates: z.array(z.object({ code: z.string().regex(/^[a-z0-9_]{1,40}$/), registration: z.boolean().optional(), aliases: words.min(1) })).max(100),
  /** Words that say nothing about the product (wholesale, 批发, supplier…): ignored once a kind is named. */
  fillers: words,
  /** Units whose characters must not be read as products (米 in 厘米). */
  units: words,
});
type KindsFile = z.output<typeof searchKindsFileSchema>;
export type Kind = KindsFile['kinds'][number];

const FILE: KindsFile = searchKindsFileSchema.parse(kindsFile);
export const KINDS: readonly Kind[] = FILE.kinds;
const KIND_BY_SLUG = new Map(KINDS.map((k) => [k.slug, k]));

/** Normalised (NFKC, lower case, traditional folded to simplified) text, the form every comparison here uses. */
export function fold(text: string): string {
  return foldChinese(normalize(text));
}

interface Alias {
  text: string;
  cjk: boolean;
  pattern: RegExp | null;
  target: { kind: string } | { certificate: string; registration: boolean } | { place: string } | { filler: true };
}

const ALIASES: Alias[] = (() => {
  const out: Alias[] = [];
  const add = (raw: string, target: Alias['target']) => {
    const text = fold(raw).trim();
    const cjk = hasCjk(text);
    out.push({ text, cjk, pattern: cjk ? null : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(text)}(?=[^\\p{L}\\p{N}]|$)`, 'u'), target });
  };
  for (const kind of KINDS) for (const alias of [...kind.aliases, kind.en, kind.zh]) add(alias, { kind: kind.slug });
  for (const cert of FILE.certificates) for (const alias of cert.aliases) add(alias, { certificate: cert.code, registration: Boolean(cert.registration) });
  // Places: the city or province a product comes from (Sialkot, 锡亚尔科特, xiyaerkete).
  for (const [slug, city] of Object.entries(CITIES)) for (const name of [city.en, city.zh]) add(name, { place: `city:${slug}` });
  for (const [slug, province] of Object.entries(PROVINCES))
    for (const name of [province.en, province.zh, province.zh.replace(/省$/, '')]) add(name, { place: `province:${slug}` });
  for (const filler of FILE.fillers) add(filler, { filler: true });
  // Longest first: 盐灯 is read before 盐 and 灯, "surgical scissors" before "scissors".
  return out.sort((a, b) => b.text.length - a.text.length);
})();

/** Pinyin (full, and initials for two or more characters) of the Chinese kind names: `fenyan` → 粉盐, `zq` → 足球. */
const ALIAS_PINYIN = (() => {
  const map = new Map<string, string>();
  for (const alias of ALIASES) {
    if (!alias.cjk || 'filler' in alias.target || alias.text.length > 8) continue;
    for (const key of pinyinKeys(alias.text)) if (key.length >= 2 && !map.has(key)) map.set(key, alias.text);
  }
  return map;
})();

const UNIT_WORDS = FILE.units.map(fold).filter((u) => [...u].length > 1);
const UNIT_PATTERN = new RegExp(UNIT_WORDS.map(escapeRegExp).join('|'), 'g');

/** What a query asks for, read before ranking. */
export interface QueryPlan {
  /** The query, normalised and folded to simplified Chinese; pinyin replaced by the Chinese it spells. */
  text: string;
  /** Product types named, e.g. `salt-lamp` for 盐灯. */
  kinds: string[];
  /** Named kinds the catalog has no product of (医用手套), with the category nearest to them. */
  missing: Array<{ kind: string; nearest: string | null }>;
  /** Product certificates named (`halal` for 清真), and registrations (`gacc`). */
  certificates: string[];
  registrations: string[];
  /** Places named, as `city:{slug}` or `province:{slug}`. */
  places: string[];
  /** A 4–10 digit HS code or prefix. */
  hs: string | null;
  /** What is left once kinds, certificates and filler words are read: empty when the query only names them. */
  rest: string;
}

/**
 * Reads a query: product kinds, certificates and HS codes it names, and pinyin
 * spelling a kind (`xiangmi` → 香米). `kindSizes` tells how many products each
 * kind has, so a kind with none is reported as missing.
 */
export function planQuery(q: string, kindSizes: (slug: string) => number = () => 1): QueryPlan {
  let text = fold(q).replace(/\s+/g, ' ').trim();
  const digits = text.replace(/[\s.]/g, '');
  const hs = /^\d{4,10}$/.test(digits) ? digits : null;
  if (!hasCjk(text) && /^[a-z ]{2,40}$/.test(text)) {
    // Pinyin of a kind or place, typed with or without spaces: xiangmi, fen yan, xiyaerkete.
    const spelled = ALIAS_PINYIN.get(text.replace(/ /g, ''));
    if (spelled && !ALIASES.some((a) => !a.cjk && a.pattern!.test(text))) text = spelled;
  }
  let rest = ` ${text.replace(UNIT_PATTERN, ' ')} `;
  const kinds = new Set<string>();
  const certificates = new Set<string>();
  const registrations = new Set<string>();
  const places = new Set<string>();
  for (const alias of ALIASES) {
    let found = false;
    if (alias.cjk) {
      if (rest.includes(alias.text)) {
        rest = rest.split(alias.text).join(' ');
        found = true;
      }
    } else if (rest.includes(alias.text) && alias.pattern!.test(rest)) {
      rest = rest.replace(new RegExp(alias.pattern!.source, 'gu'), '$1 ');
      found = true;
    }
    if (!found) continue;
    const target = alias.target;
    if ('kind' in target) kinds.add(target.kind);
    else if ('certificate' in target) (target.registration ? registrations : certificates).add(target.certificate);
    else if ('place' in target) places.add(target.place);
  }
  const missing: QueryPlan['missing'] = [];
  for (const slug of kinds) {
    if (kindSizes(slug) > 0) continue;
    kinds.delete(slug);
    missing.push({ kind: slug, nearest: KIND_BY_SLUG.get(slug)?.nearest ?? null });
  }
  rest = rest.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return {
    text,
    kinds: [...kinds],
    missing,
    certificates: [...certificates],
    registrations: [...registrations],
    places: [...places],
    hs,
    rest: hs ? '' : rest,
  };
}

const MATCHERS = KINDS.map((kind) => ({
  slug: kind.slug,
  categories: kind.categories ? new Set(kind.categories) : null,
  match: (kind.match ?? []).map(fold),
  exclude: (kind.exclude ?? []).map(fold),
  // A kind with neither a category nor name words is one the catalog does not sell.
  never: !kind.categories && !kind.match,
}));

/** The kinds a product belongs to, from its category and its names in both languages. */
export function kindsOf(doc: Pick<SearchDocument, 'type' | 'category' | 'name_en' | 'name_zh'>): string[] {
  if (doc.type !== 'product') return [];
  const name = ` ${fold(`${doc.name_en} ${doc.name_zh}`)}`;
  const out: string[] = [];
  for (const m of MATCHERS) {
    if (m.never || (m.categories && !m.categories.has(doc.category))) continue;
    if (m.match.length && !m.match.some((w) => name.includes(w))) continue;
    if (m.exclude.some((w) => name.includes(w))) continue;
    out.push(m.slug);
  }
  return out;
}

/** The plan of a search for exporters or articles: kinds, certificates and HS codes are products' own, so only the words count. */
export function wordsOnly(plan: QueryPlan): QueryPlan {
  return { ...plan, kinds: [], missing: [], certificates: [], registrations: [], places: [], hs: null, rest: plan.text };
}

/** Whether a document comes from a place named as `city:{slug}` or `province:{slug}`. */
export function fromPlace(doc: Pick<SearchDocument, 'city' | 'province'>, place: string): boolean {
  return place === `city:${doc.city}` || place === `province:${doc.province}`;
}

/** Whether the catalog can have products of a kind at all (医用手套 is named by buyers but sold by no one). */
export function kindCanMatch(slug: string): boolean {
  return MATCHERS.some((m) => m.slug === slug && !m.never);
}

/** The names a kind is shown and searched under. */
export function kindNames(slug: string): { en: string; zh: string } | null {
  const kind = KIND_BY_SLUG.get(slug);
  return kind ? { en: kind.en, zh: kind.zh } : null;
}

/** The words a kind is searched under (aliases in both languages), for engines that index them with the document. */
export function kindSearchText(slugs: readonly string[]): string {
  return slugs.map((slug) => KIND_BY_SLUG.get(slug)?.aliases.join(' ') ?? '').join(' ');
}

/** The words a certificate or registration is searched under (清真 for `halal`). */
export function certificateSearchText(codes: readonly string[]): string {
  return codes.map((code) => FILE.certificates.find((c) => c.code === code)?.aliases.join(' ') ?? code).join(' ');
}

/** All prefixes of an HS code from 4 digits up: `25010011` → 2501, 25010, 250100, 2501001, 25010011. */
export function hsPrefixes(hsCode: string | undefined): string[] {
  const digits = (hsCode ?? '').replace(/\D/g, '');
  const out: string[] = [];
  for (let n = 4; n <= digits.length; n++) out.push(digits.slice(0, n));
  return out;
}

/** The Chinese words of a text that pinyin can reach: dictionary words and short whole runs. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
export function chineseWords(text: string): string[] {
  const out = new Set<string>();
  for (const run of fold(text).match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length <= 8) out.add(run);
    for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike && segment.length > 1) out.add(segment);
  }
  return [...out];
}

export { pinyinKeys };
