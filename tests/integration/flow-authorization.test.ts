/**
 * The quote-to-proforma flow between two buyers and two exporters, against the
 * built server: every route of the flow tried with the other party's
 * credentials — buyer A (signed in by mailed link, holding A's private status
 * link, or A's partner token) on buyer B's inquiries, quotes and proformas,
 * and exporter A / exporter B on each other's and on the buyers' pages. Every
 * attempt must be denied (401, 403, 404 or a redirect to sign in / forbidden)
 * and leave the database exactly as it was. Then the partner API's answers:
 * idempotent accept, the PDF, errors in the caller's language, the expired
 * quote (409 `expired`, its validity moved into the past in the database) and
 * the cross-site rules for token and cookie callers.
 */
import { eq, inArray } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '~/features/buyer/api-tokens.server';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import { saveQuote } from '~/features/quotes/quotes.server';
import { addDays, parseQuoteForm, shanghaiDay } from '~/features/quotes/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { insertProforma } from '../fixtures/proforma-rows';
import { BUILT, NOT_BUILT_NOTE, inquiryBody, killAllServers, launch, postgresInstallation, type Installation, type Server } from '../fixtures/server';

const [exporterA, exporterB] = DEMO_ACCOUNTS.filter((a) => a.role === 'exporter') as [(typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number]];

type Caller = 'anonymous' | 'buyerA' | 'buyerALink' | 'buyerAToken' | 'exporterA' | 'exporterB';

interface Ctx {
  /** Buyer A's inquiries: to exporter A (with a proforma) and to exporter B (with an open quote). */
  refAK: string;
  refAC: string;
  /** Buyer B's inquiries: to exporter A (with an open quote) and to exporter B (with a proforma). */
  refBK: string;
  refBC: string;
  qBK: number;
  qAC: number;
  tokenA: string;
  tokenB: string;
  apiA: string;
  apiB: string;
}

interface Attempt {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  form?: Record<string, string>;
  json?: Record<string, unknown>;
}

