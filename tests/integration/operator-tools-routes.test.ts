/**
 * The operator's inquiry page, reminders, reassignment, exports and interest figures through the built server:
 * an anonymous visitor, an exporter and a buyer are turned away from every one (and nothing changes); the operator
 * gets them. The product page's interest beacon counts people, not robots, and is written at shutdown at the latest.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { BALL, BUILT, inquiryBody, killAllServers, launch, postInquiry, postgresInstallation, SALT, type Installation, type Server } from '../fixtures/server';

const exporter = DEMO_ACCOUNTS.find((a) => a.role === 'exporter')!;
const operator = DEMO_ACCOUNTS.find((a) => a.role === 'operator')!;
const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const EXPORTS = ['exporters', 'products', 'inquiries', 'inquiries-with-contacts', 'trade'];

describe.skipIf(!BUILT)('operator tools through the server', () => {
  let install: Installation;
  let server: Server;
  let reference = '';
  const cookies: Record<'anonymous' | 'exporter' | 'buyer' | 'operator', string> = { anonymous: '', exporter: '', buyer: '', operator: '' };
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);

  const send = (cookie: string, method: string, path: string, body?: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, {
      method,
      headers: {
        Origin: server.origin,
        'User-Agent': BROWSER,
        ...(cookie ? { Cookie: cookie } : {}),
        ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body: body ? new URLSearchParams(body).toString() : null,
      redirect: 'manual',
    });
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

  async function signInBuyer(email: string): Promise<string> {
    const asked = await send('', 'POST', '/en/buyer/sign-in/?_action=buyer.signIn', { email });
    expect(asked.status).toBe(200);
    const jobs = await db((d) => d.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in')));
    const text = String(jobs.filter((j) => j.payload.to === email.toLowerCase()).at(-1)?.payload.text);
    const token = decodeURIComponent(/\/en\/buyer\/verify\/\?token=(\S+)/.exec(text)![1]!);
    const confirmed = await send('', 'POST', '/en/buyer/verify/?_action=buyer.verify', { token });
    expect(confirmed.status).toBe(303);
    return cookieOf(confirmed);
  }

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_ops');
    // Behind one proxy: beacons name their visitor's address in X-Forwarded-For.
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000', TRUST_PROXY: '1' }, { waitForSearch: false });
    const body = inquiryBody('ops', 0);
    const posted = await postInquiry(server.origin, `ops-${Date.now()}`, { ...body, items: [body.items[0]!] });
    expect(posted.status).toBe(201);
    reference = posted.references[0]!;
    for (const [who, account] of [
      ['exporter', exporter],
      ['operator', operator],
    ] as const) {
      const res = await send('', 'POST', '/en/exporter/sign-in/', { email: account.email, password: account.password });
      expect(res.status).toBe(303);
      cookies[who] = cookieOf(res);
    }
    cookies.buyer = await signInBuyer(body.buyer.email);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  const routes = () => [
    { method: 'GET', path: `/en/operator/inquiries/${reference}/` },
    { method: 'GET', path: `/zh/operator/inquiries/${reference}/` },
    { method: 'POST', path: `/en/operator/inquiries/${reference}/?_action=operator.nudgeInquiry`, body: { reference } },
    { method: 'POST', path: `/en/operator/inquiries/${reference}/?_action=operator.reassignInquiry`, body: { reference, to: 'salt-range-minerals' } },
    { method: 'POST', path: '/_actions/operator.nudgeInquiry', body: { reference }, action: true },
    { method: 'POST', path: '/_actions/operator.reassignInquiry', body: { reference, to: 'salt-range-minerals' }, action: true },
    { method: 'GET', path: '/en/operator/exports/' },
    ...EXPORTS.map((name) => ({ method: 'GET', path: `/zh/operator/exports/${name}.csv` })),
    { method: 'GET', path: '/en/operator/interest/' },
  ];

  it('turns away anonymous visitors, exporters and buyers from every new route, and nothing changes', async () => {
    const state = () =>
      db(async (d) => ({
        inquiry: (
          await d
            .select({ exporterId: t.inquiries.exporterId, nudgedAt: t.inquiries.nudgedAt, reassignedAt: t.inquiries.reassignedAt })
            .from(t.inquiries)
            .where(eq(t.inquiries.reference, reference))
        )[0],
        nudges: (await d.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'inquiry.nudge'))).length,
        audit: (await d.select().from(t.auditLog)).length,
      }));
    const before = await state();
    for (const who of ['anonymous', 'exporter', 'buyer'] as const) {
      for (const route of routes()) {
        const res = await send(cookies[who], route.method, route.path, route.body);
        const location = res.headers.get('location') ?? '';
        const text = await res.text();
        const what = `${who}: ${route.method} ${route.path} → ${res.status} ${location}`;
        if (route.action) expect(res.status, what).toBe(who === 'anonymous' ? 401 : 403);
        else if (who === 'anonymous') expect(location, what).toContain('/exporter/sign-in/');
        else expect(location, what).toContain('/exporter/forbidden/');
        // Nothing of the pavilion's records in any refusal.
        expect(text, what).not.toContain('importer.example.cn');
      }
    }
    expect(await state()).toEqual(before);
  });

  it('lets the operator open the inquiry, remind once, pass it on and download every export', async () => {
    const page = await send(cookies.operator, 'GET', `/zh/operator/inquiries/${reference}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`询盘 ${reference}`);
    // The buyer's e-mail address is shown to operators.
    expect(html).toContain('@importer.example.cn');

    const nudged = await send(cookies.operator, 'POST', `/en/operator/inquiries/${reference}/?_action=operator.nudgeInquiry`, { reference });
    expect(nudged.status).toBe(303);
    expect(nudged.headers.get('location')).toBe(`/en/operator/inquiries/${reference}/?done=nudged`);
    const again = await send(cookies.operator, 'POST', `/en/operator/inquiries/${reference}/?_action=operator.nudgeInquiry`, { reference });
    // Refused: the page again (status of the refusal) with the reason.
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('A reminder was sent less than 24 hours ago.');

    const refused = await send(cookies.operator, 'POST', `/zh/operator/inquiries/${reference}/?_action=operator.reassignInquiry`, {
      reference,
      to: 'chenab-sports-works',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('请从列表中选择同一品类的已认证出口商。');
    const moved = await send(cookies.operator, 'POST', `/en/operator/inquiries/${reference}/?_action=operator.reassignInquiry`, {
      reference,
      to: 'salt-range-minerals',
    });
    expect(moved.status).toBe(303);
    // The first exporter no longer sees it.
    expect((await send(cookies.exporter, 'GET', `/en/exporter/inquiries/${reference}/`)).status).toBe(404);

    for (const name of EXPORTS) {
      const res = await send(cookies.operator, 'GET', `/en/operator/exports/${name}.csv`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="pavilion-${name}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect((await send(cookies.operator, 'GET', '/en/operator/exports/passwords.csv')).status).toBe(404);
    expect((await send(cookies.operator, 'GET', '/en/operator/inquiries/PKP-2026-999999/')).status).toBe(404);
    expect((await send(cookies.operator, 'GET', '/en/operator/inquiries/not-a-reference/')).status).toBe(404);
    expect((await send(cookies.operator, 'GET', '/en/operator/interest/')).status).toBe(200);
  });

  it('counts beacons from browsers, not from robots nor past 120 a minute from one address, answers malformed ones 400, and writes the counts at shutdown', async () => {
    const beacon = (body: string, ua = BROWSER, from?: string) =>
      fetch(`${server.origin}/api/interest`, {
        method: 'POST',
        headers: { Origin: server.origin, 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': ua, ...(from ? { 'X-Forwarded-For': from } : {}) },
        body,
      });
    expect((await beacon(JSON.stringify({ kind: 'view', product: SALT }))).status).toBe(204);
    expect((await beacon(JSON.stringify({ kind: 'view', product: SALT }))).status).toBe(204);
    expect((await beacon(JSON.stringify({ kind: 'view', product: SALT }), 'Mozilla/5.0 (compatible; Baiduspider/2.0)')).status).toBe(204);
    expect((await beacon('{"kind":"view"')).status).toBe(400);
    expect((await beacon(JSON.stringify({ kind: 'click', product: SALT }))).status).toBe(400);
    expect((await beacon('x'.repeat(2000))).status).toBe(413);
    expect((await fetch(`${server.origin}/api/interest`)).status).toBe(405);

    // A script with a browser's User-Agent: 121 basket beacons from one address count 120, and every one is answered
    // 204 like a visitor's. Another address in the same minute still counts.
    const ballAdd = JSON.stringify({ kind: 'basket', product: BALL });
    const statuses = new Set<number>();
    // The limit counts in whole minutes: start early in one so that all 121 fall in it.
    const second = new Date().getUTCSeconds();
    if (second > 40) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    for (let i = 0; i <= 120; i++) statuses.add((await beacon(ballAdd, BROWSER, '203.0.113.7')).status);
    expect([...statuses]).toEqual([204]);
    expect((await beacon(ballAdd, BROWSER, '198.51.100.4')).status).toBe(204);

    // A basket add without JavaScript counts too.
    const added = await send('', 'POST', '/api/basket', { op: 'add', product: SALT, return: `/en/products/${SALT}/` });
    expect(added.status).toBe(303);

    await server.stop();
    const counts = await db((d) =>
      d
        .select({ kind: t.interestCounts.kind, count: t.interestCounts.count, province: t.interestCounts.province })
        .from(t.interestCounts)
        .innerJoin(t.products, eq(t.products.categoryId, t.interestCounts.categoryId))
        .where(eq(t.products.slug, SALT)),
    );
    expect(counts.filter((c) => c.kind === 'view').reduce((n, c) => n + c.count, 0)).toBe(2);
    expect(counts.filter((c) => c.kind === 'basket').reduce((n, c) => n + c.count, 0)).toBe(1);
    const ballBaskets = await db((d) =>
      d
        .select({ count: t.interestCounts.count })
        .from(t.interestCounts)
        .innerJoin(t.products, eq(t.products.categoryId, t.interestCounts.categoryId))
        .where(and(eq(t.products.slug, BALL), eq(t.interestCounts.kind, 'basket'))),
    );
    expect(ballBaskets.reduce((n, c) => n + c.count, 0)).toBe(121);
  });
});
