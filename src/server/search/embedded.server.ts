import FlexSearch from 'flexsearch';
import { emptyFacets, type Facets, type SearchDocument, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from './types.server';
import { hasCjk, synonymsOf, tokenize } from './text.server';

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

/** Snippet text kept per document; the full text is only indexed. */
const STORED_TEXT = 280;
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
    // Swap at once: searches during a rebuild see the old index, never a half-built one.
    this.state = state;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const doc of documents) {
      removeDocument(this.state, doc.id);
      addDocument(this.state, doc);
    }
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
    if (!query.q) {
      for (const doc of state.docs) if (doc && accept(doc)) matches.push({ doc, score: 0 });
    } else {
      const scores = scoreQuery(state, query.q);
      for (const [ordinal, score] of scores) {
        const doc = state.docs[ordinal];
        if (doc && accept(doc)) matches.push({ doc, score });
      }
      matches = dropWeakMatches(matches);
    }

    sortMatches(matches, query.sort);
    const facets = countFacets(matches.map((m) => m.doc));
    const hits: SearchHit[] = matches
      .slice(query.offset, query.offset + query.limit)
      .map(({ doc, score }) => ({ id: doc.id, type: doc.type, document: doc, score }));
    return { hits, total: matches.length, facets, tookMs: Math.round((performance.now() - started) * 100) / 100 };
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
}

function createState(): State {
  return {
    indexes: FIELDS.map(() => new FlexSearch.Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ') } as never)),
    docs: [],
    byId: new Map(),
    vocabulary: new Map(),
    sortedVocabulary: null,
    tokenCache: new Map(),
  };
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

function addDocument(state: State, doc: SearchDocument) {
  const ordinal = state.docs.length;
  state.docs.push({ ...doc, text_en: doc.text_en.slice(0, STORED_TEXT), text_zh: doc.text_zh.slice(0, STORED_TEXT) });
  state.byId.set(doc.id, ordinal);
  FIELDS.forEach((field, f) => {
    const terms = cachedTokens(state, field.text(doc), field.segment);
    if (!terms.length) return;
    // The index receives pre-tokenized text joined by spaces; its encoder only splits it again.
    state.indexes[f]!.add(ordinal, terms.join(' '));
    for (const term of new Set(terms)) if (!hasCjk(term)) state.vocabulary.set(term, (state.vocabulary.get(term) ?? 0) + 1);
  });
  state.sortedVocabulary = null;
}

function removeDocument(state: State, id: string) {
  const ordinal = state.byId.get(id);
  if (ordinal === undefined) return;
  for (const index of state.indexes) index.remove(ordinal);
  state.docs[ordinal] = undefined;
  state.byId.delete(id);
}

/**
 * Scores every document matching any query term (or a typo, prefix or
 * synonym of one): for each term and field, the field's boost times the
 * term's rarity; documents covering more of the query's terms win.
 */
function scoreQuery(state: State, q: string): Map<number, number> {
  const queryTerms = [...new Set(tokenize(q))].slice(0, 24);
  const expansions: Array<{ term: string; weight: number; group: number }> = [];
  queryTerms.forEach((term, group) => {
    expansions.push({ term, weight: 1, group });
    if (hasCjk(term)) return;
    if (!state.vocabulary.has(term)) {
      for (const near of typoNeighbours(state, term)) expansions.push({ term: near, weight: 0.6, group });
    }
    if (group === queryTerms.length - 1 && term.length >= 2) {
      for (const longer of prefixCompletions(state, term)) expansions.push({ term: longer, weight: 0.5, group });
    }
  });
  const synonymGroupStart = queryTerms.length;
  synonymsOf(q).forEach((phrase, i) => {
    for (const term of tokenize(phrase)) expansions.push({ term, weight: 0.7, group: synonymGroupStart + i });
  });

  const total = Math.max(1, state.byId.size);
  // Dense arrays instead of maps: a broad query touches tens of thousands of documents.
  const size = state.docs.length;
  const score = new Float64Array(size);
  const coverage = new Uint32Array(size);
  const touched: number[] = [];
  for (const { term, weight, group } of expansions) {
    const bit = group < synonymGroupStart ? 1 << Math.min(group, 30) : 1 << 31;
    const expansion = weight < 1;
    FIELDS.forEach((field, f) => {
      if (expansion && field.name === 'text') return;
      const ids = state.indexes[f]!.search(term, { limit: expansion ? EXPANSION_POSTINGS_LIMIT : POSTINGS_LIMIT }) as number[];
      if (!ids.length) return;
      const base = weight * field.boost * Math.log(1 + total / ids.length);
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
  }
  return scores;
}

/** Vocabulary terms within one edit (two for long words) of a misspelt Latin word. */
function typoNeighbours(state: State, term: string): string[] {
  if (term.length < 4) return [];
  const max = term.length >= 10 ? 2 : 1;
  const out: Array<{ term: string; distance: number; count: number }> = [];
  for (const [candidate, count] of state.vocabulary) {
    if (Math.abs(candidate.length - term.length) > max || candidate[0] !== term[0]) continue;
    const distance = damerauLevenshtein(term, candidate, max);
    if (distance <= max) out.push({ term: candidate, distance, count });
  }
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

export function sortMatches(matches: Array<{ doc: SearchDocument; score: number }>, sort: SearchQuery['sort']) {
  const price = (d: SearchDocument, missing: number) => d.price ?? missing;
  switch (sort) {
    case 'newest':
      matches.sort((a, b) => b.doc.created - a.doc.created || a.doc.id.localeCompare(b.doc.id));
      break;
    case 'price-asc':
      matches.sort((a, b) => price(a.doc, Infinity) - price(b.doc, Infinity) || b.score - a.score);
      break;
    case 'price-desc':
      matches.sort((a, b) => price(b.doc, -Infinity) - price(a.doc, -Infinity) || b.score - a.score);
      break;
    default:
      matches.sort((a, b) => b.score - a.score || (a.doc.id < b.doc.id ? -1 : 1));
  }
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
