import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '~/features/audit/audit.server';
import { parseInquiry } from '~/features/inquiry/schema';
import { addExporterReply, inquiryForBuyer, inquiryForExporter, submitInquiry } from '~/features/inquiry/service.server';
import { exportCsv } from '~/features/operator/exports.server';
import { interestByCategoryAndMonth } from '~/features/operator/interest-stats.server';
import { countProductInterest, INTEREST_LIMIT, InterestCounter, interestCounter, InterestLimiter, isRobot } from '~/features/operator/interest.server';
import { inquiryForOperator, nudgeInquiry, reassignInquiry } from '~/features/operator/inquiry-tools.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { renderJob } from '~/features/inquiry/mail.server';
import type { Mailer, MailMessage } from '~/server/mail/transport.server';
import { MailWorker } from '~/server/mail/worker.server';
import { basmatiRice, draftSalt, riceCategory, riceExporterWithoutGacc, secondRiceExporter, verifiedRiceExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const OPERATOR: Actor = { id: null, email: 'operator@pavilion.example', role: 'operator' };
const SITE = 'https://pavilion.example';
const HOUR = 3_600_000;

/** A buyer's basket inquiry for the basmati rice; returns its reference and the status token of the buyer's link. */
async function inquire(db: Db, key: string, locale: 'en' | 'zh' = 'zh') {
  const parsed = parseInquiry({
    locale,
    buyer: { name: '王伟', company: '宁波进出口有限公司', email: 'wang@example.cn', phone: '+86 138 0000 0000', province: 'zhejiang', city: '宁波' },
    destinationPort: 'ningbo-zhoushan',
    incoterm: 'FOB',
    consent: true,
    items: [{ product: basmatiRice.slug, quantity: 50, unit: 'ton' }],
  });
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  const result = await submitInquiry(db, parsed.data, { idempotencyKey: key, channel: 'api', categoryMax: 5 });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const routed = result.inquiries[0]!;
  return { reference: routed.reference, token: new URL(routed.statusPath, SITE).searchParams.get('token')! };
}

const exporterId = async (db: Db, slug: string) => (await db.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, slug)))[0]!.id;
const jobs = (db: Db, kind: string) => db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, kind));