describe.skipIf(!BUILT)('the quote-to-proforma flow between two buyers and two exporters', () => {
  let install: Installation;
  let server: Server;
  const c = {} as Ctx;
  const cookies: Partial<Record<Caller | 'buyerB', string>> = {};
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);
  const emailA = `flow-a-${Date.now()}@importer.example.cn`;
  const emailB = `flow-b-${Date.now()}@importer.example.cn`;

  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((s) => s.split(';')[0])
      .join('; ');
  const form = (path: string, body: Record<string, string>, cookie = '') =>
    fetch(`${server.origin}${path}`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });

  async function exporterSignIn(email: string, password: string): Promise<string> {
    const res = await form('/en/exporter/sign-in/', { email, password });
    expect(res.status, `sign in ${email}`).toBe(303);
    return cookieOf(res);
  }

  async function buyerSignIn(email: string): Promise<string> {
    const asked = await form('/zh/buyer/sign-in/?_action=buyer.signIn', { email });
    expect(asked.status).toBe(200);
    const jobs = await db((d) => d.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in')).orderBy(t.outboxJobs.id));
    const job = jobs.filter((j) => j.payload.to === email).at(-1);
    const link = /\/zh\/buyer\/verify\/\?token=(\S+)/.exec(String(job?.payload.text));
    expect(link).toBeTruthy();
    const confirmed = await form('/zh/buyer/verify/?_action=buyer.verify', { token: decodeURIComponent(link![1]!) });
    expect(confirmed.status).toBe(303);
    return cookieOf(confirmed);
  }

  /** Both exporters' inquiries of one basket sent by `email`, with the private link's token. */
  async function submit(email: string, tag: string): Promise<{ refs: Record<string, string>; token: string }> {
    const body = inquiryBody(tag, 1);
    const res = await fetch(`${server.origin}/api/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `${tag}-${Date.now()}` },
      body: JSON.stringify({ ...body, buyer: { ...body.buyer, email } }),
    });
    expect(res.status).toBe(201);
    const { inquiries } = (await res.json()) as { inquiries: Array<{ reference: string; exporter: string; statusUrl: string }> };
    return {
      refs: Object.fromEntries(inquiries.map((i) => [i.exporter, i.reference])),
      token: new URL(inquiries[0]!.statusUrl).searchParams.get('token')!,
    };
  }

  /** The exporter sends a quotation for the first item of the inquiry, through the quotes service. */
  async function sendQuote(slug: string, reference: string, unit: string): Promise<number> {
    return db(async (d) => {
      const [exporter] = await d.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, slug));
      const [inquiry] = await d.select({ id: t.inquiries.id }).from(t.inquiries).where(eq(t.inquiries.reference, reference));
      const [item] = await d.select({ id: t.inquiryItems.id }).from(t.inquiryItems).where(eq(t.inquiryItems.inquiryId, inquiry!.id));
      const parsed = parseQuoteForm(
        new URLSearchParams({
          currency: 'USD',
          term: 'FOB:karachi',
          leadTimeDays: '30',
          validUntil: addDays(shanghaiDay(), 20),
          payment: 'tt',
          depositPercent: '30',
          packing: '',
          notes: '',
          'lines.0.item': String(item!.id),
          'lines.0.quantity': '20',
          'lines.0.unit': unit,
          'lines.0.price': '215.00',
        }),
      );
      if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
      const sent = await saveQuote(d, exporter!.id, reference, parsed.data, { send: true, idempotencyKey: `flow-${reference}-0000001` });
      if (!sent.ok) throw new Error(JSON.stringify(sent));
      return sent.quoteId;
    });
  }

  /** What a denied attempt must leave as it was: every row of the flow. */
  const snapshot = () =>
    db(async (d) => {
      const refs = [c.refAK, c.refAC, c.refBK, c.refBC];
      const inquiries = await d
        .select({
          id: t.inquiries.id,
          status: t.inquiries.status,
          readAt: t.inquiries.readAt,
          buyerSeenAt: t.inquiries.buyerSeenAt,
          updatedAt: t.inquiries.updatedAt,
          closedAt: t.inquiries.closedAt,
        })
        .from(t.inquiries)
        .where(inArray(t.inquiries.reference, refs))
        .orderBy(t.inquiries.id);
      return {
        inquiries,
        quotes: await d.select().from(t.quotes).orderBy(t.quotes.id),
        quoteLines: (await d.select({ id: t.quoteLines.id }).from(t.quoteLines)).length,
        proformas: await d.select().from(t.proformas).orderBy(t.proformas.id),
        messages: (await d.select({ id: t.inquiryMessages.id }).from(t.inquiryMessages)).length,
        outbox: (await d.select({ id: t.outboxJobs.id }).from(t.outboxJobs)).length,
      };
    });

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_flow_authz');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    cookies.exporterA = await exporterSignIn(exporterA.email, exporterA.password);
    cookies.exporterB = await exporterSignIn(exporterB.email, exporterB.password);
    const a = await submit(emailA, 'flow-a');
    const b = await submit(emailB, 'flow-b');
    c.refAK = a.refs[exporterA.exporter!]!;
    c.refAC = a.refs[exporterB.exporter!]!;
    c.refBK = b.refs[exporterA.exporter!]!;
    c.refBC = b.refs[exporterB.exporter!]!;
    c.tokenA = a.token;
    c.tokenB = b.token;
    c.qBK = await sendQuote(exporterA.exporter!, c.refBK, 'ton');
    c.qAC = await sendQuote(exporterB.exporter!, c.refAC, 'piece');
    await db((d) => insertProforma(d, c.refAK));
    await db((d) => insertProforma(d, c.refBC));
    cookies.buyerA = await buyerSignIn(emailA);
    cookies.buyerB = await buyerSignIn(emailB);
    const userId = async (email: string) => db(async (d) => (await d.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email)))[0]!.id);
    c.apiA = (await db(async (d) => createApiToken(d, await userId(emailA), 'flow A')))!.token;
    c.apiB = (await db(async (d) => createApiToken(d, await userId(emailB), 'flow B')))!.token;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  /** One request as `caller`: its cookie, its private link's token (in the query and the form) or its bearer token. */
  async function attempt(caller: Caller | 'buyerB' | 'buyerBToken', a: Attempt, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    let path = a.path;
    let body: string | null = null;
    if (caller === 'buyerAToken' || caller === 'buyerBToken') h.Authorization = `Bearer ${caller === 'buyerAToken' ? c.apiA : c.apiB}`;
    else h.Origin = server.origin;
    const cookie = caller === 'buyerBToken' ? undefined : cookies[caller];
    if (cookie) h.Cookie = cookie;
    const linkToken = caller === 'buyerALink' ? c.tokenA : '';
    if (linkToken && !path.startsWith('/api/') && !path.startsWith('/_actions/'))
      path += `${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(linkToken)}`;
    if (a.form) {
      h['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams({ ...a.form, ...('token' in a.form ? { token: linkToken } : {}) }).toString();
    } else if (a.json) {
      h['Content-Type'] = 'application/json';
      body = JSON.stringify(a.json);
    }
    return fetch(`${server.origin}${path}`, { method: a.method, headers: h, body, redirect: 'manual' });
  }

  /** Buyer B's inquiries, quotes and proforma, every way the flow reaches them. */
  function buyerRoutes(): Attempt[] {
    const list: Attempt[] = [];
    const accept = (reference: string, quote: number) => ({ intent: 'accept', reference, token: '', quote: String(quote) });
    const payment = {
      reference: c.refBC,
      token: '',
      bank: 'Bank of China',
      transferReference: 'UETR 1',
      amount: '10.00',
      currency: 'USD',
      paidOn: shanghaiDay(),
    };
    for (const l of ['en', 'zh']) {
      list.push(
        { name: `GET /${l}/inquiries/{B}/`, method: 'GET', path: `/${l}/inquiries/${c.refBK}/` },
        {
          name: `POST /${l}/inquiries/{B}/?_action=quoteAnswer accept`,
          method: 'POST',
          path: `/${l}/inquiries/${c.refBK}/?_action=quoteAnswer`,
          form: accept(c.refBK, c.qBK),
        },
        {
          name: `POST /${l}/inquiries/{B}/?_action=quoteAnswer revise`,
          method: 'POST',
          path: `/${l}/inquiries/${c.refBK}/?_action=quoteAnswer`,
          form: { ...accept(c.refBK, c.qBK), intent: 'revise', message: 'cheaper please' },
        },
        { name: `GET /${l}/inquiries/{B}/compare/`, method: 'GET', path: `/${l}/inquiries/${c.refBK}/compare/?sort=price` },
        { name: `GET /${l}/inquiries/{B}/proforma/`, method: 'GET', path: `/${l}/inquiries/${c.refBC}/proforma/` },
        { name: `GET /${l}/inquiries/{B}/proforma.pdf`, method: 'GET', path: `/${l}/inquiries/${c.refBC}/proforma.pdf` },
        {
          name: `POST /${l}/inquiries/{B}/proforma/?_action=proformaPayment`,
          method: 'POST',
          path: `/${l}/inquiries/${c.refBC}/proforma/?_action=proformaPayment`,
          form: payment,
        },
      );
    }
    list.push(
      { name: 'POST /_actions/quoteAnswer accept {B}', method: 'POST', path: '/_actions/quoteAnswer', form: accept(c.refBK, c.qBK) },
      { name: 'POST /_actions/quoteAnswer decline {B}', method: 'POST', path: '/_actions/quoteAnswer', form: { ...accept(c.refBK, c.qBK), intent: 'decline' } },
      // A's own inquiry named with B's quote.
      { name: 'POST /_actions/quoteAnswer accept {A ref, B quote}', method: 'POST', path: '/_actions/quoteAnswer', form: accept(c.refAK, c.qBK) },
      { name: 'POST /_actions/proformaPayment {B}', method: 'POST', path: '/_actions/proformaPayment', form: payment },
      { name: 'GET /api/buyer/inquiries/{B}', method: 'GET', path: `/api/buyer/inquiries/${c.refBK}` },
      { name: 'GET /api/buyer/inquiries/{B}/proforma.pdf', method: 'GET', path: `/api/buyer/inquiries/${c.refBC}/proforma.pdf` },
      { name: 'POST /api/…/{B}/quotes/{B}/accept', method: 'POST', path: `/api/buyer/inquiries/${c.refBK}/quotes/${c.qBK}/accept` },
      { name: 'POST /api/…/{B}/quotes/{B}/decline', method: 'POST', path: `/api/buyer/inquiries/${c.refBK}/quotes/${c.qBK}/decline` },
      {
        name: 'POST /api/…/{B}/quotes/{B}/revision',
        method: 'POST',
        path: `/api/buyer/inquiries/${c.refBK}/quotes/${c.qBK}/revision`,
        json: { message: 'cheaper' },
      },
      { name: 'POST /api/…/{A}/quotes/{B}/accept', method: 'POST', path: `/api/buyer/inquiries/${c.refAK}/quotes/${c.qBK}/accept` },
      // B's proforma through the exporters' addresses.
      { name: 'GET /en/exporter/inquiries/{B}/proforma/', method: 'GET', path: `/en/exporter/inquiries/${c.refBC}/proforma/` },
      { name: 'GET /zh/exporter/inquiries/{B}/proforma.pdf', method: 'GET', path: `/zh/exporter/inquiries/${c.refBC}/proforma.pdf` },
    );
    return list;
  }

  /** Exporter `owner`'s inquiry seen by the other exporter: its page, proforma, receipt and quote forms. */
  function exporterRoutes(ref: string, quoteRef: string): Attempt[] {
    const quoteForm = (reference: string) => ({ intent: 'send', formToken: `flow-authz-${reference}`, reference, 'lines.0.price': '1.00' });
    const list: Attempt[] = [];
    for (const l of ['en', 'zh']) {
      list.push(
        { name: `GET /${l}/exporter/inquiries/{other}/`, method: 'GET', path: `/${l}/exporter/inquiries/${quoteRef}/` },
        { name: `GET /${l}/exporter/inquiries/{other}/proforma/`, method: 'GET', path: `/${l}/exporter/inquiries/${ref}/proforma/` },
        { name: `GET /${l}/exporter/inquiries/{other}/proforma.pdf`, method: 'GET', path: `/${l}/exporter/inquiries/${ref}/proforma.pdf` },
        {
          name: `POST /${l}/exporter/inquiries/{other}/proforma/?_action=exporter.proformaReceipt`,
          method: 'POST',
          path: `/${l}/exporter/inquiries/${ref}/proforma/?_action=exporter.proformaReceipt`,
          form: { reference: ref },
        },
        {
          name: `POST /${l}/exporter/inquiries/{other}/?_action=exporter.quote`,
          method: 'POST',
          path: `/${l}/exporter/inquiries/${quoteRef}/?_action=exporter.quote`,
          form: quoteForm(quoteRef),
        },
      );
    }
    list.push(
      { name: 'POST /_actions/exporter.proformaReceipt {other}', method: 'POST', path: '/_actions/exporter.proformaReceipt', form: { reference: ref } },
      { name: 'POST /_actions/exporter.quote {other}', method: 'POST', path: '/_actions/exporter.quote', form: quoteForm(quoteRef) },
    );
    return list;
  }

  /** Denied as the house does: 401, 403, 404, or sent to a sign-in or forbidden page. */
  function denied(res: Response): boolean {
    const location = res.headers.get('location') ?? '';
    if ([401, 403, 404].includes(res.status)) return true;
    return res.status >= 300 && res.status < 400 && /\/(?:sign-in|forbidden)\//.test(location);
  }

  it('denies every cross-party attempt and leaves the database unchanged after each', async () => {
    const plan: Array<[Caller, Attempt]> = [];
    for (const caller of ['anonymous', 'buyerA', 'buyerALink', 'buyerAToken', 'exporterA', 'exporterB'] as const) {
      // B's proforma through the exporters' addresses is exporter B's own.
      for (const a of buyerRoutes()) if (!(caller === 'exporterB' && a.path.includes('/exporter/'))) plan.push([caller, a]);
    }
    // Exporter B on exporter A's inquiries, exporter A on exporter B's, and the buyers on the exporters' forms.
    for (const a of exporterRoutes(c.refAK, c.refBK)) plan.push(['exporterB', a], ['buyerA', a], ['anonymous', a]);
    for (const a of exporterRoutes(c.refBC, c.refAC)) plan.push(['exporterA', a], ['buyerA', a]);
    const failures: string[] = [];
    let deniedCount = 0;
    for (const [caller, a] of plan) {
      const before = await snapshot();
      const res = await attempt(caller, a);
      const type = res.headers.get('content-type') ?? '';
      await res.body?.cancel();
      const ok = denied(res) && !type.includes('pdf');
      const after = await snapshot();
      const unchanged = JSON.stringify(after) === JSON.stringify(before);
      if (ok && unchanged) deniedCount++;
      else failures.push(`${caller} ${a.name} → ${res.status} ${res.headers.get('location') ?? ''}${unchanged ? '' : ' (database changed)'}`);
    }
    // The lists show only one's own: buyer A's desk and API list name none of B's inquiries.
    const lists: Array<[Caller, string]> = [
      ['buyerA', '/en/buyer/'],
      ['buyerA', '/zh/buyer/'],
      ['buyerA', '/api/buyer/inquiries'],
      ['buyerAToken', '/api/buyer/inquiries'],
    ];
    for (const [caller, path] of lists) {
      const before = await snapshot();
      const res = await attempt(caller, { name: path, method: 'GET', path });
      const text = await res.text();
      expect(res.status, path).toBe(200);
      expect(text, path).toContain(c.refAK);
      const leaks = text.includes(c.refBK) || text.includes(c.refBC);
      const unchanged = JSON.stringify(await snapshot()) === JSON.stringify(before);
      if (!leaks && unchanged) deniedCount++;
      else failures.push(`${caller} ${path} lists B's inquiries`);
    }
    // The exporters' and a stranger's desks: no buyer's desk for them.
    for (const caller of ['anonymous', 'exporterA', 'exporterB'] as const) {
      for (const path of ['/en/buyer/', '/zh/buyer/', '/api/buyer/inquiries']) {
        const res = await attempt(caller, { name: path, method: 'GET', path });
        await res.body?.cancel();
        if (denied(res)) deniedCount++;
        else failures.push(`${caller} ${path} → ${res.status}`);
      }
    }
    const attempts = plan.length + lists.length + 9;
    console.info(`[flow authorization] attempts: ${attempts}, denied: ${deniedCount} (${Math.round((deniedCount / attempts) * 100)} %)`);
    expect(failures).toEqual([]);
    expect(deniedCount).toBe(attempts);
  }, 300_000);

  it('lets each party reach its own: the matrix is not denying everything', async () => {
    const own: Array<[Caller | 'buyerB' | 'buyerBToken', string]> = [
      ['buyerA', `/zh/inquiries/${c.refAK}/`],
      ['buyerALink', `/en/inquiries/${c.refAK}/`],
      ['buyerA', `/en/inquiries/${c.refAK}/compare/`],
      ['buyerA', `/en/inquiries/${c.refAK}/proforma/`],
      ['buyerAToken', `/api/buyer/inquiries/${c.refAC}`],
      ['buyerB', `/en/inquiries/${c.refBK}/`],
      ['buyerBToken', `/api/buyer/inquiries/${c.refBC}/proforma.pdf`],
      ['exporterA', `/en/exporter/inquiries/${c.refAK}/proforma/`],
      ['exporterB', `/zh/exporter/inquiries/${c.refBC}/proforma.pdf`],
      ['exporterA', `/en/exporter/inquiries/${c.refBK}/`],
    ];
    for (const [caller, path] of own) {
      const res = await attempt(caller, { name: path, method: 'GET', path });
      await res.body?.cancel();
      expect(res.status, `${caller} ${path}`).toBe(200);
    }
  });

  it('answers a partner app: the quote id in the JSON, a revision needs a message, accepting twice gives one proforma', async () => {
    const inquiry = await attempt('buyerBToken', { name: '', method: 'GET', path: `/api/buyer/inquiries/${c.refBK}` });
    const { quotes } = (await inquiry.json()) as { quotes: Array<{ id: number; state: string }> };
    expect(quotes).toEqual([expect.objectContaining({ id: c.qBK, state: 'sent' })]);
    const base = `/api/buyer/inquiries/${c.refBK}/quotes/${c.qBK}`;

    const empty = await attempt('buyerBToken', { name: '', method: 'POST', path: `${base}/revision`, json: {} }, { 'Accept-Language': 'zh-CN' });
    expect(empty.status).toBe(422);
    const emptyBody = (await empty.json()) as { code: string; error: string };
    expect(emptyBody.code).toBe('required');
    expect(emptyBody.error).toMatch(/[\u4e00-\u9fff]/);
    const noJson = await fetch(`${server.origin}${base}/revision`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${c.apiB}`, 'Content-Type': 'text/plain' },
      body: 'cheaper',
    });
    expect(noJson.status).toBe(415);

    const revised = await attempt('buyerBToken', { name: '', method: 'POST', path: `${base}/revision`, json: { message: '请把价格降到每吨 200 美元。' } });
    expect(revised.status).toBe(200);
    expect(await revised.json()).toMatchObject({ done: 'revisionAsked' });

    // A mini-program's request: a bearer token, no cookie, an Origin of its own — accepted on these routes only.
    const first = await attempt('buyerBToken', { name: '', method: 'POST', path: `${base}/accept` }, { Origin: 'https://servicewechat.com' });
    expect(first.status).toBe(200);
    const one = (await first.json()) as { done: string; proformaNumber: string; proformaPdf: string };
    expect(one).toMatchObject({ done: 'accepted', proformaNumber: expect.stringMatching(/^PI-KCSW-\d{4}-\d{4}$/) });
    const second = await attempt('buyerBToken', { name: '', method: 'POST', path: `${base}/accept` });
    expect(second.status).toBe(200);
    expect(((await second.json()) as { proformaNumber: string }).proformaNumber).toBe(one.proformaNumber);
    const rows = await db((d) => d.select().from(t.proformas).where(eq(t.proformas.quoteId, c.qBK)));
    expect(rows).toHaveLength(1);

    const declined = await attempt('buyerBToken', { name: '', method: 'POST', path: `${base}/decline` }, { 'Accept-Language': 'en' });
    expect(declined.status).toBe(409);
    expect(await declined.json()).toMatchObject({ code: 'otherAccepted' });

    const pdf = await attempt('buyerBToken', { name: '', method: 'GET', path: one.proformaPdf });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="${one.proformaNumber}.pdf"`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())), { mergePages: true });
    expect(text).toContain('形式发票');
    expect(text).toContain(one.proformaNumber);

    // Without credentials: 401 with a message in the caller's language.
    const anonymous = await fetch(`${server.origin}${base}/accept`, { method: 'POST', headers: { 'Accept-Language': 'zh' } });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/[\u4e00-\u9fff]/);
    const anonymousPdf = await fetch(`${server.origin}/api/buyer/inquiries/${c.refBK}/proforma.pdf`);
    expect(anonymousPdf.status).toBe(401);
    await anonymousPdf.body?.cancel();
  });

  it('refuses to accept an expired quote (409 expired) and keeps it open; a session POST needs the site’s origin', async () => {
    const base = `/api/buyer/inquiries/${c.refAC}/quotes/${c.qAC}`;
    await db((d) =>
      d
        .update(t.quotes)
        .set({ validUntil: addDays(shanghaiDay(), -1) })
        .where(eq(t.quotes.id, c.qAC)),
    );
    const before = await snapshot();
    const expired = await attempt('buyerAToken', { name: '', method: 'POST', path: `${base}/accept` }, { 'Accept-Language': 'zh-CN,zh;q=0.9' });
    expect(expired.status).toBe(409);
    const body = (await expired.json()) as { code: string; error: string };
    expect(body.code).toBe('expired');
    expect(body.error).toContain('已过期');
    // The form on the page says the same and issues nothing.
    const page = await attempt('buyerA', {
      name: '',
      method: 'POST',
      path: `/en/inquiries/${c.refAC}/?_action=quoteAnswer`,
      form: { intent: 'accept', reference: c.refAC, token: '', quote: String(c.qAC) },
    });
    const html = await page.text();
    expect(html).toContain('has expired');
    expect(html).not.toContain('Not a valid value');
    // Opening the page marks the conversation read; the quotes, proformas and mails are as they were.
    const { quotes, proformas, outbox } = await snapshot();
    expect({ quotes, proformas, outbox }).toEqual({ quotes: before.quotes, proformas: before.proformas, outbox: before.outbox });

    // The buyer's session without the site's origin (no Origin, another site's fetch) is refused; from the site it passes.
    const cookie = cookies.buyerA!;
    const post = (headers: Record<string, string>) =>
      fetch(`${server.origin}${base}/revision`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ message: 'Please extend the validity.' }),
      });
    const bare = await post({});
    expect(bare.status).toBe(403);
    expect(await bare.json()).toMatchObject({ code: 'apiCrossSite' });
    const evil = await post({ Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' });
    expect(evil.status).toBe(403);
    await evil.body?.cancel();
    // The bearer exemption is for these routes only: another route still refuses a cross-site origin.
    const elsewhere = await fetch(`${server.origin}/_actions/quoteAnswer`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${c.apiA}`, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ intent: 'revise', reference: c.refAC, token: '', quote: String(c.qAC), message: 'x' }).toString(),
    });
    expect(elsewhere.status).toBe(403);
    await elsewhere.body?.cancel();
    expect((await snapshot()).quotes).toEqual(before.quotes);
    const same = await post({ Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' });
    expect(same.status).toBe(200);
    expect(await same.json()).toMatchObject({ done: 'revisionAsked' });
    // The page's own form, signed in without the mailed link (its empty token field): answered too.
    const onPage = await attempt('buyerA', {
      name: '',
      method: 'POST',
      path: `/zh/inquiries/${c.refAC}/?_action=quoteAnswer`,
      form: { intent: 'revise', reference: c.refAC, token: '', quote: String(c.qAC), message: '请延长有效期。' },
    });
    expect(onPage.status).toBe(303);
    expect(onPage.headers.get('location')).toContain('quote=revisionAsked');
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
