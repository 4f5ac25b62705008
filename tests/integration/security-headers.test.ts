import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, NOT_BUILT_NOTE, ROOT, killAllServers, launch, embeddedInstallation, reportCounts, type Installation, type Server } from '../fixtures/server';

/**
 * Every kind of response the built server sends — rendered and prerendered
 * pages, hashed assets, public files, API JSON, media, redirects, 404s,
 * sitemap and robots.txt, errors — carries the security headers; prerendered
 * pages carry their own CSP (with the hashes of their inline scripts) as a
 * header, where `frame-ancestors` counts; hashed assets are cached for a year.
 */

if (!BUILT) console.warn(`security header tests SKIPPED: ${NOT_BUILT_NOTE}.`);

const ASSETS = BUILT ? readdirSync(path.join(ROOT, 'dist/client/_astro')) : [];
const js = ASSETS.find((f) => f.endsWith('.js'));
const css = ASSETS.find((f) => f.endsWith('.css'));

/** Path → what kind of response it is. */
const RESPONSES: Array<{ path: string; kind: string; method?: string; body?: string; headers?: Record<string, string> }> = [
  { path: '/en/', kind: 'rendered page' },
  { path: '/zh/products/pink-salt-coarse-2-5mm-25kg-bags/', kind: 'rendered page' },
  { path: '/en/search/?q=salt', kind: 'rendered page' },
  { path: '/en/about/', kind: 'prerendered page' },
  { path: '/zh/about', kind: 'prerendered page' },
  { path: '/en/culture/', kind: 'prerendered page' },
  { path: '/zh/cuisine/biryani/', kind: 'rendered page' },
  { path: '/en/pavilions/', kind: 'prerendered page' },
  { path: `/_astro/${js}`, kind: 'hashed asset' },
  { path: `/_astro/${css}`, kind: 'hashed asset' },
  { path: `/_astro/${js}`, kind: 'hashed asset (HEAD)', method: 'HEAD' },
  { path: '/favicon.svg', kind: 'public file' },
  { path: '/api/search?q=salt', kind: 'API JSON' },
  { path: '/api/search?locale=xx', kind: 'API error' },
  { path: '/api/health', kind: 'API JSON' },
  { path: '/api/inquiries', kind: 'API error', method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } },
  { path: '/api/inquiries', kind: 'API 405', method: 'PUT', body: '{}', headers: { 'Content-Type': 'application/json' } },
  // The first demo exporter's logo, stored by the seed as an upload.
  { path: '/media/uploads/1/486f927a02e97839-240x240', kind: 'media' },
  { path: '/media/uploads/1/nope', kind: 'media 404' },
  { path: '/', kind: 'redirect' },
  {
    path: '/api/basket',
    kind: 'redirect (form post)',
    method: 'POST',
    body: 'op=add&product=pink-salt-coarse-2-5mm-25kg-bags&return=/en/inquiry/',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  },
  { path: '/en/no-such-page/', kind: '404 page' },
  { path: '/_astro/missing.js', kind: '404 asset' },
  { path: '/sitemap-index.xml', kind: 'sitemap' },
  { path: '/sitemap-0.xml', kind: 'sitemap' },
  { path: '/robots.txt', kind: 'robots.txt' },
  { path: '/%C3%28', kind: 'bad request' },
];

function scriptSources(csp: string): string[] {
  return (
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src')) ?? ''
  )
    .split(/\s+/)
    .slice(1);
}

describe.skipIf(!BUILT)('security headers on every response', () => {
  let installation: Installation;
  let server: Server;
  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-headers-');
    server = await launch(installation.env, { waitForSearch: false });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('every kind of response carries CSP, frame-ancestors, Referrer-Policy and nosniff', async () => {
    let checks = 0;
    const problems: string[] = [];
    for (const r of RESPONSES) {
      const res = await fetch(`${server.origin}${r.path}`, {
        method: r.method ?? 'GET',
        redirect: 'manual',
        headers: { Origin: server.origin, ...r.headers },
        ...(r.body ? { body: r.body } : {}),
      });
      const body = r.method === 'HEAD' ? '' : await res.text();
      const csp = res.headers.get('content-security-policy') ?? '';
      const where = `${r.kind} ${r.method ?? 'GET'} ${r.path} (${res.status})`;
      const expectHeader = (ok: boolean, what: string) => {
        checks++;
        if (!ok) problems.push(`${where}: ${what}`);
      };
      expectHeader(csp !== '', 'Content-Security-Policy');
      expectHeader(/frame-ancestors\s+'(none|self)'/.test(csp), 'frame-ancestors');
      expectHeader(!scriptSources(csp).includes("'unsafe-inline'") && !/default-src[^;]*'unsafe-inline'/.test(csp), "no 'unsafe-inline' for scripts");
      expectHeader(Boolean(res.headers.get('referrer-policy')), 'Referrer-Policy');
      expectHeader(res.headers.get('x-content-type-options') === 'nosniff', 'X-Content-Type-Options: nosniff');
      if (r.kind.startsWith('hashed asset')) {
        expectHeader(res.headers.get('cache-control') === 'public, max-age=31536000, immutable', `immutable caching, got ${res.headers.get('cache-control')}`);
      }
      if (r.kind.includes('404'))
        expectHeader(res.status === 404 && !/immutable/.test(res.headers.get('cache-control') ?? ''), 'a 404 that is not cached for a year');
      if (r.kind === 'prerendered page' || r.kind === 'rendered page') {
        expectHeader(res.status === 200, 'status 200');
        // Each inline script of the page is allowed by its hash, and only by its hash.
        const allowed = new Set(scriptSources(csp));
        // (JSON-LD and other data blocks are not run, so they need no hash.)
        for (const [, code] of body.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)) {
          const hash = `'sha256-${createHash('sha256').update(code!).digest('base64')}'`;
          expectHeader(allowed.has(hash), `inline script allowed by ${hash}`);
        }
      }
    }
    reportCounts('security-headers', { 'responses checked': RESPONSES.length, 'header checks': checks, 'missing or wrong': problems.length });
    expect(problems).toEqual([]);
  });
});
