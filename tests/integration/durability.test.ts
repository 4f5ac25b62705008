import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../bench/lib/server';
import { openDatabase, type Db } from '../../src/server/db/client';
import { MAIL_CONCURRENCY } from '../../src/server/mail/transport';
import { createPostgresDatabase, postgresReachable } from '../fixtures/databases';
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from '../fixtures/smtp';

/**
 * Durability of the production build: many concurrent submissions, replays,
 * and SIGKILL in the middle of a burst. What the server acknowledged (201)
 * must be stored exactly once and its mails must go out, after a restart on
 * the same data.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const ENTRY = path.join(ROOT, 'dist/server/entry.mjs');
const BUILT = existsSync(ENTRY);
if (!BUILT) {
  console.warn(`durability tests SKIPPED: ${path.relative(ROOT, ENTRY)} is missing — build it first with \`ASTRO_TELEMETRY_DISABLED=1 npx astro build\` (npm test does).`);
}

const PG_UP = BUILT && (await postgresReachable());

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags'; // khewra-crystal-salt-works
const BALL = 'hand-stitched-pu-match-football-size-5'; // chenab-sports-works
const EXPORTERS = ['khewra-crystal-salt-works', 'chenab-sports-works'];
/** The lease a mail worker takes on the jobs it claims (MailWorker's default `leaseSeconds`). */
const LEASE_MS = 60_000;

const run = randomBytes(4).toString('hex');

function inquiryBody(tag: string, i: number) {
  return {
    locale: i % 2 ? 'zh' : 'en',
    buyer: {
      name: `Buyer ${i}`,
      company: 'Ningbo Import & Export Co., Ltd.',
      email: `${tag}-${run}-${i}@importer.example.cn`,
      phone: '+86 138 0000 0000',
    },
    destinationPort: 'shanghai',
    incoterm: 'FOB',
    consent: true,
    items: [
      { product: SALT, quantity: 20 + i, unit: 'ton' },
      { product: BALL, quantity: 500 + i, unit: 'piece' },
    ],
  };
}

interface Posted {
  key: string;
  body: ReturnType<typeof inquiryBody>;
  status: number;
  replayed: boolean;
  references: string[];
  exporters: string[];
}

