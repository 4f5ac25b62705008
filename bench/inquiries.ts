/**
 * `npm run bench:inquiries`: `POST /api/inquiries` on the production build,
 * on the embedded PostgreSQL and an external PostgreSQL, each with a real SMTP peer on loopback
 * (tests/fixtures/smtp.ts). Every submission is distinct (own Idempotency-Key
 * and buyer e-mail) and names products of two exporters: 2 inquiries and 3
 * mails (2 exporter notices, 1 buyer confirmation).
 *
 * Two phases per database, each on a fresh installation:
 * - saturation: BENCH_CLIENTS (50) clients post back to back for
 *   BENCH_SECONDS (15) — submissions/s, latency p50/p95/p99, errors;
 * - paced: BENCH_PACED_RATE (2) submissions/s for the same time — a load the
 *   mail worker keeps up with, so the delay from acknowledgement (201
 *   received) to the buyer confirmation accepted by the SMTP peer is measured
 *   in full (under saturation it is censored at the cut-off, see below).
 * After each phase the buyer confirmations are awaited for
 * BENCH_MAIL_WAIT_SECONDS (60); one still missing then counts as +∞ (shown
 * as ">N"), so percentiles are honest lower bounds, and the remaining backlog
 * and its drain time at the measured mail rate are reported.
 *
 * BENCH_DATABASES (embedded,postgres); BENCH_DATABASE_URL: the PostgreSQL
 * server on which a fresh database is created (default TEST_DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/test). Results: bench/results/inquiries.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startSmtpPeer, type ReceivedMail } from '../tests/fixtures/smtp';
import { ROOT, ensureBuild, percentile, round, startServer } from './lib/server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const MAIL_WAIT_SECONDS = Number(process.env.BENCH_MAIL_WAIT_SECONDS ?? 60);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 2);
const DATABASES = (process.env.BENCH_DATABASES ?? 'embedded,postgres').split(',').map((s) => s.trim());
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// The server under test gets exactly the settings given below.
for (const name of ['DATABASE_URL', 'SMTP_URL', 'DATA_DIR', 'MEILI_HOST', 'MEILI_API_KEY']) delete process.env[name];

const run = randomBytes(4).toString('hex');

function inquiryBody(db: string, n: number) {
  return {
    locale: n % 2 ? 'zh' : 'en',
    buyer: {
      name: `Buyer ${n}`,
      company: 'Ningbo Import & Export Co., Ltd.',
      // Unique per request: the buyer's confirmation is found by it.
      email: `bench-${db}-${run}-${n}@importer.example.cn`,
      phone: '+86 138 0000 0000',
    },
    destinationPort: n % 3 ? 'shanghai' : 'qingdao',
    incoterm: n % 2 ? 'CIF' : 'FOB',
    message: n % 2 ? '请报最优惠价格。' : 'Please quote your best price.',
    consent: true,
    items: [
      { product: 'pink-salt-coarse-2-5mm-25kg-bags', quantity: 20 + (n % 50), unit: 'ton' },
      { product: 'hand-stitched-pu-match-football-size-5', quantity: 500 + n, unit: 'piece' },
    ],
  };
}

interface Installation {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

async function installation(db: string): Promise<Installation | null> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-inquiries-'));
  if (db === 'embedded') return { env: { DATA_DIR: dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `pavilion_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    console.warn(`PostgreSQL not reachable at ${POSTGRES_URL} (${(error as Error).message}): skipped.`);
    rmSync(dataDir, { recursive: true, force: true });
    return null;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.href },
    dispose: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const dropper = new pg.Client({ connectionString: POSTGRES_URL });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function post(origin: string, key: string, body: unknown): Promise<number> {
  const res = await fetch(`${origin}/api/inquiries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** A delay in seconds; one not observed by the cut-off is shown as `>N s` (N = the time waited after the load). */
function seconds(ms: number, waitedMs: number): number | string {
  return Number.isFinite(ms) ? round(ms / 1000, 1) : `>${round(waitedMs / 1000, 0)}`;
}

