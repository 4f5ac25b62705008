/**
 * Two built servers on one PostgreSQL database, each with its own data
 * folder but one shared media folder, behind a round-robin proxy: what a
 * buyer, an exporter or an attacker meets must not depend on the instance
 * that answers. Inquiries are stored and mailed once however retries land,
 * an edit made through one instance reaches the other's cached pages and
 * search, sessions and rate limits are shared, and photos are served by both.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '~/server/db/client.server';
import { createPostgresDatabase, postgresReachable } from '../fixtures/databases';
import { BUILT, NOT_BUILT_NOTE, RUN, SALT, inquiryBody, killAllServers, launch, reportCounts, rows, type InquiryBody, type Server } from '../fixtures/server';
import { startSmtpPeer, type SmtpPeer } from '../fixtures/smtp';

const reachable = await postgresReachable();
const PER_IP = 4;
const SUBMISSIONS = 500;
type Upstream = 'a' | 'b';

/**
 * A load balancer in miniature, on loopback: requests alternate between the
 * two instances unless `X-Test-Upstream` names one; the Host header is passed
 * on as the client sent it (the proxy's own address, which is every
 * instance's SITE_URL), the client's address is appended to
 * X-Forwarded-For, and `X-Served-By` says which instance answered. Every
 * test client is on loopback: `X-Test-Client` stands for the address the
 * proxy would see, so the test can play many buyers.
 */
