#!/usr/bin/env node
// `npm test`: lint and format check, type checks, unit and integration tests (on the embedded PostgreSQL, and on the
// PostgreSQL server at TEST_DATABASE_URL when set),
// then browser tests in Chromium against the production build. Prints each
// runner's summary and one closing line with the totals.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, ensureModernNode } from './node-version.mjs';
import { freePort } from './lib/free-port.mjs';

ensureModernNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pavilion-test-'));
// The servers' data folders live below it; their embedded PostgreSQL runs as its own user, which must pass through.
chmodSync(tmp, 0o711);
/** Folders Biome lints and format-checks (`npm run lint`); its settings are in biome.json. */
const LINTED = ['src', 'tests', 'scripts', 'bench'];
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const want = (step) => only.length === 0 || only.includes(step);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(step, command, args, env = {}) {
  console.log(`\n▶ ${step}: ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(step);
  return result.status === 0;
}

if (want('lint')) {
  const passed = run('lint', bin('biome'), ['check', ...LINTED]);
  console.log(`lint: biome check ${passed ? 'passed' : 'failed'} over ${LINTED.join(', ')}`);
}

if (want('types')) {
  if (run('types', bin('astro'), ['check', '--minimumSeverity', 'warning'])) console.log('types: astro check passed');
}

// The server is built first: integration tests that start it (durability, crash) and the browser tests use it.
const port = await freePort();
// Prerendered pages carry absolute canonical and hreflang links: build them for the browser tests' origin.
const built = run('build', bin('astro'), ['build'], { SITE_URL: `http://127.0.0.1:${port}` });

if (want('unit')) {
  const out = path.join(tmp, 'vitest.json');
  run('unit+integration', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } catch {
    totals.failed += 1;
  }
}

if (want('e2e') && built) {
  const out = path.join(tmp, 'playwright.json');
  run('browser', bin('playwright'), ['test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    E2E_PORT: String(port),
    E2E_DATA_DIR: path.join(tmp, 'e2e-data'),
  });
  try {
    const { stats } = JSON.parse(readFileSync(out, 'utf8'));
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } catch {
    totals.failed += 1;
  }
}

rmSync(tmp, { recursive: true, force: true });
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