describe.each(DATABASES)('operator tools on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    db = database.db;
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('reminds an exporter at most once in 24 hours, in the language of its account', async () => {
    const { reference } = await inquire(db, 'nudge-1');
    const punjab = await exporterId(db, verifiedRiceExporter.slug);
    await db
      .insert(t.users)
      .values({ id: 'u-punjab', name: 'Punjab desk', email: 'desk@punjab-basmati.example', role: 'exporter', exporterId: punjab, locale: 'ur' });
    const t0 = new Date(Date.now() + HOUR);

    expect(await nudgeInquiry(db, OPERATOR, reference, SITE, t0)).toBe('nudged');
    expect(await nudgeInquiry(db, OPERATOR, reference, SITE, new Date(t0.getTime() + 23 * HOUR))).toBe('tooSoon');
    const [mail, ...more] = await jobs(db, 'inquiry.nudge');
    expect(more).toHaveLength(0);
    expect(mail!.payload).toMatchObject({ to: 'sales@punjab-basmati.example', language: 'ur' });
    expect(String(mail!.payload.subject)).toContain(reference);
    expect(String(mail!.payload.text)).toContain('ایکسپورٹر پورٹل');
    expect(String(mail!.payload.text)).toContain(`${SITE}/en/exporter/inquiries/${reference}/`);

    // The page says when the next reminder may go.
    const view = await inquiryForOperator(db, reference, new Date(t0.getTime() + HOUR));
    expect(view!.nextNudgeAt?.getTime()).toBe(t0.getTime() + 24 * HOUR);

    // A day later, a second one; the log names the operator each time.
    expect(await nudgeInquiry(db, OPERATOR, reference, SITE, new Date(t0.getTime() + 24 * HOUR))).toBe('nudged');
    expect(await jobs(db, 'inquiry.nudge')).toHaveLength(2);
    const audit = await db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'inquiry.nudge'), eq(t.auditLog.entityId, reference)));
    expect(audit.map((a) => a.actorEmail)).toEqual([OPERATOR.email, OPERATOR.email]);

    // Once the exporter answers there is nothing to remind it of.
    const [inquiry] = await db.select().from(t.inquiries).where(eq(t.inquiries.reference, reference));
    await addExporterReply(db, punjab, inquiry!.id, 'We can offer 50 t at US$1,100.');
    expect(await nudgeInquiry(db, OPERATOR, reference, SITE, new Date(t0.getTime() + 72 * HOUR))).toBe('answered');
    expect(await nudgeInquiry(db, OPERATOR, 'PKP-2026-999999', SITE)).toBe('unknown');
  });

  it.skipIf(skip)('writes the reminder in Chinese to an exporter whose account reads Chinese', async () => {
    const { reference } = await inquire(db, 'nudge-zh');
    await db.update(t.users).set({ locale: 'zh' }).where(eq(t.users.id, 'u-punjab'));
    expect(await nudgeInquiry(db, OPERATOR, reference, SITE)).toBe('nudged');
    const [mail] = (await jobs(db, 'inquiry.nudge')).filter((j) => String(j.payload.subject).includes(reference));
    expect(mail!.payload.language).toBe('zh-Hans');
    expect(String(mail!.payload.text)).toContain('出口商后台');
    expect(String(mail!.payload.text)).toContain(`${SITE}/zh/exporter/inquiries/${reference}/`);
  });

  it.skipIf(skip)('passes an unanswered inquiry to another verified exporter of the category: access moves, the buyer keeps the link', async () => {
    const { reference, token } = await inquire(db, 'reassign-1');
    const punjab = await exporterId(db, verifiedRiceExporter.slug);
    const larkana = await exporterId(db, secondRiceExporter.slug);

    const before = await inquiryForOperator(db, reference);
    // Verified rice exporters with a GACC registration only: not the one without it, not the current one.
    expect(before!.candidates.map((c) => c.slug)).toEqual([secondRiceExporter.slug]);
    expect(await reassignInquiry(db, OPERATOR, reference, riceExporterWithoutGacc.slug)).toBe('notCandidate');
    expect(await reassignInquiry(db, OPERATOR, reference, verifiedRiceExporter.slug)).toBe('notCandidate');

    expect(await reassignInquiry(db, OPERATOR, reference, secondRiceExporter.slug)).toBe('reassigned');
    expect(await inquiryForExporter(db, punjab, reference)).toBeNull();
    expect((await inquiryForExporter(db, larkana, reference))?.inquiry.reference).toBe(reference);
    expect((await inquiryForBuyer(db, reference, token))?.exporter.slug).toBe(secondRiceExporter.slug);

    // The new exporter gets the new-inquiry mail; the operator's page says where it came from.
    const mails = (await jobs(db, 'inquiry.exporter')).filter((j) => j.messageId.startsWith(`inquiry-${reference}-exporter-${larkana}-`));
    expect(mails).toHaveLength(1);
    const after = await inquiryForOperator(db, reference);
    expect(after!.routing[0]).toMatchObject({ exporterSlug: secondRiceExporter.slug, reassignedFromNameEn: 'Punjab Basmati Mills' });
    const [audit] = await db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'inquiry.reassign'), eq(t.auditLog.entityId, reference)));
    expect(audit).toMatchObject({ actorRole: 'operator', before: { exporter: verifiedRiceExporter.slug }, after: { exporter: secondRiceExporter.slug } });

    // Answered by its new exporter, it stays there.
    const [inquiry] = await db.select().from(t.inquiries).where(eq(t.inquiries.reference, reference));
    await addExporterReply(db, larkana, inquiry!.id, 'Thank you, we quote tomorrow.');
    expect(await reassignInquiry(db, OPERATOR, reference, verifiedRiceExporter.slug)).toBe('answered');
  });

  it.skipIf(skip)('passed on three times within a second, the inquiry is announced once, to the exporter holding it, and to no one it has left', async () => {
    const larkana = await exporterId(db, secondRiceExporter.slug);
    // A third rice exporter able to take it: give the one without a GACC registration one, for this test.
    await db.update(t.exporters).set({ gaccNumber: 'CPAK2401109999' }).where(eq(t.exporters.slug, riceExporterWithoutGacc.slug));
    const sent: MailMessage[] = [];
    const mailer: Mailer = { kind: 'folder', send: async (m) => void sent.push(m), close: () => undefined };
    const worker = new MailWorker(db, mailer, { siteUrl: SITE, render: renderJob });
    try {
      // Earlier mails out of the way; the buyer's own exporter's mail is still waiting when the operator acts.
      await worker.drain();
      const { reference } = await inquire(db, 'reassign-quick');
      const t0 = Date.now() + HOUR;
      // Punjab (the buyer's choice) → Larkana → No GACC Rice → Larkana again, each a third of a second after the other.
      const path = [secondRiceExporter.slug, riceExporterWithoutGacc.slug, secondRiceExporter.slug];
      for (const [i, slug] of path.entries()) expect(await reassignInquiry(db, OPERATOR, reference, slug, new Date(t0 + i * 300))).toBe('reassigned');
      const queued = (await jobs(db, 'inquiry.exporter')).filter((j) => j.messageId.startsWith(`inquiry-${reference}-exporter`));
      expect(queued).toHaveLength(4);

      await worker.drain();
      const [larkanaMail] = await db.select({ email: t.exporters.email }).from(t.exporters).where(eq(t.exporters.id, larkana));
      const mails = sent.filter((m) => m.subject.includes(reference));
      // Larkana, which holds it, gets the mail of its second turn; Punjab and No GACC Rice, which no longer hold it,
      // get none, and none of their mails went to Larkana instead.
      expect(mails.map((m) => ({ to: m.to, messageId: m.messageId }))).toEqual([
        { to: larkanaMail!.email, messageId: `inquiry-${reference}-exporter-${larkana}-${t0 + 600}@pavilion` },
      ]);
      expect(mails[0]!.text).toContain(`${SITE}/en/exporter/inquiries/${reference}/`);
      // Nothing of it is left waiting to go out later.
      const after = (await jobs(db, 'inquiry.exporter')).filter((j) => j.messageId.startsWith(`inquiry-${reference}-exporter`));
      expect(after.map((j) => j.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    } finally {
      await worker.stop();
      await db.update(t.exporters).set({ gaccNumber: null }).where(eq(t.exporters.slug, riceExporterWithoutGacc.slug));
    }
  });

  it.skipIf(skip)('sends the new-inquiry mail of an exporter that still holds the inquiry, even when it was passed on before', async () => {
    const { reference } = await inquire(db, 'reassign-held');
    const punjab = await exporterId(db, verifiedRiceExporter.slug);
    const larkana = await exporterId(db, secondRiceExporter.slug);
    const sent: MailMessage[] = [];
    const mailer: Mailer = { kind: 'folder', send: async (m) => void sent.push(m), close: () => undefined };
    const worker = new MailWorker(db, mailer, { siteUrl: SITE, render: renderJob });
    try {
      // The buyer's exporter is mailed before anyone passes the inquiry on; then the operator passes it to Larkana.
      await worker.drain();
      const t0 = new Date(Date.now() + HOUR);
      expect(await reassignInquiry(db, OPERATOR, reference, secondRiceExporter.slug, t0)).toBe('reassigned');
      await worker.drain();
      const [punjabMail] = await db.select({ email: t.exporters.email }).from(t.exporters).where(eq(t.exporters.id, punjab));
      const [larkanaMail] = await db.select({ email: t.exporters.email }).from(t.exporters).where(eq(t.exporters.id, larkana));
      expect(sent.filter((m) => m.subject.includes(reference)).map((m) => ({ to: m.to, messageId: m.messageId }))).toEqual([
        { to: punjabMail!.email, messageId: `inquiry-${reference}-exporter@pavilion` },
        { to: larkanaMail!.email, messageId: `inquiry-${reference}-exporter-${larkana}-${t0.getTime()}@pavilion` },
      ]);
    } finally {
      await worker.stop();
    }
  });

  it.skipIf(skip)('exports CSV for Excel with formulas typed by buyers made harmless, and buyer contacts only in the export so named', async () => {
    const parsed = parseInquiry({
      locale: 'en',
      buyer: {
        name: '=HYPERLINK("http://evil.example","x")',
        company: '@SUM(A1:A9)',
        email: 'formula@example.cn',
        phone: '+86 139 0000 0000',
        province: '-2+3',
      },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: true,
      items: [{ product: basmatiRice.slug, quantity: 25, unit: 'ton' }],
    });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const sent = await submitInquiry(db, parsed.data, { idempotencyKey: 'csv-1', channel: 'api', categoryMax: 5 });
    if (!sent.ok) throw new Error('not sent');

    for (const locale of ['en', 'zh'] as const) {
      const csv = await exportCsv(db, 'inquiries', locale);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv).toContain(locale === 'en' ? 'Buyer company' : '买家公司');
      const row = csv.split('\r\n').find((line) => line.startsWith(sent.inquiries[0]!.reference))!;
      expect(row).toContain(",'@SUM(A1:A9),");
      expect(row).toContain(",'-2+3,");
      expect(csv).not.toContain('formula@example.cn');
      expect(csv).not.toContain('+86 139');
      expect(csv).not.toMatch(/,[=+\-@]/);

      const contacts = await exportCsv(db, 'inquiries-with-contacts', locale);
      expect(contacts).toContain('formula@example.cn');
      expect(contacts).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(contacts).toContain("'+86 139 0000 0000");
      expect(contacts).not.toMatch(/(^|,)[=+\-@]/m);
    }

    const exporters = await exportCsv(db, 'exporters', 'zh');
    expect(exporters).toContain('认证日期');
    expect(exporters.split('\r\n').find((l) => l.startsWith(`${verifiedRiceExporter.slug},`))).toContain(`,verified,`);
    const products = await exportCsv(db, 'products', 'en');
    expect(products).toContain(`${basmatiRice.slug},`);
    expect(products).toContain(`${draftSalt.slug},`);
    expect((await exportCsv(db, 'trade', 'en')).split('\r\n')[0]).toContain('Proforma value (USD)');
  });

  it.skipIf(skip)('counts product views and basket adds per day and category, adds instances up, and keeps nothing about the visitor', async () => {
    const [rice] = await db.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, riceCategory));
    const day = new Date('2026-11-20T10:00:00Z');
    await interestCounter.flush(db);

    // Two instances counting the same day and category: their flushes add up.
    const a = new InterestCounter();
    const b = new InterestCounter();
    a.add('view', rice!.id, '', day);
    a.add('view', rice!.id, '', day);
    b.add('view', rice!.id, '', day);
    b.add('basket', rice!.id, '', day);
    await Promise.all([a.flush(db), b.flush(db)]);
    a.add('view', rice!.id, '', day);
    await a.flush(db);
    expect(a.size).toBe(0);

    // A published product counts; a draft or an unknown slug does not.
    expect(await countProductInterest(db, 'view', basmatiRice.slug, day)).toBe(true);
    expect(await countProductInterest(db, 'view', draftSalt.slug, day)).toBe(false);
    expect(await countProductInterest(db, 'view', 'no-such-product', day)).toBe(false);
    await interestCounter.flush(db);

    const rows = await db.select().from(t.interestCounts).where(eq(t.interestCounts.categoryId, rice!.id));
    expect(rows.find((r) => r.kind === 'view' && r.day === '2026-11-20')?.count).toBe(5);
    expect(rows.find((r) => r.kind === 'basket' && r.day === '2026-11-20')?.count).toBe(1);
    // Only sums: the table has no column that could hold an address, a cookie, an account or a user agent.
    expect(Object.keys(rows[0]!).sort()).toEqual(['categoryId', 'count', 'day', 'kind', 'province']);

    const stats = await interestByCategoryAndMonth(db, new Date('2026-12-02T12:00:00Z'));
    const november = stats.cells.find((c) => c.month === '2026-11' && c.categoryId === rice!.id);
    expect(november).toMatchObject({ views: 5, baskets: 1 });
    // Inquiries are counted from those received, and by the buyer's province where given.
    const december = stats.cells.filter((c) => c.month === '2026-12' && c.categoryId === rice!.id);
    expect(december.reduce((n, c) => n + c.inquiries, 0)).toBeGreaterThan(0);
    expect(stats.provinces.find((p) => p.province === 'zhejiang')?.inquiries).toBeGreaterThan(0);
  });

  it.skipIf(skip)('counts at most 120 views a minute from one address; another address, and the next minute, count again', async () => {
    const [rice] = await db.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, riceCategory));
    const day = '2026-10-05';
    const minute = new Date(`${day}T09:30:10Z`);
    const viewsThatDay = async () =>
      (await db.select().from(t.interestCounts).where(eq(t.interestCounts.categoryId, rice!.id)))
        .filter((r) => r.kind === 'view' && r.day === day)
        .reduce((n, r) => n + r.count, 0);
    /** A beacon as the server handles it: counted if the address is still within its limit. */
    const limiter = new InterestLimiter();
    const beacon = async (client: string, at: Date) => {
      if (limiter.admit(client, at)) await countProductInterest(db, 'view', basmatiRice.slug, at);
    };
    await interestCounter.flush(db);
    expect(INTEREST_LIMIT.limit).toBe(120);

    for (let i = 0; i <= INTEREST_LIMIT.limit; i++) await beacon('203.0.113.7', new Date(minute.getTime() + i * 100));
    await interestCounter.flush(db);
    expect(await viewsThatDay()).toBe(120);

    // Another visitor in the same minute still counts; the first address counts again the next minute.
    await beacon('198.51.100.4', new Date(minute.getTime() + 20_000));
    await beacon('203.0.113.7', new Date(minute.getTime() + 60_000));
    await interestCounter.flush(db);
    expect(await viewsThatDay()).toBe(122);
  });

  it('keeps the per-address counts bounded: past the cap, new addresses in the same minute are not counted', () => {
    const limiter = new InterestLimiter();
    const at = new Date('2026-10-05T09:30:10Z');
    for (let i = 0; i < INTEREST_LIMIT.maxClients; i++) expect(limiter.admit(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, at)).toBe(true);
    expect(limiter.admit('203.0.113.99', at)).toBe(false);
    expect(limiter.admit('10.0.0.1', at)).toBe(true);
    expect(limiter.admit('203.0.113.99', new Date(at.getTime() + 60_000))).toBe(true);
  });

  it('tells robots from people by their User-Agent', () => {
    expect(isRobot('Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)')).toBe(true);
    expect(isRobot('Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe(true);
    expect(isRobot('curl/8.5.0')).toBe(true);
    expect(isRobot(null)).toBe(true);
    expect(isRobot('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47')).toBe(false);
  });
});
