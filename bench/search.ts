/**
 * `npm run bench:search`: the embedded search engine on synthetic bilingual
 * catalogs of 10,000 and 100,000 products — index build time, index heap,
 * p50/p95 query latency over a fixed mixed query set — its precision at three
 * on the buyer query set against the demo catalog, and, in the same run,
 * `/api/search` over HTTP against the in-process engine on the same index.
 *
 * Options (environment): `BENCH_BASELINE=<git ref>` also measures the engine
 * of that commit side by side in the same run (same catalogs, rounds
 * interleaved) and prints the ratios; `BENCH_HTTP=0` skips the HTTP part;
 * `BENCH_HTTP_SIZES` sets its catalogs (10,000 and 100,000 products unless told).
 */
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/server/db/client.server';
import * as t from '../src/server/db/schema.server';
import { provinceOf, type CitySlug } from '../src/lib/geo';
import { buildSearchDocuments } from '../src/server/search/documents.server';
import { EmbeddedSearch } from '../src/server/search/embedded.server';
import { searchParamsSchema, toSearchQuery, type SearchDocument, type SearchQuery, type SearchResult } from '../src/server/search/types.server';
import { seedDemoCatalog } from '../src/features/demo/seed.server';
import { applyReferenceData } from '../src/server/reference/reference.server';
import { demoDocuments, QUERY_SET, syntheticDocuments, syntheticProducts } from './lib/synthetic';
import { precisionAt3 } from '../tests/fixtures/search-relevance';
import { ROOT, ensureBuild, percentile, round, startServer, stopChild } from './lib/server';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const BASELINE = process.env.BENCH_BASELINE;
const HTTP = process.env.BENCH_HTTP !== '0';
/** The catalog sizes the HTTP part is measured on (`BENCH_HTTP_SIZES=10000,100000`). */
const HTTP_SIZES = (process.env.BENCH_HTTP_SIZES ?? '10000,100000').split(',').map(Number);

interface Engine {
  replaceAll(documents: SearchDocument[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  close(): Promise<void>;
}
type EngineClass = new () => Engine;

/** The embedded engine of another commit, read out of git into bench/.baseline/ (ignored), for a side-by-side run. */
async function baselineEngine(ref: string): Promise<EngineClass> {
  const dir = path.join(ROOT, 'bench/.baseline');
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', ref, 'src/server/search', 'data/reference'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), execFileSync('git', ['show', `${ref}:${file}`], { cwd: ROOT }));
  }
  const module = (await import(path.join(dir, 'src/server/search/embedded.server.ts'))) as { EmbeddedSearch: EngineClass };
  return module.EmbeddedSearch;
}

const ENGINES: Array<{ name: string; create: () => Engine }> = [{ name: 'current', create: () => new EmbeddedSearch() }];
if (BASELINE) {
  const Baseline = await baselineEngine(BASELINE);
  ENGINES.unshift({ name: `baseline ${BASELINE}`, create: () => new Baseline() });
}

/** The query set, each in the language it is written in (as the HTTP part asks for it). */
const queryLocale = (q: string) => (/[\u4e00-\u9fff]/.test(q) ? 'zh' : 'en');
const queries: SearchQuery[] = QUERY_SET.map(({ q, filters }) => toSearchQuery(searchParamsSchema.parse({ q, locale: queryLocale(q), ...filters, limit: 20 })));

function heapMb(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * Each engine on the same synthetic catalog: build time and index heap one
 * engine at a time (the other is not in memory), then query latency with the
 * engines' rounds interleaved, so a busy machine slows both alike.
 */
async function benchSize(size: number) {
  const rows = [];
  for (const { name, create } of ENGINES) {
    const base = heapMb();
    let docs: SearchDocument[] | null = syntheticDocuments(syntheticProducts(size));
    const withDocs = heapMb();
    let engine: Engine | null = create();
    const start = performance.now();
    await engine.replaceAll(docs);
    const buildMs = performance.now() - start;
    docs = null;
    const withIndex = heapMb();
    await engine.close();
    engine = null;
    // The index's heap is what dropping it frees: robust to whatever an earlier engine left behind.
    const heap = withIndex - heapMb();
    rows.push({ engine: name, products: size, buildMs: round(buildMs), indexHeapMb: round(heap, 1), inputDocsMb: round(withDocs - base, 1) });
  }
  const docs = syntheticDocuments(syntheticProducts(size));
  const engines: Engine[] = [];
  for (const { create } of ENGINES) {
    const engine = create();
    await engine.replaceAll(docs);
    engines.push(engine);
  }
  const times: number[][] = engines.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let e = 0; e < engines.length; e++) {
      const engine = engines[(e + r) % engines.length]!;
      const own = times[(e + r) % engines.length]!;
      if (r === 0) for (const q of queries) await engine.search(q); // warm-up
      for (const q of queries) {
        const start = performance.now();
        await engine.search(q);
        own.push(performance.now() - start);
      }
    }
  }
  for (const engine of engines) await engine.close();
  return rows.map((row, i) => ({
    ...row,
    p50Ms: round(percentile(times[i]!, 50), 3),
    p95Ms: round(percentile(times[i]!, 95), 3),
    queries: times[i]!.length,
  }));
}

