import FlexSearch from 'flexsearch';
import { emptyFacets, type Facets, type SearchDocument, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from './types.server';
import { chineseWords, fromPlace, kindsOf, pinyinKeys, planQuery, type QueryPlan, wordsOnly } from './kinds.server';
import { escapeRegExp, hasCjk, synonymsOf, tokenize } from './text.server';

/** The three indexed views of a document and how much a match in each counts. */
const FIELDS = [
  { name: 'name', boost: 5, text: (d: SearchDocument) => `${d.name_en} ${d.name_zh}`, segment: false },
  {
    name: 'keywords',
    boost: 3,
    text: (d: SearchDocument) => `${d.keywords_en} ${d.keywords_zh} ${d.category_en} ${d.category_zh} ${d.exporter_en} ${d.exporter_zh}`,
    // Short and repeated (category and exporter names): dictionary words are worth their cost here.
    segment: true,
  },
  { name: 'text', boost: 1, text: (d: SearchDocument) => `${d.text_en} ${d.text_zh}`, segment: false },
] as const;

/**
 * Snippet text kept per document, in characters; the full text is only
 * indexed. Chinese says as much in fewer characters (and V8 stores it at two
 * bytes a character), so it keeps fewer: 120 characters fill more than a snippet line.
 */
const STORED_TEXT = { en: 240, zh: 120 } as const;
/** Most postings read per term and field: enough for ranking, bounded for very common words. */
const POSTINGS_LIMIT = 20_000;
/** Expansions (typos, completions, synonyms) only refine the ranking: fewer postings, no long text. */
const EXPANSION_POSTINGS_LIMIT = 3_000;

type Index = InstanceType<typeof FlexSearch.Index>;

/**
 * The in-process engine: FlexSearch inverted indexes (compact, fast to build)
 * fed by the shared tokenizer — Latin words, and Chinese as character bigrams
 * plus `Intl.Segmenter` words on keyword fields — with the ranking, typo
 * tolerance, prefix matching, synonyms, filters and facets done here.
 */
export class EmbeddedSearch implements SearchEngine {
  readonly kind = 'embedded' as const;
  private state = createState();

  async replaceAll(documents: SearchDocument[]): Promise<void> {
    const state = createState();
    for (const doc of documents) addDocument(state, doc);
    // The tokenizer's cache only serves a build (fields repeat across products); kept, it would hold
    // thousands of whole field texts for the life of the index.
    state.tokenCache.clear();
    // Swap at once: searches during a rebuild see the old index, never a half-built one.
    this.state = state;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const doc of documents) {
      removeDocument(this.state, doc.id);
      addDocument(this.state, doc);
    }
    this.state.tokenCache.clear();
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) removeDocument(this.state, id);
  }

  async count(): Promise<number> {
    return this.state.byId.size;
  }

  async close(): Promise<void> {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const state = this.state;
    const { filters } = query;
    const accept = (doc: SearchDocument) =>
      (!filters.type || doc.type === filters.type) &&
      (!filters.category || doc.category === filters.category) &&
      (!filters.province || doc.province === filters.province) &&
      (!filters.certification || doc.certifications.includes(filters.certification)) &&
      (filters.moqMax === undefined || (doc.type === 'product' && doc.moq <= filters.moqMax)) &&
      (filters.priceMin === undefined || (doc.price !== null && doc.price >= filters.priceMin)) &&
      (filters.priceMax === undefined || (doc.price !== null && doc.price <= filters.priceMax));

    let matches: Array<{ doc: SearchDocument; score: number }> = [];
    let suggestion: string | undefined;
    let nearestCategory: string | undefined;
    if (!query.q) {
      for (const doc of state.docs) if (doc && accept(doc)) matches.push({ doc, score: 0 });
    } else {
      const sizes = (slug: string) => state.kinds.get(slug)?.length ?? 0;
      const read = (q: string) => (filters.type && filters.type !== 'product' ? wordsOnly(planQuery(q, sizes)) : planQuery(q, sizes));
      let plan = read(query.q);
      let found: Found | null = null;
      // Misspelt words are corrected before the query is read (surgicl → surgical names a kind); with
      // nothing found, once more allowing two edits. The corrected query is offered as "did you mean".
      for (const maxEdits of [1, 2]) {
        const corrected = correctQuery(state, query.q, plan.rest, maxEdits);
        if (corrected) {
          const next = read(corrected);
          const attempt = findMatches(state, next);
          if (attempt.scores.size || !found) {
            plan = next;
            found = attempt;
            suggestion = corrected;
          }
        } else found ??= findMatches(state, plan);
        if (found.scores.size || plan.missing.length) break;
      }
      found ??= findMatches(state, plan);
      // forEach rather than for…of over the entries: no [key, value] array made for each of thousands of matches.
      found.scores.forEach((score, ordinal) => {
        const doc = state.docs[ordinal];
        if (doc && accept(doc)) matches.push({ doc, score });
      });
      if (!found.restricted) matches = dropWeakMatches(matches);
      if (!matches.length) nearestCategory = plan.missing.find((m) => m.nearest)?.nearest ?? undefined;
    }

    const facets = countFacets(matches.map((m) => m.doc));
    // Only the requested page is put in order: the first offset + limit matches, not all of them.
    const hits: SearchHit[] = firstInOrder(matches, query.sort, query.offset + query.limit)
      .slice(query.offset, query.offset + query.limit)
      .map(({ doc, score }) => ({ id: doc.id, type: doc.type, document: doc, score }));
    return {
      hits,
      total: matches.length,
      facets,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
      ...(suggestion && { suggestion }),
      ...(nearestCategory && { nearestCategory }),
    };
  }
}

