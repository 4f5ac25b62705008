import type { APIRoute } from 'astro';
import { DATA_DIR } from 'astro:env/server';
import { adminToken, tokenMatches } from '~/server/admin-token.server';
import { json, otherMethods } from '~/server/http.server';
import { getSearch } from '~/features/search/runtime.server';

/** Rebuilds this instance's search index from the database; for `npm run search:reindex`. */
export const POST: APIRoute = async ({ request }) => {
  const given = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '');
  if (!tokenMatches(adminToken(DATA_DIR), given)) return json({ error: 'Unauthorized' }, { status: 401 });
  const { indexer, engine } = await getSearch();
  const started = performance.now();
  const documents = await indexer.rebuild();
  return json({ engine: engine.kind, documents, ms: Math.round(performance.now() - started) });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
