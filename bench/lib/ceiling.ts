/**
 * The ceiling for the page benchmarks: a minimal `node:http` server in its own
 * process that answers each benchmarked URL with the very bytes the pavilion
 * sent for it (body and content type), taken from memory. Whatever the
 * pavilion costs beyond this is routing, rendering, database and middleware.
 *
 * `startCeiling(pages)` writes the captured responses to a temporary file
 * and starts this module as a child process, which prints its port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stopChild } from './server';

export interface CapturedPage {
  /** Path and query, exactly as requested. */
  url: string;
  contentType: string;
  body: Buffer;
}

export interface CeilingServer {
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Fetches each URL once from the pavilion and keeps what a client receives. */
export async function capture(origin: string, urls: string[]): Promise<CapturedPage[]> {
  const pages: CapturedPage[] = [];
  for (const url of urls) {
    const res = await fetch(origin + url);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    pages.push({ url, contentType: res.headers.get('content-type') ?? 'application/octet-stream', body: Buffer.from(await res.arrayBuffer()) });
  }
  return pages;
}

export async function startCeiling(pages: CapturedPage[]): Promise<CeilingServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-ceiling-'));
  const file = path.join(dir, 'pages.json');
  writeFileSync(file, JSON.stringify(pages.map((p) => ({ url: p.url, contentType: p.contentType, body: p.body.toString('base64') }))));
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(Number(JSON.parse(line).port)));
    child.once('exit', (code) => reject(new Error(`The ceiling server exited with ${code}`)));
  });
  rmSync(dir, { recursive: true, force: true });
  return {
    origin: `http://127.0.0.1:${port}`,
    process: child,
    stop: () => stopChild(child),
  };
}

function serve(file: string): void {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Array<{ url: string; contentType: string; body: string }>;
  const responses = new Map(
    stored.map((p) => {
      const body = Buffer.from(p.body, 'base64');
      return [p.url, { body, headers: { 'content-type': p.contentType, 'content-length': String(body.length) } }];
    }),
  );
  const server = http.createServer((req, res) => {
    const page = responses.get(req.url ?? '');
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, page.headers).end(page.body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

if (process.argv[1] === import.meta.filename && process.argv[2]) serve(process.argv[2]);
