/**
 * Who may open a proforma invoice, against the built server: the holder of the inquiry's private token
 * (the buyer) and the exporter who owns the inquiry get the page and the PDF; a wrong token, no token,
 * another exporter get a 404 that says nothing about whether the invoice exists. The buyer's payment
 * form and the exporter's confirmation work as plain form posts, and a repeated post changes nothing.
 */
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { insertProforma } from '../fixtures/proforma-rows';
import { BUILT, NOT_BUILT_NOTE, inquiryBody, killAllServers, launch, postgresInstallation, type Installation, type Server } from '../fixtures/server';

const [owner, other] = DEMO_ACCOUNTS.filter((a) => a.role === 'exporter') as [(typeof DEMO_ACCOUNTS)[number], (typeof DEMO_ACCOUNTS)[number]];

describe.skipIf(!BUILT)('proforma invoice access (built server)', () => {
  let install: Installation;
  let server: Server;
  const cookies: Record<'owner' | 'other', string> = { owner: '', other: '' };
  let reference = '';
  let token = '';
  let number = '';
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);

  async function signIn(email: string, password: string): Promise<string> {
    const res = await fetch(`${server.origin}/en/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }).toString(),
      redirect: 'manual',
    });
    expect(res.status, `sign in ${email}`).toBe(303);
    return res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  }
  const get = (path: string, cookie = '') => fetch(`${server.origin}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  const post = (path: string, body: Record<string, string>, cookie = '') =>
    fetch(`${server.origin}${path}`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });
  const buyerPath = (locale: string, file = 'proforma/', tok = token) =>
    `/${locale}/inquiries/${reference}/${file}${file.includes('?') ? '&' : '?'}token=${encodeURIComponent(tok)}`;
  const state = () => db(async (d) => (await d.select().from(t.proformas).where(eq(t.proformas.number, number)))[0]!);

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_proforma');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    cookies.owner = await signIn(owner.email, owner.password);
    cookies.other = await signIn(other.email, other.password);
    const res = await fetch(`${server.origin}/api/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `proforma-${Date.now()}` },
      body: JSON.stringify(inquiryBody('proforma', 1)),
    });
    expect(res.status).toBe(201);
    const { inquiries } = (await res.json()) as { inquiries: Array<{ reference: string; exporter: string; statusUrl: string }> };
    const mine = inquiries.find((i) => i.exporter === owner.exporter)!;
    reference = mine.reference;
    token = new URL(mine.statusUrl).searchParams.get('token')!;
    ({ number } = await db((d) => insertProforma(d, reference)));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  it('gives the token holder the PDF as an attachment, never cached, with the invoice in it', async () => {
    const res = await get(buyerPath('zh', 'proforma.pdf'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${number}.pdf"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(pdf.byteLength).toBeLessThan(1_000_000);
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain('形式发票');
    expect(text).toContain(number);
  });

  it('shows the token holder the bilingual page in both languages', async () => {
    for (const locale of ['en', 'zh']) {
      const res = await get(buyerPath(locale));
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('no-store');
      const html = await res.text();
      expect(html).toContain('形式发票');
      expect(html).toContain('PROFORMA INVOICE');
      expect(html).toContain(locale === 'zh' ? '登记付款' : 'Record the payment');
      expect(html).toContain(`href="/${locale}/inquiries/${reference}/proforma.pdf?token=${encodeURIComponent(token)}"`);
    }
  });

  it('answers 404 to a wrong token, no token, another exporter and a stranger, page and PDF alike', async () => {
    for (const path of [
      buyerPath('en', 'proforma.pdf', 'wrong-token-wrong-token'),
      buyerPath('en', 'proforma/', 'wrong-token-wrong-token'),
      `/en/inquiries/${reference}/proforma.pdf`,
      `/zh/inquiries/${reference}/proforma/`,
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type') ?? '', path).not.toContain('pdf');
    }
    for (const path of [`/en/exporter/inquiries/${reference}/proforma.pdf`, `/zh/exporter/inquiries/${reference}/proforma/`]) {
      const res = await get(path, cookies.other);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type') ?? '', path).not.toContain('pdf');
    }
    // Signed out, the exporter's addresses ask for a sign-in, as every address of the portal does, whatever exists.
    const signedOut = await get(`/en/exporter/inquiries/${reference}/proforma.pdf`);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toContain('/en/exporter/sign-in/');
  });

  it('gives the owning exporter the page and the PDF', async () => {
    const pdf = await get(`/en/exporter/inquiries/${reference}/proforma.pdf`, cookies.owner);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="${number}.pdf"`);
    const page = await get(`/zh/exporter/inquiries/${reference}/proforma/`, cookies.owner);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('买方尚未登记付款');
    expect(html).toContain('确认已收到货款');
  });

  it('records the payment from the plain form once, and lets only the owner confirm receipt, once', async () => {
    const form = {
      reference,
      token,
      bank: 'Bank of China, Yiwu branch',
      transferReference: 'UETR 9f3c0e2a',
      amount: '103,068.00',
      currency: 'USD',
      paidOn: '2026-12-03',
    };
    const refused = await post(`${buyerPath('en')}&_action=proformaPayment`, { ...form, amount: '1.234' });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('UETR 9f3c0e2a');
    expect(refusedHtml).toContain('at most two decimals');
    expect((await state()).paymentRecordedAt).toBeNull();

    const sent = await post(`${buyerPath('en')}&_action=proformaPayment`, form);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toContain('recorded=1');
    const first = await state();
    expect(first.paymentProof).toMatchObject({ transferReference: 'UETR 9f3c0e2a', amount: '103068.00' });
    const again = await post(`${buyerPath('en')}&_action=proformaPayment`, { ...form, transferReference: 'changed' });
    expect(again.headers.get('location')).toContain('already=1');
    expect(await state()).toEqual(first);

    // Another exporter's confirmation changes nothing and tells nothing.
    const stranger = await post(`/en/exporter/inquiries/${reference}/proforma/?_action=exporter.proformaReceipt`, { reference }, cookies.other);
    expect(stranger.status).toBe(404);
    expect((await state()).receiptConfirmedAt).toBeNull();

    const confirmed = await post(`/en/exporter/inquiries/${reference}/proforma/?_action=exporter.proformaReceipt`, { reference }, cookies.owner);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toContain('confirmed=1');
    const done = await state();
    expect(done.receiptConfirmedAt).not.toBeNull();
    await post(`/en/exporter/inquiries/${reference}/proforma/?_action=exporter.proformaReceipt`, { reference }, cookies.owner);
    expect(await state()).toEqual(done);

    // Both sides see both states.
    const buyerHtml = await (await get(buyerPath('zh'))).text();
    expect(buyerHtml).toContain('买方已于');
    expect(buyerHtml).toContain('出口商已于');
    const exporterHtml = await (await get(`/en/exporter/inquiries/${reference}/proforma/`, cookies.owner)).text();
    expect(exporterHtml).toContain('UETR 9f3c0e2a');
    expect(exporterHtml).toContain('confirmed receipt on');
    const mails = await db((d) => d.select({ kind: t.outboxJobs.kind }).from(t.outboxJobs));
    expect(
      mails
        .filter((m) => m.kind.startsWith('proforma.'))
        .map((m) => m.kind)
        .sort(),
    ).toEqual(['proforma.payment', 'proforma.receipt']);
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
