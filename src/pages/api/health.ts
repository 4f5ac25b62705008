import type { APIRoute } from 'astro';
import { json, otherMethods } from '~/server/http.server';
import { getRuntime } from '~/runtime.server';
import { getSearch, searchHealth } from '~/features/search/runtime.server';

/** Liveness and readiness: 200 when the database answers, 503 otherwise. */
export const GET: APIRoute = async () => {
  try {
    const { database, startedAt } = await getRuntime();
    const dbUp = await database.ping();
    // Start the search engine with the first health check, so a load balancer's probe warms it.
    void getSearch().catch(() => undefined);
    const search = await searchHealth();
    return json(
      {
        status: dbUp ? 'ok' : 'degraded',
        database: { kind: database.kind, up: dbUp },
        search,
        startedAt: startedAt.toISOString(),
      },
      { status: dbUp ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return json({ status: 'down', database: { up: false, error: (error as Error).message } }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
};

export const HEAD = GET;
/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('GET', 'HEAD');