interface Phase {
  name: 'saturation' | 'paced';
  /** Paced: submissions per second in total (each from one of the clients); saturation: as fast as the clients go. */
  rate?: number;
}

/** One fresh installation and server; one load phase; then the wait for the buyer confirmations. */
async function bench(db: string, phase: Phase) {
  const inst = await installation(db);
  if (!inst) return null;
  const peer = await startSmtpPeer();
  const server = await startServer({
    ...inst.env,
    SMTP_URL: peer.url,
    INQUIRY_LIMIT_PER_IP: '10000000',
    INQUIRY_LIMIT_PER_EMAIL: '10000000',
  });
  let exited: string | null = null;
  let stopping = false;
  server.process.once('exit', (code, signal) => {
    exited = `${code ?? signal}`;
    if (!stopping) console.error(`${db}: the server exited unexpectedly (${exited}) at ${new Date().toISOString()}`);
  });
  try {
    const health = await fetch(`${server.origin}/api/health`);
    if (health.status !== 200) throw new Error(`${db}: server not healthy (${health.status}): ${await health.text()}`);

    // Warm-up (not counted), then let the mail worker send its mails.
    let n = 0;
    for (let i = 0; i < 10; i++) await post(server.origin, `bench-${run}-${db}-${phase.name}-warm-${i}`, inquiryBody(`${db}-warm`, n++));
    await peer.waitFor((m) => m.length >= 30, 60_000);
    const mailsBefore = peer.messages.length;

    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    /** Buyer e-mail → when the 201 arrived. */
    const acked = new Map<string, number>();
    const start = performance.now();
    const startedAt = Date.now();
    const stopAt = start + SECONDS * 1000;
    let dispatched = 0;
    const one = async () => {
      const i = n++;
      dispatched++;
      const body = inquiryBody(`${db}-${phase.name}`, i);
      const t0 = performance.now();
      try {
        const status = await post(server.origin, `bench-${run}-${db}-${phase.name}-${i}`, body);
        const t1 = performance.now();
        if (status === 201) {
          latencies.push(t1 - t0);
          acked.set(body.buyer.email, Date.now());
        } else {
          errors[String(status)] = (errors[String(status)] ?? 0) + 1;
        }
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code ?? 'network';
        errors[code] = (errors[code] ?? 0) + 1;
      }
    };
    if (phase.rate) {
      // Paced: one submission every 1/rate s, spread over the clients (never more than CLIENTS in flight).
      const inFlight = new Set<Promise<void>>();
      for (let k = 0; performance.now() < stopAt; k++) {
        const due = start + (k * 1000) / phase.rate;
        if (due > performance.now()) await new Promise((r) => setTimeout(r, due - performance.now()));
        if (performance.now() >= stopAt) break;
        if (inFlight.size >= CLIENTS) await Promise.race(inFlight);
        const p: Promise<void> = one().finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      await Promise.all(inFlight);
    } else {
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (performance.now() < stopAt) await one();
        }),
      );
    }
    const elapsed = (performance.now() - start) / 1000;
    const loadEndedAt = Date.now();

    // The buyer confirmations: wait for the mail backlog, up to MAIL_WAIT_SECONDS.
    const buyerMail = new Map<string, ReceivedMail>();
    const collect = () => {
      for (const m of peer.messages) for (const to of m.to) if (acked.has(to) && !buyerMail.has(to)) buyerMail.set(to, m);
      return buyerMail.size;
    };
    const sentDuringLoad = peer.messages.filter((m) => m.acceptedAt >= startedAt && m.acceptedAt <= loadEndedAt).length;
    const deadline = Date.now() + MAIL_WAIT_SECONDS * 1000;
    while (collect() < acked.size && Date.now() < deadline && !exited) await new Promise((r) => setTimeout(r, 250));
    if (exited) throw new Error(`${db}: the server exited (${exited}) while the mail backlog drained`);
    const drainedAt = Date.now();
    const mailsAfterLoad = peer.messages.filter((m) => m.acceptedAt > loadEndedAt).length;
    // A confirmation not received by the cut-off counts as +∞: the percentiles stay honest lower bounds.
    const delays = [...acked.entries()].map(([email, at]) => (buyerMail.has(email) ? buyerMail.get(email)!.acceptedAt - at : Number.POSITIVE_INFINITY));
    const backlog = dispatched * 3 - (peer.messages.length - mailsBefore);
    const drainRate = mailsAfterLoad / Math.max(0.001, (drainedAt - loadEndedAt) / 1000);
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    const wrongId = [...buyerMail.values()].filter((m) => !/^submission-\d+-buyer@pavilion$/.test(m.messageId)).length;
    if (wrongId) console.warn(`${db}: ${wrongId} buyer mails without the expected Message-ID`);
    const waited = drainedAt - loadEndedAt;

    return {
      database: db,
      load: phase.rate ? `paced ${phase.rate}/s` : `${CLIENTS} clients`,
      seconds: round(elapsed, 1),
      submissions: latencies.length,
      submissionsPerS: round(latencies.length / elapsed, 1),
      errors: errorCount,
      errorsByKind: errors,
      p50Ms: round(percentile(latencies, 50), 1),
      p95Ms: round(percentile(latencies, 95), 1),
      p99Ms: round(percentile(latencies, 99), 1),
      buyerMails: `${buyerMail.size}/${acked.size}`,
      mailDelayP50S: seconds(percentile(delays, 50), waited),
      mailDelayP95S: seconds(percentile(delays, 95), waited),
      mailDelayMaxS: seconds(Math.max(...delays), waited),
      /** Mails of any kind the SMTP peer accepted per second, during the load and after it. */
      mailsPerSDuringLoad: round(sentDuringLoad / elapsed, 1),
      mailsPerSAfterLoad: round(drainRate, 1),
      /** Mails still queued at the cut-off, and how long they would take at the measured rate. */
      mailBacklogAtCutOff: Math.max(0, backlog),
      backlogDrainEstimateS: backlog > 0 ? Math.round(backlog / Math.max(0.001, drainRate)) : 0,
      mailWaitCutOff: buyerMail.size < acked.size,
    };
  } finally {
    stopping = true;
    if (!exited) await server.stop();
    await peer.stop();
    await inst.dispose();
  }
}