/** Precision at three of each engine on the buyer query set (tests/fixtures/search-queries.json) against the demo catalog. */
async function benchRelevance() {
  const docs = demoDocuments();
  const rows = [];
  for (const { name, create } of ENGINES) {
    const engine = create();
    await engine.replaceAll(docs);
    const result = await precisionAt3(engine, docs);
    await engine.close();
    rows.push({
      engine: name,
      queries: result.scores.length,
      precisionAt3: round(result.overall, 3),
      heldOut: round(result.heldOut, 3),
      ...Object.fromEntries(Object.entries(result.byKind).map(([kind, p]) => [kind, round(p, 2)])),
    });
  }
  return rows;
}

/** A GET over one kept-alive `node:http` connection (as a browser keeps its connection to the site): status and body. */
function keptAliveGet(agent: http.Agent, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * What HTTP itself costs on this machine: a bare `node:http` server in its
 * own process answering a fixed body of `bytes` with the search answer's
 * headers, asked `count` times over a kept-alive connection.
 */
async function transportFloor(bytes: number, count: number): Promise<number[]> {
  const source = `const body = Buffer.alloc(${bytes}, 97);
const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=30', 'X-Content-Type-Options': 'nosniff', 'Content-Length': body.length };
require('node:http').createServer((req, res) => { res.writeHead(200, headers); res.end(body); }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = String(await new Promise((resolve) => child.stdout!.once('data', resolve))).trim();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < count + 50; i++) {
    const start = performance.now();
    await keptAliveGet(agent, `http://127.0.0.1:${port}/`);
    if (i >= 50) times.push(performance.now() - start);
  }
  agent.destroy();
  await stopChild(child);
  return times;
}

