import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { PG_BIN, startPrivatePostgres, type PrivatePostgres } from '../fixtures/private-postgres';
import { BALL, BUILT, NOT_BUILT_NOTE, ROOT, RUN, SALT, inquiryBody, killAllServers, launch, reportCounts, rows, type Server } from '../fixtures/server';
import { openDatabase } from '../../src/server/db/client.server';

/**
 * The built server on PostgreSQL while PostgreSQL restarts under a stream of
 * submissions and page views. Requests during the outage are answered 503
 * with `Retry-After` and a message in the visitor's language — never 500,
 * never left hanging; nothing is stored half; afterwards the server works
 * again by itself. The test runs its own PostgreSQL server (initdb in a
 * temporary folder), so restarting it disturbs no other test; it is part of
 * `npm run test:resilience`.
 */

const unavailable = Object.fromEntries(
  (['en', 'zh'] as const).map((l) => [l, JSON.parse(readFileSync(path.join(ROOT, 'locales', l, 'common.json'), 'utf8')).errors.unavailable as string]),
) as Record<'en' | 'zh', string>;

const PAGES = [
  '/en/',
  '/zh/',
  '/en/products/',
  '/zh/products/?category=rice',
  `/en/products/${SALT}/`,
  `/zh/products/${BALL}/`,
  '/en/categories/rice/',
  '/zh/exporters/',
  '/en/search/?q=salt',
  '/zh/search/?q=%E7%B2%89%E7%BA%A2%E7%9B%90',
  '/en/inquiry/',
];

interface Outcome {
  kind: 'page' | 'submission';
  what: string;
  locale: 'en' | 'zh';
  status: number | 'error';
  detail?: string | undefined;
  at: number;
}

const skip = !BUILT || !PG_BIN;
if (!BUILT) console.warn(`PostgreSQL restart test SKIPPED: ${NOT_BUILT_NOTE}.`);
if (!PG_BIN) console.warn('PostgreSQL restart test SKIPPED: initdb / pg_ctl not found (set PG_BIN).');

let pg: PrivatePostgres | undefined;
afterAll(async () => {
  await killAllServers();
  await pg?.dispose();
});

