import { MEILI_API_KEY, MEILI_HOST } from 'astro:env/server';
import { articleSearchDocuments } from '~/features/articles/articles.server';
import { catalogChanged } from '~/server/catalog-changes.server';
import { getDb } from '~/runtime.server';
import { EmbeddedSearch } from '~/server/search/embedded.server';
import { SearchIndexer } from '~/server/search/indexer.server';
import { MeilisearchEngine } from '~/server/search/meilisearch.server';
import type { SearchEngine } from '~/server/search/types.server';

export interface SearchRuntime {
  engine: SearchEngine;
  indexer: SearchIndexer;
}

let search: Promise<SearchRuntime> | null = null;

/**
 * The search engine of this process: Meilisearch when `MEILI_HOST` is set,
 * the embedded index otherwise. It is filled from the database on first use
 * and then follows the database's changes every second: an edit made
 * through another instance is searchable, and retires this instance's cached
 * pages, within about a second (`tests/integration/scale-out.test.ts` holds it
 * to two). A poll is one query on the `updated_at` of products and exporters.
 */
export function getSearch(): Promise<SearchRuntime> {
  search ??= (async () => {
    const db = await getDb();
    const engine: SearchEngine = MEILI_HOST ? new MeilisearchEngine({ host: MEILI_HOST, apiKey: MEILI_API_KEY }) : new EmbeddedSearch();
    // Changes found by the poll (another instance, or SQL by hand) also retire cached pages.
    const articles = await articleSearchDocuments();
    const indexer = new SearchIndexer(db, engine, () => articles, catalogChanged);
    await indexer.rebuild();
    indexer.start(1_000);
    return { engine, indexer };
  })().catch((error) => {
    search = null;
    throw error;
  });
  return search;
}

/** The search state for the health check, without starting the engine. */
export async function searchHealth(): Promise<{ kind: string; ready: boolean; documents?: number }> {
  if (!search) return { kind: MEILI_HOST ? 'meilisearch' : 'embedded', ready: false };
  try {
    const { engine } = await search;
    return { kind: engine.kind, ready: true, documents: await engine.count() };
  } catch {
    return { kind: MEILI_HOST ? 'meilisearch' : 'embedded', ready: false };
  }
}

/**
 * Brings this process's search index and page cache up to date after an
 * edit (exporter or operator), so the change is searchable and shown when the
 * request answers. Other instances pick it up with their next poll.
 */
export async function searchChanged(): Promise<void> {
  catalogChanged();
  if (!search) return;
  try {
    await (await search).indexer.sync();
  } catch {
    // The poll retries; the edit itself is stored.
  }
}
