import { Meilisearch, type Index } from 'meilisearch';
import { emptyFacets, type Facets, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult } from './types.server';
import {
  certificateSearchText,
  chineseWords,
  hsPrefixes,
  kindCanMatch,
  kindSearchText,
  kindsOf,
  pinyinKeys,
  planQuery,
  type QueryPlan,
  wordsOnly,
} from './kinds.server';
import { hasCjk, normalize, SYNONYMS } from './text.server';

/**
 * A document as Meilisearch holds it: the search document plus the fields
 * the embedded engine derives in memory — product kinds, HS code prefixes,
 * certificate names in both languages and the pinyin of the Chinese names.
 */
export interface MeiliDocument extends SearchDocument {
  kinds: string[];
  kinds_text: string;
  hs_prefixes: string[];
  certificate_names: string;
  pinyin: string;
}

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const kinds = kindsOf(doc);
  const pinyin = new Set<string>();
  // The Chinese names' words and the product's kinds (盐灯 → yandeng, even where 天然喜马拉雅盐灯 is one run).
  for (const word of chineseWords(`${doc.name_zh} ${doc.keywords_zh} ${kindSearchText(kinds)}`)) {
    const [full, initials] = pinyinKeys(word);
    if (full) pinyin.add(full);
    if (initials && word.length >= 3) pinyin.add(initials);
  }
  return {
    ...doc,
    registrations: doc.registrations ?? [],
    kinds,
    kinds_text: kindSearchText(kinds),
    hs_prefixes: hsPrefixes(doc.hs_code),
    certificate_names: certificateSearchText([...doc.certifications, ...(doc.registrations ?? [])]),
    pinyin: [...pinyin].join(' '),
  };
}

const FACETS = ['type', 'category', 'province', 'certifications'] as const;

/**
 * Meilisearch behind the search port, for several instances sharing one
 * index. One index holds both languages: every document is bilingual and
 * cross-language queries must reach the same record, and the catalog is far
 * below the ~1M documents where Meilisearch advises one index per language.
 * `localizedAttributes` sends `*_zh` fields through the Chinese segmenter and
 * `*_en` through the Latin one; each query names its language.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly index: Index<MeiliDocument>;
  private configured: Promise<void> | null = null;

  constructor(options: { host: string; apiKey?: string | undefined; indexName?: string }) {
    this.client = new Meilisearch({ host: options.host, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
    this.index = this.client.index<MeiliDocument>(options.indexName ?? 'pavilion');
  }

  /** Creates the index and applies its settings once, waiting until Meilisearch has done it. */
  private configure(): Promise<void> {
    this.configured ??= (async () => {
      await this.client
        .createIndex(this.index.uid, { primaryKey: 'id' })
        .waitTask()
        .catch(() => undefined);
      await this.index
        .updateSettings({
          searchableAttributes: [
            'name_en',
            'name_zh',
            'kinds_text',
            'keywords_en',
            'keywords_zh',
            'certificate_names',
            'pinyin',
            'category_en',
            'category_zh',
            'exporter_en',
            'exporter_zh',
            'text_en',
            'text_zh',
          ],
          filterableAttributes: ['type', 'category', 'province', 'city', 'certifications', 'registrations', 'kinds', 'hs_prefixes', 'moq', 'price'],
          // Whole words above prefixes and typos: exactness right after the typo rule.
          rankingRules: ['words', 'typo', 'exactness', 'attribute', 'proximity', 'sort'],
          sortableAttributes: ['created', 'price'],
          localizedAttributes: [
            { attributePatterns: ['*_zh'], locales: ['zho'] },
            { attributePatterns: ['*_en'], locales: ['eng'] },
          ],
          synonyms: synonymMap(),
          typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
          searchCutoffMs: 150,
          faceting: { maxValuesPerFacet: 100 },
          pagination: { maxTotalHits: 2000 },
        })
        .waitTask();
    })().catch((error) => {
      this.configured = null;
      throw error;
    });
    return this.configured;
  }

  async replaceAll(documents: SearchDocument[]): Promise<void> {
    await this.configure();
    await this.index.deleteAllDocuments().waitTask();
    for (let i = 0; i < documents.length; i += 5000) await this.index.addDocuments(documents.slice(i, i + 5000).map(toMeiliDocument)).waitTask();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.configure();
    await this.index.addDocuments(documents.map(toMeiliDocument)).waitTask();
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.configure();
    await this.index.deleteDocuments(ids).waitTask();
  }

  async count(): Promise<number> {
    await this.configure();
    return (await this.index.getStats()).numberOfDocuments;
  }

  async close(): Promise<void> {}

  async search(query: SearchQuery): Promise<SearchResult> {
    await this.configure();
    const started = performance.now();
    const read = query.q ? planQuery(query.q, (slug) => (kindCanMatch(slug) ? 1 : 0)) : null;
    const plan = read && query.filters.type && query.filters.type !== 'product' ? wordsOnly(read) : read;
    const took = () => Math.round((performance.now() - started) * 100) / 100;
    if (plan?.missing.length && !plan.kinds.length) {
      return { hits: [], total: 0, facets: emptyFacets(), tookMs: took(), nearestCategory: plan.missing.find((m) => m.nearest)?.nearest ?? undefined };
    }
    // The same reading as the embedded engine: named kinds, certificates and HS codes select exactly their
    // products; when the other words fit none of them, or the HS code none, the words alone decide.
    let response = await this.run(query, plan, { kinds: true, hs: true });
    if (plan && !response.hits.length && (plan.hs || plan.kinds.length)) response = await this.run(query, plan, { kinds: false, hs: false });
    const facets: Facets = emptyFacets();
    for (const name of FACETS) Object.assign(facets[name], response.facetDistribution?.[name] ?? {});
    return {
      hits: response.hits.map((doc) => ({ id: doc.id, type: doc.type, document: doc as SearchDocument, score: doc._rankingScore ?? 0 })),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets,
      tookMs: took(),
    };
  }

  private run(query: SearchQuery, plan: QueryPlan | null, use: { kinds: boolean; hs: boolean }) {
    const filter = [...filterExpression(query), ...planFilter(plan, use)];
    // A query that only names kinds or certificates lists all their products (盐 is every salt, not the
    // documents holding the character 盐); otherwise the words rank within them.
    const named =
      plan && ((use.kinds && plan.kinds.length) || plan.certificates.length || plan.registrations.length || (use.hs && plan.hs) || plan.places.length);
    const onlyNamed = plan && named && !plan.rest && (use.kinds || !plan.kinds.length);
    const q = !plan ? query.q : onlyNamed ? '' : plan.text;
    return this.index.search(q, {
      filter,
      ...(query.sort !== 'relevance' && { sort: [sortExpression(query.sort)] }),
      limit: query.limit,
      offset: query.offset,
      facets: [...FACETS],
      showRankingScore: true,
      locales: hasCjk(q) ? ['zho'] : ['eng'],
    });
  }
}