interface State {
  indexes: Index[];
  /** Document by ordinal; removed documents leave a hole. */
  docs: Array<SearchDocument | undefined>;
  byId: Map<string, number>;
  /** Latin terms and how many documents use them: for typo and prefix expansion. */
  vocabulary: Map<string, number>;
  sortedVocabulary: string[] | null;
  tokenCache: Map<string, string[]>;
  /** Product kind → ordinals of its products (removed ones are skipped when read). */
  kinds: Map<string, number[]>;
  /** Certificate or registration code → ordinals. */
  certificates: Map<string, number[]>;
  /** First four digits of an HS code → ordinals. */
  hs: Map<string, number[]>;
  /** Chinese words of names and keywords reachable by pinyin: pinyin key → words. */
  pinyin: Map<string, string[]>;
  /** Chinese runs already read for `pinyin`, and the words found. */
  chineseRuns: Set<string>;
  chineseWords: Set<string>;
  /** Interned code lists, shared by the many products with the same certificates. */
  codeLists: Map<string, string[]>;
  /** Interned strings that many documents repeat. */
  strings: Map<string, string>;
  /** `scoreQuery`'s per-document sums, kept between queries (all zero between them): a query allocates only what it touches. */
  scratch: { score: Float64Array; coverage: Uint32Array };
}

function createState(): State {
  return {
    indexes: FIELDS.map(() => new FlexSearch.Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ') } as never)),
    docs: [],
    byId: new Map(),
    vocabulary: new Map(),
    sortedVocabulary: null,
    tokenCache: new Map(),
    kinds: new Map(),
    certificates: new Map(),
    hs: new Map(),
    pinyin: new Map(),
    chineseRuns: new Set(),
    chineseWords: new Set(),
    codeLists: new Map(),
    strings: new Map(),
    scratch: { score: new Float64Array(0), coverage: new Uint32Array(0) },
  };
}

function post(map: Map<string, number[]>, key: string, ordinal: number) {
  const list = map.get(key);
  if (list) list.push(ordinal);
  else map.set(key, [ordinal]);
}

/** Reads the Chinese words of a short field for pinyin once per distinct run (names repeat their runs). */
function learnChinese(state: State, text: string) {
  for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (state.chineseRuns.has(run)) continue;
    state.chineseRuns.add(run);
    for (const word of chineseWords(run)) {
      if (state.chineseWords.has(word)) continue;
      state.chineseWords.add(word);
      const [full, initials] = pinyinKeys(word);
      // Initials of two characters are too ambiguous to read as a word (fy, pu); kept from three characters on.
      for (const key of [full, word.length >= 3 ? initials : undefined]) {
        if (!key || key.length < 2) continue;
        const words = state.pinyin.get(key);
        if (!words) state.pinyin.set(key, [word]);
        else if (words.length < 8 && !words.includes(word)) words.push(word);
      }
    }
  }
}

