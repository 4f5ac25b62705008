/**
 * `npm run bench`: the production build under load and in the browser.
 *
 * - pages: throughput and p50/p99 latency (autocannon) of a prerendered
 *   article, a product page, a filtered category page and `/api/search`,
 *   each side by side with its ceiling — the same bytes from a minimal
 *   `node:http` server in its own process (bench/lib/ceiling.ts). The two
 *   servers take turns (A B, then B A in the next round) with the same
 *   settings; the pavilion's RSS is sampled throughout.
 * - soak: mixed load over the same URLs for BENCH_SOAK_SECONDS, RSS sampled
 *   every second: start, end, max and slope.
 * - weight: HTML/CSS/JS bytes (gzip), requests, third-party requests and
 *   eager vs on-interaction JavaScript per page type, in Chromium.
 * - lighthouse: mobile scores in four categories per page type and locale.
 * - search: bench/search.ts (synthetic 10k/100k catalogs).
 * - import: bench/import.ts (a 500-row product sheet parsed, checked and
 *   imported into PostgreSQL; target ≤ 10 s).
 * - database: the embedded PostgreSQL — first start on an empty folder
 *   (initdb, migrations, demo catalog) and restart of the built site, each
 *   to the first product page served; memory (PSS) of the app and its
 *   database server together, idle and after the soak.
 *
 * `npm run bench -- --only=pages,soak,weight,lighthouse,search,import` runs a
 * subset (default: all). Settings: BENCH_CONNECTIONS (10), BENCH_SECONDS
 * (10), BENCH_WARMUP_SECONDS (3), BENCH_ROUNDS (2), BENCH_SOAK_SECONDS (60).
 * Results go to bench/results/*.json; summary.md and chart.svg are made
 * from whatever results are there.
 *
 * The site is built first, for the loopback address the server will have,
 * unless the last build was made for a free address and no source changed
 * since (the rule of scripts/start.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { capture, startCeiling, type CeilingServer } from './lib/ceiling';
import { load, pssTreeMb, rssMb, sampleRss, slopeMbPerMinute, type LoadResult, type RssSample } from './lib/load';
import { runLighthouse } from './lib/lighthouse';
import { BASELINE, ROOT, freePort, round, startServer, type RunningServer } from './lib/server';
import { writeReport, type SideJson } from './lib/report';
import { measureWeights } from './lib/weight';

const PARTS = ['database', 'pages', 'soak', 'weight', 'lighthouse', 'search', 'import', 'compare'] as const;
type Part = (typeof PARTS)[number];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = new Set<Part>(
  onlyArg
    ? (onlyArg
        .slice('--only='.length)
        .split(',')
        .map((s) => s.trim()) as Part[])
    : PARTS.filter((p) => p !== 'compare' || BASELINE),
);
if (only.has('compare') && !BASELINE) throw new Error('--only=compare needs BENCH_BASELINE=<a checkout of the earlier version, built>');
for (const part of only) if (!PARTS.includes(part)) throw new Error(`Unknown part "${part}"; choose from ${PARTS.join(', ')}`);

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const RESULTS = path.join(ROOT, 'bench/results');

const PRODUCT = 'hand-stitched-pu-match-football-size-5';
const CATEGORY_FILTERS = '?province=punjab&sort=price-asc';
/** A visitor with a basket sends its cookie: shared pages are the same for them, and the page cache answers them too. */
const WITH_COOKIE = { Cookie: `pkp_basket=${encodeURIComponent(JSON.stringify(['pink-salt-coarse-2-5mm-25kg-bags']))}` };
/** A page rendered every time: a visitor asking for a fresh copy (a reload), which the page cache never answers. */
const RENDERED = { ...WITH_COOKIE, 'Cache-Control': 'no-cache' };
const LOADED_PAGES: Array<{ name: string; kind: string; url: string; target: number | null; headers?: Record<string, string> }> = [
  { name: 'article', kind: 'prerendered', url: '/en/culture/mughal-lahore/', target: 0.8 },
  { name: 'product', kind: 'server-rendered', url: `/en/products/${PRODUCT}/`, target: 0.5 },
  {
    name: 'product+b',
    kind: 'server-rendered, for a visitor with a basket cookie (page cache)',
    url: `/en/products/${PRODUCT}/`,
    target: 0.5,
    headers: WITH_COOKIE,
  },
  {
    name: 'product*',
    kind: 'server-rendered every time (a fresh copy asked for: no page cache)',
    url: `/en/products/${PRODUCT}/`,
    target: null,
    headers: RENDERED,
  },
  { name: 'category', kind: 'server-rendered, filtered', url: `/en/categories/sports-goods/${CATEGORY_FILTERS}`, target: null },
  { name: 'api-search', kind: 'JSON', url: '/api/search?q=football&locale=en', target: null },
];
const BROWSED_PAGES = (['en', 'zh'] as const).flatMap((l) => [
  { name: `home ${l}`, url: `/${l}/` },
  { name: `category ${l}`, url: `/${l}/categories/sports-goods/${CATEGORY_FILTERS}` },
  { name: `product ${l}`, url: `/${l}/products/${PRODUCT}/` },
  { name: `search ${l}`, url: `/${l}/search/?q=${encodeURIComponent(l === 'en' ? 'football' : '足球')}` },
  { name: `article ${l}`, url: `/${l}/culture/mughal-lahore/` },
]);

