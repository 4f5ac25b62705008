/**
 * The buyer's desk on a real database: sign-in by e-mail link (through the
 * outbox), the desk's list of one buyer's inquiries, access to a conversation
 * without the mailed link, and the side-by-side comparison of quotes.
 */
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerInquiryAccess, markSeenByBuyer } from '~/features/buyer/access.server';
import { LINKS_PER_ADDRESS, requestSignInLink, verifySignInLink } from '~/features/buyer/accounts.server';
import { compareQuotes } from '~/features/buyer/compare.server';
import { buyerDesk } from '~/features/buyer/desk.server';
import { convertMinor, unitPriceAt } from '~/lib/money';
import { DEFAULT_LIMITS, handleInquiry } from '~/features/inquiry/handle.server';
import { addExporterReply } from '~/features/inquiry/service.server';
import { inquiryStatusPage } from '~/features/inquiry/status-page.server';
import { authFor, type Auth } from '~/server/auth/auth.server';
import * as t from '~/server/db/schema.server';
import { exporterId, football, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { chineseMailOffences } from '../fixtures/zh-text';

const SITE = 'https://pavilion.example';
const headers = (ip = '203.0.113.20') => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': ip });

const basket = (email: string, locale = 'zh') => ({
  locale,
  buyer: { name: '王伟', company: '上海海盐贸易有限公司', email, phone: '+86 138 0000 0000' },
  destinationPort: 'shanghai',
  incoterm: 'FOB',
  consent: true,
  items: [
    { product: pinkSalt.slug, quantity: 50, unit: 'ton' },
    { product: football.slug, quantity: 1000, unit: 'piece' },
  ],
});

async function send(db: TestDatabase['db'], email: string, key: string) {
  const result = await handleInquiry(db, {
    body: basket(email),
    locale: 'zh',
    ip: '203.0.113.7',
    idempotencyKey: key,
    channel: 'api',
    siteUrl: SITE,
    limits: { ...DEFAULT_LIMITS, perIp: 1000, perEmail: 1000 },
  });
  if (result.status !== 201) throw new Error(`inquiry refused: ${JSON.stringify(result)}`);
  return result.inquiries.map((i) => ({ reference: i.reference, exporter: i.exporter, token: new URL(i.statusUrl).searchParams.get('token')! }));
}

/** The sign-in link in the newest mail to an address, as the buyer would open it. */
async function mailedLink(db: TestDatabase['db'], to: string) {
  const jobs = await db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in')).orderBy(t.outboxJobs.id);
  const job = jobs.filter((j) => j.payload.to === to).at(-1);
  expect(job, `a sign-in mail to ${to}`).toBeTruthy();
  const text = String(job!.payload.text);
  const link = /https:\/\/pavilion\.example\/(en|zh)\/buyer\/verify\/\?token=(\S+)/.exec(text);
  expect(link, text).not.toBeNull();
  return { locale: link![1], subject: String(job!.payload.subject), text, token: decodeURIComponent(link![2]!) };
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describe.each(DATABASES)('buyer desk on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let auth: Auth;
  let a: Awaited<ReturnType<typeof send>>;
  let b: Awaited<ReturnType<typeof send>>;
  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    auth = await authFor({ db: database.db, siteUrl: SITE });
    a = await send(database.db, 'Wang.Wei@Example.cn', 'desk-a-0001');
    b = await send(database.db, 'li.na@example.cn', 'desk-b-0001');
  });
  afterAll(async () => {
    await database?.close();
  });

  const sessionOf = async (response: Response) => auth.api.getSession({ headers: new Headers({ cookie: cookieOf(response) }) });

  it.skipIf(skip)('mails a sign-in link in the page’s language; the link opens a buyer’s session once, and makes a buyer account', async () => {
    expect(await requestSignInLink(database.db, auth, { email: 'wang.wei@example.cn', locale: 'zh' }, '203.0.113.20', headers())).toBe(0);
    const mail = await mailedLink(database.db, 'wang.wei@example.cn');
    expect(mail.locale).toBe('zh');
    expect(mail.subject).toBe('巴基斯坦国家馆登录链接');
    expect(mail.text).toContain('15分钟');
    expect(chineseMailOffences(mail)).toEqual([]);
    // Only a hash of the token is stored.
    const stored = await database.db.select().from(t.verifications).where(like(t.verifications.identifier, 'magic-link:%'));
    expect(stored.some((v) => v.identifier.includes(mail.token))).toBe(false);

    const answer = await verifySignInLink(auth, mail.token, 'zh', headers());
    expect(answer).not.toBeNull();
    const session = await sessionOf(answer!);
    expect(session?.user).toMatchObject({ email: 'wang.wei@example.cn', role: 'buyer', locale: 'zh' });
    // Used once: the same link again opens nothing.
    expect(await verifySignInLink(auth, mail.token, 'zh', headers())).toBeNull();
  });

  it.skipIf(skip)('refuses an expired link', async () => {
    await requestSignInLink(database.db, auth, { email: 'late@example.cn', locale: 'en' }, '203.0.113.21', headers('203.0.113.21'));
    const mail = await mailedLink(database.db, 'late@example.cn');
    expect(mail.locale).toBe('en');
    await database.db
      .update(t.verifications)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(like(t.verifications.identifier, 'magic-link:%'));
    expect(await verifySignInLink(auth, mail.token, 'en', headers())).toBeNull();
    expect(await database.db.select().from(t.users).where(eq(t.users.email, 'late@example.cn'))).toHaveLength(0);
  });

  it.skipIf(skip)(
    'never gives an exporter’s address a session by link: no link is mailed, and a link taken before the account existed is refused',
    async () => {
      const [exporter] = await database.db.select().from(t.exporters).where(eq(t.exporters.slug, verifiedSaltExporter.slug));
      await database.db
        .insert(t.users)
        .values({ id: 'exporter-salt', name: 'Salt', email: 'owner@salt.example', emailVerified: true, role: 'exporter', exporterId: exporter!.id });
      const before = (await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in'))).length;
      expect(await requestSignInLink(database.db, auth, { email: 'Owner@Salt.example', locale: 'en' }, '203.0.113.22', headers())).toBe(0);
      const jobs = await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in'));
      expect(jobs).toHaveLength(before);
      const [note] = await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.portal-note'));
      expect(note?.payload).toMatchObject({ to: 'owner@salt.example' });
      expect(String(note?.payload.text)).toContain('/en/exporter/sign-in/');
      expect(String(note?.payload.text)).not.toContain('token=');

      // A link mailed to a new address, which then becomes an exporter's account before it is used.
      await requestSignInLink(database.db, auth, { email: 'switch@example.cn', locale: 'en' }, '203.0.113.22', headers());
      const mail = await mailedLink(database.db, 'switch@example.cn');
      await database.db.insert(t.users).values({ id: 'exporter-switch', name: 'Switch', email: 'switch@example.cn', emailVerified: true, role: 'exporter' });
      expect(await verifySignInLink(auth, mail.token, 'en', headers())).toBeNull();
      expect(await database.db.select().from(t.sessions).where(eq(t.sessions.userId, 'exporter-switch'))).toHaveLength(0);
    },
  );

  it.skipIf(skip)('limits the links one address can be sent, whatever the address of the asker', async () => {
    for (let i = 0; i < LINKS_PER_ADDRESS; i += 1) {
      expect(await requestSignInLink(database.db, auth, { email: 'flood@example.cn', locale: 'en' }, `198.51.100.${i}`, headers())).toBe(0);
    }
    expect(await requestSignInLink(database.db, auth, { email: 'FLOOD@example.cn', locale: 'en' }, '198.51.100.99', headers())).toBeGreaterThan(0);
    const mails = (await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in'))).filter(
      (j) => j.payload.to === 'flood@example.cn',
    );
    expect(mails).toHaveLength(LINKS_PER_ADDRESS);
  });

  it.skipIf(skip)('lists only the buyer’s own inquiries, across exporters, newest first, whatever the case of the address', async () => {
    const desk = await buyerDesk(database.db, ' WANG.wei@example.CN ');
    expect(desk.map((e) => e.reference).sort()).toEqual(a.map((i) => i.reference).sort());
    for (const other of b) expect(desk.map((e) => e.reference)).not.toContain(other.reference);
    expect(desk.map((e) => e.exporter.slug).sort()).toEqual([verifiedSaltExporter.slug, verifiedSportsExporter.slug].sort());
    const salt = desk.find((e) => e.exporter.slug === verifiedSaltExporter.slug)!;
    expect(salt.products.map((p) => p.nameZh)).toEqual([pinkSalt.product.nameZh]);
    expect(salt).toMatchObject({ status: 'new', quote: null, unread: 0, comparable: true });
    expect((await buyerDesk(database.db, 'li.na@example.cn')).map((e) => e.reference).sort()).toEqual(b.map((i) => i.reference).sort());
    expect(await buyerDesk(database.db, 'nobody@example.cn')).toEqual([]);
  });

  it.skipIf(skip)('opens a conversation for its signed-in buyer without the link, for the link’s holder, and for nobody else', async () => {
    const ref = a[0]!.reference;
    expect(await buyerInquiryAccess(database.db, ref, { buyerEmail: 'wang.wei@EXAMPLE.cn' })).toMatchObject({ via: 'account' });
    expect(await buyerInquiryAccess(database.db, ref, { token: a[0]!.token })).toMatchObject({ via: 'token' });
    expect(await buyerInquiryAccess(database.db, ref, { buyerEmail: 'li.na@example.cn' })).toBeNull();
    expect(await buyerInquiryAccess(database.db, ref, { token: b[0]!.token })).toBeNull();
    expect(await buyerInquiryAccess(database.db, ref, {})).toBeNull();
    expect(await buyerInquiryAccess(database.db, 'PKP-2026-999999', { buyerEmail: 'wang.wei@example.cn' })).toBeNull();
    expect(await inquiryStatusPage(database.db, ref, { buyerEmail: 'li.na@example.cn' })).toBeNull();
    const view = await inquiryStatusPage(database.db, ref, { buyerEmail: 'wang.wei@example.cn' });
    expect(view?.inquiry.reference).toBe(ref);
    const [row] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, ref));
    expect(row!.buyerSeenAt).not.toBeNull();
  });

  /** A sent quote of one version, with its lines. */
  async function quote(
    reference: string,
    q: { version: number; status: string; currency: string; leadTimeDays: number; validUntil: string; sentAt: Date | null },
    lines: Array<{
      product: { slug: string };
      nameEn: string;
      quantity: number;
      unit: string;
      unitPriceMinor: number;
      tiers: Array<{ minQuantity: number; unitPriceMinor: number }>;
    }>,
  ) {
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, reference));
    const [created] = await database.db
      .insert(t.quotes)
      .values({
        inquiryId: inquiry!.id,
        exporterId: inquiry!.exporterId,
        version: q.version,
        status: q.status as 'sent',
        currency: q.currency,
        incoterm: 'FOB',
        namedPlace: 'Karachi',
        leadTimeDays: q.leadTimeDays,
        validUntil: q.validUntil,
        paymentTerms: { kind: 'tt', depositPercent: 30 },
        sentAt: q.sentAt,
      })
      .returning();
    for (const [position, line] of lines.entries()) {
      const [product] = await database.db.select().from(t.products).where(eq(t.products.slug, line.product.slug));
      await database.db.insert(t.quoteLines).values({
        quoteId: created!.id,
        position,
        productId: product!.id,
        productNameEn: line.nameEn,
        quantity: line.quantity,
        unit: line.unit,
        unitPriceMinor: line.unitPriceMinor,
        tiers: line.tiers,
      });
    }
    return inquiry!;
  }

  it.skipIf(skip)('compares the latest sent quote of each exporter at the buyer’s quantities, converted at the pavilion’s rate, and sorts them', async () => {
    const saltRef = a.find((i) => i.exporter === verifiedSaltExporter.slug)!.reference;
    const ballRef = a.find((i) => i.exporter === verifiedSportsExporter.slug)!.reference;
    // Nobody has quoted yet: both exporters are listed without a quote.
    const empty = await compareQuotes(database.db, saltRef, { buyerEmail: 'wang.wei@example.cn' }, null);
    expect(empty?.columns.map((c) => c.quote)).toEqual([null, null]);

    const salt = [
      {
        product: pinkSalt,
        nameEn: 'Pink salt',
        quantity: 50,
        unit: 'ton',
        unitPriceMinor: 23000,
        tiers: [] as Array<{ minQuantity: number; unitPriceMinor: number }>,
      },
    ];
    await quote(
      saltRef,
      { version: 1, status: 'revised', currency: 'USD', leadTimeDays: 45, validUntil: '2099-01-31', sentAt: new Date('2026-11-01T00:00:00Z') },
      salt,
    );
    const saltLadder = [
      { minQuantity: 25, unitPriceMinor: 23000 },
      { minQuantity: 40, unitPriceMinor: 21500 },
      { minQuantity: 100, unitPriceMinor: 20000 },
    ];
    await quote(saltRef, { version: 2, status: 'sent', currency: 'USD', leadTimeDays: 30, validUntil: '2099-12-31', sentAt: new Date() }, [
      { ...salt[0]!, tiers: saltLadder },
    ]);
    // A draft of the next version is the exporter's own: never shown.
    await quote(saltRef, { version: 3, status: 'draft', currency: 'USD', leadTimeDays: 1, validUntil: '2099-12-31', sentAt: null }, [
      { ...salt[0]!, unitPriceMinor: 1 },
    ]);
    const ballLadder = [
      { minQuantity: 500, unitPriceMinor: 5500 },
      { minQuantity: 1000, unitPriceMinor: 5000 },
      { minQuantity: 2000, unitPriceMinor: 4500 },
    ];
    await quote(ballRef, { version: 1, status: 'sent', currency: 'CNY', leadTimeDays: 20, validUntil: '2099-06-30', sentAt: new Date() }, [
      { product: football, nameEn: 'Football', quantity: 1500, unit: 'piece', unitPriceMinor: 5500, tiers: ballLadder },
    ]);

    const shown = await compareQuotes(database.db, ballRef, { buyerEmail: 'wang.wei@example.cn' }, null);
    expect(shown).not.toBeNull();
    const byExporter = new Map(shown!.columns.map((c) => [c.exporter.slug, c]));
    const s = byExporter.get(verifiedSaltExporter.slug)!.quote!;
    // 50 t reaches the 40 t step of the ladder: 215.00 USD a ton.
    expect(s).toMatchObject({ version: 2, state: 'sent', currency: 'USD', otherCurrency: 'CNY', leadTimeDays: 30, incoterm: 'FOB', namedPlace: 'Karachi' });
    expect(s.lines[0]).toMatchObject({
      quantity: 50,
      unitPriceMinor: 21500,
      quotedQuantity: null,
      totalMinor: 1_075_000,
      moq: { quantity: pinkSalt.product.moq, unit: 'ton' },
    });
    // At 7.1 yuan a dollar: 215.00 USD = 1,526.50 CNY.
    expect(s.lines[0]!.unitPriceOtherMinor).toBe(152_650);
    const f = byExporter.get(verifiedSportsExporter.slug)!.quote!;
    // The exporter quoted 1,500 balls for the 1,000 asked: the unit price is compared at the buyer's quantity, the
    // total is what accepting gives (1,500 × 50.00), and the quoted quantity is said.
    expect(f.lines[0]).toMatchObject({ quantity: 1000, unitPriceMinor: 5000, quotedQuantity: 1500, totalMinor: 7_500_000 });
    // 75,000.00 CNY / 7.1 = 10,563.38 USD.
    expect(f.totalOtherMinor).toBe(1_056_338);
    expect(shown!.columns.find((c) => c.current)?.reference).toBe(ballRef);
    expect(shown!.ratesDate).toBeInstanceOf(Date);
    // The response row carries the pavilion's trust figures of each exporter: two inquiries are not enough data for a rate.
    const figures = byExporter.get(verifiedSportsExporter.slug)!.response!;
    expect(figures).toMatchObject({ enoughData: false, responseRate: null, medianFirstResponseMs: null, quotesSent: 1, proformasIssued: 0 });
    expect(figures.period.to.getTime() - figures.period.from.getTime()).toBe(90 * 24 * 3_600_000);

    const order = async (sort: 'price' | 'lead' | 'validity') =>
      (await compareQuotes(database.db, saltRef, { token: a[0]!.token }, sort))!.columns.map((c) => c.exporter.slug);
    expect(await order('price')).toEqual([verifiedSportsExporter.slug, verifiedSaltExporter.slug]);
    expect(await order('lead')).toEqual([verifiedSportsExporter.slug, verifiedSaltExporter.slug]);
    expect(await order('validity')).toEqual([verifiedSaltExporter.slug, verifiedSportsExporter.slug]);

    // Another buyer sees nothing of it, by address or with their own link.
    expect(await compareQuotes(database.db, saltRef, { buyerEmail: 'li.na@example.cn' }, null)).toBeNull();
    expect(await compareQuotes(database.db, saltRef, { token: b[0]!.token }, null)).toBeNull();
  });

  it.skipIf(skip)('counts as unread the exporter’s messages and quote versions sent since the buyer last looked, and shows the latest quote', async () => {
    const saltRef = a.find((i) => i.exporter === verifiedSaltExporter.slug)!.reference;
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, saltRef));
    await markSeenByBuyer(database.db, inquiry!.id, new Date(Date.now() - 60_000));
    await addExporterReply(database.db, await exporterId(database.db, verifiedSaltExporter), inquiry!.id, 'Quote sent, see version 2.');
    const desk = await buyerDesk(database.db, 'wang.wei@example.cn');
    const entry = desk.find((e) => e.reference === saltRef)!;
    // The reply, and version 2 (sent just now); version 1 was sent before the buyer looked.
    expect(entry.unread).toBe(2);
    expect(entry.quote).toMatchObject({ version: 2, state: 'sent', currency: 'USD', totalMinor: 1_075_000 });
    await markSeenByBuyer(database.db, inquiry!.id);
    expect((await buyerDesk(database.db, 'wang.wei@example.cn')).find((e) => e.reference === saltRef)!.unread).toBe(0);
  });

  it.skipIf(skip)('marks a quote past its validity expired', async () => {
    const ballRef = a.find((i) => i.exporter === verifiedSportsExporter.slug)!.reference;
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, ballRef));
    await database.db
      .update(t.quotes)
      .set({ validUntil: '2020-01-31' })
      .where(and(eq(t.quotes.inquiryId, inquiry!.id), eq(t.quotes.version, 1)));
    const shown = await compareQuotes(database.db, ballRef, { buyerEmail: 'wang.wei@example.cn' }, 'validity');
    expect(shown!.columns.at(-1)).toMatchObject({ reference: ballRef, quote: { state: 'expired' } });
  });
});

describe('prices at a quantity', () => {
  const ladder = [
    { minQuantity: 100, unitPriceMinor: 900 },
    { minQuantity: 10, unitPriceMinor: 1000 },
  ];
  it('takes the highest step the quantity reaches, else the line’s own price', () => {
    expect(unitPriceAt(1200, ladder, 5)).toBe(1200);
    expect(unitPriceAt(1200, ladder, 10)).toBe(1000);
    expect(unitPriceAt(1200, ladder, 99)).toBe(1000);
    expect(unitPriceAt(1200, ladder, 100)).toBe(900);
    expect(unitPriceAt(1200, [], 100)).toBe(1200);
  });
  it('converts in whole minor units at the operator’s rates, rounding half up', () => {
    expect(convertMinor(100, 'USD', 'CNY', { CNY: '7.100000' })).toBe(710);
    expect(convertMinor(710, 'CNY', 'USD', { CNY: '7.100000' })).toBe(100);
    expect(convertMinor(1, 'CNY', 'USD', { CNY: '7.1' })).toBe(0);
    expect(convertMinor(4, 'CNY', 'USD', { CNY: '7.1' })).toBe(1);
    expect(convertMinor(100, 'USD', 'CNY', {})).toBeNull();
  });
});