function cachedTokens(state: State, text: string, segment: boolean): string[] {
  const key = segment ? `s\u0000${text}` : text;
  let terms = state.tokenCache.get(key);
  if (!terms) {
    terms = tokenize(text, { segment });
    if (state.tokenCache.size > 20_000) state.tokenCache.clear();
    state.tokenCache.set(key, terms);
  }
  return terms;
}

/**
 * The start of a long text, as a string of its own: a plain `slice` is a view
 * that keeps the whole text alive (V8 sliced strings), which for 100,000
 * products is most of the index's memory.
 */
function snippet(text: string, length: number): string {
  if (text.length <= length) return flat(text);
  return flat(text.slice(0, length));
}

/**
 * The document as kept for results: names, addresses and snippets as flat
 * strings of their own (built-up or sliced strings keep their parts alive),
 * and the text many products repeat (category, exporter, keywords, city) as
 * one shared string each.
 */
function storedDocument(state: State, doc: SearchDocument): SearchDocument {
  const shared = (text: string) => {
    const known = state.strings.get(text);
    if (known !== undefined) return known;
    const copy = flat(text);
    state.strings.set(copy, copy);
    return copy;
  };
  return {
    ...doc,
    id: flat(doc.id),
    path: flat(doc.path),
    name_en: flat(doc.name_en),
    name_zh: flat(doc.name_zh),
    text_en: snippet(doc.text_en, STORED_TEXT.en),
    text_zh: snippet(doc.text_zh, STORED_TEXT.zh),
    keywords_en: shared(doc.keywords_en),
    keywords_zh: shared(doc.keywords_zh),
    exporter_en: shared(doc.exporter_en),
    exporter_zh: shared(doc.exporter_zh),
    category: shared(doc.category),
    category_en: shared(doc.category_en),
    category_zh: shared(doc.category_zh),
    province: shared(doc.province),
    city: shared(doc.city),
    certifications: intern(state, doc.certifications),
    ...(doc.hs_code !== undefined && { hs_code: shared(doc.hs_code) }),
    ...(doc.registrations && { registrations: intern(state, doc.registrations) }),
  };
}

/** A flat copy of a string, one byte a character when the text allows (a JSON round trip). */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** One shared array per distinct list of codes (certificates, kinds): most products repeat a few. */
function intern(state: State, codes: string[]): string[] {
  const key = codes.join(' ');
  const known = state.codeLists.get(key);
  if (known) return known;
  state.codeLists.set(key, codes);
  return codes;
}

function addDocument(state: State, doc: SearchDocument) {
  const ordinal = state.docs.length;
  state.docs.push(storedDocument(state, doc));
  state.byId.set(doc.id, ordinal);
  FIELDS.forEach((field, f) => {
    const terms = cachedTokens(state, field.text(doc), field.segment);
    if (!terms.length) return;
    // The index receives pre-tokenized text joined by spaces; its encoder only splits it again.
    state.indexes[f]!.add(ordinal, terms.join(' '));
    for (const term of new Set(terms)) if (!hasCjk(term)) state.vocabulary.set(term, (state.vocabulary.get(term) ?? 0) + 1);
  });
  if (doc.type === 'product') {
    for (const kind of kindsOf(doc)) post(state.kinds, kind, ordinal);
    for (const code of doc.certifications) post(state.certificates, code, ordinal);
    for (const code of doc.registrations ?? []) post(state.certificates, code, ordinal);
    const hs = (doc.hs_code ?? '').replace(/\D/g, '');
    if (hs.length >= 4) post(state.hs, hs.slice(0, 4), ordinal);
  }
  learnChinese(state, `${doc.name_zh} ${doc.keywords_zh}`);
  state.sortedVocabulary = null;
}