async function postInquiry(origin: string, key: string, body: ReturnType<typeof inquiryBody>): Promise<Posted> {
  const res = await fetch(`${origin}/api/inquiries`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { inquiries?: Array<{ reference: string; exporter: string }> };
  return {
    key,
    body,
    status: res.status,
    replayed: res.headers.get('idempotent-replayed') === 'true',
    references: json.inquiries?.map((i) => i.reference) ?? [],
    exporters: json.inquiries?.map((i) => i.exporter) ?? [],
  };
}

interface Server {
  origin: string;
  child: ChildProcess;
  exited: Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();

/** Starts the built server and waits for `GET /api/health` → 200 with the search index ready. */
async function launch(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'DATA_DIR', 'MEILI_HOST', 'MEILI_API_KEY']) delete base[name];
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...base,
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: origin,
      INQUIRY_LIMIT_PER_IP: '100000',
      INQUIRY_LIMIT_PER_EMAIL: '100000',
      ...env,
    },
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let exitCode: number | string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal;
      children.delete(child);
      resolve();
    });
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== null) throw new Error(`server exited (${exitCode}) before it was healthy:\n${stderr}`);
    try {
      const res = await fetch(`${origin}/api/health`);
      const health = (await res.json()) as { search?: { ready?: boolean } };
      // The first health check starts the search index; wait for it, so the burst meets a settled server.
      if (res.status === 200 && health.search?.ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not healthy within 60 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    child,
    exited,
    kill: async () => {
      if (exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

interface Target {
  name: 'pglite' | 'postgres';
  skip: boolean;
  killCycles: number;
  /** A new, empty installation: server settings, a way to open its database, and cleanup. */
  create(): Promise<Installation>;
}

interface Installation {
  env: Record<string, string>;
  /** Opens the database for inspection; for PGlite only while no server runs (the folder is locked). */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

const TARGETS: Target[] = [
  {
    name: 'pglite',
    skip: !BUILT,
    killCycles: 3,
    create: async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-durability-'));
      return {
        env: { DATA_DIR: dataDir },
        withDb: async (fn) => {
          const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
          try {
            return await fn(database.db);
          } finally {
            await database.close();
          }
        },
        dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    skip: !PG_UP,
    killCycles: 1,
    create: async () => {
      const { url, drop } = await createPostgresDatabase('pavilion_durability');
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-durability-'));
      return {
        env: { DATA_DIR: dataDir, DATABASE_URL: url },
        withDb: async (fn) => {
          const database = await openDatabase({ url, poolSize: 2 });
          try {
            return await fn(database.db);
          } finally {
            await database.close();
          }
        },
        dispose: async () => {
          rmSync(dataDir, { recursive: true, force: true });
          await drop();
        },
      };
    },
  },
];

afterAll(async () => {
  // Whatever a failed test left running.
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
});

const title = BUILT ? 'durability of the built server on $name' : 'durability of the built server on $name (SKIPPED: dist/server/entry.mjs missing, run `astro build`)';

// The two databases run side by side (their waits overlap); the tests of each one run in order.
describe.concurrent.each(TARGETS)(title, ({ name, skip, killCycles, create }) => {
  const installations: Installation[] = [];
  const servers: Server[] = [];
  let peer: SmtpPeer;

  beforeAll(async () => {
    if (skip) return;
    peer = await startSmtpPeer();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await peer?.stop();
    for (const installation of installations) await installation.dispose();
  });

  async function start(installation: Installation, env: Record<string, string> = {}) {
    const server = await launch({ ...installation.env, ...env });
    servers.push(server);
    return server;
  }

  it.skipIf(skip)(
    '200 concurrent submissions are all stored once; replaying them stores nothing new',
    { concurrent: false, timeout: 120_000 },
    async () => {
      const installation = await create();
      installations.push(installation);
      // Mail goes to the outbox folder here: this test counts rows, not mails.
      const server = await start(installation);
      const requests = Array.from({ length: 200 }, (_, i) => ({ key: `conc-${run}-${i}`, body: inquiryBody(`conc-${name}`, i) }));

      const first = await Promise.all(requests.map((r) => postInquiry(server.origin, r.key, r.body)));
      expect(first.map((r) => r.status)).toEqual(requests.map(() => 201));
      expect(first.filter((r) => r.replayed)).toHaveLength(0);
      for (const r of first) {
        expect(r.references).toHaveLength(2);
        expect([...r.exporters].sort()).toEqual([...EXPORTERS].sort());
      }
      const references = first.flatMap((r) => r.references);
      expect(new Set(references).size).toBe(400);

      const replay = await Promise.all(requests.map((r) => postInquiry(server.origin, r.key, r.body)));
      expect(replay.map((r) => r.status)).toEqual(requests.map(() => 201));
      expect(replay.every((r) => r.replayed)).toBe(true);
      expect(replay.map((r) => r.references)).toEqual(first.map((r) => r.references));

      // PGlite's folder is locked by the server: read it once the server has stopped.
      await server.stop();
      await installation.withDb(async (db) => {
        const [counts] = await rows<Record<string, number | string>>(
          db,
          sql`select
            (select count(*) from inquiry_submissions) as submissions,
            (select count(*) from inquiries) as inquiries,
            (select count(*) from inquiry_items) as items,
            (select count(*) from outbox_jobs) as jobs,
            (select count(*) from outbox_jobs where kind = 'inquiry.exporter') as exporter_jobs,
            (select count(*) from outbox_jobs where kind = 'inquiry.buyer') as buyer_jobs`,
        );
        expect(Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]))).toEqual({
          submissions: 200,
          inquiries: 400,
          items: 400,
          jobs: 600,
          exporter_jobs: 400,
          buyer_jobs: 200,
        });
        const stored = await rows<{ key: string; reference: string }>(
          db,
          sql`select s.idempotency_key as key, i.reference from inquiries i join inquiry_submissions s on s.id = i.submission_id order by i.id`,
        );
        const byKey = new Map<string, string[]>();
        for (const row of stored) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.reference]);
        for (const r of first) expect(byKey.get(r.key)).toEqual(r.references);
        // Each submission has its two exporter notices and one buyer confirmation.
        const perSubmission = await rows<{ exporter: number | string; buyer: number | string }>(
          db,
          sql`select
                (select count(*) from outbox_jobs j join inquiries i on i.id = (j.payload->>'inquiryId')::int
                  where j.kind = 'inquiry.exporter' and i.submission_id = s.id) as exporter,
                (select count(*) from outbox_jobs j where j.kind = 'inquiry.buyer' and (j.payload->>'submissionId')::int = s.id) as buyer
              from inquiry_submissions s`,
        );
        expect(perSubmission.map((r) => [Number(r.exporter), Number(r.buyer)])).toEqual(Array.from({ length: 200 }, () => [2, 1]));
      });
    },
  );

  it.skipIf(skip)(
    `acknowledged submissions survive SIGKILL mid-burst (${killCycles}×) and their mails go out`,
    { concurrent: false, timeout: 170_000 },
    async () => {
      const installation = await create();
      installations.push(installation);
      const env = { SMTP_URL: peer.url };
      const acked = new Map<string, Posted>();
      const sent = new Set<string>();
      const kills: number[] = [];
      /** When each replacement server was spawned (index = the kill it follows). */
      const restarts: number[] = [];
      let server = await start(installation, env);

      for (let cycle = 0; cycle < killCycles; cycle++) {
        // 60 submissions over ~2 s. The server is killed about 1 s in, with requests in flight, once
        // it has acknowledged a few (a server busy with its mail backlog may answer the first ones late).
        const burstStart = Date.now();
        const killAt = burstStart + 900 + cycle * 150;
        let acknowledged = 0;
        let killed = false;
        const kill = () => {
          if (killed) return;
          killed = true;
          server.child.kill('SIGKILL');
          kills.push(Date.now());
        };
        const maybeKill = () => {
          if (Date.now() >= killAt && acknowledged >= 5) kill();
        };
        const timer = setTimeout(maybeKill, killAt - Date.now());
        const inFlight: Array<Promise<Posted | null>> = [];
        for (let i = 0; i < 60 && !killed; i++) {
          const wait = burstStart + i * 33 - Date.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          if (killed) break;
          const key = `crash-${run}-${cycle}-${i}`;
          sent.add(key);
          inFlight.push(
            postInquiry(server.origin, key, inquiryBody(`crash-${name}-${cycle}`, i)).then(
              (r) => {
                if (r.status === 201 && !killed) acknowledged++;
                maybeKill();
                return r;
              },
              () => null,
            ),
          );
        }
        // All sent and not killed yet: kill at the first acknowledgement (or give up after 15 s).
        for (const deadline = Date.now() + 15_000; !killed && acknowledged === 0 && Date.now() < deadline; ) {
          await new Promise((r) => setTimeout(r, 10));
        }
        clearTimeout(timer);
        kill();
        const results = await Promise.all(inFlight);
        await server.exited;
        const ok = results.filter((r): r is Posted => r?.status === 201);
        // Everything answered before the kill was a success: nothing was refused.
        expect(results.filter((r) => r && r.status !== 201)).toEqual([]);
        for (const r of ok) acked.set(r.key, r);
        console.info(`[${name}] cycle ${cycle + 1}: killed after ${kills.at(-1)! - burstStart} ms; ${ok.length} acknowledged of ${inFlight.length} sent`);
        expect(ok.length).toBeGreaterThan(0);
        // Restart on the same data (PGlite: the dead process's lock is taken over).
        restarts.push(Date.now());
        server = await start(installation, env);
      }

      expect(acked.size).toBeGreaterThanOrEqual(5 * killCycles);

      // Every acknowledged submission is there, with its references: a replay stores nothing new.
      const replays = await Promise.all([...acked.values()].map((a) => postInquiry(server.origin, a.key, a.body)));
      for (const [i, a] of [...acked.values()].entries()) {
        expect(replays[i]).toMatchObject({ status: 201, replayed: true, references: a.references });
      }

      // Their mails arrive: each exporter notice (by Message-ID) and each buyer confirmation (by buyer e-mail).
      const exporterIds = [...acked.values()].flatMap((a) => a.references.map((ref) => `inquiry-${ref}-exporter@pavilion`));
      const buyerEmails = [...acked.values()].map((a) => a.body.buyer.email);
      const have = (mails: ReceivedMail[]) => {
        const ids = new Set(mails.map((m) => m.messageId));
        const to = new Set(mails.flatMap((m) => m.to));
        return exporterIds.every((id) => ids.has(id)) && buyerEmails.every((e) => to.has(e));
      };
      const waitStart = Date.now();
      // A job the killed process had claimed stays leased for LEASE_MS before another round may take it.
      await peer.waitFor(have, LEASE_MS + 45_000);
      console.info(
        `[${name}] ${kills.length} kills, ${acked.size} acknowledged of ${sent.size} sent; all their mails in ${Date.now() - waitStart} ms after the last restart`,
      );

      const buyerMail = new Map<string, ReceivedMail>();
      for (const m of peer.messages) for (const to of m.to) if (buyerEmails.includes(to)) buyerMail.set(to, m);
      for (const [email, mail] of buyerMail) {
        expect(mail.messageId, email).toMatch(/^submission-\d+-buyer@pavilion$/);
      }

      // Exactly once by Message-ID — except that SMTP is at-least-once: a kill between the relay's
      // "250 OK" and the job being marked sent repeats that mail (same Message-ID) once the restarted
      // server's lease on it expires. The worker has at most MAIL_CONCURRENCY mails in flight, so that
      // is at most MAIL_CONCURRENCY mails per kill. The first copy went out just before the kill (on
      // PGlite the "sent" update can wait seconds behind the burst's queued transactions) or just after
      // it (the dead server's last bytes were still in the socket: the peer read them after the kill);
      // the second comes from the restarted server.
      const copies = new Map<string, ReceivedMail[]>();
      for (const m of peer.messages) copies.set(m.messageId, [...(copies.get(m.messageId) ?? []), m]);
      const repeated = [...copies.entries()].filter(([, list]) => list.length > 1);
      for (const [id, list] of repeated) {
        const times = list.map((m) => m.acceptedAt);
        const context = `${id} accepted at ${JSON.stringify(times)}; kills at ${JSON.stringify(kills)}; restarts at ${JSON.stringify(restarts)}`;
        expect(list, context).toHaveLength(2);
        const cycle = kills.findIndex((k, i) => times[0]! >= k - 5000 && times[0]! <= restarts[i]! && times[1]! >= restarts[i]!);
        expect(cycle, `repeated without a kill in between: ${context}`).toBeGreaterThanOrEqual(0);
      }
      for (const [i, kill] of kills.entries()) {
        const afterThisKill = repeated.filter(([, list]) => list[0]!.acceptedAt >= kill - 5000 && list[0]!.acceptedAt <= restarts[i]!);
        expect(afterThisKill.length, `mails repeated after kill ${i + 1}`).toBeLessThanOrEqual(MAIL_CONCURRENCY);
      }
      for (const [id, list] of repeated) {
        const i = kills.findIndex((_, j) => list[0]!.acceptedAt <= restarts[j]!);
        console.info(
          `[${name}] repeated after kill ${i + 1} (at-least-once): ${id}, first copy ${list[0]!.acceptedAt - kills[i]!} ms after the kill, second ${list[1]!.acceptedAt - restarts[i]!} ms after the restart`,
        );
      }
      for (const id of exporterIds) expect(copies.get(id)?.length ?? 0, id).toBeGreaterThanOrEqual(1);

      await server.stop();
      await installation.withDb(async (db) => {
        const stored = await rows<{ key: string; id: number; reference: string; n: number | string }>(
          db,
          sql`select s.idempotency_key as key, s.id, i.reference,
                (select count(*) from inquiry_items it where it.inquiry_id = i.id) as n
              from inquiry_submissions s join inquiries i on i.submission_id = s.id order by i.id`,
        );
        const byKey = new Map<string, { id: number; references: string[] }>();
        for (const row of stored) {
          const entry = byKey.get(row.key) ?? { id: Number(row.id), references: [] };
          entry.references.push(row.reference);
          byKey.set(row.key, entry);
          expect(Number(row.n)).toBe(1);
        }
        // Nothing stored that was not sent; every stored submission is whole (one transaction).
        for (const key of byKey.keys()) expect(sent.has(key), key).toBe(true);
        for (const entry of byKey.values()) expect(entry.references).toHaveLength(2);
        // Every acknowledged submission stored exactly once, with the references it was given.
        const [{ n: submissions } = { n: 0 }] = await rows<{ n: number | string }>(db, sql`select count(*) as n from inquiry_submissions`);
        expect(Number(submissions)).toBe(byKey.size);
        for (const a of acked.values()) expect(byKey.get(a.key)?.references, a.key).toEqual(a.references);
        // The buyer confirmation names the right submission.
        for (const a of acked.values()) {
          expect(buyerMail.get(a.body.buyer.email)?.messageId).toBe(`submission-${byKey.get(a.key)!.id}-buyer@pavilion`);
        }

        const jobs = await rows<{ submission: number; kind: string; status: string; message_id: string }>(
          db,
          sql`select coalesce((j.payload->>'submissionId')::int, i.submission_id) as submission, j.kind, j.status, j.message_id
              from outbox_jobs j left join inquiries i on j.kind = 'inquiry.exporter' and i.id = (j.payload->>'inquiryId')::int`,
        );
        const ackedIds = new Set([...acked.values()].map((a) => byKey.get(a.key)!.id));
        const ackedJobs = jobs.filter((j) => ackedIds.has(Number(j.submission)));
        expect(ackedJobs).toHaveLength(acked.size * 3);
        expect(ackedJobs.filter((j) => j.status !== 'sent')).toEqual([]);
        // Every stored submission (acknowledged or not) has its three jobs.
        expect(jobs).toHaveLength(byKey.size * 3);
      });
    },
  );
});
