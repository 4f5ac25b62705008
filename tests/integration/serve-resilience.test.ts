import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, NOT_BUILT_NOTE, ROOT, SERVE, freePort, embeddedInstallation, type Installation } from '../fixtures/server';
import { rawRequest } from '../fixtures/raw-http';

/**
 * scripts/serve.mjs and scripts/supervise.mjs as processes: a route that
 * throws or rejects costs one 500 (in the caller's language), not the
 * process; a server that dies anyway is started again by the supervisor;
 * an https SITE_URL brings HSTS to every answer and ALLOWED_HOSTS names
 * more hosts the site answers to.
 */

if (!BUILT) console.warn(`supervisor tests SKIPPED: ${NOT_BUILT_NOTE}.`);

const SUPERVISE = path.join(ROOT, 'scripts/supervise.mjs');

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const healthy = async (origin: string) => {
  try {
    return (await fetch(`${origin}/api/health`)).status === 200 ? true : undefined;
  } catch {
    return undefined;
  }
};

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

describe('a route that throws', () => {
  let dist: string;
  let child: ChildProcess;
  let origin: string;
  let stderr = '';

  beforeAll(async () => {
    // A stand-in for the adapter's build: a handler that throws, one that rejects, one that answers.
    dist = mkdtempSync(path.join(os.tmpdir(), 'pavilion-failing-dist-'));
    mkdirSync(path.join(dist, 'server'));
    writeFileSync(
      path.join(dist, 'server/entry.mjs'),
      `export const options = {};
export function handler(req, res) {
  if (req.url.startsWith('/api/throw') || req.url.startsWith('/zh/throw')) throw new TypeError('thrown while building the request');
  if (req.url.startsWith('/reject')) return Promise.reject(new Error('rejected while rendering'));
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('fine');
}
`,
    );
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, [SERVE], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PAVILION_DIST: dist, HOST: '127.0.0.1', PORT: String(port), SITE_URL: origin },
    });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    await waitFor('the server listening', async () => {
      try {
        return (await fetch(`${origin}/ok`)).status === 200 ? true : undefined;
      } catch {
        return undefined;
      }
    });
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    if (child) await exited(child);
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers 500 in the caller’s language, logs the error and goes on serving', async () => {
    const page = await fetch(`${origin}/zh/throw`);
    expect(page.status).toBe(500);
    expect((await page.text()).split('\n')[0]).toContain('服务器出现问题');
    const api = await fetch(`${origin}/api/throw`, { headers: { 'Accept-Language': 'en' } });
    expect(api.status).toBe(500);
    expect(await api.json()).toMatchObject({ error: expect.stringContaining('Something went wrong') });
    const rejected = await fetch(`${origin}/reject`, { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
    expect(rejected.status).toBe(500);
    expect((await fetch(`${origin}/ok`)).status).toBe(200);
    expect(child.exitCode).toBeNull();
    expect(stderr).toContain('thrown while building the request');
    expect(stderr).toContain('rejected while rendering');
  });
});

describe.skipIf(!BUILT)('the supervised server with an https SITE_URL', () => {
  let installation: Installation;
  let supervisor: ChildProcess;
  let origin: string;
  let port: number;
  let stdout = '';
  const pids = () => [...stdout.matchAll(/server started \(pid (\d+)\)/g)].map((m) => Number(m[1]));

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-supervised-');
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    supervisor = spawn(process.execPath, [SUPERVISE], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...installation.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        SITE_URL: 'https://pavilion.example',
        ALLOWED_HOSTS: 'www.pavilion.example, pavilion.example.cn:8443',
      },
    });
    supervisor.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    supervisor.stderr!.on('data', (c: Buffer) => (stdout += c.toString()));
    await waitFor('the server healthy', () => healthy(origin));
  });
  afterAll(async () => {
    if (supervisor && supervisor.exitCode === null) {
      supervisor.kill('SIGKILL');
      await exited(supervisor);
    }
    for (const pid of pids()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
    await installation?.dispose();
  });

  it('sends HSTS on every kind of answer, and a charset with every rendered page', async () => {
    const host = `127.0.0.1:${port}`;
    const answers = {
      'prerendered page': await rawRequest(origin, `GET /en/about/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      'rendered page': await rawRequest(origin, `GET /zh/products/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      'portal page': await rawRequest(origin, `GET /en/exporter/sign-in/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      'not found': await rawRequest(origin, `GET /en/no-such-page/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      API: await rawRequest(origin, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      file: await rawRequest(origin, `GET /favicon.svg HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      '405': await rawRequest(origin, `TRACE / HTTP/1.1\r\nHost: ${host}\r\n\r\n`),
      '421': await rawRequest(origin, `GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n`),
      '413': await rawRequest(origin, `POST /api/basket HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 99999999\r\n\r\n`),
      '400': await rawRequest(origin, `BROKEN\r\n\r\n`),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.headers['strict-transport-security'], name).toBe('max-age=31536000; includeSubDomains');
    }
    for (const name of ['prerendered page', 'rendered page', 'portal page', 'not found'] as const) {
      expect(answers[name].headers['content-type'], name).toMatch(/^text\/html; ?charset=utf-8$/i);
    }
  });

  it('answers to SITE_URL’s host and ALLOWED_HOSTS, refuses others, and links only to SITE_URL', async () => {
    const get = (host: string) => rawRequest(origin, `GET /zh/ HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    for (const host of ['pavilion.example', 'pavilion.example:443', 'www.pavilion.example', 'WWW.pavilion.example:8080', 'pavilion.example.cn:8443']) {
      const answer = await get(host);
      expect(answer.status, host).toBe(200);
      expect(answer.body, host).toContain('"url":"https://pavilion.example/zh/"');
      expect(answer.body, host).not.toMatch(/https?:\/\/(?:www\.|127\.|[^"]*\.cn)/);
    }
    for (const host of ['evil.example', 'pavilion.example.cn', 'pavilion.example.evil.example', 'xpavilion.example']) {
      expect((await get(host)).status, host).toBe(421);
    }
  });

  it('starts the server again after kill -9, and stops for good on SIGTERM', async () => {
    const [first] = pids();
    expect(first).toBeGreaterThan(0);
    process.kill(first!, 'SIGKILL');
    const second = await waitFor('a new server process', () => pids().find((pid) => pid !== first));
    await waitFor('the restarted server healthy', () => healthy(origin));
    expect(stdout).toMatch(/server exited unexpectedly \(SIGKILL\).*restarting in 0\.25 s/);

    supervisor.kill('SIGTERM');
    await exited(supervisor);
    expect(() => process.kill(second, 0)).toThrow();
    expect(pids()).toHaveLength(2);
    await expect(fetch(`${origin}/api/health`)).rejects.toThrow();
  });
});
