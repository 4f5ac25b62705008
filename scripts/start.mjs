#!/usr/bin/env node
// `npm start`: builds when the sources changed since the last build, then
// serves the site, restarting the server should it die (scripts/supervise.mjs).
// Migrations and the demo catalog are applied by the server
// itself on start-up (see src/server/runtime.server.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ensureModernNode } from './node-version.mjs';
import { supervise } from './supervise.mjs';

ensureModernNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const entry = path.join(ROOT, 'dist', 'server', 'entry.mjs');
// The adapter's handler inside a server that adds the security headers to every response.
const serve = path.join(ROOT, 'scripts', 'serve.mjs');
const SOURCES = ['src', 'locales', 'public', 'drizzle', 'astro.config.mjs', 'package.json'];

function newest(p) {
  const stat = statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

// Prerendered pages carry SITE_URL in their links: a build made for another address (the tests') is redone.
const host = process.env.HOST ?? 'localhost';
const port = process.env.PORT ?? '4321';
const siteUrl = process.env.SITE_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
const stamp = path.join(ROOT, 'dist', '.site-url');
const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
const builtFor = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null;
if (!built || builtFor !== siteUrl || SOURCES.some((s) => newest(path.join(ROOT, s)) > built)) {
  console.log('Building the site…');
  const astro = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SITE_URL: siteUrl } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, siteUrl);
}

// Started again should it ever die (scripts/supervise.mjs); Ctrl-C and SIGTERM stop it for good.
const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
supervise({
  script: serve,
  env: { ...process.env, HOST: host, PORT: port, SITE_URL: siteUrl },
  // Opening the database (migrations, demo data) happens now rather than on the first visit.
  origin,
  onReady: () => console.log(`Pakistan Pavilion is ready: ${origin}/en/ · ${origin}/zh/`),
});
