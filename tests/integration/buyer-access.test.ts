/**
 * The buyer's desk through the built server, as browsers reach it: sign-in by
 * mailed link (no JavaScript: plain form posts), the desk, a conversation and
 * the comparison without the mailed link, and the walls around them — another
 * buyer gets 404, a buyer's session opens no exporter's or operator's page or
 * action, an exporter's address gets no buyer's session, and an exporter's
 * session opens no desk.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { BUILT, inquiryBody, killAllServers, launch, postInquiry, postgresInstallation, type Installation, type Server } from '../fixtures/server';

const exporter = DEMO_ACCOUNTS.find((a) => a.role === 'exporter')!;

describe.skipIf(!BUILT)('the buyer’s desk through the server', () => {
  let install: Installation;
  let server: Server;
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);
  let references: string[] = [];
  let buyerA = '';
  let buyerB = '';
  const emailA = `Desk-A-${Date.now()}@Importer.example.cn`;
  const emailB = `desk-b-${Date.now()}@importer.example.cn`;

  const form = (path: string, body: Record<string, string>, cookie = '') =>
    fetch(`${server.origin}${path}`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });
  const get = (path: string, cookie = '') => fetch(`${server.origin}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

  /** The token of the newest sign-in link mailed to an address (the outbox keeps the mail as sent). */
  async function mailedToken(to: string, locale: string): Promise<string | null> {
    const jobs = await db((d) => d.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in')).orderBy(t.outboxJobs.id));
    const job = jobs.filter((j) => j.payload.to === to.toLowerCase()).at(-1);
    if (!job) return null;
    const link = new RegExp(`/${locale}/buyer/verify/\\?token=(\\S+)`).exec(String(job.payload.text));
    return link ? decodeURIComponent(link[1]!) : null;
  }

  /** Asks for a link on the sign-in page and follows it: the session's cookie. */
  async function signInByLink(email: string, locale: 'en' | 'zh'): Promise<string> {
    const asked = await form(`/${locale}/buyer/sign-in/?_action=buyer.signIn`, { email });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain(locale === 'zh' ? '请查收邮件' : 'Check your mailbox');
    const token = await mailedToken(email, locale);
    expect(token).toBeTruthy();
    const page = await get(`/${locale}/buyer/verify/?token=${encodeURIComponent(token!)}`);
    expect(page.status).toBe(200);
    // Opening the link signs nobody in; the button does.
    expect(page.headers.getSetCookie().join('')).not.toMatch(/session_token=[^;]/);
    const confirmed = await form(`/${locale}/buyer/verify/?_action=buyer.verify`, { token: token! });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe(`/${locale}/buyer/`);
    const cookie = cookieOf(confirmed);
    expect(cookie).toMatch(/session_token=/);
    // The link works once.
    const again = await form(`/${locale}/buyer/verify/?_action=buyer.verify`, { token: token! });
    expect(again.status).toBe(400);
    expect(cookieOf(again)).not.toMatch(/session_token=[^;]/);
    return cookie;
  }

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_desk');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    const posted = await postInquiry(server.origin, `desk-${Date.now()}`, {
      ...inquiryBody('desk', 0),
      buyer: { ...inquiryBody('desk', 0).buyer, email: emailA },
    });
    expect(posted.status).toBe(201);
    references = posted.references;
    buyerA = await signInByLink(emailA.toUpperCase(), 'zh');
    buyerB = await signInByLink(emailB, 'en');
  });

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  it('sends an anonymous visitor of the desk to the buyer’s sign-in', async () => {
    const res = await get('/en/buyer/');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/en\/buyer\/sign-in\//);
  });

  it('shows buyer A both inquiries, privately, in Chinese; buyer B none of them', async () => {
    const desk = await get('/zh/buyer/', buyerA);
    expect(desk.status).toBe(200);
    expect(desk.headers.get('cache-control')).toBe('private, no-store');
    const html = await desk.text();
    expect(html).toContain('买家工作台');
    for (const reference of references) expect(html).toContain(reference);
    const other = await (await get('/en/buyer/', buyerB)).text();
    expect(other).toContain('No inquiries yet');
    for (const reference of references) expect(other).not.toContain(reference);
  });

  it('opens buyer A’s conversation and comparison without the mailed link, and marks the conversation read', async () => {
    const page = await get(`/zh/inquiries/${references[0]}/`, buyerA);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const [row] = await db((d) => d.select().from(t.inquiries).where(eq(t.inquiries.reference, references[0]!)));
    expect(row!.buyerSeenAt).not.toBeNull();
    const compare = await get(`/zh/inquiries/${references[0]}/compare/?sort=price`, buyerA);
    expect(compare.status).toBe(200);
    expect(await compare.text()).toContain('暂无报价');
    // A reply without the link goes through for its buyer.
    const reply = await form(`/zh/inquiries/${references[0]}/?_action=inquiryReply`, { reference: references[0]!, body: '请报最新价格。' }, buyerA);
    expect(reply.status).toBe(303);
  });

  it('answers 404 to buyer B, to a signed-out visitor and to an exporter, for buyer A’s conversation and comparison', async () => {
    const exporterCookie = cookieOf(await form('/en/exporter/sign-in/', { email: exporter.email, password: exporter.password }));
    expect(exporterCookie).toMatch(/session_token=/);
    for (const cookie of [buyerB, '', exporterCookie]) {
      for (const path of [`/en/inquiries/${references[0]}/`, `/en/inquiries/${references[0]}/compare/`]) {
        const res = await get(path, cookie);
        expect(res.status, `${path} with ${cookie ? 'a session' : 'no session'}`).toBe(404);
        await res.body?.cancel();
      }
      const reply = await form(`/en/inquiries/${references[0]}/?_action=inquiryReply`, { reference: references[0]!, body: 'Hijack' }, cookie);
      expect(reply.status).not.toBe(303);
      await reply.body?.cancel();
    }
    const messages = await db((d) => d.select().from(t.inquiryMessages));
    expect(messages.map((m) => m.body)).not.toContain('Hijack');
    // The exporter's session opens no desk.
    const desk = await get('/en/buyer/', exporterCookie);
    expect(desk.status).toBe(303);
    expect(desk.headers.get('location')).toContain('/exporter/forbidden/');
  });

  it('keeps a buyer’s session out of the exporter’s portal and the operator’s console, pages and actions', async () => {
    for (const path of ['/en/exporter/', '/zh/exporter/products/', '/en/exporter/inquiries/', '/en/operator/', '/zh/operator/rates/']) {
      const res = await get(path, buyerA);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toContain('/exporter/forbidden/');
    }
    const rates = await db((d) => d.select().from(t.exchangeRates));
    for (const [action, body] of [
      ['operator.saveRates', { cny: '1', pkr: '1' }],
      ['exporter.productStatus', { id: '1', status: 'draft' }],
      ['exporter.profile', { nameEn: 'Taken over' }],
    ] as const) {
      const res = await form(`/_actions/${action}`, body, buyerA);
      expect(res.status, action).toBe(403);
      await res.body?.cancel();
    }
    const page = await form('/en/operator/rates/?_action=operator.saveRates', { cny: '1', pkr: '1' }, buyerA);
    expect([303, 403]).toContain(page.status);
    expect(await db((d) => d.select().from(t.exchangeRates))).toEqual(rates);
  });

  it('gives an exporter’s address no buyer’s session: no link is mailed, the same answer is shown', async () => {
    const asked = await form('/en/buyer/sign-in/?_action=buyer.signIn', { email: exporter.email });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Check your mailbox');
    expect(await mailedToken(exporter.email, 'en')).toBeNull();
  });

  it('refuses a buyer’s address on the exporter’s password sign-in', async () => {
    const res = await form('/en/exporter/sign-in/', { email: emailB, password: 'anything-at-all' });
    expect(res.status).toBe(400);
    expect(cookieOf(res)).not.toMatch(/session_token=[^;]/);
  });

  it('signs a buyer out', async () => {
    const out = await form('/en/buyer/sign-in/?_action=buyer.signOut', {}, buyerB);
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/en/buyer/sign-in/?signedOut=1');
    const desk = await get('/en/buyer/', buyerB);
    expect(desk.status).toBe(303);
  });

  it('serves a partner app the buyer’s inquiries by bearer token (shown once, stored hashed, revocable), with errors in the caller’s language', async () => {
    const made = await form('/en/buyer/?_action=buyer.createToken', { label: 'WeChat mini-program' }, buyerA);
    expect(made.status).toBe(200);
    const token = /pkp_[A-Za-z0-9_-]+/.exec(await made.text())?.[0];
    expect(token).toBeTruthy();
    const stored = await db((d) => d.select().from(t.apiTokens));
    expect(stored.map((r) => r.tokenHash).join()).not.toContain(token!);
    // Shown once: the desk never shows it again.
    expect(await (await get('/en/buyer/', buyerA)).text()).not.toContain(token!);

    const api = (path: string, headers: Record<string, string>) => fetch(`${server.origin}${path}`, { headers });
    const list = await api('/api/buyer/inquiries', { Authorization: `Bearer ${token}` });
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('private, no-store');
    const body = (await list.json()) as { inquiries: Array<{ reference: string }> };
    expect(body.inquiries.map((i) => i.reference).sort()).toEqual([...references].sort());
    // The signed-in buyer's session works too (a mini-program's web view).
    expect((await api('/api/buyer/inquiries', { Cookie: buyerA })).status).toBe(200);

    // A quote sent by the exporter (inserted as the quotation service will store it), and a draft that stays the exporter's.
    await db(async (d) => {
      const [inquiry] = await d.select().from(t.inquiries).where(eq(t.inquiries.reference, references[0]!));
      const common = { inquiryId: inquiry!.id, exporterId: inquiry!.exporterId, currency: 'USD', incoterm: 'FOB', namedPlace: 'Karachi', leadTimeDays: 30 };
      const quote = { ...common, validUntil: '2099-12-31', paymentTerms: { kind: 'tt' as const, depositPercent: 30 } };
      const [sent] = await d
        .insert(t.quotes)
        .values({ ...quote, version: 1, status: 'sent', sentAt: new Date() })
        .returning();
      await d.insert(t.quotes).values({ ...quote, version: 2, status: 'draft' });
      const tiers = [{ minQuantity: 20, unitPriceMinor: 21000 }];
      await d
        .insert(t.quoteLines)
        .values({ quoteId: sent!.id, position: 0, productNameEn: 'Pink salt', quantity: 20, unit: 'ton', unitPriceMinor: 23000, tiers });
    });
    const one = await api(`/api/buyer/inquiries/${references[0]}`, { Authorization: `Bearer ${token}` });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      reference: references[0],
      quotes: [{ version: 1, state: 'sent', currency: 'USD', lines: [{ quantity: 20, unitPriceMinor: 21000 }], totalMinor: 420_000 }],
      messages: [{ author: 'buyer', body: '请报最新价格。' }],
    });

    const anonymous = await api('/api/buyer/inquiries', { 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toContain('请先登录');
    const forged = await api('/api/buyer/inquiries', { Authorization: 'Bearer pkp_not-a-real-token-at-all-000', 'Accept-Language': 'en' });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { error: string }).error).toContain('Sign in');
    // Another buyer's token reaches nothing of buyer A's.
    const buyerC = await signInByLink(`desk-c-${Date.now()}@importer.example.cn`, 'en');
    const otherToken = /pkp_[A-Za-z0-9_-]+/.exec(await (await form('/en/buyer/?_action=buyer.createToken', { label: 'Mine' }, buyerC)).text())?.[0];
    const other = await api(`/api/buyer/inquiries/${references[0]}`, { Authorization: `Bearer ${otherToken}`, 'Accept-Language': 'zh' });
    expect(other.status).toBe(404);
    expect(((await other.json()) as { error: string }).error).toBe('未找到您的这条询盘。');
    expect(((await (await api('/api/buyer/inquiries', { Authorization: `Bearer ${otherToken}` })).json()) as { inquiries: unknown[] }).inquiries).toEqual([]);

    const id = stored.find((r) => r.label === 'WeChat mini-program')!.id;
    const revoked = await form('/en/buyer/?_action=buyer.revokeToken', { id: String(id) }, buyerA);
    expect(revoked.status).toBe(200);
    expect((await api('/api/buyer/inquiries', { Authorization: `Bearer ${token}` })).status).toBe(401);
  });
});