/** The filters a query plan adds: kinds, certificates, registrations and an HS code prefix. */
export function planFilter(plan: QueryPlan | null, use: { kinds: boolean; hs: boolean }): string[] {
  if (!plan) return [];
  const out: string[] = [];
  if (use.kinds) for (const kind of plan.kinds) out.push(`kinds = ${quote(kind)}`);
  for (const code of plan.certificates) out.push(`certifications = ${quote(code)}`);
  for (const code of plan.registrations) out.push(`registrations = ${quote(code)}`);
  if (use.hs && plan.hs) out.push(`hs_prefixes = ${quote(plan.hs)}`);
  // A query naming only a place lists what comes from there.
  if (!plan.rest && !plan.kinds.length && !plan.certificates.length && !plan.registrations.length && !plan.hs && plan.places.length) {
    out.push(plan.places.map((p) => (p.startsWith('city:') ? `city = ${quote(p.slice(5))}` : `province = ${quote(p.slice(9))}`)).join(' OR '));
  }
  return out;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function filterExpression({ filters }: SearchQuery): string[] {
  const out: string[] = [];
  if (filters.type) out.push(`type = ${quote(filters.type)}`);
  if (filters.category) out.push(`category = ${quote(filters.category)}`);
  if (filters.province) out.push(`province = ${quote(filters.province)}`);
  if (filters.certification) out.push(`certifications = ${quote(filters.certification)}`);
  if (filters.moqMax !== undefined) out.push(`type = "product" AND moq <= ${filters.moqMax}`);
  if (filters.priceMin !== undefined) out.push(`price >= ${filters.priceMin}`);
  if (filters.priceMax !== undefined) out.push(`price <= ${filters.priceMax}`);
  return out;
}

function sortExpression(sort: Exclude<SearchQuery['sort'], 'relevance'>): string {
  return { newest: 'created:desc', 'price-asc': 'price:asc', 'price-desc': 'price:desc' }[sort];
}

function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of SYNONYMS) for (const word of group) map[normalize(word)] = group.filter((w) => w !== word).map(normalize);
  return map;
}
