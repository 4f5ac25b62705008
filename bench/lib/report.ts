/**
 * bench/results/summary.md and chart.svg from whatever result files are in
 * bench/results (a partial run keeps the other parts' last results).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chartSvg } from './chart';
import type { LighthouseResult } from './lighthouse';
import type { LoadResult, RssSample } from './load';
import type { PageWeight } from './weight';

export interface SideJson {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}
export interface PagesJson {
  generatedAt: string;
  settings: { connections: number; seconds: number; warmupSeconds: number; rounds: number };
  pages: Array<{
    name: string;
    kind: string;
    url: string;
    bytes: number;
    pavilion: SideJson;
    ceiling: SideJson;
    ratio: { rps: number; p50: number; p99: number };
    target: number | null;
    met: boolean | null;
  }>;
}
export interface SoakJson {
  generatedAt: string;
  settings: { connections: number; seconds: number; paths: string[]; renderConnections?: number; rendered?: string[] };
  load: LoadResult;
  /** Visitors with a cookie at the same time: pages rendered every time. */
  renders?: LoadResult;
  rss: { idleAfterStartMb: number; startMb: number; endMb: number; maxMb: number; slopeMbPerMinute: number; secondHalfSlopeMbPerMinute: number };
  samples: RssSample[];
}
export interface WeightJson {
  generatedAt: string;
  pages: PageWeight[];
}
export interface LighthouseJson {
  generatedAt: string;
  pages: LighthouseResult[];
}
interface SearchJson {
  measuredAt: string;
  engine: Array<{ engine?: string; products: number; buildMs: number; indexHeapMb: number; p50Ms: number; p95Ms: number }>;
  relevance?: Array<{ engine: string; queries: number; precisionAt3: number; heldOut: number }>;
  http?: SearchHttpRow | SearchHttpRow[];
}
interface SearchHttpRow {
  products: number;
  inProcessP50Ms: number;
  inProcessP95Ms: number;
  httpP50Ms: number;
  httpP95Ms: number;
  ratioP50: number;
  ratioP95: number;
  transportFloorP50Ms?: number;
}