async function startProxy() {
  const upstreams: Partial<Record<Upstream, URL>> = {};
  const agent = new http.Agent({ keepAlive: true, maxSockets: 300 });
  let turn = 0;
  const server = http.createServer((req, res) => {
    const pinned = req.headers['x-test-upstream'];
    const name: Upstream = pinned === 'a' || pinned === 'b' ? pinned : turn++ % 2 ? 'b' : 'a';
    const target = upstreams[name]!;
    const headers = { ...req.headers };
    const client = req.headers['x-test-client'];
    delete headers['x-test-upstream'];
    delete headers['x-test-client'];
    const hop = typeof client === 'string' ? client : (req.socket.remoteAddress ?? '127.0.0.1');
    headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${hop}` : hop;
    const upstream = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': name });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'x-served-by': name });
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    route: (name: Upstream, to: string) => (upstreams[name] = new URL(to)),
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!BUILT || !reachable)('two instances on one PostgreSQL', () => {
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let smtp: SmtpPeer;
  let db: Database;
  let drop: () => Promise<void>;
  let a: Server;
  let b: Server;
  const media = mkdtempSync(path.join(os.tmpdir(), 'pavilion-scale-media-'));
  const dataA = mkdtempSync(path.join(os.tmpdir(), 'pavilion-scale-a-'));
  const dataB = mkdtempSync(path.join(os.tmpdir(), 'pavilion-scale-b-'));
  let cookie = '';

  /** A request through the proxy, to the named instance or the next in turn. */
  const via = (pathname: string, init: RequestInit & { upstream?: Upstream } = {}) => {
    const headers = new Headers(init.headers);
    if (init.upstream) headers.set('X-Test-Upstream', init.upstream);
    return fetch(`${proxy.origin}${pathname}`, { redirect: 'manual', ...init, headers });
  };

  const postInquiry = async (key: string, body: InquiryBody, ip: string, upstream?: Upstream) => {
    const res = await via('/api/inquiries', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Test-Client': ip },
      body: JSON.stringify(body),
      ...(upstream ? { upstream } : {}),
    });
    const json = (await res.json()) as { inquiries?: Array<{ reference: string }> };
    return {
      status: res.status,
      servedBy: res.headers.get('x-served-by') as Upstream,
      replayed: res.headers.get('idempotent-replayed') === 'true',
      references: (json.inquiries ?? []).map((i) => i.reference).sort(),
    };
  };

  beforeAll(async () => {
    proxy = await startProxy();
    smtp = await startSmtpPeer();
    const created = await createPostgresDatabase('pavilion_scale');
    drop = created.drop;
    const shared = {
      DATABASE_URL: created.url,
      SMTP_URL: smtp.url,
      SITE_URL: proxy.origin,
      MEDIA_DIR: media,
      TRUST_PROXY: 'true',
      INQUIRY_LIMIT_PER_IP: String(PER_IP),
      SIGNIN_LIMIT_PER_IP: '1000',
    };
    // One after the other: the first applies the migrations and loads the demo catalog.
    a = await launch({ ...shared, DATA_DIR: dataA });
    b = await launch({ ...shared, DATA_DIR: dataB });
    proxy.route('a', a.origin);
    proxy.route('b', b.origin);
    db = await openDatabase({ url: created.url, poolSize: 2 });
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await killAllServers();
    await proxy?.close();
    await smtp?.stop();
    await db?.close();
    await drop?.();
    for (const dir of [media, dataA, dataB]) rmSync(dir, { recursive: true, force: true });
  });

  it(`stores ${SUBMISSIONS} concurrent inquiries once each, with retries on either instance, and mails each notification once`, async () => {
    const started = performance.now();
    const outcomes = await Promise.all(
      Array.from({ length: SUBMISSIONS }, async (_, i) => {
        const key = `scale-${RUN}-${i}`;
        const body = inquiryBody('scale', i);
        const ip = `10.${(i >> 8) & 255}.${i & 255}.7`; // each buyer their own address: the limit is not what is tested here
        const kind = Math.random();
        if (kind < 0.15) {
          // Sent twice at once, one copy to each instance (a client that timed out and retried elsewhere).
          const answers = await Promise.all([postInquiry(key, body, ip, 'a'), postInquiry(key, body, ip, 'b')]);
          return { i, answers };
        }
        const first = await postInquiry(key, body, ip);
        if (kind < 0.4) return { i, answers: [first, await postInquiry(key, body, ip, first.servedBy === 'a' ? 'b' : 'a')] };
        return { i, answers: [first] };
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const answers = outcomes.flatMap((o) => o.answers);
    expect(answers.filter((x) => x.status !== 201).map((x) => x.status)).toEqual([]);
    for (const { answers: pair } of outcomes) {
      // Exactly one answer stored the submission; a retry got the very same references back.
      expect(pair.filter((x) => !x.replayed)).toHaveLength(1);
      expect(new Set(pair.map((x) => x.references.join()))).toEqual(new Set([pair[0]!.references.join()]));
      expect(pair[0]!.references).toHaveLength(2);
    }
    const servedBy = { a: answers.filter((x) => x.servedBy === 'a').length, b: answers.filter((x) => x.servedBy === 'b').length };
    expect(servedBy.a).toBeGreaterThan(SUBMISSIONS / 4);
    expect(servedBy.b).toBeGreaterThan(SUBMISSIONS / 4);

    const [stored] = await rows<{ submissions: number; inquiries: number; references: number }>(
      db.db,
      sql`select count(distinct s.id)::int as submissions, count(i.id)::int as inquiries, count(distinct i.reference)::int as references
          from inquiry_submissions s join inquiries i on i.submission_id = s.id where s.idempotency_key like ${`scale-${RUN}-%`}`,
    );
    expect(stored).toEqual({ submissions: SUBMISSIONS, inquiries: 2 * SUBMISSIONS, references: 2 * SUBMISSIONS });
    const acknowledged = new Set(answers.flatMap((x) => x.references));
    expect(acknowledged.size).toBe(2 * SUBMISSIONS);

    // Two exporter notices and one buyer confirmation per submission; both workers send until none is left.
    const mailStarted = performance.now();
    const jobs = await rows<{ messageId: string }>(db.db, sql`select message_id as "messageId" from outbox_jobs`);
    expect(jobs).toHaveLength(3 * SUBMISSIONS);
    const expected = new Set(jobs.map((j) => `${j.messageId}@pavilion`));
    await smtp.waitFor((messages) => messages.filter((m) => expected.has(m.messageId)).length >= expected.size, 90_000);
    // A worker marks its job sent once the SMTP server has accepted the message: the last few may be a moment behind.
    const pending = async () =>
      (await rows<{ pending: number }>(db.db, sql`select count(*)::int as pending from outbox_jobs where status <> 'sent'`))[0]!.pending;
    for (let i = 0; i < 100 && (await pending()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await pending()).toBe(0);
    const perId = new Map<string, number>();
    for (const m of smtp.messages) perId.set(m.messageId, (perId.get(m.messageId) ?? 0) + 1);
    expect([...perId.entries()].filter(([, n]) => n > 1)).toEqual([]);
    expect([...expected].filter((id) => perId.get(id) !== 1)).toEqual([]);

    reportCounts('scale-out inquiries', {
      submissions: SUBMISSIONS,
      requests: answers.length,
      retries: answers.length - SUBMISSIONS,
      servedByA: servedBy.a,
      servedByB: servedBy.b,
      seconds: Math.round(seconds * 10) / 10,
      mailSeconds: Math.round(((performance.now() - mailStarted) / 1000) * 10) / 10,
      mails: smtp.messages.length,
      duplicates: [...perId.values()].filter((n) => n > 1).length,
    });
  }, 180_000);

  it('accepts a session made on one instance on the other', async () => {
    const res = await via('/en/exporter/sign-in/', {
      upstream: 'a',
      method: 'POST',
      headers: { Origin: proxy.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' }).toString(),
    });
    expect(res.status).toBe(303);
    cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    expect(cookie).not.toBe('');
    expect([302, 303]).toContain((await via('/en/exporter/products/', { upstream: 'b' })).status);
    const onB = await via('/en/exporter/products/', { upstream: 'b', headers: { Cookie: cookie } });
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain(`/en/products/${SALT}/`);
  });

  it('retires an edit made through one instance from the other’s cached pages and search within 2 s', async () => {
    expect(cookie).not.toBe('');
    const page = `/en/products/${SALT}/`;
    const search = `/api/search?q=${encodeURIComponent('pink salt coarse')}&locale=en`;
    const listed = async () =>
      ((await (await via(search, { upstream: 'b' })).json()) as { hits: Array<{ url: string }> }).hits.some((h) => h.url.includes(SALT));
    // B keeps the page and the search answer for visitors without cookies.
    expect((await via(page, { upstream: 'b' })).status).toBe(200);
    expect((await via(page, { upstream: 'b' })).status).toBe(200);
    expect(await listed()).toBe(true);

    let id = '';
    const list = await (await via('/en/exporter/products/', { upstream: 'a', headers: { Cookie: cookie } })).text();
    for (const [, candidate] of list.matchAll(/\/en\/exporter\/products\/(\d+)\/"/g)) {
      const editor = await (await via(`/en/exporter/products/${candidate}/`, { upstream: 'a', headers: { Cookie: cookie } })).text();
      if (editor.includes(page)) {
        id = candidate!;
        break;
      }
    }
    expect(id).not.toBe('');

    /** Sets the product's status through A's portal, then polls B for up to 2 s; the milliseconds until B showed it. */
    const editAndWatch = async (status: 'draft' | 'published', shown: (pageStatus: number, inSearch: boolean) => boolean) => {
      const res = await via(`/en/exporter/products/${id}/status`, {
        upstream: 'a',
        method: 'POST',
        headers: { Origin: proxy.origin, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ status, return: 'list' }).toString(),
      });
      expect(res.status).toBe(303);
      const saved = performance.now();
      for (;;) {
        const pageStatus = (await via(page, { upstream: 'b' })).status;
        if (shown(pageStatus, await listed())) return performance.now() - saved;
        if (performance.now() - saved > 2_000) return Infinity;
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const withdrawn = await editAndWatch('draft', (pageStatus, inSearch) => pageStatus === 404 && !inSearch);
    expect(withdrawn).toBeLessThanOrEqual(2_000);
    const republished = await editAndWatch('published', (pageStatus, inSearch) => pageStatus === 200 && inSearch);
    expect(republished).toBeLessThanOrEqual(2_000);
    reportCounts('scale-out invalidation', { withdrawnMs: Math.round(withdrawn), republishedMs: Math.round(republished) });
  });

  it('counts the per-address inquiry limit across both instances', async () => {
    const ip = '198.51.100.23';
    const statuses: number[] = [];
    // Alternating instances: each alone would see only three of the six and let all through.
    for (let i = 0; i < PER_IP + 2; i++) {
      const answer = await postInquiry(`limit-${RUN}-${i}`, inquiryBody(`limit-${i}`, i), ip, i % 2 ? 'b' : 'a');
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array<number>(PER_IP).fill(201), 429, 429]);
  });

  it('serves a photo uploaded through one instance from the other', async () => {
    expect(cookie).not.toBe('');
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 200, g: 90, b: 60 } } })
      .png()
      .toBuffer();
    const res = await via('/api/exporter/uploads?locale=en', {
      upstream: 'a',
      method: 'POST',
      headers: { Origin: proxy.origin, Cookie: cookie, 'Content-Type': 'image/png' },
      body: png,
    });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const pathname = new URL(url, proxy.origin).pathname;
    const fromA = await via(pathname, { upstream: 'a' });
    const fromB = await via(pathname, { upstream: 'b' });
    expect(fromB.status).toBe(200);
    expect(fromB.headers.get('content-type')).toMatch(/^image\/(webp|avif)$/);
    expect(Buffer.from(await fromB.arrayBuffer()).equals(Buffer.from(await fromA.arrayBuffer()))).toBe(true);
    // Kept in the shared folder, not in either instance's own data folder.
    expect(readdirSync(media).length).toBeGreaterThan(0);
    expect(existsSync(path.join(dataA, 'uploads'))).toBe(false);
    expect(existsSync(path.join(dataB, 'uploads'))).toBe(false);
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