function removeDocument(state: State, id: string) {
  const ordinal = state.byId.get(id);
  if (ordinal === undefined) return;
  for (const index of state.indexes) index.remove(ordinal);
  state.docs[ordinal] = undefined;
  state.byId.delete(id);
}

interface Found {
  /** Ordinal → score. */
  scores: Map<number, number>;
  /** True when the query named kinds, certificates or an HS code and the results are exactly those products. */
  restricted: boolean;
}

/** Ordinals in all the given posting lists (or null when no list is given). */
function intersect(lists: number[][]): Set<number> | null {
  if (!lists.length) return null;
  if (lists.length === 1) return new Set(lists[0]);
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = new Set(sorted[0]);
  for (const list of sorted.slice(1)) {
    const next = new Set<number>();
    for (const o of list) if (out.has(o)) next.add(o);
    out = next;
  }
  return out;
}

/**
 * The documents a query plan asks for. Kinds, certificates and HS codes
 * named in the query select exactly their products (盐灯 is salt lamps and
 * nothing else, also sorted by price), ranked by the words; otherwise the
 * words alone decide, and kinds only lift their products.
 */
function findMatches(state: State, plan: QueryPlan): Found {
  if (plan.missing.length && !plan.kinds.length) return { scores: new Map(), restricted: true };
  const lists: number[][] = [];
  if (plan.hs) {
    const prefix = plan.hs;
    const hits = (state.hs.get(prefix.slice(0, 4)) ?? []).filter((o) => {
      const code = state.docs[o]?.hs_code?.replace(/\D/g, '') ?? '';
      return code.startsWith(prefix);
    });
    if (hits.length) lists.push(hits);
  }
  for (const code of [...plan.certificates, ...plan.registrations]) lists.push(state.certificates.get(code) ?? []);
  const kindLists = plan.kinds.map((k) => state.kinds.get(k) ?? []);
  let boost: Set<number> | null = null;
  const kindSet = kindLists.length <= 1 ? (kindLists[0] ?? null) : [...(intersect(kindLists) ?? [])];
  const byKind = Boolean(kindSet?.length);
  if (kindSet?.length) lists.push(kindSet);
  else if (kindLists.length) boost = new Set(kindLists.flat());
  // A query naming only a place lists what comes from there; with other words, the place lifts its products.
  const onlyPlace = plan.places.length && !plan.rest && !lists.length && !kindLists.length;
  if (onlyPlace) {
    const here: number[] = [];
    state.docs.forEach((doc, o) => {
      if (doc && plan.places.some((p) => fromPlace(doc, p))) here.push(o);
    });
    lists.push(here);
  }
  let allowed = intersect(lists);
  // The words besides the kind tell products of the kind apart (grinder in "pink salt grinder"): they count three times.
  const emphasis = plan.rest && plan.rest !== plan.text && !plan.hs ? plan.rest : null;
  const { scores, emphasized } = plan.hs && allowed ? { scores: new Map<number, number>(), emphasized: [] } : scoreQuery(state, plan.text, emphasis);
  if (emphasis) {
    const inKind = emphasized.some((o) => allowed?.has(o));
    // "walnut jewellery box": a kind named as a modifier that none of the other words fit; the words decide.
    if (!inKind && emphasized.length && byKind && lists.length === 1) {
      boost = allowed;
      allowed = null;
    }
  }

  if (!allowed) {
    if (boost) {
      const lifted = boost;
      scores.forEach((score, o) => {
        if (lifted.has(o)) scores.set(o, score * 1.5);
      });
    }
    placeBonus(state, scores, plan);
    wholeWordBonus(state, scores, plan.text);
    return { scores, restricted: false };
  }
  placeBonus(state, scores, plan);
  let best = 0;
  for (const o of allowed) {
    const score = scores.get(o);
    if (score !== undefined && score > best) best = score;
  }
  const floor = Math.max(best * 0.2, 1);
  const out = new Map<number, number>();
  for (const o of allowed) if (state.docs[o]) out.set(o, (scores.get(o) ?? 0) + floor);
  // A query that only names a kind (surgical instruments) asks for products. One that only names a place (罕萨)
  // also finds the articles and exporters that speak of it.
  scores.forEach((score, o) => {
    if (state.docs[o]?.type === 'product') return;
    if (onlyPlace ? score > 0 : plan.rest && score >= best && best > 0) out.set(o, score);
  });
  wholeWordBonus(state, out, plan.text);
  return { scores: out, restricted: true };
}