/**
 * The same queries in-process and over HTTP against a server holding the
 * same catalog (`size` synthetic products and the demo). The client keeps
 * its connection alive, as a browser does; `fetch` (undici) is measured too,
 * with its own client-side cost. Every request asks for a fresh answer
 * (`Cache-Control: no-cache`): the page cache would otherwise answer repeats.
 */
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

  for (const q of queries) await engine.search(q); // warm-up
  const server = await startServer({ DATA_DIR: dir, SEED_DEMO: 'false' });
  // The server re-reads what changed within the last five seconds of its index build once or twice (src/server/search/indexer.server.ts): measured after that.
  await new Promise((resolve) => setTimeout(resolve, Math.max(6_000, size / 10)));
  const urls = QUERY_SET.map(({ q, filters }) => {
    const params = new URLSearchParams({ q, locale: queryLocale(q), limit: '20' });
    for (const [k, v] of Object.entries(filters ?? {})) params.set(k, String(v));
    return `${server.origin}/api/search?${params}`;
  });
  const fresh = { 'Cache-Control': 'no-cache' };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const url of urls) await keptAliveGet(agent, url, fresh);
  for (const url of urls) await (await fetch(url, { headers: fresh })).arrayBuffer();
  const inProcess: number[] = [];
  const overHttp: number[] = [];
  const overFetch: number[] = [];
  const inServer: number[] = [];
  const sizes: number[] = [];
  gc!();
  // Rounds in-process and of the two clients interleaved, so a busy machine slows all three alike.
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of queries) {
      const start = performance.now();
      await engine.search(q);
      inProcess.push(performance.now() - start);
    }
    for (const url of urls) {
      const start = performance.now();
      const { status, body } = await keptAliveGet(agent, url, fresh);
      overHttp.push(performance.now() - start);
      if (status !== 200) throw new Error(`${url} → ${status}`);
      inServer.push((JSON.parse(body.toString('utf8')) as { tookMs: number }).tookMs);
      sizes.push(body.byteLength);
    }
    for (const url of urls) {
      const start = performance.now();
      const res = await fetch(url, { headers: fresh });
      await res.arrayBuffer();
      overFetch.push(performance.now() - start);
      if (!res.ok) throw new Error(`${url} → ${res.status}`);
    }
  }
  agent.destroy();
  await engine.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  const floor = await transportFloor(Math.round(percentile(sizes, 50)), overHttp.length);
  const p50 = (times: number[]) => round(percentile(times, 50), 3);
  const p95 = (times: number[]) => round(percentile(times, 95), 3);
  return {
    products: size,
    inProcessP50Ms: p50(inProcess),
    inProcessP95Ms: p95(inProcess),
    httpP50Ms: p50(overHttp),
    httpP95Ms: p95(overHttp),
    ratioP50: round(percentile(overHttp, 50) / percentile(inProcess, 50)),
    ratioP95: round(percentile(overHttp, 95) / percentile(inProcess, 95)),
    fetchP50Ms: p50(overFetch),
    fetchRatioP50: round(percentile(overFetch, 50) / percentile(inProcess, 50)),
    engineInServerP50Ms: p50(inServer),
    transportFloorP50Ms: p50(floor),
    answerBytesP50: Math.round(percentile(sizes, 50)),
  };
}

const engineRows: Awaited<ReturnType<typeof benchSize>> = [];
for (const size of SIZES) {
  console.log(`Building a synthetic catalog of ${size.toLocaleString('en')} products…`);
  engineRows.push(...(await benchSize(size)));
}
console.log('Measuring precision at three on the buyer query set…');
const relevanceRows = await benchRelevance();
const httpRows: Array<Awaited<ReturnType<typeof benchHttp>>> = [];
for (const size of HTTP ? HTTP_SIZES : []) {
  console.log(`Measuring /api/search over HTTP against the in-process engine (same ${size.toLocaleString('en')} products)…`);
  httpRows.push(await benchHttp(size));
}
const ratios = BASELINE
  ? SIZES.map((size) => {
      const [before, after] = engineRows.filter((r) => r.products === size);
      return {
        products: size,
        heapAfterOverBefore: round(after!.indexHeapMb / before!.indexHeapMb, 3),
        p50AfterOverBefore: round(after!.p50Ms / before!.p50Ms, 3),
        p95AfterOverBefore: round(after!.p95Ms / before!.p95Ms, 3),
        buildAfterOverBefore: round(after!.buildMs / before!.buildMs, 3),
      };
    })
  : null;

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((l) => round(l, 1)),
  queriesPerRound: queries.length,
  rounds: ROUNDS,
  engine: engineRows,
  relevance: relevanceRows,
  ...(ratios && { ratios }),
  ...(httpRows.length && { http: httpRows }),
};
// A side-by-side run is kept apart from the standard one, which the README and the bench summary quote.
const output = BASELINE ? 'bench/results/search-side-by-side.json' : 'bench/results/search.json';
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, output), `${JSON.stringify(result, null, 2)}\n`);

console.log('\nEmbedded search engine (FlexSearch index + own ranking) — fixed mixed query set (Chinese, English, typos, filters)');
console.table(engineRows);
console.log('Precision at three on the buyer query set (demo catalog)');
console.table(relevanceRows);
if (ratios) {
  console.log('After / before, same run');
  console.table(ratios);
}
if (httpRows.length) {
  console.log('/api/search over HTTP (kept-alive node:http client; fetch alongside) vs in-process, same catalog, same queries, one run');
  console.table(httpRows);
}
console.log(`Written to ${output}`);
