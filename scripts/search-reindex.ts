/**
 * `npm run search:reindex`: rebuilds the search index from the database.
 * A running server (HOST/PORT) is asked to rebuild its own index; with no
 * server running, the index is rebuilt here (Meilisearch) or checked
 * (the embedded index is rebuilt by every server at start-up).
 */
import path from 'node:path';
import { readArticles } from '../src/features/articles/files.server';
import { articleDocuments } from '../src/features/articles/search-documents';
import { adminToken } from '../src/server/admin-token.server';
import { openDatabase } from '../src/server/db/client.server';
import { buildSearchDocuments } from '../src/server/search/documents.server';
import { SearchIndexer } from '../src/server/search/indexer.server';
import { MeilisearchEngine } from '../src/server/search/meilisearch.server';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const origin = `http://${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? '4321'}`;

try {
  const res = await fetch(`${origin}/api/search/reindex`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken(dataDir)}`, Origin: origin },
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`The server at ${origin} answered ${res.status}`);
  const body = (await res.json()) as { engine: string; documents: number; ms: number };
  console.log(`Rebuilt the ${body.engine} index of the server at ${origin}: ${body.documents} documents in ${body.ms} ms.`);
  process.exit(0);
} catch (error) {
  if (!(error instanceof TypeError)) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // No server listening: work on the database directly.
}

const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir });
try {
  await database.migrate();
  if (process.env.MEILI_HOST) {
    const engine = new MeilisearchEngine({ host: process.env.MEILI_HOST, apiKey: process.env.MEILI_API_KEY });
    const count = await new SearchIndexer(database.db, engine, () => articleDocuments(readArticles())).rebuild();
    console.log(`Rebuilt the Meilisearch index at ${process.env.MEILI_HOST}: ${count} documents.`);
  } else {
    const { documents } = await buildSearchDocuments(database.db);
    console.log(
      `${documents.length} searchable documents in the database and ${readArticles().length} articles. No server is running; the embedded index is built when the server starts.`,
    );
  }
} finally {
  await database.close();
}
