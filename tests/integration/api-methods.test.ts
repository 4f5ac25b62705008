/**
 * Every API route that only reads answers a method it does not take with 405, an `Allow: GET, HEAD` header and a
 * message in the caller's language — not with a bare 404 — and still answers HEAD as GET. The routes are listed
 * from src/pages/api, so a route added later is checked without being named here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, embeddedInstallation, killAllServers, launch, ROOT, type Installation, type Server } from '../fixtures/server';

const API = path.join(ROOT, 'src/pages/api');
const METHOD_EXPORT = /^export\s+(?:const|(?:async\s+)?function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|ALL)\b/gm;

interface ApiRoute {
  file: string;
  /** An address the route answers: its parameters filled with a sample value. */
  address: string;
  methods: Set<string>;
}

function apiRoutes(): ApiRoute[] {
  return readdirSync(API, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      const address = `/api/${file
        .replace(/\.ts$/, '')
        .replace(/(^|\/)index$/, '')
        .replace(/\[\.\.\.[^\]]+\]/g, 'x/y')
        .replace(/\[[^\]]+\]/g, '1')}`.replace(/\/$/, '');
      const methods = new Set([...readFileSync(path.join(API, file), 'utf8').matchAll(METHOD_EXPORT)].map((m) => m[1]!));
      return { file, address, methods };
    });
}

const ROUTES = apiRoutes();
const GET_ONLY = ROUTES.filter((r) => r.methods.has('GET') && !['POST', 'PUT', 'PATCH', 'DELETE'].some((m) => r.methods.has(m)));
const MESSAGES = {
  en: (method: string) => `This address does not accept ${method} requests. It accepts: GET, HEAD.`,
  zh: (method: string) => `该地址不接受 ${method} 请求，仅接受：GET, HEAD。`,
};

it('finds the API routes, and each of them answers some method', () => {
  expect(ROUTES.map((r) => r.address)).toContain('/api/health');
  expect(GET_ONLY.map((r) => r.address)).toEqual(expect.arrayContaining(['/api/health', '/api/search', '/api/translator/terms']));
  for (const route of ROUTES)
    expect(
      [...route.methods].filter((m) => m !== 'ALL'),
      route.file,
    ).not.toEqual([]);
});

describe.skipIf(!BUILT)('GET-only API routes through the server', () => {
  let installation: Installation;
  let server: Server;

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-api-methods-');
    server = await launch(installation.env, { waitForSearch: false });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it.each(GET_ONLY.map((r) => [r.address, r] as const))(
    '%s answers POST, PUT, PATCH and DELETE with 405 and Allow, in English and Chinese',
    async (_, route) => {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        for (const locale of ['en', 'zh'] as const) {
          const res = await fetch(`${server.origin}${route.address}`, {
            method,
            headers: { Origin: server.origin, 'Accept-Language': locale === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-GB,en;q=0.9' },
            ...(method === 'DELETE' ? {} : { body: '{}' }),
          });
          expect(res.status, `${method} ${route.address}`).toBe(405);
          expect(res.headers.get('allow'), `${method} ${route.address}`).toBe('GET, HEAD');
          expect(res.headers.get('content-type')).toMatch(/^application\/json/);
          expect(await res.json()).toEqual({ error: MESSAGES[locale](method) });
        }
      }
      // HEAD is GET without the body, never refused.
      const head = await fetch(`${server.origin}${route.address}`, { method: 'HEAD' });
      expect(head.status, `HEAD ${route.address}`).not.toBe(405);
    },
  );
});