function read<T>(dir: string, name: string): T | null {
  const file = path.join(dir, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ok = (met: boolean) => (met ? 'met' : '**missed**');
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

export function writeReport(dir: string): void {
  const pages = read<PagesJson>(dir, 'pages');
  const soak = read<SoakJson>(dir, 'soak');
  const weight = read<WeightJson>(dir, 'weight');
  const lighthouse = read<LighthouseJson>(dir, 'lighthouse');
  const search = read<SearchJson>(dir, 'search');
  const md: string[] = ['# Benchmark summary', '', 'Made by `npm run bench` (bench/run.ts) on the production build; the chart is [chart.svg](chart.svg).', ''];

  if (pages) {
    const s = pages.settings;
    md.push(
      `## Throughput against the ceiling (${pages.generatedAt.slice(0, 10)})`,
      '',
      `autocannon, ${s.connections} connections × ${s.seconds} s after ${s.warmupSeconds} s warm-up, ${s.rounds} rounds each; the ceiling is a minimal \`node:http\` server in its own process sending the same bytes. Latency is the mean of the rounds' percentiles.`,
      '',
      '| page | kind | body | pavilion req/s | ceiling req/s | share of ceiling | p50 pavilion / ceiling | p99 pavilion / ceiling | errors · non-2xx | target |',
      '| --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
      ...pages.pages.map(
        (p) =>
          `| ${p.name} (\`${p.url}\`) | ${p.kind} | ${kb(p.bytes)} KB | ${fmt(p.pavilion.rps)} | ${fmt(p.ceiling.rps)} | ${p.ratio.rps.toFixed(3)}× | ${p.pavilion.p50Ms} / ${p.ceiling.p50Ms} ms | ${p.pavilion.p99Ms} / ${p.ceiling.p99Ms} ms | ${p.pavilion.errors + p.pavilion.timeouts} · ${p.pavilion.non2xx} | ${p.target === null ? '—' : `≥ ${p.target}× ${ok(Boolean(p.met))}`} |`,
      ),
      '',
    );
  }
  if (soak) {
    const r = soak.rss;
    md.push(
      `## Memory under mixed load (${soak.generatedAt.slice(0, 10)})`,
      '',
      `${soak.settings.seconds} s over ${soak.settings.paths.length} URLs, ${soak.settings.connections} connections: ${fmt(soak.load.rps)} req/s, ${soak.load.errors + soak.load.timeouts} errors, ${soak.load.non2xx} non-2xx.` +
        (soak.renders
          ? ` At the same time ${soak.settings.rendered?.length} pages rendered for visitors with a cookie (never cached), ${soak.settings.renderConnections} connections: ${fmt(soak.renders.rps)} req/s (${fmt(soak.renders.requests)} renders), ${soak.renders.errors + soak.renders.timeouts} errors, ${soak.renders.non2xx} non-2xx.`
          : ''),
      '',
      '| RSS idle after start | at start of load | at end | max | slope (whole run) | slope (second half) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${r.idleAfterStartMb} MB | ${r.startMb} MB | ${r.endMb} MB | ${r.maxMb} MB | ${r.slopeMbPerMinute} MB/min | ${r.secondHalfSlopeMbPerMinute} MB/min |`,
      '',
    );
  }
  if (weight) {
    md.push(
      `## Page weight (${weight.generatedAt.slice(0, 10)})`,
      '',
      'Chromium, empty cache, mobile viewport; bodies gzip-compressed (level 6). “Eager” is everything before any interaction; “on interaction” loads after scrolling and pointer/focus on the islands. Targets: product page JS ≤ 70 KB, no eager JS on articles, no third-party requests.',
      '',
      '| page | HTML | CSS | JS eager | JS on interaction | inline scripts (raw, in HTML) | images | requests (eager) | third-party |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...weight.pages.map(
        (p) =>
          `| ${p.name} | ${kb(p.html.gzip)} KB | ${kb(p.css.gzip)} KB | ${kb(p.jsEager.gzip)} KB | ${kb(p.jsOnInteraction.gzip)} KB | ${kb(p.inlineScriptBytes)} KB | ${kb(p.images.gzip)} KB | ${p.requests} (${p.requestsEager}) | ${p.thirdPartyRequests} |`,
      ),
      '',
    );
    const product = weight.pages.filter((p) => p.name.startsWith('product'));
    const articles = weight.pages.filter((p) => p.name.startsWith('article'));
    const third = weight.pages.reduce((n, p) => n + p.thirdPartyRequests, 0);
    md.push(
      `Product page JS ≤ 70 KB gzip: ${product.map((p) => `${p.name} ${kb(p.js.gzip)} KB`).join(', ')} — ${ok(product.every((p) => p.js.gzip <= 70 * 1024))}. ` +
        `No eager JS on articles: ${articles.map((p) => `${p.name} ${kb(p.jsEager.gzip)} KB`).join(', ')} — ${ok(articles.every((p) => p.jsEager.raw === 0))}. ` +
        `Third-party requests: ${third} — ${ok(third === 0)}.`,
      '',
    );
  }
  if (lighthouse) {
    const short = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best practices', seo: 'SEO' } as const;
    md.push(
      `## Lighthouse, mobile (${lighthouse.generatedAt.slice(0, 10)})`,
      '',
      'Default configuration (mobile form factor, simulated throttling). Target ≥ 95 in every category.',
      '',
      '| page | perf | a11y | best practices | SEO | LCP | TBT | CLS | audits below 0.9 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...lighthouse.pages.map((p) => {
        const cell = (c: keyof typeof short) => (p.scores[c] >= 95 ? String(p.scores[c]) : `**${p.scores[c]}**`);
        const failing = p.failing.map((f) => `${short[f.category]}: ${f.id}`).join(', ') || '—';
        return `| ${p.name} | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} | ${(p.metrics.lcpMs / 1000).toFixed(1)} s | ${p.metrics.tbtMs} ms | ${p.metrics.cls} | ${failing} |`;
      }),
      '',
    );
  }
  if (search) {
    md.push(
      `## Search engine (\`bench/search.ts\`, ${search.measuredAt.slice(0, 10)})`,
      '',
      '| engine | synthetic catalog | index build | index heap | query p50 | query p95 |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...search.engine.map(
        (e) =>
          `| ${e.engine ?? 'current'} | ${fmt(e.products)} products | ${(e.buildMs / 1000).toFixed(2)} s | ${e.indexHeapMb} MB | ${e.p50Ms} ms | ${e.p95Ms} ms |`,
      ),
      '',
      ...(search.relevance ?? []).map(
        (r) =>
          `Precision at three, ${r.engine} engine, ${r.queries} buyer queries on the demo catalog: ${r.precisionAt3} (queries never tuned against: ${r.heldOut}).`,
      ),
      '',
    );
    // One row per catalog size (a single row in results written before sizes were measured apart).
    for (const row of search.http ? [search.http].flat() : []) {
      const floor = row.transportFloorP50Ms === undefined ? '' : ` HTTP alone (a bare server answering the same bytes): ${row.transportFloorP50Ms} ms.`;
      md.push(
        `\`/api/search\` over HTTP vs in-process (${fmt(row.products)} products): p50 ${row.httpP50Ms} vs ${row.inProcessP50Ms} ms (${row.ratioP50}×), p95 ${row.httpP95Ms} vs ${row.inProcessP95Ms} ms (${row.ratioP95}×).${floor}`,
        '',
      );
    }
  }
  writeFileSync(path.join(dir, 'summary.md'), md.join('\n'));
  writeFileSync(path.join(dir, 'chart.svg'), chartSvg({ pages, soak, weight, lighthouse }));
}
