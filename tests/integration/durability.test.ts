import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_CONCURRENCY } from '~/server/mail/transport.server';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTERNAL_POSTGRES_URL, postgresReachable } from '../fixtures/databases';
import {
  BUILT,
  EXPORTERS,
  NOT_BUILT_NOTE,
  RUN as run,
  inquiryBody,
  killAllServers,
  launch,
  embeddedInstallation,
  postgresInstallation,
  postInquiry,
  reportCounts,
  rows,
  type Installation,
  type Posted,
  type Server,
} from '../fixtures/server';
import { startSmtpPeer, type ReceivedMail, type SmtpPeer } from '../fixtures/smtp';

/**
 * Durability of the production build: many concurrent submissions, replays,
 * and SIGKILL in the middle of a burst. What the server acknowledged (201)
 * must be stored exactly once and its mails must go out, after a restart on
 * the same data. `RESILIENCE_KILLS` sets how many times the embedded database's
 * server is killed (3 here; `npm run test:resilience` kills it 100 times).
 */

if (!BUILT) console.warn(`durability tests SKIPPED: ${NOT_BUILT_NOTE}.`);

const PG_UP = BUILT && Boolean(EXTERNAL_POSTGRES_URL) && (await postgresReachable());
const KILLS = Math.max(1, Number(process.env.RESILIENCE_KILLS ?? 3));
/** How many times the embedded PostgreSQL server itself is killed while the app writes (`npm run test:resilience`: 30). */
const DB_KILLS = Math.max(1, Number(process.env.RESILIENCE_DB_KILLS ?? 2));

/** The lease a mail worker takes on the jobs it claims (MailWorker's default `leaseSeconds`). */
const LEASE_MS = 60_000;

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

interface Target {
  name: 'embedded' | 'postgres';
  skip: boolean;
  killCycles: number;
  /** A new, empty installation: server settings, a way to open its database, and cleanup. */
  create(): Promise<Installation>;
}

const TARGETS: Target[] = [
  { name: 'embedded', skip: !BUILT, killCycles: KILLS, create: () => embeddedInstallation('pavilion-durability-') },
  { name: 'postgres', skip: !PG_UP, killCycles: 1, create: () => postgresInstallation('pavilion_durability') },
];

afterAll(killAllServers);