const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version };

function save(name: string, data: object): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify({ generatedAt: new Date().toISOString(), machine, ...data }, null, 2)}\n`);
}

// ---------------------------------------------------------------- build

const SOURCES = ['src', 'locales', 'public', 'drizzle', 'astro.config.mjs', 'package.json'];
function newest(p: string): number {
  const stat = statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** Builds for http://127.0.0.1:<port> unless the current build was made for a free loopback port and is fresh; returns the port. */
async function ensureFreshBuild(): Promise<number> {
  const entry = path.join(ROOT, 'dist/server/entry.mjs');
  const stamp = path.join(ROOT, 'dist/.site-url');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const builtFor = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  const match = /^http:\/\/127\.0\.0\.1:(\d+)$/.exec(builtFor);
  if (built && match && SOURCES.every((s) => newest(path.join(ROOT, s)) <= built) && (await portIsFree(Number(match[1])))) {
    console.log(`Using the build made for ${builtFor}`);
    return Number(match[1]);
  }
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  console.log(`Building the site for ${siteUrl}…`);
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl },
  });
  if (result.status !== 0) throw new Error('build failed');
  writeFileSync(stamp, siteUrl);
  return port;
}

// ---------------------------------------------------------------- pages and soak

interface Side extends SideJson {
  runs: LoadResult[];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
function combine(runs: LoadResult[]): Side {
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  return {
    rps: round(requests / seconds, 1),
    p50Ms: round(mean(runs.map((r) => r.p50Ms)), 2),
    p99Ms: round(mean(runs.map((r) => r.p99Ms)), 2),
    requests,
    errors: runs.reduce((s, r) => s + r.errors, 0),
    timeouts: runs.reduce((s, r) => s + r.timeouts, 0),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    runs,
  };
}

async function benchPages(server: RunningServer): Promise<void> {
  const pid = server.process.pid!;
  const captured = await capture(
    server.origin,
    LOADED_PAGES.map((p) => p.url),
  );
  const ceiling: CeilingServer = await startCeiling(captured);
  const settings = { connections: CONNECTIONS, seconds: SECONDS };
  const rss = sampleRss(pid);
  const rows = [];
  try {
    for (const [i, page] of LOADED_PAGES.entries()) {
      const runs = { pavilion: [] as LoadResult[], ceiling: [] as LoadResult[] };
      for (let round_ = 0; round_ < ROUNDS; round_++) {
        const pavilionFirst = (i + round_) % 2 === 0;
        for (const side of pavilionFirst ? (['pavilion', 'ceiling'] as const) : (['ceiling', 'pavilion'] as const)) {
          const origin = side === 'pavilion' ? server.origin : ceiling.origin;
          await load(origin, [page.url], { connections: CONNECTIONS, seconds: WARMUP_SECONDS }, page.headers);
          const result = await load(origin, [page.url], settings, page.headers);
          runs[side].push(result);
          console.log(
            `  ${page.name.padEnd(11)} ${side.padEnd(8)} ${String(result.rps).padStart(8)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
          );
        }
      }
      const pavilion = combine(runs.pavilion);
      const ceilingSide = combine(runs.ceiling);
      rows.push({
        name: page.name,
        kind: page.kind,
        url: page.url,
        bytes: captured[i]!.body.length,
        contentType: captured[i]!.contentType,
        pavilion,
        ceiling: ceilingSide,
        ratio: {
          rps: round(pavilion.rps / ceilingSide.rps, 3),
          p50: round(pavilion.p50Ms / Math.max(ceilingSide.p50Ms, 0.01), 1),
          p99: round(pavilion.p99Ms / Math.max(ceilingSide.p99Ms, 0.01), 1),
        },
        target: page.target,
        met: page.target === null ? null : pavilion.rps / ceilingSide.rps >= page.target,
      });
    }
  } finally {
    await ceiling.stop();
  }
  const samples = rss.stop();
  save('pages', {
    settings: { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, rounds: ROUNDS },
    pages: rows,
    pavilionRssMb: { start: samples[0]?.mb, end: samples.at(-1)?.mb, max: Math.max(...samples.map((s) => s.mb)) },
  });
}