describe('PostgreSQL restarted under load', () => {
  it.skipIf(skip)(
    'requests during the outage get a translated 503, nothing is stored half, and the server recovers by itself',
    { timeout: 300_000 },
    async () => {
      pg = await startPrivatePostgres();
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-pg-restart-'));
      onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
      const server: Server = await launch({ DATABASE_URL: pg.url, DATA_DIR: dataDir });
      const outcomes: Outcome[] = [];
      /** Idempotency key → the submission body, and whether it was acknowledged. */
      const submissions = new Map<string, { body: ReturnType<typeof inquiryBody>; acked: boolean; references: string[] }>();
      let seq = 0;
      let stopping = false;

      async function one(worker: number): Promise<void> {
        const n = seq++;
        const locale = n % 2 ? 'zh' : 'en';
        const started = Date.now();
        // A request that takes longer than this has hung: the outage must be answered, not waited out.
        const signal = AbortSignal.timeout(30_000);
        if (n % 3 === 0) {
          const key = `pgrestart-${RUN}-${n}`;
          const body = { ...inquiryBody(`pgrestart-${worker}`, n), locale };
          submissions.set(key, { body, acked: false, references: [] });
          try {
            const res = await fetch(`${server.origin}/api/inquiries`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Accept-Language': locale === 'zh' ? 'zh-CN,zh;q=0.9' : 'en-GB,en;q=0.9' },
              body: JSON.stringify(body),
              signal,
            });
            const json = (await res.json()) as { inquiries?: Array<{ reference: string }>; errors?: { form?: string } };
            if (res.status === 201) Object.assign(submissions.get(key)!, { acked: true, references: json.inquiries!.map((i) => i.reference) });
            let detail: string | undefined;
            if (res.status === 503) {
              if (res.headers.get('retry-after') === null) detail = 'no Retry-After';
              else if (json.errors?.form !== unavailable[locale]) detail = `message not in ${locale}: ${json.errors?.form}`;
            }
            outcomes.push({ kind: 'submission', what: key, locale, status: res.status, detail, at: started });
          } catch (error) {
            outcomes.push({ kind: 'submission', what: key, locale, status: 'error', detail: String(error), at: started });
          }
          return;
        }
        const page = PAGES[n % PAGES.length]!;
        try {
          const res = await fetch(`${server.origin}${page}`, { headers: { 'Accept-Language': 'en' }, signal });
          const text = await res.text();
          let detail: string | undefined;
          if (res.status === 503) {
            if (res.headers.get('retry-after') === null) detail = 'no Retry-After';
            // The page's language decides (/zh/… is Chinese whatever the browser says).
            else if (!text.includes(unavailable[page.startsWith('/zh/') ? 'zh' : 'en'])) detail = `message not in the page's language`;
          }
          outcomes.push({ kind: 'page', what: page, locale: page.startsWith('/zh/') ? 'zh' : 'en', status: res.status, detail, at: started });
        } catch (error) {
          outcomes.push({ kind: 'page', what: page, locale, status: 'error', detail: String(error), at: started });
        }
      }

      const workers = Array.from({ length: 6 }, async (_, w) => {
        while (!stopping) {
          await one(w);
          await new Promise((r) => setTimeout(r, 20));
        }
      });

      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const phases: Array<{ name: string; at: number }> = [];
      await wait(3_000);
      // A quick restart (connections dropped, back within a second), then a longer outage.
      phases.push({ name: 'restart', at: Date.now() });
      await pg.restart();
      await wait(3_000);
      phases.push({ name: 'stop', at: Date.now() });
      await pg.stop();
      await wait(4_000);
      phases.push({ name: 'start', at: Date.now() });
      await pg.start();
      // Recovered by itself: the stream keeps going until twenty requests in a row succeed.
      const recoveredBy = Date.now() + 60_000;
      for (;;) {
        const recent = outcomes.filter((o) => o.at > phases.at(-1)!.at).slice(-20);
        if (recent.length === 20 && recent.every((o) => o.status === 200 || o.status === 201)) break;
        if (Date.now() > recoveredBy) break;
        await wait(200);
      }
      stopping = true;
      await Promise.all(workers);
      const serverLog = server.stderr();

      const byStatus: Record<string, number> = {};
      for (const o of outcomes) byStatus[String(o.status)] = (byStatus[String(o.status)] ?? 0) + 1;
      console.info(`[postgres-restart] ${outcomes.length} requests: ${JSON.stringify(byStatus)}; phases ${JSON.stringify(phases.map((p) => p.name))}`);

      // Never a 500, an unexpected status or a hung request; every 503 says why, in the right language.
      const unexpected = outcomes.filter((o) => ![200, 201, 503].includes(o.status as number));
      if (unexpected.length) console.error(`server stderr:\n${serverLog}`);
      expect(unexpected.map((o) => `${o.status} ${o.kind} ${o.what} ${o.detail ?? ''} at +${o.at - phases[0]!.at} ms`).slice(0, 30)).toEqual([]);
      expect(outcomes.filter((o) => o.detail)).toEqual([]);
      // The outage was noticed (the stream ran through it) and the server came back.
      expect(byStatus['503'] ?? 0).toBeGreaterThan(0);
      const after = outcomes.filter((o) => o.at > phases.at(-1)!.at).slice(-20);
      expect(after.map((o) => o.status).every((s) => s === 200 || s === 201)).toBe(true);
      const health = await fetch(`${server.origin}/api/health`);
      expect(health.status).toBe(200);

      // A buyer told "try again" tries again with the same key: now it is stored (or was stored already, once).
      for (const [key, s] of submissions) {
        if (s.acked) continue;
        const res = await fetch(`${server.origin}/api/inquiries`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(s.body),
        });
        expect(res.status, key).toBe(201);
        const json = (await res.json()) as { inquiries: Array<{ reference: string }> };
        s.references = json.inquiries.map((i) => i.reference);
      }
      await server.stop();

      // No partial records: every stored submission has both its inquiries, their items and its three mail jobs.
      const database = await openDatabase({ url: pg.url, poolSize: 2 });
      try {
        const stored = await rows<{ key: string; inquiries: string; items: string; jobs: string; refs: string[] }>(
          database.db,
          sql`select s.idempotency_key as key,
              (select count(*) from inquiries i where i.submission_id = s.id) as inquiries,
              (select count(*) from inquiry_items it join inquiries i on i.id = it.inquiry_id where i.submission_id = s.id) as items,
              (select count(*) from outbox_jobs j where (j.payload->>'submissionId')::int = s.id
                 or (j.payload->>'inquiryId')::int in (select id from inquiries i where i.submission_id = s.id)) as jobs,
              array(select reference from inquiries i where i.submission_id = s.id order by i.id) as refs
            from inquiry_submissions s where s.idempotency_key like ${`pgrestart-${RUN}-%`}`,
        );
        expect(stored.filter((r) => Number(r.inquiries) !== 2 || Number(r.items) !== 2 || Number(r.jobs) !== 3)).toEqual([]);
        // Each submission stored exactly once, with the references its buyer was given.
        expect(stored.map((r) => r.key).sort()).toEqual([...submissions.keys()].sort());
        for (const r of stored) expect(r.refs, r.key).toEqual(submissions.get(r.key)!.references);

        reportCounts('postgres-restart', {
          requests: outcomes.length,
          'page views': outcomes.filter((o) => o.kind === 'page').length,
          'submissions sent': submissions.size,
          'submissions acknowledged': outcomes.filter((o) => o.kind === 'submission' && o.status === 201).length,
          'answered 503 (translated, Retry-After)': byStatus['503'] ?? 0,
          'submissions stored': stored.length,
          '500s seen': outcomes.filter((o) => o.status === 500).length,
          'PostgreSQL restarts': 2,
        });
      } finally {
        await database.close();
      }
    },
  );
});