function placeBonus(state: State, scores: Map<number, number>, plan: QueryPlan) {
  if (!plan.places.length) return;
  scores.forEach((score, o) => {
    const doc = state.docs[o];
    if (doc && plan.places.some((p) => fromPlace(doc, p))) scores.set(o, score * 1.5);
  });
}

/**
 * Whole words and exact phrases above prefixes and parts: a name holding the
 * query as written (salt, not salted; 盐灯 as a word) counts half again.
 */
function wholeWordBonus(state: State, scores: Map<number, number>, text: string) {
  const phrase = text.trim();
  if (!phrase) return;
  let best = 0;
  for (const score of scores.values()) if (score > best) best = score;
  const cjk = hasCjk(phrase);
  // ASCII phrases (most Latin queries) with a plain regex: word boundaries without Unicode mode are much faster.
  const pattern = cjk
    ? null
    : /^[\x20-\x7e]+$/.test(phrase)
      ? new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'i')
      : new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}([^\\p{L}\\p{N}]|$)`, 'iu');
  scores.forEach((score, o) => {
    // Only where it can change the first pages: weak matches are dropped or stay below anyway.
    if (score < best * 0.5) return;
    const doc = state.docs[o];
    if (!doc) return;
    if (cjk ? doc.name_zh.includes(phrase) : pattern!.test(doc.name_en)) scores.set(o, score * 1.5);
  });
}

/**
 * Scores every document matching any query term (or a typo, prefix,
 * synonym or pinyin reading of one): for each term and field, the field's
 * boost times the term's rarity; documents covering more of the query's
 * terms win.
 */
function scoreQuery(state: State, q: string, emphasis: string | null = null): { scores: Map<number, number>; emphasized: number[] } {
  const queryTerms = [...new Set(tokenize(q))].slice(0, 24);
  // Terms of `emphasis` (and their typos and completions) weigh three times; the documents they reach are reported.
  const stressed = new Set(emphasis ? tokenize(emphasis) : []);
  const stressedGroups = new Set(queryTerms.flatMap((t, group) => (stressed.has(t) ? [group] : [])));
  const emphasized: number[] = [];
  const expansions: Array<{ term: string; weight: number; group: number }> = [];
  queryTerms.forEach((term, group) => {
    expansions.push({ term, weight: 1, group });
    if (hasCjk(term)) {
      if ([...term].length === 1) {
        // The word's last two characters: the index holds Chinese names as character pairs.
        for (const pair of new Set(wordsEndingWith(state, term).map((w) => w.slice(-2)))) expansions.push({ term: pair, weight: 0.8, group });
      }
      return;
    }
    const known = state.vocabulary.has(term);
    if (!known) {
      // Pinyin of a product or place name: fenyan → 粉盐, xiyaerkete → 锡亚尔科特.
      for (const word of state.pinyin.get(term) ?? []) for (const t of tokenize(word)) expansions.push({ term: t, weight: 0.9, group });
      // Numbers are never misspelt words: 2501 is not 250.
      if (!/\d/.test(term)) {
        for (const n of typoNeighbours(state, term)) expansions.push({ term: n, weight: 0.6, group });
      }
    }
    if (group === queryTerms.length - 1 && term.length >= 2 && !/^\d+$/.test(term)) {
      for (const longer of prefixCompletions(state, term)) expansions.push({ term: longer, weight: known ? 0.3 : 0.5, group });
    }
  });
  // "fen yan": pinyin typed with spaces.
  if (queryTerms.length > 1 && queryTerms.every((t) => /^[a-z]+$/.test(t) && !state.vocabulary.has(t))) {
    for (const word of state.pinyin.get(queryTerms.join('')) ?? []) for (const t of tokenize(word)) expansions.push({ term: t, weight: 0.9, group: 0 });
  }
  const synonymGroupStart = queryTerms.length;
  synonymsOf(q).forEach((phrase, i) => {
    for (const term of tokenize(phrase)) expansions.push({ term, weight: 0.7, group: synonymGroupStart + i });
  });
  const total = Math.max(1, state.byId.size);
  // Dense arrays instead of maps: a broad query touches tens of thousands of documents. They are
  // the index's own, grown with it and cleared where this query wrote, not made anew for each query.
  const size = state.docs.length;
  if (state.scratch.score.length < size) {
    const room = Math.ceil(size * 1.25);
    state.scratch = { score: new Float64Array(room), coverage: new Uint32Array(room) };
  }
  const { score, coverage } = state.scratch;
  const touched: number[] = [];
  for (const { term, weight, group } of expansions) {
    const bit = group < synonymGroupStart ? 1 << Math.min(group, 30) : 1 << 31;
    const expansion = weight < 1;
    const stress = stressedGroups.has(group) ? 3 : 1;
    FIELDS.forEach((field, f) => {
      if (expansion && field.name === 'text') return;
      const ids = state.indexes[f]!.search(term, { limit: expansion ? EXPANSION_POSTINGS_LIMIT : POSTINGS_LIMIT }) as number[];
      if (!ids.length) return;
      if (stress > 1 && emphasized.length < 50_000) emphasized.push(...ids.slice(0, 50_000));
      const base = stress * weight * field.boost * Math.log(1 + total / ids.length);
      const step = (0.3 * base) / ids.length;
      for (let rank = 0; rank < ids.length; rank++) {
        const ordinal = ids[rank]!;
        if (coverage[ordinal] === 0) touched.push(ordinal);
        // Earlier in FlexSearch's order means the term sits earlier in the field.
        score[ordinal]! += base - step * rank;
        coverage[ordinal]! |= bit;
      }
    });
  }
  // Coverage: a document matching all the query's words outranks one repeating a single word.
  const wanted = queryTerms.length || 1;
  const scores = new Map<number, number>();
  for (const ordinal of touched) {
    const bits = coverage[ordinal]!;
    const synonym = bits >>> 31;
    let matched = 0;
    for (let b = bits & 0x7fffffff; b; b &= b - 1) matched++;
    if (synonym) matched = Math.max(matched, wanted - 1, 1);
    scores.set(ordinal, score[ordinal]! * (0.25 + 0.75 * Math.min(1, matched / wanted) ** 2));
    score[ordinal] = 0;
    coverage[ordinal] = 0;
  }
  return { scores, emphasized };
}

/**
 * The query with each misspelt Latin word of `rest` (what names no kind or
 * certificate) replaced by the closest indexed word, or null when none is.
 * Pinyin and numbers are left alone.
 */
function correctQuery(state: State, q: string, rest: string, maxEdits: number): string | null {
  const fixes = new Map<string, string>();
  for (const word of rest.split(' ')) {
    if (word.length < 4 || hasCjk(word) || /\d/.test(word) || state.vocabulary.has(word) || state.pinyin.has(word)) continue;
    const [best] = typoNeighbours(state, word, maxEdits);
    if (best) fixes.set(word, best);
  }
  if (!fixes.size) return null;
  return q.replace(/[\p{L}\p{N}]+/gu, (word) => fixes.get(word.toLowerCase()) ?? word);
}

/** Units are never products: 米 is rice, not the 米 of 厘米. */
const UNIT_ENDINGS = ['厘米', '毫米', '公分', '千米', '平方米', '立方米', '纳米', '米色'];

/**
 * A one-character query that names no kind: the known words ending with it
 * (Chinese puts the head noun last, so 鸭 is in 烤鸭, not in 鸭绒), units excepted.
 */
function wordsEndingWith(state: State, char: string): string[] {
  const out: string[] = [];
  for (const word of state.chineseWords) {
    if (word.length > 1 && word.endsWith(char) && !UNIT_ENDINGS.some((u) => word.endsWith(u))) out.push(word);
    if (out.length >= 20) break;
  }
  return out;
}

/** Vocabulary terms within one edit (two for long words) of a misspelt Latin word. */
function typoNeighbours(state: State, term: string, maxEdits = 1): string[] {
  if (term.length < 4) return [];
  const max = term.length >= 10 ? 2 : Math.min(maxEdits, term.length >= 6 ? 2 : 1);
  const out: Array<{ term: string; distance: number; count: number }> = [];
  state.vocabulary.forEach((count, candidate) => {
    if (Math.abs(candidate.length - term.length) > max || candidate[0] !== term[0]) return;
    const distance = damerauLevenshtein(term, candidate, max);
    if (distance <= max) out.push({ term: candidate, distance, count });
  });
  return out
    .sort((a, b) => a.distance - b.distance || b.count - a.count)
    .slice(0, 5)
    .map((c) => c.term);
}

/** Up to ten vocabulary terms starting with the word being typed, most used first. */
function prefixCompletions(state: State, prefix: string): string[] {
  state.sortedVocabulary ??= [...state.vocabulary.keys()].sort();
  const words = state.sortedVocabulary;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < words.length && words[i]!.startsWith(prefix) && out.length < 50; i++) if (words[i] !== prefix) out.push(words[i]!);
  return out.sort((a, b) => (state.vocabulary.get(b) ?? 0) - (state.vocabulary.get(a) ?? 0)).slice(0, 10);
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return d[rows - 1]![cols - 1]!;
}

/**
 * Drops the long tail of results whose score is a small fraction of the best
 * one: with bigrams, typos and synonyms an OR query otherwise returns every
 * document sharing one character pair with the query.
 */
function dropWeakMatches<T extends { score: number }>(matches: T[]): T[] {
  if (matches.length < 2) return matches;
  let best = 0;
  for (const m of matches) if (m.score > best) best = m.score;
  return matches.filter((m) => m.score >= best * 0.15);
}

type Match = { doc: SearchDocument; score: number };

function comparator(sort: SearchQuery['sort']): (a: Match, b: Match) => number {
  const price = (d: SearchDocument, missing: number) => d.price ?? missing;
  switch (sort) {
    case 'newest':
      return (a, b) => b.doc.created - a.doc.created || a.doc.id.localeCompare(b.doc.id);
    case 'price-asc':
      return (a, b) => price(a.doc, Infinity) - price(b.doc, Infinity) || b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1);
    case 'price-desc':
      return (a, b) => price(b.doc, -Infinity) - price(a.doc, -Infinity) || b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1);
    default:
      return (a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1);
  }
}

export function sortMatches(matches: Match[], sort: SearchQuery['sort']) {
  matches.sort(comparator(sort));
}

/**
 * The first `count` matches in the order asked for — the same as sorting all
 * and slicing, without sorting thousands of matches for one page: a sorted
 * window of `count`, which a later match enters only by beating its last.
 */
export function firstInOrder(matches: Match[], sort: SearchQuery['sort'], count: number): Match[] {
  const compare = comparator(sort);
  if (matches.length <= count * 4) return matches.sort(compare).slice(0, count);
  const top: Match[] = [];
  for (const m of matches) {
    if (top.length === count && compare(m, top[count - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(top[mid]!, m) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, m);
    if (top.length > count) top.pop();
  }
  return top;
}

export function countFacets(docs: Iterable<SearchDocument>): Facets {
  const facets = emptyFacets();
  const add = (group: Record<string, number>, key: string) => {
    if (key) group[key] = (group[key] ?? 0) + 1;
  };
  for (const doc of docs) {
    add(facets.type, doc.type);
    add(facets.category, doc.category);
    add(facets.province, doc.province);
    for (const c of doc.certifications) add(facets.certifications, c);
  }
  return facets;
}
