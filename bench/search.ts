/**
 * `npm run bench:search`: the embedded search engine on synthetic bilingual
 * catalogs of 10,000 and 100,000 products — index build time, index heap,
 * p50/p95 query latency over a fixed mixed query set — and, in the same run,
 * `/api/search` over HTTP against the in-process engine on the same index.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/server/db/client.server';
import * as t from '../src/server/db/schema.server';
import { provinceOf, type CitySlug } from '../src/lib/geo';
import { buildSearchDocuments } from '../src/server/search/documents.server';
import { EmbeddedSearch } from '../src/server/search/embedded.server';
import { searchParamsSchema, toSearchQuery, type SearchDocument, type SearchQuery } from '../src/server/search/types.server';
import { seedDemoCatalog } from '../src/features/demo/seed.server';
import { applyReferenceData } from '../src/server/reference/reference.server';
import { QUERY_SET, syntheticDocuments, syntheticProducts } from './lib/synthetic';
import { BASELINE, ROOT, ensureBuild, percentile, round, startServer, type RunningServer } from './lib/server';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);

const queries: SearchQuery[] = QUERY_SET.map(({ q, filters }) => toSearchQuery(searchParamsSchema.parse({ q, ...filters, limit: 20 })));

function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function timeQueries(engine: EmbeddedSearch): Promise<number[]> {
  for (const q of queries) await engine.search(q); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const start = performance.now();
      await engine.search(q);
      times.push(performance.now() - start);
    }
  }
  return times;
}

async function benchSize(size: number) {
  const base = heapMb();
  let docs: SearchDocument[] | null = syntheticDocuments(syntheticProducts(size));
  const withDocs = heapMb();
  const engine = new EmbeddedSearch();
  const start = performance.now();
  await engine.replaceAll(docs);
  const buildMs = performance.now() - start;
  docs = null;
  const heap = heapMb() - base;
  const times = await timeQueries(engine);
  const row = {
    products: size,
    buildMs: round(buildMs),
    indexHeapMb: round(heap, 1),
    inputDocsMb: round(withDocs - base, 1),
    p50Ms: round(percentile(times, 50), 3),
    p95Ms: round(percentile(times, 95), 3),
    queries: times.length,
  };
  await engine.close();
  return row;
}

/** The same queries in-process and over HTTP against a server holding the same 10,000-product catalog. */
async function benchHttp(size: number) {
  ensureBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  await applyReferenceData(database.db);
  await seedDemoCatalog(database.db);
  const categories = new Map((await database.db.select().from(t.categories)).map((c) => [c.slug, c.id]));
  const exporters = new Map((await database.db.select().from(t.exporters)).map((e) => [e.slug, e.id]));
  const products = syntheticProducts(size);
  for (let i = 0; i < products.length; i += 500) {
    await database.db.insert(t.products).values(
      products.slice(i, i + 500).map((p) => ({
        slug: p.slug,
        exporterId: exporters.get(p.base.exporter)!,
        categoryId: categories.get(p.base.product.category)!,
        nameEn: p.nameEn,
        nameZh: p.nameZh,
        summaryEn: p.base.product.summaryEn,
        summaryZh: p.base.product.summaryZh,
        descriptionEn: p.base.product.descriptionEn,
        descriptionZh: p.base.product.descriptionZh,
        keywordsEn: p.base.product.keywordsEn,
        keywordsZh: p.base.product.keywordsZh,
        moq: p.moq,
        unit: p.base.product.unit,
        priceMinUsdCents: p.price,
        priceMaxUsdCents: p.price,
        hsCode: p.base.product.hsCode,
        leadTimeMinDays: p.base.product.leadTimeMinDays,
        leadTimeMaxDays: p.base.product.leadTimeMaxDays,
        supplyQuantity: p.base.product.supplyQuantity,
        supplyUnit: p.base.product.supplyUnit,
        supplyPeriod: p.base.product.supplyPeriod,
        samplePolicy: p.base.product.samplePolicy,
        originCity: p.base.product.originCity,
        originProvince: provinceOf(p.base.product.originCity as CitySlug),
        certifications: p.certifications,
        status: 'published' as const,
        createdAt: new Date(p.created),
      })),
    );
  }
  const engine = new EmbeddedSearch();
  await engine.replaceAll((await buildSearchDocuments(database.db)).documents);
  await database.close();

  // With BENCH_BASELINE, the earlier version serves a copy of the same database, and the two are asked in turn.
  const baselineDir = BASELINE ? `${dir}-baseline` : null;
  if (baselineDir) cpSync(dir, baselineDir, { recursive: true });
  const inProcess = await timeQueries(engine);
  const servers: Array<{ name: string; server: RunningServer }> = [{ name: 'current', server: await startServer({ DATA_DIR: dir, SEED_DEMO: 'false' }) }];
  if (baselineDir) servers.push({ name: 'baseline', server: await startServer({ DATA_DIR: baselineDir, SEED_DEMO: 'false' }, { root: BASELINE! }) });
  const paths = QUERY_SET.map(({ q, filters }) => {
    const params = new URLSearchParams({ q, locale: /[\u4e00-\u9fff]/.test(q) ? 'zh' : 'en', limit: '20' });
    for (const [k, v] of Object.entries(filters ?? {})) params.set(k, String(v));
    return `/api/search?${params}`;
  });
  // The server keeps search answers for visitors without cookies; this compares the engine's work, so every request asks for a fresh answer.
  const fresh = { headers: { 'Cache-Control': 'no-cache' } };
  for (const { server } of servers) for (const path of paths) for (let i = 0; i < 2; i++) await (await fetch(`${server.origin}${path}`, fresh)).arrayBuffer();
  // Two clients: fetch (undici, as a browser-like caller) and node:http with a kept-alive connection, whose own
  // cost per request is smaller — what is left is closer to the server's.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const viaNodeHttp = (url: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(url, { agent, headers: fresh.headers }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const times = new Map(servers.flatMap(({ name }) => [[`${name} fetch`, [] as number[]] as const, [`${name} node:http`, [] as number[]] as const]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, path] of paths.entries()) {
      // Taking turns, the order swapped every other query: neither server always goes first.
      const order = (i + r) % 2 === 0 ? servers : [...servers].reverse();
      for (const { name, server } of order) {
        let start = performance.now();
        const res = await fetch(`${server.origin}${path}`, fresh);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name} ${path} → ${res.status}`);
        times.get(`${name} fetch`)!.push(performance.now() - start);
        start = performance.now();
        const status = await viaNodeHttp(`${server.origin}${path}`);
        if (status !== 200) throw new Error(`${name} ${path} → ${status}`);
        times.get(`${name} node:http`)!.push(performance.now() - start);
      }
    }
  }
  agent.destroy();
  for (const { server } of servers) await server.stop();
  rmSync(dir, { recursive: true, force: true });
  if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  const inProcessP50Ms = round(percentile(inProcess, 50), 3);
  const inProcessP95Ms = round(percentile(inProcess, 95), 3);
  const rowOf = (times: number[]) => {
    const httpP50Ms = round(percentile(times, 50), 3);
    const httpP95Ms = round(percentile(times, 95), 3);
    return {
      products: size,
      inProcessP50Ms,
      inProcessP95Ms,
      httpP50Ms,
      httpP95Ms,
      ratioP50: round(httpP50Ms / inProcessP50Ms),
      ratioP95: round(httpP95Ms / inProcessP95Ms),
    };
  };
  const sideOf = (name: string) => ({ ...rowOf(times.get(`${name} fetch`)!), nodeHttpClient: rowOf(times.get(`${name} node:http`)!) });
  return baselineDir ? { ...sideOf('current'), baseline: { root: BASELINE, ...sideOf('baseline') } } : sideOf('current');
}

const engineRows = [];
for (const size of SIZES) {
  console.log(`Building a synthetic catalog of ${size.toLocaleString('en')} products…`);
  engineRows.push(await benchSize(size));
}
console.log('Measuring /api/search over HTTP against the in-process engine (same 10,000 products)…');
const httpRow = await benchHttp(10_000);

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  queriesPerRound: queries.length,
  rounds: ROUNDS,
  engine: engineRows,
  http: httpRow,
};
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
// A before/after comparison goes to its own file: bench/results/search.json keeps the engine's own measurements.
const resultFile = BASELINE ? 'search-http-compare.json' : 'search.json';
writeFileSync(path.join(ROOT, 'bench/results', resultFile), `${JSON.stringify(result, null, 2)}\n`);

console.log('\nEmbedded search engine (FlexSearch index + own ranking) — fixed mixed query set (Chinese, English, typos, filters)');
console.table(engineRows);
console.log('/api/search over HTTP vs in-process, same catalog, same queries, one run');
const table = (label: string, { nodeHttpClient, ...row }: Omit<typeof httpRow, 'baseline'>) => [
  { version: label, client: 'fetch', ...row, baseline: undefined, root: undefined },
  { version: label, client: 'node:http', ...nodeHttpClient },
];
console.table([...table('current', httpRow), ...('baseline' in httpRow && httpRow.baseline ? table('baseline', httpRow.baseline) : [])]);
console.log(`Written to bench/results/${resultFile}`);
