import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyerReplySchema, parseInquiry } from '~/features/inquiry/schema';
import * as t from '~/server/db/schema.server';
import { readShownAt, signShownAt } from '~/features/inquiry/form-token.server';
import { DEFAULT_LIMITS, handleInquiry } from '~/features/inquiry/handle.server';
import { addBuyerMessage, addExporterReply, exportersForCategory, inquiryForBuyer, submitInquiry } from '~/features/inquiry/service.server';
import { football, pendingRice, pinkSalt, secondRiceExporter, verifiedRiceExporter, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SALT = pinkSalt.slug;
const BALL = football.slug;

const basket = (over: Record<string, unknown> = {}) => ({
  locale: 'zh',
  buyer: {
    name: '王伟',
    company: '上海海盐贸易有限公司',
    email: 'wang@example.cn',
    phone: '+86 138 0000 0000',
    wechat: 'wangwei88',
    province: '上海',
    city: '上海',
  },
  destinationPort: 'shanghai',
  incoterm: 'FOB',
  message: '请报 CIF 上海价格，谢谢。',
  consent: true,
  items: [
    { product: SALT, quantity: 50, unit: 'ton', targetPriceUsdCents: 21000, note: '需要 SGS 检测' },
    { product: BALL, quantity: 1000, unit: 'piece' },
  ],
  ...over,
});

const request = (body: unknown, key: string | null, over: Partial<Parameters<typeof handleInquiry>[1]> = {}) => ({
  body,
  locale: 'zh' as const,
  ip: '203.0.113.7',
  idempotencyKey: key,
  channel: 'api' as const,
  siteUrl: 'https://pavilion.example',
  limits: { ...DEFAULT_LIMITS, perIp: 1000, perEmail: 1000 },
  ...over,
});

describe.each(DATABASES)('inquiries on $name', ({ open, skip }) => {
  let database: TestDatabase;
  const counts = async () => {
    const [s] = await database.db.select({ n: count() }).from(t.inquirySubmissions);
    const [i] = await database.db.select({ n: count() }).from(t.inquiries);
    const [j] = await database.db.select({ n: count() }).from(t.outboxJobs);
    return { submissions: s!.n, inquiries: i!.n, jobs: j!.n };
  };
  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('routes a basket across two exporters into two inquiries with their own references and notifications', async () => {
    const result = await handleInquiry(database.db, request(basket(), 'route-test-0001'));
    expect(result.status).toBe(201);
    if (result.status !== 201) return;
    expect(result.inquiries.map((i) => i.exporter).sort()).toEqual([verifiedSaltExporter.slug, verifiedSportsExporter.slug].sort());
    expect(new Set(result.inquiries.map((i) => i.reference)).size).toBe(2);
    for (const i of result.inquiries) {
      expect(i.reference).toMatch(/^PKP-\d{4}-\d{6}$/);
      expect(i.statusUrl).toMatch(new RegExp(`^https://pavilion.example/zh/inquiries/${i.reference}/\\?token=`));
    }
    expect(await counts()).toEqual({ submissions: 1, inquiries: 2, jobs: 3 });
  });

  it.skipIf(skip)('recognises a retry by its key, stores nothing twice, and refuses the same key with another body', async () => {
    const first = await handleInquiry(database.db, request(basket(), 'retry-test-0001'));
    expect(first).toMatchObject({ status: 201, replay: false });
    const before = await counts();
    const again = await handleInquiry(database.db, request(basket(), 'retry-test-0001'));
    expect(again).toMatchObject({ status: 201, replay: true });
    if (first.status === 201 && again.status === 201) expect(again.inquiries).toEqual(first.inquiries);
    expect(await counts()).toEqual(before);
    const other = await handleInquiry(database.db, request(basket({ message: '另一条留言' }), 'retry-test-0001'));
    expect(other.status).toBe(422);
    if (other.status !== 201) expect(other.errors.idempotencyKey).toContain('不同');
    expect(await counts()).toEqual(before);
  });

  it.skipIf(skip).each([
    ['buyer.name', { buyer: { ...basket().buyer, name: '<script>alert(1)</script>' } }, '纯文本'],
    ['buyer.company', { buyer: { ...basket().buyer, company: 'Evil\u202Egnp.exe' } }, '不允许的字符'],
    ['buyer.name', { buyer: { ...basket().buyer, name: 'Wang\u0000Wei' } }, '不允许的字符'],
    ['buyer.email', { buyer: { ...basket().buyer, email: 'not-an-email' } }, '电子邮箱'],
    ['buyer.phone', { buyer: { ...basket().buyer, phone: 'call me' } }, '电话号码'],
    ['buyer.company', { buyer: { ...basket().buyer, company: 'x'.repeat(151) } }, '过长'],
    ['items.0.quantity', { items: [{ product: SALT, quantity: -5, unit: 'ton' }] }, '至少为 1'],
    ['items.0.quantity', { items: [{ product: SALT, quantity: 1e12, unit: 'ton' }] }, '过大'],
    ['items.0.quantity', { items: [{ product: SALT, quantity: 'lots', unit: 'ton' }] }, '数字'],
    ['items.0.unit', { items: [{ product: SALT, quantity: 5, unit: 'barrel' }] }, '单位'],
    ['items.0.product', { items: [{ product: 'no-such-product', quantity: 5, unit: 'ton' }] }, '无法询价'],
    ['items.0.product', { items: [{ product: pendingRice.slug, quantity: 5, unit: 'ton' }] }, '无法询价'],
    ['destinationPort', { destinationPort: 'rotterdam' }, '目的港'],
    ['incoterm', { incoterm: 'FCA' }, '贸易术语'],
    ['consent', { consent: false }, '同意'],
    ['items', { items: [] }, '至少添加一款'],
    ['items', { items: Array.from({ length: 21 }, () => ({ product: SALT, quantity: 1, unit: 'ton' })) }, '最多 20'],
    ['message', { message: 'x'.repeat(2001) }, '过长'],
  ])('refuses a bad %s with a Chinese message and stores nothing', async (path, over, fragment) => {
    const before = await counts();
    const result = await handleInquiry(database.db, request(basket(over), null));
    expect(result.status).toBe(400);
    if (result.status !== 201) expect(result.errors[path]).toContain(fragment);
    expect(await counts()).toEqual(before);
  });

  it.skipIf(skip)('answers in English when the request is in English', async () => {
    const result = await handleInquiry(database.db, request(basket({ locale: 'en', buyer: { ...basket().buyer, email: 'bad' } }), null));
    expect(result.status === 400 && result.errors['buyer.email']).toBe('Please enter a valid e-mail address.');
  });

  it.skipIf(skip)('routes a category request to verified exporters by readable rules: GACC for food, fewest recent requests first, at most N', async () => {
    const [rice] = await database.db.select().from(t.categories).where(eq(t.categories.slug, 'rice'));
    // Of the five rice exporters, one lacks the GACC number food needs, one is pending and one suspended.
    const candidates = await exportersForCategory(database.db, rice!.id, true, 50);
    expect(candidates.map((c) => c.slug)).toEqual([verifiedRiceExporter.slug, secondRiceExporter.slug]);
    const limits = { ...DEFAULT_LIMITS, perIp: 1000, perEmail: 1000, categoryMax: 1 };
    const body = { ...basket(), items: undefined, category: 'rice', quantity: 100, unit: 'ton', targetPriceUsdCents: 95000 };
    const first = await handleInquiry(database.db, request(body, 'category-0001', { limits }));
    expect(first.status).toBe(201);
    if (first.status !== 201) return;
    expect(first.inquiries.map((i) => i.exporter)).toEqual([verifiedRiceExporter.slug]);
    // The next request goes to the one who received fewer: it does not land on the same exporter again.
    const second = await handleInquiry(database.db, request({ ...body, quantity: 200 }, 'category-0002', { limits }));
    expect(second.status === 201 && second.inquiries.map((i) => i.exporter)).toEqual([secondRiceExporter.slug]);
    // With room for more, both get the third.
    const third = await handleInquiry(database.db, request({ ...body, quantity: 300 }, 'category-0003', { limits: { ...limits, categoryMax: 2 } }));
    expect(third.status === 201 && third.inquiries.map((i) => i.exporter).sort()).toEqual([verifiedRiceExporter.slug, secondRiceExporter.slug].sort());
  });

  it.skipIf(skip)('limits submissions per IP address with a Retry-After', async () => {
    const limits = { ...DEFAULT_LIMITS, perIp: 2, perEmail: 1000 };
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await handleInquiry(database.db, request(basket(), `limit-${i}-abcdef`, { ip: '198.51.100.9', limits })));
    expect(results.map((r) => r.status)).toEqual([201, 201, 429]);
    expect(results[2]!.status === 429 && results[2]!.retryAfter).toBeGreaterThan(0);
    // A client retrying a stored request still gets its references back, limit or not.
    const retry = await handleInquiry(database.db, request(basket(), 'limit-0-abcdef', { ip: '198.51.100.9', limits }));
    expect(retry).toMatchObject({ status: 201, replay: true });
  });

  it.skipIf(skip)('counts one mailbox once for the per-e-mail limit, however the address is written, and replies to it as typed', async () => {
    const limits = { ...DEFAULT_LIMITS, perIp: 1000, perEmail: 2 };
    const send = (email: string, i: number) =>
      handleInquiry(database.db, request(basket({ buyer: { ...basket().buyer, email } }), `mailbox-${i}-${email.length}-abcdef`, { limits }));
    const first = await send('li.na+offer1@example.cn', 1);
    expect(first.status).toBe(201);
    expect((await send('Li.Na+offer2@Example.CN', 2)).status).toBe(201);
    expect((await send('li.na+offer3@example.cn', 3)).status).toBe(429);
    // Gmail ignores dots too, and googlemail.com is the same mailbox.
    for (const [i, email] of ['zhang.wei@gmail.com', 'zhangwei+x@googlemail.com'].entries()) expect((await send(email, 10 + i)).status).toBe(201);
    expect((await send('Z.hang.Wei+y@gmail.com', 12)).status).toBe(429);
    // The stored address (used for replies) is the one typed.
    const [stored] = await database.db.select().from(t.inquirySubmissions).where(eq(t.inquirySubmissions.buyerEmail, 'li.na+offer1@example.cn'));
    expect(stored).toBeTruthy();
  });

  it.skipIf(skip)(
    "scopes idempotency keys to the buyer: another buyer reusing a key gets an inquiry of their own, never the first one's references",
    async () => {
      const key = 'shared-key-0001';
      const owner = await handleInquiry(database.db, request(basket(), key));
      expect(owner).toMatchObject({ status: 201, replay: false });
      const other = basket({ buyer: { ...basket().buyer, name: 'Guess', email: 'guess@attacker.example' } });
      const guessed = await handleInquiry(database.db, request(other, key));
      expect(guessed).toMatchObject({ status: 201, replay: false });
      if (owner.status !== 201 || guessed.status !== 201) return;
      const refs = (r: typeof owner) => r.inquiries.map((i) => i.reference);
      expect(refs(guessed).filter((r) => refs(owner).includes(r))).toEqual([]);
      expect(
        guessed.inquiries.map((i) => i.statusUrl).filter((u) => owner.inquiries.some((o) => o.statusUrl.split('token=')[1] === u.split('token=')[1])),
      ).toEqual([]);
      // Each buyer's own retry still gets their own references back.
      expect(await handleInquiry(database.db, request(basket(), key))).toMatchObject({ status: 201, replay: true, inquiries: owner.inquiries });
      expect(await handleInquiry(database.db, request(other, key))).toMatchObject({ status: 201, replay: true, inquiries: guessed.inquiries });
    },
  );

  it.skipIf(skip)(
    'refuses a form post whose shown-at time is missing, forged or too recent, with a translated message; the API has no form and is not timed',
    async () => {
      const web = (shownAt: number | null | undefined, key: string) => handleInquiry(database.db, request(basket(), key, { channel: 'web', shownAt }));
      const minute = Date.now() - 60_000;
      for (const [i, token] of [
        undefined,
        '',
        String(minute),
        `${minute}.${'A'.repeat(43)}`,
        `${minute}.${(await signShownAt(database.db, minute)).split('.')[1]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`,
      ].entries()) {
        const result = await web(await readShownAt(database.db, token), `timed-forged-${i}-abcdef`);
        expect(result.status, String(token)).toBe(400);
        if (result.status !== 201) expect(result.errors.form).toBe('提交速度过快，请核对信息后再次发送。');
      }
      // A time we signed a moment ago is too recent; one signed a minute ago is fine.
      expect((await web(await readShownAt(database.db, await signShownAt(database.db)), 'timed-fresh-abcdef')).status).toBe(400);
      expect((await web(await readShownAt(database.db, await signShownAt(database.db, minute)), 'timed-ok-abcdef')).status).toBe(201);
      // A signed time in the future is no time at all.
      expect(await readShownAt(database.db, await signShownAt(database.db, Date.now() + 3_600_000))).toBeNull();
      expect((await handleInquiry(database.db, request(basket(), 'timed-api-abcdef'))).status).toBe(201);
    },
  );

  it.skipIf(skip)('keeps the status page private, and records the first answer and the conversation', async () => {
    const result = await submitInquiry(database.db, parseInquiryOrThrow(basket()), { idempotencyKey: 'status-test-0001', channel: 'web', categoryMax: 5 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [inquiry] = result.inquiries;
    const token = decodeURIComponent(inquiry!.statusPath.split('token=')[1]!);
    expect(await inquiryForBuyer(database.db, inquiry!.reference, 'wrong-token')).toBeNull();
    const view = await inquiryForBuyer(database.db, inquiry!.reference, token);
    expect(view?.inquiry.status).toBe('new');
    expect(view?.siblings).toHaveLength(2);

    const answeredAt = new Date(Date.now() - 2 * 3_600_000);
    expect(await addExporterReply(database.db, view!.exporter.id + 1000, view!.inquiry.id, 'Not mine')).toBe(false);
    expect(await addExporterReply(database.db, view!.exporter.id, view!.inquiry.id, 'FOB Karachi USD 205/t, 20 days.', answeredAt)).toBe(true);
    await addExporterReply(database.db, view!.exporter.id, view!.inquiry.id, 'Samples ready.', new Date(Date.now() - 3_600_000));
    expect(await addBuyerMessage(database.db, inquiry!.reference, token, '好的，请寄样品。')).toBe(true);
    expect(await addBuyerMessage(database.db, inquiry!.reference, 'wrong-token', 'x')).toBe(false);
    const after = await inquiryForBuyer(database.db, inquiry!.reference, token);
    expect(after?.inquiry.status).toBe('replied');
    expect(after?.inquiry.firstResponseAt?.toISOString()).toBe(answeredAt.toISOString());
    expect(after?.messages.map((m) => m.author)).toEqual(['exporter', 'exporter', 'buyer']);
  });

  it.skipIf(skip)('stores and mails the buyer’s message once when the same form is sent twice at once, and a closed inquiry opens once', async () => {
    const result = await submitInquiry(database.db, parseInquiryOrThrow(basket()), { idempotencyKey: 'buyer-key-0001', channel: 'web', categoryMax: 5 });
    if (!result.ok) throw new Error('not stored');
    const [inquiry] = result.inquiries;
    const token = decodeURIComponent(inquiry!.statusPath.split('token=')[1]!);
    const view = await inquiryForBuyer(database.db, inquiry!.reference, token);
    await database.db.update(t.inquiries).set({ status: 'closed', closedAt: new Date() }).where(eq(t.inquiries.id, view!.inquiry.id));
    const form = buyerReplySchema.parse({ reference: inquiry!.reference, token, body: '请再确认一下交期。', clientKey: 'buyer-key-0123456789ab' });
    expect(form.clientKey).toBe('buyer-key-0123456789ab');

    const sends = await Promise.all([1, 2, 3].map(() => addBuyerMessage(database.db, form.reference, form.token, form.body, form.clientKey)));
    expect(sends).toEqual([true, true, true]);
    const messages = await database.db.select().from(t.inquiryMessages).where(eq(t.inquiryMessages.inquiryId, view!.inquiry.id));
    expect(messages.map((m) => [m.author, m.body])).toEqual([['buyer', '请再确认一下交期。']]);
    const mails = await database.db
      .select()
      .from(t.outboxJobs)
      .where(eq(t.outboxJobs.messageId, `message-${messages[0]!.id}-exporter`));
    expect(mails).toHaveLength(1);
    expect((await inquiryForBuyer(database.db, inquiry!.reference, token))?.inquiry.status).toBe('read');

    // Another form's key is another message; a key that is not one is ignored, not refused.
    expect(await addBuyerMessage(database.db, form.reference, form.token, form.body, 'buyer-key-0123456789ac')).toBe(true);
    const odd = buyerReplySchema.parse({ reference: inquiry!.reference, token, body: 'x', clientKey: '<script>' });
    expect(odd.clientKey).toBeNull();
    expect(await addBuyerMessage(database.db, odd.reference, odd.token, form.body, odd.clientKey)).toBe(true);
    expect(await database.db.select().from(t.inquiryMessages).where(eq(t.inquiryMessages.inquiryId, view!.inquiry.id))).toHaveLength(3);
  });
});

function parseInquiryOrThrow(body: unknown) {
  const parsed = parseInquiry(body);
  if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}
