import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { emptyFacets, type Facets, type SearchDocument, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from './types';
import { hasCjk, synonymsOf, tokenize } from './text';

const SEARCH_FIELDS = [
  'name_en',
  'name_zh',
  'keywords_en',
  'keywords_zh',
  'category_en',
  'category_zh',
  'exporter_en',
  'exporter_zh',
  'text_en',
  'text_zh',
] as const;

const BOOST: Partial<Record<(typeof SEARCH_FIELDS)[number], number>> = {
  name_en: 5,
  name_zh: 5,
  keywords_en: 3,
  keywords_zh: 3,
  category_en: 2,
  category_zh: 2,
  exporter_en: 1.5,
  exporter_zh: 1.5,
};

/** Snippet text kept per document; the full text is only indexed, not stored. */
const STORED_TEXT = 280;

/**
 * The in-process engine (MiniSearch): an inverted index in this process's
 * memory, rebuilt from the database at start-up. Typo tolerance and prefix
 * matching for Latin words; Chinese is matched on segmented words and
 * character bigrams, produced by the shared tokenizer.
 */
export class EmbeddedSearch implements SearchEngine {
  readonly kind = 'embedded' as const;
  private index = createIndex();
  private docs = new Map<string, SearchDocument>();

  async replaceAll(documents: SearchDocument[]): Promise<void> {
    const index = createIndex();
    const docs = new Map<string, SearchDocument>();
    for (const doc of documents) docs.set(doc.id, slim(doc));
    index.addAll(documents);
    // Swap at once, so searches during a rebuild see the old index, never a half-built one.
    this.index = index;
    this.docs = docs;
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    for (const doc of documents) {
      if (this.docs.has(doc.id)) this.index.discard(doc.id);
      this.index.add(doc);
      this.docs.set(doc.id, slim(doc));
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      if (!this.docs.has(id)) continue;
      this.index.discard(id);
      this.docs.delete(id);
    }
  }

  async count(): Promise<number> {
    return this.docs.size;
  }

  async close(): Promise<void> {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const { filters } = query;
    const accept = (doc: SearchDocument) =>
      (!filters.type || doc.type === filters.type) &&
      (!filters.category || doc.category === filters.category) &&
      (!filters.province || doc.province === filters.province) &&
      (!filters.certification || doc.certifications.includes(filters.certification)) &&
      (filters.moqMax === undefined || (doc.type === 'product' && doc.moq <= filters.moqMax)) &&
      (filters.priceMin === undefined || (doc.price !== null && doc.price >= filters.priceMin)) &&
      (filters.priceMax === undefined || (doc.price !== null && doc.price <= filters.priceMax));

    let matches: Array<{ doc: SearchDocument; score: number }>;
    if (!query.q) {
      matches = [];
      for (const doc of this.docs.values()) if (accept(doc)) matches.push({ doc, score: 0 });
    } else {
      const options: SearchOptions = {
        fields: [...SEARCH_FIELDS],
        boost: BOOST,
        combineWith: 'OR',
        prefix: (term, i, terms) => !hasCjk(term) && term.length >= 2 && i === terms.length - 1,
        fuzzy: (term) => (hasCjk(term) || term.length < 4 ? false : term.length < 10 ? 1 : 2),
        weights: { fuzzy: 0.35, prefix: 0.6 },
        filter: (result) => {
          const doc = this.docs.get(result.id as string);
          return doc !== undefined && accept(doc);
        },
      };
      const synonyms = synonymsOf(query.q);
      const tree: Query = synonyms.length
        ? { combineWith: 'OR', queries: [query.q, ...synonyms.map((s) => ({ queries: [s], combineWith: 'AND' as const, fuzzy: false, prefix: false, boost: { name_en: 2, name_zh: 2, keywords_en: 2, keywords_zh: 2 } }))] }
        : query.q;
      const raw = this.index.search(tree as Query, options);
      matches = raw.map((r) => ({ doc: this.docs.get(r.id as string)!, score: r.score }));
      // Chinese queries match on bigrams: keep only results sharing a real part of the query.
      matches = dropWeakMatches(matches);
    }

    sortMatches(matches, query.sort);
    const facets = countFacets(matches.map((m) => m.doc));
    const hits: SearchHit[] = matches
      .slice(query.offset, query.offset + query.limit)
      .map(({ doc, score }) => ({ id: doc.id, type: doc.type, document: doc, score }));
    return { hits, total: matches.length, facets, tookMs: round(performance.now() - started) };
  }
}

/** Long free text is matched on bigrams only; names and keywords also on dictionary words. */
const SEGMENTED_FIELDS = new Set<string>(['name_en', 'name_zh', 'keywords_en', 'keywords_zh', 'category_en', 'category_zh', 'exporter_en', 'exporter_zh']);

function createIndex() {
  // Exporter and category names repeat on every product: tokenize each distinct text once.
  const cache = new Map<string, string[]>();
  const indexTokenize = (text: string, field?: string) => {
    const segment = field === undefined || SEGMENTED_FIELDS.has(field);
    const key = segment ? text : `\u0000${text}`;
    let terms = cache.get(key);
    if (!terms) {
      terms = tokenize(text, { segment });
      if (cache.size > 50_000) cache.clear();
      cache.set(key, terms);
    }
    return terms;
  };
  return new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    idField: 'id',
    tokenize: indexTokenize,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => tokenize(text), processTerm: (term) => term },
  });
}

function slim(doc: SearchDocument): SearchDocument {
  return {
    ...doc,
    text_en: doc.text_en.slice(0, STORED_TEXT),
    text_zh: doc.text_zh.slice(0, STORED_TEXT),
  };
}

/**
 * Drops the long tail of results whose score is a small fraction of the best
 * one: with bigrams and typo tolerance an OR query otherwise returns every
 * document sharing one character pair with the query.
 */
function dropWeakMatches<T extends { score: number }>(matches: T[]): T[] {
  if (matches.length < 2) return matches;
  const best = Math.max(...matches.map((m) => m.score));
  return matches.filter((m) => m.score >= best * 0.12);
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
      matches.sort((a, b) => b.score - a.score || a.doc.id.localeCompare(b.doc.id));
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

const round = (ms: number) => Math.round(ms * 100) / 100;