function rssSummary(samples: RssSample[]) {
  const secondHalf = samples.filter((s) => s.t >= (samples.at(-1)?.t ?? 0) / 2);
  return {
    startMb: samples[0]?.mb ?? Number.NaN,
    endMb: samples.at(-1)?.mb ?? Number.NaN,
    maxMb: Math.max(...samples.map((s) => s.mb)),
    slopeMbPerMinute: round(slopeMbPerMinute(samples), 2),
    secondHalfSlopeMbPerMinute: round(slopeMbPerMinute(secondHalf), 2),
  };
}

/**
 * Mixed load: cookie-less visitors over every page kind (mostly answered
 * from the page cache) and, at the same time, visitors asking for fresh
 * copies whose pages are rendered every time, so the database and renderer
 * run for the whole soak too.
 */
async function soak(server: RunningServer, idleMb: number, idlePss: ReturnType<typeof pssTreeMb>): Promise<void> {
  const paths = [...LOADED_PAGES.map((p) => p.url), `/zh/products/${PRODUCT}/`, `/zh/search/?q=${encodeURIComponent('足球')}`, '/en/'];
  const rendered = [
    `/en/products/${PRODUCT}/`,
    `/zh/products/${PRODUCT}/`,
    '/zh/categories/sports-goods/?sort=price-asc',
    `/zh/search/?q=${encodeURIComponent('喜马拉雅')}`,
  ];
  const renderConnections = Math.max(1, Math.round(CONNECTIONS / 5));
  console.log(
    `Soak: ${SOAK_SECONDS} s of mixed load over ${paths.length} URLs (${CONNECTIONS} connections) and ${rendered.length} pages rendered for visitors with a cookie (${renderConnections} connections)`,
  );
  const rss = sampleRss(server.process.pid!);
  const [result, renders] = await Promise.all([
    load(server.origin, paths, { connections: CONNECTIONS, seconds: SOAK_SECONDS }),
    load(server.origin, rendered, { connections: renderConnections, seconds: SOAK_SECONDS }, RENDERED),
  ]);
  const samples = rss.stop();
  const pss = { idle: idlePss, afterSoak: pssTreeMb(server.process.pid!) };
  const summary = { idleAfterStartMb: round(idleMb, 1), ...rssSummary(samples) };
  console.log(
    `  PSS of the app and its database server: idle ${pss.idle.totalMb} MB, after the soak ${pss.afterSoak.totalMb} MB (${pss.afterSoak.processes} processes)`,
  );
  console.log(
    `  ${result.rps} req/s + ${renders.rps} rendered req/s, errors ${result.errors + renders.errors}, non-2xx ${result.non2xx + renders.non2xx}; RSS ${summary.startMb} → ${summary.endMb} MB (max ${summary.maxMb}), slope ${summary.slopeMbPerMinute} MB/min`,
  );
  save('soak', {
    settings: { connections: CONNECTIONS, renderConnections, seconds: SOAK_SECONDS, paths, rendered },
    load: result,
    renders,
    rss: summary,
    pss,
    samples,
  });
}

