import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHUNKED_BOMBS, FORGED_HOST_PATHS, FORGED_HOSTS, MALFORMED_REQUESTS, METHOD_ROUTES, ODD_METHODS } from '../resilience/corpus';
import { BUILT, NOT_BUILT_NOTE, killAllServers, launch, embeddedInstallation, reportCounts, type Installation, type Server } from '../fixtures/server';
import { filler, memory, rawRequest, resetPeak, type RawAnswer } from '../fixtures/raw-http';

/**
 * Attacks below the level of form fields, against the built server
 * (scripts/serve.mjs in front of the adapter): odd methods, request lines
 * Node cannot parse, bodies streamed without a length, forged Host names.
 * Every one gets a 4xx — never a 5xx, never a dead process — and the server
 * answers `/api/health` after each group.
 */

if (!BUILT) console.warn(`hostile protocol tests SKIPPED: ${NOT_BUILT_NOTE}.`);

/** Peak memory growth allowed while a body of hundreds of MB is refused. */
const MAX_GROWTH = 64 * 1024 * 1024;

describe.skipIf(!BUILT)('protocol-level attacks on the built server', () => {
  let installation: Installation;
  let server: Server;
  let host: string;
  const counts: Record<string, number> = { 'requests sent': 0, '5xx seen': 0, 'crashes seen': 0 };
  let worstGrowth = 0;

  /** The server is alive and well: a crash would show here (and in `exited`). */
  async function expectAlive() {
    const res = await fetch(`${server.origin}/api/health`);
    if (res.status !== 200) counts['crashes seen']!++;
    expect(res.status).toBe(200);
  }

  function tally(answer: RawAnswer) {
    counts['requests sent']!++;
    if (answer.status >= 500) counts['5xx seen']!++;
    const cls = answer.status ? `answered ${Math.floor(answer.status / 100)}xx` : 'closed without an answer';
    counts[cls] = (counts[cls] ?? 0) + 1;
  }

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-protocol-');
    server = await launch(installation.env);
    host = new URL(server.origin).host;
  });
  afterAll(async () => {
    reportCounts('hostile-protocol', { ...counts, 'worst memory growth (MB)': Math.round(worstGrowth / 1024 / 1024) });
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('every odd method on every kind of route gets 405 with Allow, or 400; the server lives', async () => {
    const failures: string[] = [];
    for (const route of METHOD_ROUTES) {
      for (const method of ODD_METHODS) {
        const target = method === 'CONNECT' ? host : route;
        const answer = await rawRequest(server.origin, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nAccept-Language: zh-CN\r\n\r\n`);
        tally(answer);
        const ok =
          (answer.status === 405 && /\bGET\b/.test(answer.headers.allow ?? '') && !/\bTRACE\b/.test(answer.headers.allow ?? '')) || answer.status === 400;
        if (!ok) failures.push(`${method} ${route}: ${answer.status} ${answer.body.slice(0, 120)}`);
        // In the caller's language.
        if (answer.status === 405 && !answer.body.includes('不接受')) failures.push(`${method} ${route}: 405 not in Chinese: ${answer.body.slice(0, 120)}`);
      }
      await expectAlive();
    }
    expect(failures).toEqual([]);
  });

  it('TRACE, the request that used to end the process, is answered and the next request too', async () => {
    const trace = await rawRequest(server.origin, `TRACE / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    tally(trace);
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toContain('GET');
    expect(trace.body).toContain('does not accept TRACE');
    await expectAlive();
  });

  it('malformed request lines get a 4xx or a plain page, never a 5xx or a dead server', async () => {
    const failures: string[] = [];
    for (const { name, bytes } of MALFORMED_REQUESTS) {
      const answer = await rawRequest(server.origin, Buffer.from(bytes.replaceAll('{host}', host), 'latin1'));
      tally(answer);
      if (answer.status === 0 || answer.status >= 500) failures.push(`${name}: ${answer.status} ${answer.body.slice(0, 120)}`);
      if (`${answer.headers.location ?? ''}${answer.body}`.includes('evil.example')) failures.push(`${name}: the answer names evil.example`);
    }
    await expectAlive();
    expect(failures).toEqual([]);
  });

  it('bodies streamed without a length are refused with 413 while they stream; memory barely grows', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const bomb of CHUNKED_BOMBS) {
      await resetPeak(server.child.pid!);
      const before = await memory(server.child.pid!);
      const answer = await rawRequest(
        server.origin,
        `POST ${bomb.path} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nContent-Type: ${bomb.type}\r\nTransfer-Encoding: chunked\r\nAccept-Language: zh\r\n\r\n`,
        () => filler(bomb.megabytes),
        60_000,
      );
      tally(answer);
      const after = await memory(server.child.pid!);
      const growth = before && after ? after.peak - before.rss : 0;
      worstGrowth = Math.max(worstGrowth, growth);
      const sentMb = Math.round(answer.sent / 1024 / 1024);
      if (answer.status !== 413) failures.push(`${bomb.name}: ${answer.status} after ${sentMb} MB sent`);
      else if (!answer.body.includes('请求内容过大')) failures.push(`${bomb.name}: 413 not in the caller's language: ${answer.body.slice(0, 120)}`);
      if (growth > MAX_GROWTH) failures.push(`${bomb.name}: memory grew ${Math.round(growth / 1024 / 1024)} MB for ${bomb.megabytes} MB sent`);
      // The server stopped reading long before the end (what is in flight in socket buffers aside).
      if (answer.sent > 32 * 1024 * 1024) failures.push(`${bomb.name}: the server read ${sentMb} MB of a body it refused`);
      await expectAlive();
    }
    expect(failures).toEqual([]);
  });

  it('a declared Content-Length over the limit is refused before a byte of the body is sent', async () => {
    const answer = await rawRequest(
      server.origin,
      `POST /zh/exporter/sign-in/ HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${server.origin}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n`,
      undefined,
      10_000,
    );
    tally(answer);
    expect(answer.status).toBe(413);
    expect(answer.body.split('\n')[0]).toBe('请求内容过大。');
    const api = await fetch(`${server.origin}/api/basket`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' },
      body: `product=${'a'.repeat(300 * 1024)}`,
    });
    expect(api.status).toBe(413);
    expect(await api.json()).toMatchObject({ errors: { form: 'The request is too large.' } });
    // A form of ordinary size still goes through.
    const small = await fetch(`${server.origin}/api/basket`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'op=add&product=pink-salt-coarse-2-5mm-25kg-bags&return=/en/inquiry/',
      redirect: 'manual',
    });
    expect(small.status).toBeLessThan(400);
  });

  it('a forged Host is refused and a forged X-Forwarded-Host ignored: the next clean visitor never sees the foreign name', async () => {
    const failures: string[] = [];
    for (const path of FORGED_HOST_PATHS) {
      for (const forged of FORGED_HOSTS) {
        const byHost = await rawRequest(server.origin, `GET ${path} HTTP/1.1\r\nHost: ${forged}\r\nConnection: close\r\n\r\n`);
        tally(byHost);
        if (byHost.status !== 421 && byHost.status !== 400) failures.push(`Host: ${forged} ${path}: ${byHost.status}`);
        const byForward = await rawRequest(
          server.origin,
          `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nX-Forwarded-Host: ${forged}\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n`,
        );
        tally(byForward);
        if (byForward.status >= 500 || byForward.body.includes('evil.example'))
          failures.push(`X-Forwarded-Host: ${forged} ${path}: ${byForward.status}, names evil.example: ${byForward.body.includes('evil.example')}`);
      }
      // The same address, asked for as anyone would: the answer (fresh or kept by the page cache) names only the site.
      const clean = await (await fetch(`${server.origin}${path}`)).text();
      if (clean.includes('evil.example')) failures.push(`${path}: a clean request after forged ones shows evil.example`);
      // A loopback name is let in for the machine's own checks, but links still name SITE_URL.
      const local = await rawRequest(server.origin, `GET ${path} HTTP/1.1\r\nHost: localhost:${new URL(server.origin).port}\r\nConnection: close\r\n\r\n`);
      tally(local);
      if (local.status !== 200 || /\/\/localhost[:/]/.test(local.body))
        failures.push(`Host: localhost ${path}: ${local.status}, links name localhost: ${/\/\/localhost[:/]/.test(local.body)}`);
    }
    const home = await (await fetch(`${server.origin}/zh/?forged=1`)).text();
    expect(home).toContain(`"url":"${server.origin}/zh/"`);
    await expectAlive();
    expect(failures).toEqual([]);
  });

  it('nothing above got a 5xx or ended the process', async () => {
    await expectAlive();
    expect(server.child.exitCode).toBeNull();
    expect(counts['5xx seen']).toBe(0);
  });
});