const title = BUILT
  ? 'durability of the built server on $name'
  : 'durability of the built server on $name (SKIPPED: dist/server/entry.mjs missing, run `astro build`)';

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

  /** The kill loop needs no search index: it does not wait for one (a faster restart). */
  async function start(installation: Installation, env: Record<string, string> = {}, waitForSearch = true) {
    const server = await launch({ ...installation.env, ...env }, { waitForSearch });
    servers.push(server);
    return server;
  }

  it.skipIf(skip)('200 concurrent submissions are all stored once; replaying them stores nothing new', { concurrent: false, timeout: 120_000 }, async () => {
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
  });

  it.skipIf(skip)(
    `acknowledged submissions survive SIGKILL mid-burst (${killCycles}×) and their mails go out`,
    // About 4 s a cycle on 2 cores, then up to a minute and a half for the mails.
    { concurrent: false, timeout: 180_000 + killCycles * 20_000 },
    async () => {
      const installation = await create();
      installations.push(installation);
      const env = { SMTP_URL: peer.url };
      const acked = new Map<string, Posted>();
      const sent = new Set<string>();
      const kills: number[] = [];
      /** When each replacement server was spawned (index = the kill it follows). */
      const restarts: number[] = [];
      const verbose = killCycles <= 10;
      let server = await start(installation, env, false);

      for (let cycle = 0; cycle < killCycles; cycle++) {
        // Up to 40 submissions over ~1.3 s. The server is killed about 0.6 s in, with requests in flight,
        // once it has acknowledged a few (a server busy with its mail backlog may answer the first ones late).
        const burstStart = Date.now();
        const killAt = burstStart + 500 + (cycle % 5) * 100;
        let acknowledged = 0;
        let killed = false;
        const kill = () => {
          if (killed) return;
          killed = true;
          server.child.kill('SIGKILL');
          kills.push(Date.now());
        };
        const maybeKill = () => {
          if (Date.now() >= killAt && acknowledged >= 3) kill();
        };
        const timer = setTimeout(maybeKill, killAt - Date.now());
        const inFlight: Array<Promise<Posted | null>> = [];
        for (let i = 0; i < 40 && !killed; i++) {
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
        if (verbose || (cycle + 1) % 10 === 0) {
          console.info(
            `[${name}] cycle ${cycle + 1}: killed after ${kills.at(-1)! - burstStart} ms; ${ok.length} acknowledged of ${inFlight.length} sent (${acked.size} so far)`,
          );
        }
        expect(ok.length).toBeGreaterThan(0);
        // Restart on the same data (the dead process's lock is taken over, its database server shut down and started anew).
        restarts.push(Date.now());
        server = await start(installation, env, false);
      }

      expect(acked.size).toBeGreaterThanOrEqual(killCycles);

      // Every acknowledged submission is there, with its references: a replay stores nothing new.
      const ackedList = [...acked.values()];
      const replays = await mapLimit(ackedList, 20, (a) => postInquiry(server.origin, a.key, a.body));
      for (const [i, a] of ackedList.entries()) {
        expect(replays[i]).toMatchObject({ status: 201, replayed: true, references: a.references });
      }

      // Their mails arrive: each exporter notice (by Message-ID) and each buyer confirmation (by buyer e-mail).
      const exporterIds = ackedList.flatMap((a) => a.references.map((ref) => `inquiry-${ref}-exporter@pavilion`));
      const buyerEmails = new Set(ackedList.map((a) => a.body.buyer.email));
      const have = (mails: ReceivedMail[]) => {
        const ids = new Set(mails.map((m) => m.messageId));
        const to = new Set(mails.flatMap((m) => m.to));
        return exporterIds.every((id) => ids.has(id)) && [...buyerEmails].every((e) => to.has(e));
      };
      const waitStart = Date.now();
      // A job the killed process had claimed stays leased for LEASE_MS before another round may take it
      // (PostgreSQL; the embedded database frees them on start-up), and the backlog takes a while.
      await peer.waitFor(have, LEASE_MS + 45_000 + acked.size * 20);
      console.info(
        `[${name}] ${kills.length} kills, ${acked.size} acknowledged of ${sent.size} sent; all their mails in ${Date.now() - waitStart} ms after the last restart`,
      );

      const buyerMail = new Map<string, ReceivedMail>();
      for (const m of peer.messages) for (const to of m.to) if (buyerEmails.has(to)) buyerMail.set(to, m);
      for (const [email, mail] of buyerMail) {
        expect(mail.messageId, email).toMatch(/^submission-\d+-buyer@pavilion$/);
      }

      // Exactly once by Message-ID — except that SMTP is at-least-once: a kill between the relay's
      // "250 OK" and the job being marked sent repeats that mail (same Message-ID) from the restarted
      // server. The worker has at most MAIL_CONCURRENCY mails in flight, so each kill repeats at most
      // that many. Each further copy comes from a later server: a restart lies between two copies (the
      // first copy went out just before the kill, or just after it when the dead server's last bytes
      // were still in the socket, but before the replacement was spawned).
      const copies = new Map<string, ReceivedMail[]>();
      for (const m of peer.messages) copies.set(m.messageId, [...(copies.get(m.messageId) ?? []), m]);
      const repeated = [...copies.entries()].filter(([, list]) => list.length > 1);
      let extraCopies = 0;
      for (const [id, list] of repeated) {
        const times = list.map((m) => m.acceptedAt);
        const context = `${id} accepted at ${JSON.stringify(times)}; kills at ${JSON.stringify(kills)}; restarts at ${JSON.stringify(restarts)}`;
        for (let c = 1; c < times.length; c++) {
          const between = restarts.some((r) => r >= times[c - 1]! && r <= times[c]!);
          expect(between, `repeated without a restart in between: ${context}`).toBe(true);
        }
        extraCopies += list.length - 1;
        if (verbose) console.info(`[${name}] repeated (at-least-once): ${id}, ${list.length} copies`);
      }
      expect(extraCopies, 'mails repeated').toBeLessThanOrEqual(MAIL_CONCURRENCY * kills.length);
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
        reportCounts(`kill-loop-${name}`, {
          'submissions sent': sent.size,
          'submissions acknowledged': acked.size,
          'submissions stored': byKey.size,
          'mails expected': acked.size * 3,
          'mails sent': peer.messages.length,
          'mails repeated': extraCopies,
          kills: kills.length,
          restarts: restarts.length,
        });
      });
    },
  );

  it.skipIf(skip || name !== 'embedded')(
    `acknowledged submissions survive SIGKILL of the embedded PostgreSQL server (${DB_KILLS}×); the app stays up`,
    { concurrent: false, timeout: 60_000 + DB_KILLS * 20_000 },
    async () => {
      const installation = await create();
      installations.push(installation);
      const server = await start(installation, {}, false);
      const postmasterPid = () => Number(readFileSync(path.join(installation.env.DATA_DIR!, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const acked = new Map<string, Posted>();
      const sent = new Map<string, Posted['body']>();
      const refused: number[] = [];
      let dbKills = 0;

      for (let cycle = 0; cycle < DB_KILLS; cycle++) {
        const inFlight: Array<Promise<Posted | null>> = [];
        const send = (i: number) => {
          const key = `dbkill-${run}-${cycle}-${i}`;
          const body = inquiryBody(`dbkill-${cycle}`, i);
          sent.set(key, body);
          const posted = postInquiry(server.origin, key, body).catch(() => null);
          inFlight.push(posted);
          return posted;
        };
        // A few stored one by one, then a burst in flight when the database server dies, then more while it is away.
        for (let i = 0; i < 5; i++) await send(i);
        for (let i = 5; i < 17; i++) void send(i);
        await new Promise((r) => setTimeout(r, 30));
        process.kill(postmasterPid(), 'SIGKILL');
        dbKills++;
        for (let i = 17; i < 27; i++) {
          void send(i);
          await new Promise((r) => setTimeout(r, 20));
        }
        for (const r of await Promise.all(inFlight)) {
          expect(r, 'the app answered every request').not.toBeNull();
          if (r!.status === 201) acked.set(r!.key, r!);
          else refused.push(r!.status);
        }
        // The supervisor starts the database again; the app reconnects by itself.
        for (const deadline = Date.now() + 30_000; ; ) {
          const res = await fetch(`${server.origin}/api/health`).catch(() => null);
          if (res?.status === 200) break;
          expect(Date.now(), 'database back within 30 s').toBeLessThan(deadline);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      // While the database was away the answer was 503 (try again), never a 500.
      expect(refused.filter((status) => status !== 503)).toEqual([]);
      expect(server.child.exitCode, 'the app process never exited').toBeNull();

      // Retrying every submission with its key: acknowledged ones are replays, the others are stored now.
      for (const [key, body] of sent) {
        const again = await postInquiry(server.origin, key, body);
        expect(again.status, key).toBe(201);
        const first = acked.get(key);
        if (first) expect(again).toMatchObject({ replayed: true, references: first.references });
      }
      await installation.withDb(async (db) => {
        const stored = await rows<{ key: string; n: number | string }>(
          db,
          sql`select s.idempotency_key as key, (select count(*) from inquiries i where i.submission_id = s.id) as n from inquiry_submissions s`,
        );
        expect(stored.length, 'each submission stored once').toBe(sent.size);
        expect(stored.filter((r) => Number(r.n) !== 2)).toEqual([]);
        const fsync = await rows<{ fsync: string }>(db, sql`show fsync`);
        expect(fsync[0]?.fsync).toBe('on');
      });
      reportCounts('database-kills-embedded', {
        'database kills': dbKills,
        'submissions sent': sent.size,
        'submissions acknowledged': acked.size,
        'answered 503': refused.length,
        'submissions stored': sent.size,
      });
    },
  );

  it.skipIf(skip || name !== 'embedded')(
    'SIGTERM: requests under way are answered, then the database server shuts down cleanly and the folder is free',
    { concurrent: false, timeout: 90_000 },
    async () => {
      const installation = await create();
      installations.push(installation);
      const dataDir = installation.env.DATA_DIR!;
      const server = await start(installation, {}, false);
      const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
      const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      const bodies = Array.from({ length: 20 }, (_, i) => ({ key: `term-${run}-${i}`, body: inquiryBody('term', i) }));
      const answers = bodies.map((b) => postInquiry(server.origin, b.key, b.body).catch(() => null));
      // The signal arrives while those are in flight.
      await new Promise((r) => setTimeout(r, 50));
      server.child.kill('SIGTERM');
      const results = await Promise.all(answers);
      await server.exited;
      expect(server.child.exitCode).toBe(0);
      // Every request that reached the server before the signal got its answer: none was cut off with a 5xx.
      expect(results.filter((r) => r && r.status !== 201)).toEqual([]);
      const acknowledged = results.filter((r): r is Posted => r?.status === 201);
      expect(acknowledged.length).toBeGreaterThan(0);
      // The database server stopped with the app (no left-over process, the app's lock released).
      expect(existsSync(pidFile), 'postmaster.pid removed by a clean shutdown').toBe(false);
      expect(() => process.kill(postmaster, 0)).toThrow();
      expect(existsSync(path.join(dataDir, 'postgres.lock'))).toBe(false);
      await installation.withDb(async (db) => {
        const stored = await rows<{ key: string }>(db, sql`select idempotency_key as key from inquiry_submissions`);
        const keys = new Set(stored.map((r) => r.key));
        for (const a of acknowledged) expect(keys.has(a.key), a.key).toBe(true);
      });
    },
  );
});
