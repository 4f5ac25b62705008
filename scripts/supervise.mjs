#!/usr/bin/env node
// Keeps the production server (scripts/serve.mjs) running, as a process
// manager would: a server process that exits without being asked to is
// started again, after a pause that doubles with each quick failure (0.25 s
// up to 30 s) and starts over once a server has stayed up for a minute.
// SIGINT and SIGTERM are passed on to the server, which shuts down cleanly;
// nothing is restarted after that, and this process exits with it (a second
// signal kills the server outright).
//
// `npm start` runs this after building. Run alone (`node scripts/supervise.mjs`)
// it serves the existing build with HOST, PORT and SITE_URL from the
// environment. Each start is logged as `[supervisor] server started (pid N)`.
import { spawn } from 'node:child_process';
import { SERVER_NODE_FLAGS } from './lib/server-flags.mjs';
import path from 'node:path';
import { ROOT } from './node-version.mjs';

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;
/** A server that ran this long counts as healthy: the next failure is restarted at once again. */
const STABLE_MS = 60_000;

const log = (message) => console.log(`[supervisor] ${message}`);

/**
 * Runs `script` with `env` until told to stop. `origin` is polled after each
 * start (`/api/health`), which opens the database and builds the search
 * index before the first visitor; `onReady` is called the first time it answers.
 */
export function supervise({ script = path.join(ROOT, 'scripts', 'serve.mjs'), env = process.env, origin, onReady } = {}) {
  let child = null;
  let delay = FIRST_DELAY_MS;
  let stopping = false;
  let restartTimer = null;
  let announced = false;

  const start = () => {
    restartTimer = null;
    const startedAt = Date.now();
    const current = spawn(process.execPath, [...SERVER_NODE_FLAGS, script], { cwd: ROOT, stdio: 'inherit', env });
    child = current;
    log(`server started (pid ${current.pid})`);
    current.on('exit', (code, signal) => {
      child = null;
      if (stopping) {
        process.exit(code ?? (signal ? 1 : 0));
        return;
      }
      const uptime = Date.now() - startedAt;
      if (uptime >= STABLE_MS) delay = FIRST_DELAY_MS;
      log(`server exited unexpectedly (${signal ?? `code ${code}`}) after ${(uptime / 1000).toFixed(1)} s; restarting in ${delay / 1000} s`);
      restartTimer = setTimeout(start, delay);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    });
    if (origin) void warmUp(current);
  };

  const warmUp = async (current) => {
    while (child === current && !stopping) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        const res = await fetch(`${origin}/api/health`);
        if (res.ok) {
          if (!announced) onReady?.();
          announced = true;
          return;
        }
      } catch {
        // not listening yet
      }
    }
  };

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (stopping) {
        child?.kill('SIGKILL');
        return;
      }
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      if (child) child.kill(signal);
      else process.exit(0);
    });
  }
  start();
}

if (import.meta.main) {
  const host = process.env.HOST ?? 'localhost';
  const port = process.env.PORT ?? '4321';
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  supervise({ origin, onReady: () => log(`ready: ${origin}/en/ · ${origin}/zh/`) });
}
