import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSchema, ratesSchema } from '~/features/operator/schema';
import { fieldErrors } from '~/features/exporter/schema';
import { parseInquiry } from '~/features/inquiry/schema';
import { featuredProducts, getExporterDetail, getProductDetail, getRates } from '~/features/catalog/queries.server';
import * as t from '~/server/db/schema.server';
import { addExporterReply, submitInquiry } from '~/features/inquiry/service.server';
import { resendJob } from '~/server/mail/worker.server';
import { inquiriesPerDay, responseTimesByCategory } from '~/features/operator/stats.server';
import {
  operatorSummary,
  exportersForReview,
  featuredList,
  findProducts,
  parkedJobs,
  pavilionInquiries,
  reinstateExporter,
  saveRates,
  setFeatured,
  suspendExporter,
  verifyExporter,
} from '~/features/operator/operator.server';
import { EmbeddedSearch } from '~/server/search/embedded.server';
import { SearchIndexer } from '~/server/search/indexer.server';
import { searchParamsSchema, toSearchQuery, type SearchQuery } from '~/server/search/types.server';
import { basmatiRice, football, pendingRice, pinkSalt, unverifiedExporter, unverifiedNewcomer, verifiedSaltExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const PENDING = unverifiedExporter.slug;
const PENDING_PRODUCT = pendingRice.slug;
const BALL = football.slug;
const SALT = pinkSalt.slug;
const HOUR = 3_600_000;

describe.each(DATABASES)('operator console on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let engine: EmbeddedSearch;
  let indexer: SearchIndexer;
  const exporterId = async (slug: string) => (await database.db.select().from(t.exporters).where(eq(t.exporters.slug, slug)))[0]!;
  const found = async (q: string) =>
    (await engine.search({ ...toSearchQuery(searchParamsSchema.parse({ q })), limit: 50 } as SearchQuery)).hits.map((h) => h.document.id);

  let seq = 0;
  const send = async (product: string, now: Date) => {
    const parsed = parseInquiry({
      locale: 'zh',
      buyer: { name: '李娜', company: `测试进口公司 ${++seq}`, email: 'li@example.cn', phone: '+86 139 0000 0000' },
      destinationPort: 'ningbo-zhoushan',
      incoterm: 'CIF',
      consent: true,
      items: [{ product, quantity: 10, unit: product === SALT ? 'ton' : 'piece' }],
    });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const result = await submitInquiry(database.db, parsed.data, { idempotencyKey: `console-${seq}-${now.getTime()}`, channel: 'api', categoryMax: 5, now });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [row] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, result.inquiries[0]!.reference));
    return row!;
  };

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    engine = new EmbeddedSearch();
    indexer = new SearchIndexer(database.db, engine);
    await indexer.rebuild();
  });
  afterAll(async () => {
    await engine?.close();
    await database?.close();
  });

  it.skipIf(skip)('lists pending exporters first', async () => {
    const rows = await exportersForReview(database.db);
    const firstOther = rows.findIndex((r) => r.status !== 'pending');
    expect(rows.slice(0, firstOther).map((r) => r.status)).toEqual(Array(firstOther).fill('pending'));
    expect(
      rows
        .slice(0, firstOther)
        .map((r) => r.slug)
        .sort(),
    ).toEqual([PENDING, unverifiedNewcomer.slug].sort());
    expect(rows.slice(firstOther).every((r) => r.status !== 'pending')).toBe(true);
    expect((await exportersForReview(database.db, { status: 'pending' })).map((r) => r.slug).sort()).toEqual([PENDING, unverifiedNewcomer.slug].sort());
    expect((await operatorSummary(database.db)).pendingExporters).toBe(2);
  });

  it.skipIf(skip)('verifying records a dated check, makes the shop public and its products searchable', async () => {
    expect(await getExporterDetail(database.db, PENDING)).toBeNull();
    expect(await found('Ravi Harvest')).not.toContain(`exporter:${PENDING}`);
    const today = new Date().toISOString().slice(0, 10);
    const check = checkSchema().parse({
      kind: 'tdap',
      reference: ' TDAP-RM-2026-0412 ',
      checkedOn: today,
      validUntil: '2099-01-01'.replace('2099', String(new Date().getUTCFullYear() + 2)),
    });
    const { id } = await exporterId(PENDING);
    expect(await verifyExporter(database.db, id, check)).toBe(true);

    const checks = await database.db.select().from(t.verificationChecks).where(eq(t.verificationChecks.exporterId, id));
    expect(checks.map((c) => [c.kind, c.reference, c.checkedOn])).toContainEqual(['tdap', 'TDAP-RM-2026-0412', today]);
    const exporter = await exporterId(PENDING);
    expect(exporter.status).toBe('verified');
    expect(exporter.verifiedAt).toBeInstanceOf(Date);
    const shop = await getExporterDetail(database.db, PENDING);
    expect(shop?.checks.some((c) => c.reference === 'TDAP-RM-2026-0412')).toBe(true);
    expect(await getProductDetail(database.db, PENDING_PRODUCT)).not.toBeNull();

    await indexer.sync();
    expect(await found('Ravi Harvest')).toContain(`exporter:${PENDING}`);
    expect(await found('1509 basmati steam')).toContain(`product:${PENDING_PRODUCT}`);
  });

  it.skipIf(skip)('suspending hides the shop and its products from pages and search; reinstating needs a valid check', async () => {
    const { id } = await exporterId(PENDING);
    expect(await suspendExporter(database.db, id)).toBe(true);
    expect(await suspendExporter(database.db, id)).toBe(false);
    expect(await getExporterDetail(database.db, PENDING)).toBeNull();
    expect(await getProductDetail(database.db, PENDING_PRODUCT)).toBeNull();
    await indexer.sync();
    expect(await found('Ravi Harvest')).not.toContain(`exporter:${PENDING}`);
    expect(await found('1509 basmati steam')).not.toContain(`product:${PENDING_PRODUCT}`);

    // Years from now every check has expired: the operator must check again.
    expect(await reinstateExporter(database.db, id, new Date(Date.UTC(new Date().getUTCFullYear() + 20, 0, 1)))).toBe('needsCheck');
    expect(await reinstateExporter(database.db, id)).toBe('reinstated');
    expect(await reinstateExporter(database.db, id)).toBe('notSuspended');
    expect(await getExporterDetail(database.db, PENDING)).not.toBeNull();
    await indexer.sync();
    expect(await found('1509 basmati steam')).toContain(`product:${PENDING_PRODUCT}`);
  });

  it.skipIf(skip)('a never-verified exporter that was suspended cannot be reinstated without a check', async () => {
    const { id } = await exporterId(unverifiedNewcomer.slug);
    await suspendExporter(database.db, id);
    expect(await reinstateExporter(database.db, id)).toBe('needsCheck');
  });

  it('validates checks: dated, not in the future, not expired, valid after the check', () => {
    const now = new Date('2026-06-15T12:00:00Z');
    const schema = checkSchema(now);
    const ok = { kind: 'secp', reference: 'CUIN 0139552', checkedOn: '2026-06-10', validUntil: '2027-06-10' };
    expect(schema.safeParse(ok).success).toBe(true);
    const codes = (input: object) => {
      const r = schema.safeParse({ ...ok, ...input });
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(codes({ kind: 'rumour' })).toEqual({ kind: 'invalidCheckKind' });
    expect(codes({ reference: '' })).toEqual({ reference: 'required' });
    expect(codes({ checkedOn: '2026-07-01' })).toEqual({ checkedOn: 'checkInFuture' });
    expect(codes({ checkedOn: '2020-01-01' })).toEqual({ checkedOn: 'checkTooOld' });
    expect(codes({ checkedOn: '15/06/2026' })).toEqual({ checkedOn: 'invalidDate' });
    expect(codes({ validUntil: '2026-01-01' })).toEqual({ validUntil: 'checkExpired' });
    expect(codes({ checkedOn: '2026-06-14', validUntil: '2026-06-14' })).toEqual({ validUntil: 'validBeforeChecked' });
    expect(codes({ validUntil: '2040-01-01' })).toEqual({ validUntil: 'validTooLong' });
  });

  it.skipIf(skip)('features a product on the home page and takes it off again', async () => {
    const slug = basmatiRice.slug;
    const before = (await featuredProducts(database.db, 100)).map((p) => p.slug);
    expect(before).toEqual([pinkSalt.slug]);
    expect((await findProducts(database.db, basmatiRice.product.nameEn.slice(0, 12).toUpperCase())).map((p) => p.slug)).toContain(slug);
    expect((await findProducts(database.db, slug)).map((p) => p.slug)).toContain(slug);
    expect(await findProducts(database.db, '100%_')).toEqual([]);
    expect(await setFeatured(database.db, slug, true)).toBe(true);
    expect((await featuredProducts(database.db, 1))[0]?.slug).toBe(slug);
    expect((await featuredList(database.db))[0]?.slug).toBe(slug);
    expect(await setFeatured(database.db, slug, false)).toBe(true);
    expect((await featuredProducts(database.db, 100)).map((p) => p.slug).sort()).toEqual([...before].sort());
    expect(await setFeatured(database.db, 'no-such-product', true)).toBe(false);
    await database.db.update(t.products).set({ status: 'draft' }).where(eq(t.products.slug, slug));
    expect(await setFeatured(database.db, slug, true)).toBe(false);
    await database.db.update(t.products).set({ status: 'published' }).where(eq(t.products.slug, slug));
  });

  it.skipIf(skip)('keeps exchange rates within sane bounds; public prices use the new ones', async () => {
    expect(ratesSchema.parse({ cny: ' 7.2534 ', pkr: '279' })).toEqual({ cny: '7.253400', pkr: '279.000000' });
    const codes = (input: object) => {
      const r = ratesSchema.safeParse({ cny: '7.1', pkr: '280', ...input });
      return r.success ? {} : fieldErrors(r.error);
    };
    expect(codes({ cny: '71.2' })).toEqual({ cny: 'cnyRange' });
    expect(codes({ pkr: '0' })).toEqual({ pkr: 'pkrRange' });
    expect(codes({ cny: '7,12' })).toEqual({ cny: 'invalidRate' });
    expect(codes({ cny: '-7' })).toEqual({ cny: 'invalidRate' });
    expect(codes({ pkr: '' })).toEqual({ pkr: 'required' });
    expect(codes({ cny: '1e1' })).toEqual({ cny: 'invalidRate' });

    const at = new Date('2026-05-01T06:00:00Z');
    await saveRates(database.db, ratesSchema.parse({ cny: '7.25', pkr: '279.5' }), at);
    expect(await getRates(database.db)).toEqual({ CNY: 7.25, PKR: 279.5, asOf: at });
  });

  it.skipIf(skip)('lists inquiries across the pavilion with the unanswered ones first, longest waiting on top', async () => {
    const now = Date.now();
    const answered = await send(BALL, new Date(now - 5 * HOUR));
    const old = await send(SALT, new Date(now - 4 * HOUR));
    const recent = await send(BALL, new Date(now - 1 * HOUR));
    const closed = await send(SALT, new Date(now - 30 * 60_000));
    await addExporterReply(database.db, answered.exporterId, answered.id, 'Thank you, our offer follows.');
    await database.db.update(t.inquiries).set({ status: 'closed', closedAt: new Date() }).where(eq(t.inquiries.id, closed.id));

    const all = await pavilionInquiries(database.db, { view: 'all', page: 1 });
    expect(all.rows.map((r) => r.reference)).toEqual([old.reference, recent.reference, closed.reference, answered.reference]);
    expect(all.rows.map((r) => r.waiting)).toEqual([true, true, false, false]);
    expect(all.rows[0]).toMatchObject({ exporterSlug: verifiedSaltExporter.slug, buyerCompany: expect.stringMatching(/^测试进口公司/) });
    const waiting = await pavilionInquiries(database.db, { view: 'unanswered', page: 1 });
    expect(waiting.rows.map((r) => r.reference)).toEqual([old.reference, recent.reference]);
    expect((await operatorSummary(database.db)).unansweredInquiries).toBe(2);
  });

  it.skipIf(skip)('lists parked mail with its last error and queues it again on resend', async () => {
    const [job] = await database.db
      .insert(t.outboxJobs)
      .values({
        kind: 'message.buyer',
        payload: { messageId: 1 },
        messageId: 'console-test-parked',
        status: 'parked',
        attempts: 8,
        lastError: '550 5.1.1 mailbox unavailable',
      })
      .returning();
    expect((await parkedJobs(database.db)).find((j) => j.id === job!.id)).toMatchObject({ attempts: 8, lastError: '550 5.1.1 mailbox unavailable' });
    expect((await operatorSummary(database.db)).parkedMail).toBe(1);
    expect(await resendJob(database.db, job!.id)).toBe(true);
    expect(await resendJob(database.db, job!.id)).toBe(false);
    expect((await parkedJobs(database.db)).some((j) => j.id === job!.id)).toBe(false);
    const [after] = await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.id, job!.id));
    expect(after).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it.skipIf(skip)('counts inquiries per day over 30 days and the median first response per category', async () => {
    // A window in the past, so the other tests' inquiries stay out of it.
    const now = new Date('2025-03-30T15:00:00Z');
    const day = (d: number, h = 9) => new Date(Date.UTC(2025, 2, d, h));
    const balls = [await send(BALL, day(28)), await send(BALL, day(28, 14)), await send(BALL, day(29)), await send(BALL, day(30, 1))];
    const salts = [await send(SALT, day(29, 2)), await send(SALT, day(29, 3)), await send(SALT, day(1, 4))];
    await send(SALT, new Date('2025-02-27T23:59:00Z')); // the day before the window
    const reply = (row: (typeof balls)[number], hours: number) =>
      addExporterReply(database.db, row.exporterId, row.id, 'Offer attached.', new Date(row.createdAt.getTime() + hours * HOUR));
    await reply(balls[0]!, 1);
    await reply(balls[1]!, 3);
    await reply(balls[2]!, 10);
    await reply(salts[0]!, 2);
    await reply(salts[1]!, 5);

    const perDay = await inquiriesPerDay(database.db, now);
    expect(perDay).toHaveLength(30);
    expect(perDay[0]).toEqual({ day: '2025-03-01', count: 1 });
    expect(perDay.at(-1)).toEqual({ day: '2025-03-30', count: 1 });
    expect(perDay.find((d) => d.day === '2025-03-28')?.count).toBe(2);
    expect(perDay.find((d) => d.day === '2025-03-29')?.count).toBe(3);
    expect(perDay.reduce((n, d) => n + d.count, 0)).toBe(7);

    const byCategory = await responseTimesByCategory(database.db, now);
    const sports = byCategory.find((c) => c.slug === 'sports-goods');
    const salt = byCategory.find((c) => c.slug === 'himalayan-salt');
    expect(sports).toMatchObject({ inquiries: 4, answered: 3 });
    expect(sports?.medianHours).toBeCloseTo(3, 6);
    expect(salt).toMatchObject({ inquiries: 3, answered: 2 });
    expect(salt?.medianHours).toBeCloseTo(3.5, 6);
    expect(byCategory).toHaveLength(2);
  });
});

describe('chart scales', () => {
  it('rounds an axis up to 1, 2 or 5 × 10ⁿ steps, whole steps for counts', async () => {
    const { niceAxis, scale } = await import('~/features/operator/chart-axis');
    expect(niceAxis(0, 4, true)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(niceAxis(7, 4, true)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceAxis(37, 4, true).max).toBe(40);
    expect(niceAxis(2, 4, true)).toEqual({ max: 2, ticks: [0, 1, 2] });
    expect(niceAxis(0.3, 4).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(scale(4, niceAxis(8, 4, true), 100)).toBe(50);
    expect(scale(-1, niceAxis(8, 4, true), 100)).toBe(0);
  });
});