ensureBuild();
const PHASES: Phase[] = [{ name: 'saturation' }, ...(PACED_RATE > 0 ? [{ name: 'paced' as const, rate: PACED_RATE }] : [])];
const rows = [];
for (const db of DATABASES) {
  for (const phase of PHASES) {
    console.log(
      `${db}: ${phase.rate ? `${phase.rate} submissions/s` : `${CLIENTS} clients flat out`} for ${SECONDS} s, then waiting for the buyer confirmations (≤ ${MAIL_WAIT_SECONDS} s)…`,
    );
    const row = await bench(db, phase);
    if (row) rows.push(row);
  }
}

const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  clients: CLIENTS,
  seconds: SECONDS,
  pacedRate: PACED_RATE,
  mailWaitSeconds: MAIL_WAIT_SECONDS,
  note:
    'Each submission: a basket of two exporters → 2 inquiries + 3 outbox jobs. The SMTP peer is smtp-server on loopback (it waits 100 ms before its greeting). ' +
    'Mail delay = buyer confirmation accepted by the peer − 201 received by the client. mailWaitCutOff: the backlog was not drained within BENCH_MAIL_WAIT_SECONDS; confirmations not yet received count as +infinity, shown as ">N" (N = seconds waited after the load).',
  results: rows,
};
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/inquiries.json'), `${JSON.stringify(result, null, 2)}\n`);

console.log(`\nPOST /api/inquiries — ${CLIENTS} concurrent clients, ${SECONDS} s, production build`);
console.table(rows.map(({ errorsByKind: _e, mailWaitCutOff: _c, ...r }) => r));
console.log('Written to bench/results/inquiries.json');
