import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../scripts/lib/server-flags.mjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../scripts/lib/free-port.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * BENCH_BASELINE: a checkout of an earlier version with its own build
 * (`dist/`) and `node_modules`, measured side by side with this one in the
 * same run (`--only=compare`, and the HTTP part of bench/search.ts).
 */
export const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : null;

/** Builds the production server once if it is missing. */
export function ensureBuild(): void {
  if (existsSync(path.join(ROOT, 'dist/server/entry.mjs'))) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('build failed');
}

export { freePort };

export interface RunningServer {
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built server on a loopback port (a free one unless given) and
 * waits until it answers its health check; `root` runs another checkout of
 * the site with its own build (the baseline of a before/after comparison).
 */
export async function startServer(
  env: Record<string, string>,
  options: { port?: number; waitForSearch?: boolean; root?: string } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  // `root`: another checkout with its own build (BENCH_BASELINE), run the same way.
  const root = options.root ?? ROOT;
  // The production server as `npm start` runs it: the adapter's handler inside scripts/serve.mjs.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'scripts/serve.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), SITE_URL: origin, ...env },
  });
  let healthy = false;
  for (let i = 0; i < 600 && !healthy && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, options.waitForSearch === false ? 20 : 200));
    try {
      const res = await fetch(`${origin}/api/health`);
      const body = (await res.json()) as { search?: { ready?: boolean } };
      healthy = res.ok && (options.waitForSearch === false || body.search?.ready === true);
    } catch {
      // not up yet
    }
  }
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error(`The server at ${origin} did not become healthy`);
  }
  return {
    origin,
    process: child,
    stop: () => stopChild(child),
  };
}

/** Ends a child process with SIGTERM and waits until it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
