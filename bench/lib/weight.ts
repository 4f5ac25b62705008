/**
 * Page weight as a browser sees it: each page is loaded in Chromium with an
 * empty cache, every request is recorded and its body gzip-compressed here
 * (level 6, what servers and CDNs commonly use) to count HTML, CSS and
 * JavaScript bytes. Requests made before any interaction are "eager"; then
 * the visitor's first moves are played (scrolling through the page, pointer
 * and focus on every island and search box) and what loads after that is "on
 * interaction".
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Kind = 'html' | 'css' | 'js' | 'image' | 'font' | 'data' | 'other';

export interface RecordedRequest {
  url: string;
  kind: Kind;
  phase: 'eager' | 'interaction';
  status: number;
  bytes: number;
  gzipBytes: number;
  thirdParty: boolean;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  name: string;
  url: string;
  html: Bytes;
  css: Bytes;
  /** All JavaScript files, eager and on interaction. */
  js: Bytes;
  jsEager: Bytes;
  jsOnInteraction: Bytes;
  /** Inline scripts in the HTML (island loaders; JSON-LD excluded), already counted in `html`. */
  inlineScriptBytes: number;
  images: Bytes;
  fonts: Bytes;
  requests: number;
  requestsEager: number;
  thirdPartyRequests: number;
  failedRequests: number;
  /** Script files, by path, with the phase that loaded them. */
  scripts: Array<{ path: string; phase: RecordedRequest['phase']; gzipBytes: number }>;
}

function kindOf(request: Request, contentType: string): Kind {
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'image':
      return 'image';
    case 'font':
      return 'font';
    case 'fetch':
    case 'xhr':
      return 'data';
    default:
      return /javascript/.test(contentType) ? 'js' : /css/.test(contentType) ? 'css' : 'other';
  }
}

const sum = (rows: RecordedRequest[]): Bytes => ({
  raw: rows.reduce((s, r) => s + r.bytes, 0),
  gzip: rows.reduce((s, r) => s + r.gzipBytes, 0),
});

export async function measureWeights(origin: string, pages: Array<{ name: string; url: string }>): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const results: PageWeight[] = [];
  try {
    for (const { name, url } of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      let phase: RecordedRequest['phase'] = 'eager';
      const pending: Array<Promise<RecordedRequest>> = [];
      let failed = 0;
      let requested = 0;
      let thirdParty = 0;
      page.on('request', (request) => {
        requested++;
        if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) thirdParty++;
      });
      page.on('requestfailed', () => failed++);
      page.on('requestfinished', (request) => {
        const at = phase;
        pending.push(
          (async () => {
            const response = await request.response();
            const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
            return {
              url: request.url(),
              kind: kindOf(request, response?.headers()['content-type'] ?? ''),
              phase: at,
              status: response?.status() ?? 0,
              bytes: body.length,
              gzipBytes: body.length ? gzipSync(body, { level: 6 }).length : 0,
              thirdParty: !request.url().startsWith('data:') && new URL(request.url()).origin !== origin,
            };
          })(),
        );
      });
      await page.goto(origin + url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000); // client:idle islands start after load
      const requestsEager = requested;
      const inlineScriptBytes = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => s.getAttribute('type') !== 'application/ld+json')
          .reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
      );

      phase = 'interaction';
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
        for (const island of document.querySelectorAll('astro-island')) {
          island.dispatchEvent(new PointerEvent('pointerenter'));
          island.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
          island.querySelector<HTMLElement>('input, button, a')?.focus();
        }
        // Enhanced forms that are no islands (the search box): focused like a visitor reaching for them.
        for (const box of document.querySelectorAll<HTMLElement>('[role="combobox"]')) {
          box.dispatchEvent(new PointerEvent('pointerenter'));
          box.focus();
        }
      });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1000);
      const rows = await Promise.all(pending);
      await context.close();

      const js = rows.filter((r) => r.kind === 'js');
      results.push({
        name,
        url,
        html: sum(rows.filter((r) => r.kind === 'html')),
        css: sum(rows.filter((r) => r.kind === 'css')),
        js: sum(js),
        jsEager: sum(js.filter((r) => r.phase === 'eager')),
        jsOnInteraction: sum(js.filter((r) => r.phase === 'interaction')),
        inlineScriptBytes,
        images: sum(rows.filter((r) => r.kind === 'image')),
        fonts: sum(rows.filter((r) => r.kind === 'font')),
        requests: requested,
        requestsEager,
        thirdPartyRequests: thirdParty,
        failedRequests: failed,
        scripts: js.map((r) => ({ path: new URL(r.url).pathname, phase: r.phase, gzipBytes: r.gzipBytes })),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