// ---------------------------------------------------------------- before and after

/**
 * `--only=compare` with BENCH_BASELINE: the earlier version and this one,
 * each on its own data folder with the demo catalog, measured in the same
 * run, taking turns — the product page without and with a basket cookie
 * (autocannon), and the JavaScript the product page loads with the search
 * box used (Chromium, gzip).
 */
async function benchCompare(port: number): Promise<void> {
  const sides = [
    { name: 'baseline', root: BASELINE!, port: await freePort() },
    { name: 'current', root: ROOT, port },
  ];
  const running: Array<{ name: string; server: RunningServer; dataDir: string }> = [];
  try {
    for (const side of sides) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), `bench-compare-${side.name}-`));
      const server = await startServer({ DATA_DIR: dataDir, SITE_URL: `http://127.0.0.1:${side.port}` }, { port: side.port, root: side.root });
      running.push({ name: side.name, server, dataDir });
    }
    await new Promise((r) => setTimeout(r, 5000));
    const url = `/en/products/${PRODUCT}/`;
    const cases = [
      { name: 'product, no cookie', headers: {} },
      { name: 'product, basket cookie', headers: WITH_COOKIE },
    ];
    const rows = [];
    for (const [i, c] of cases.entries()) {
      const runs = new Map(running.map((r) => [r.name, [] as LoadResult[]]));
      for (let round_ = 0; round_ < ROUNDS; round_++) {
        const order = (i + round_) % 2 === 0 ? running : [...running].reverse();
        for (const { name, server } of order) {
          await load(server.origin, [url], { connections: CONNECTIONS, seconds: WARMUP_SECONDS }, c.headers);
          const result = await load(server.origin, [url], { connections: CONNECTIONS, seconds: SECONDS }, c.headers);
          runs.get(name)!.push(result);
          console.log(
            `  ${c.name.padEnd(24)} ${name.padEnd(8)} ${String(result.rps).padStart(8)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  non-2xx ${result.non2xx}`,
          );
        }
      }
      const sides_ = Object.fromEntries([...runs].map(([name, r]) => [name, combine(r)]));
      rows.push({ name: c.name, url, ...sides_ });
    }
    const weights: Record<string, Array<{ name: string; jsKb: number; jsEagerKb: number; jsOnInteractionKb: number }>> = {};
    for (const { name, server } of running) {
      const pages = await measureWeights(
        server.origin,
        (['en', 'zh'] as const).map((l) => ({ name: `product ${l}`, url: `/${l}/products/${PRODUCT}/` })),
      );
      weights[name] = pages.map((p) => ({
        name: p.name,
        jsKb: round(p.js.gzip / 1024, 2),
        jsEagerKb: round(p.jsEager.gzip / 1024, 2),
        jsOnInteractionKb: round(p.jsOnInteraction.gzip / 1024, 2),
      }));
      for (const w of weights[name]!)
        console.log(
          `  ${w.name.padEnd(12)} ${name.padEnd(8)} JavaScript with the search box used ${w.jsKb} KB (eager ${w.jsEagerKb} + ${w.jsOnInteractionKb})`,
        );
    }
    save('compare', {
      baseline: BASELINE,
      loadAverage: os.loadavg(),
      settings: { connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, rounds: ROUNDS },
      pages: rows.map(({ name, url: u, ...s }) => ({
        name,
        url: u,
        ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { ...(v as Side), runs: undefined }])),
      })),
      weights,
    });
  } finally {
    for (const { server, dataDir } of running) {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------- main

/** Seconds from spawning the server to the first product page it serves. */
async function timeToFirstPage(env: Record<string, string>, port: number): Promise<{ seconds: number; server: RunningServer }> {
  const started = performance.now();
  const server = await startServer(env, { port, waitForSearch: false });
  for (;;) {
    const res = await fetch(`${server.origin}/en/products/${PRODUCT}/`).catch(() => null);
    if (res?.ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return { seconds: round((performance.now() - started) / 1000, 2), server };
}

/** First start on an empty data folder, idle memory, then a restart of the same installation. */
async function benchDatabase(port: number): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-database-'));
  const env = { DATA_DIR: dataDir, SITE_URL: `http://127.0.0.1:${port}` };
  try {
    const first = await timeToFirstPage(env, port);
    console.log(`Database: first start on an empty folder (initdb, migrations, demo catalog) to the first product page: ${first.seconds} s`);
    await new Promise((r) => setTimeout(r, 10_000));
    const idle = pssTreeMb(first.server.process.pid!);
    const idleRss = rssMb(first.server.process.pid!);
    console.log(`  idle: PSS of the app and its database server ${idle.totalMb} MB (${idle.processes} processes); the app's RSS ${round(idleRss, 1)} MB`);
    await first.server.stop();
    const restart = await timeToFirstPage(env, port);
    console.log(`  restart of the built site to the first product page: ${restart.seconds} s`);
    await restart.server.stop();
    save('database', {
      firstStartSeconds: first.seconds,
      restartSeconds: restart.seconds,
      idlePssMb: idle.totalMb,
      idleProcesses: idle.processes,
      idleAppRssMb: round(idleRss, 1),
      targets: { firstStartSeconds: 30, restartSeconds: 5, idlePssMb: 350 },
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (only.has('database')) await benchDatabase(await ensureFreshBuild());

const needsServer = (['pages', 'soak', 'weight', 'lighthouse'] as const).some((p) => only.has(p));
if (needsServer) {
  const port = await ensureFreshBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-pages-'));
  const server = await startServer({ DATA_DIR: dataDir, SITE_URL: `http://127.0.0.1:${port}` }, { port });
  try {
    // The first index sync after start-up re-reads the freshly seeded catalog; let it pass.
    await new Promise((r) => setTimeout(r, 5000));
    const idleMb = rssMb(server.process.pid!);
    const idlePss = pssTreeMb(server.process.pid!);
    if (only.has('pages')) {
      console.log(`Pages: ${CONNECTIONS} connections × ${SECONDS} s after ${WARMUP_SECONDS} s warm-up, ${ROUNDS} rounds, pavilion and ceiling in turn`);
      await benchPages(server);
    }
    if (only.has('soak')) await soak(server, idleMb, idlePss);
    if (only.has('weight')) {
      console.log('Weight: Chromium, empty cache, each page type');
      const pages = await measureWeights(server.origin, BROWSED_PAGES);
      for (const p of pages)
        console.log(
          `  ${p.name.padEnd(12)} html ${(p.html.gzip / 1024).toFixed(1)} KB · css ${(p.css.gzip / 1024).toFixed(1)} KB · js ${(p.jsEager.gzip / 1024).toFixed(1)} + ${(p.jsOnInteraction.gzip / 1024).toFixed(1)} KB · ${p.requests} requests · third-party ${p.thirdPartyRequests}`,
        );
      save('weight', { compression: 'gzip level 6', pages });
    }
    if (only.has('lighthouse')) {
      console.log('Lighthouse: mobile, default configuration');
      save('lighthouse', { pages: await runLighthouse(server.origin, BROWSED_PAGES) });
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (only.has('compare')) {
  console.log(
    `Compare: ${BASELINE} (baseline) and this checkout, taking turns; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  await benchCompare(await ensureFreshBuild());
}

if (only.has('search')) {
  console.log('Search: bench/search.ts');
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'bench/search.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('bench/search.ts failed');
}

if (only.has('import')) {
  console.log('Import: bench/import.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/import.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('bench/import.ts failed');
}

writeReport(RESULTS);
console.log(`Summary: ${path.relative(ROOT, path.join(RESULTS, 'summary.md'))} · chart: ${path.relative(ROOT, path.join(RESULTS, 'chart.svg'))}`);
