import { Meilisearch, type Index } from 'meilisearch';
import { emptyFacets, type Facets, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult } from './types.server';
import { hasCjk, normalize, SYNONYMS } from './text.server';

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
  private readonly index: Index<SearchDocument>;
  private configured: Promise<void> | null = null;

  constructor(options: { host: string; apiKey?: string | undefined; indexName?: string }) {
    this.client = new Meilisearch({ host: options.host, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
    this.index = this.client.index<SearchDocument>(options.indexName ?? 'pavilion');
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
            'keywords_en',
            'keywords_zh',
            'category_en',
            'category_zh',
            'exporter_en',
            'exporter_zh',
            'text_en',
            'text_zh',
          ],
          filterableAttributes: ['type', 'category', 'province', 'certifications', 'moq', 'price'],
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
    for (let i = 0; i < documents.length; i += 5000) await this.index.addDocuments(documents.slice(i, i + 5000)).waitTask();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.configure();
    await this.index.addDocuments(documents).waitTask();
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
    const response = await this.index.search(query.q, {
      filter: filterExpression(query),
      ...(query.sort !== 'relevance' && { sort: [sortExpression(query.sort)] }),
      limit: query.limit,
      offset: query.offset,
      facets: [...FACETS],
      showRankingScore: true,
      locales: hasCjk(query.q) ? ['zho'] : ['eng'],
    });
    const facets: Facets = emptyFacets();
    for (const name of FACETS) Object.assign(facets[name], response.facetDistribution?.[name] ?? {});
    return {
      hits: response.hits.map((doc) => ({ id: doc.id, type: doc.type, document: doc as SearchDocument, score: doc._rankingScore ?? 0 })),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }
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
