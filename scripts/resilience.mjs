#!/usr/bin/env node
// `npm run test:resilience`: the full resilience suite against the production
// build, one part after another (the PostgreSQL restart must not overlap
// anything else), then a summary of what was tried and seen:
//   1. kill -9 during bursts of submissions: of the app RESILIENCE_KILLS times (100), of the embedded
//      PostgreSQL server RESILIENCE_DB_KILLS times (30)
//   2. the SMTP relay down, then up (mail outbox retries)
//   3. PostgreSQL restarted under a stream of submissions and page views
//   4. the hostile-input corpus against every form, API and page parameter; security headers;
//      protocol-level attacks (odd methods, malformed requests, chunked bodies, forged hosts), the supervisor
//   4b. hostile load: fields up to the body cap, image bombs, a rotating X-Forwarded-For (no crash, 5xx or stall)
//   5. Chromium with foreign hosts unreachable; stored hostile values in the browser
// `npm test` runs a short form of 1 and all of 4 and 5.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, ensureModernNode } from './node-version.mjs';
import { freePort } from './lib/free-port.mjs';

ensureModernNode();
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pavilion-resilience-'));
// The servers' data folders live below it; their embedded PostgreSQL runs as its own user, which must pass through.
chmodSync(tmp, 0o711);
const reports = path.join(tmp, 'reports');
const kills = process.env.RESILIENCE_KILLS ?? '100';
const dbKills = process.env.RESILIENCE_DB_KILLS ?? '30';
const started = Date.now();
const steps = [];

function run(step, command, args, env = {}) {
  console.log(`\n▶ ${step}: ${[path.basename(command), ...args].join(' ')}`);
  const t = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, RESILIENCE_REPORT_DIR: reports, ...env } });
  steps.push({ step, ok: result.status === 0, seconds: Math.round((Date.now() - t) / 1000) });
  return result.status === 0;
}

const port = await freePort();
if (!run('build', bin('astro'), ['build'], { SITE_URL: `http://127.0.0.1:${port}` })) {
  console.log('\nThe build failed: nothing to test.');
  process.exit(1);
}

run(
  `kill -9 loops (${kills} kills of the app, ${dbKills} of the embedded PostgreSQL server)`,
  bin('vitest'),
  ['run', 'tests/integration/durability.test.ts', '-t', 'embedded.*SIGKILL'],
  { RESILIENCE_KILLS: kills, RESILIENCE_DB_KILLS: dbKills },
);
run('SMTP relay down, then up', bin('vitest'), ['run', 'tests/integration/mail.test.ts']);
run('PostgreSQL restarted under load', bin('vitest'), ['run', '-c', 'vitest.resilience.config.ts']);
run('hostile inputs and security headers', bin('vitest'), ['run', 'tests/integration/hostile-inputs.test.ts', 'tests/integration/security-headers.test.ts']);
run('hostile protocol: odd methods, malformed requests, chunked bodies, forged hosts; crash guard and supervisor', bin('vitest'), [
  'run',
  'tests/integration/hostile-protocol.test.ts',
  'tests/integration/serve-resilience.test.ts',
]);
run('hostile load: fields up to the body cap, image bombs, X-Forwarded-For rotation', bin('vitest'), ['run', 'tests/integration/hostile-load.test.ts']);
run(
  'browser: foreign hosts unreachable, stored hostile values',
  bin('playwright'),
  ['test', 'tests/e2e/foreign-hosts.spec.ts', 'tests/e2e/hostile-values.spec.ts', '--reporter=list'],
  {
    E2E_PORT: String(port),
    E2E_DATA_DIR: path.join(tmp, 'e2e-data'),
  },
);

// The counts each part reported (tests/fixtures/server.ts `reportCounts`).
const counts = {};
try {
  for (const file of readdirSync(reports)) {
    const { name, counts: c } = JSON.parse(readFileSync(path.join(reports, file), 'utf8'));
    counts[name] = c;
  }
} catch {
  // no part got as far as reporting
}
rmSync(tmp, { recursive: true, force: true });

const pick = (name, key) => counts[name]?.[key] ?? '—';
console.log('\n══ Resilience summary ══');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.step} (${s.seconds} s)`);
console.log('');
console.log(
  `submissions acknowledged: ${pick('kill-loop-embedded', 'submissions acknowledged')}, stored: ${pick('kill-loop-embedded', 'submissions stored')} (of ${pick('kill-loop-embedded', 'submissions sent')} sent)`,
);
console.log(
  `mails sent: ${pick('kill-loop-embedded', 'mails sent')}, including all ${pick('kill-loop-embedded', 'mails expected')} of the acknowledged submissions (${pick('kill-loop-embedded', 'mails repeated')} repeated, at least once)`,
);
console.log(`kills: ${pick('kill-loop-embedded', 'kills')}, restarts: ${pick('kill-loop-embedded', 'restarts')}`);
console.log(
  `database server kills: ${pick('database-kills-embedded', 'database kills')}; ${pick('database-kills-embedded', 'submissions acknowledged')} acknowledged, ` +
    `${pick('database-kills-embedded', 'answered 503')} answered 503, all ${pick('database-kills-embedded', 'submissions stored')} stored once after retries`,
);
const pg = counts['postgres-restart'];
if (pg) {
  console.log(
    `PostgreSQL restarts: ${pg['PostgreSQL restarts']}; ${pg.requests} requests during them, ${pg['answered 503 (translated, Retry-After)']} answered 503, ` +
      `${pg['submissions acknowledged']} submissions acknowledged, ${pg['submissions stored']} stored whole, 500s: ${pg['500s seen']}`,
  );
}
const hostile = counts['hostile-inputs'];
if (hostile) {
  const classes = Object.entries(hostile)
    .filter(([k]) => k.startsWith('answered '))
    .map(([k, v]) => `${k.slice(9)} ${v}`)
    .join(', ');
  console.log(
    `hostile inputs tried: ${hostile['inputs tried']} (${hostile['hostile values']} values × ${hostile.targets} targets): ${classes}; 500s seen: ${hostile['500s seen']}`,
  );
}
const protocol = counts['hostile-protocol'];
if (protocol) {
  console.log(
    `protocol attacks: ${protocol['requests sent']} requests (odd methods, malformed lines, chunked bodies of 50–300 MB, forged hosts), ` +
      `5xx: ${protocol['5xx seen']}, crashes: ${protocol['crashes seen']}, worst memory growth: ${protocol['worst memory growth (MB)']} MB`,
  );
}
console.log(
  `hostile load: ${pick('hostile-load', 'requests')} requests, ${pick('hostile-load', 'crashes')} crashes, ${pick('hostile-load', '5xx')} 5xx; ` +
    `loop held at most ${pick('hostile-load-text', 'loop held max ms (CPU)')} ms (fields up to the body cap), ${pick('hostile-load-images', 'loop held max ms (CPU)')} ms (image bombs); ` +
    `peak memory +${pick('hostile-load-images', 'peak memory growth MB')} MB for the bombs`,
);
console.log(
  `header checks: ${pick('security-headers', 'header checks')} on ${pick('security-headers', 'responses checked')} responses, ${pick('security-headers', 'missing or wrong')} missing or wrong`,
);
console.log(`\n${steps.filter((s) => s.ok).length} of ${steps.length} parts passed in ${Math.round((Date.now() - started) / 60000)} min`);
process.exit(steps.every((s) => s.ok) ? 0 : 1);
