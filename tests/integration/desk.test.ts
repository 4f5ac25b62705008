import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseStates, decide, deskField, deskQueue, pendingSuggestions, suggest } from '~/features/desk/desk.server';
import { messageDesk, openMessages, requestMessageTranslation, translateMessage } from '~/features/desk/messages.server';
import { termBase, forgetTermBase } from '~/features/desk/terms.server';
import { suggestTerms } from '~/features/desk/terms';
import { createProduct, setProductStatus, updateProduct } from '~/features/exporter/products.server';
import { emptyValues, rawInput } from '~/features/exporter/product-values';
import { productSchema } from '~/features/exporter/product-schema';
import { parseInquiry } from '~/features/inquiry/schema';
import { submitInquiry } from '~/features/inquiry/service.server';
import * as t from '~/server/db/schema.server';
import { exporterId as idOf, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

function input(categories: string[], overrides: Partial<ReturnType<typeof emptyValues>> = {}) {
  return productSchema(categories).parse(
    rawInput({
      ...emptyValues(),
      nameEn: 'Pink Salt Cooking Block',
      nameZh: '粉盐烹饪砖',
      summaryEn: 'A slab of Khewra salt to cook and serve on.',
      category: 'himalayan-salt',
      moq: '200',
      unit: 'piece',
      tiers: [{ minQuantity: '200', price: '4.50' }],
      incoterms: ['FOB'],
      hsCode: '2501.00.90',
      leadTimeMinDays: '20',
      leadTimeMaxDays: '30',
      supplyQuantity: '5000',
      supplyUnit: 'piece',
      supplyPeriod: 'month',
      samplePolicy: 'paid',
      originCity: 'khewra',
      ...overrides,
    }),
  );
}

describe.each(DATABASES)('the translation desk on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let categories: string[];
  let khewra: number;
  let chenab: number;
  const translator = { id: 'translator-1', email: 'desk@pavilion.example', role: 'translator' };
  const exporterUser = () => ({ id: 'exporter-1', email: 'owner@salt.example', role: 'exporter', exporterId: khewra });

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    categories = (await database.db.select({ slug: t.categories.slug }).from(t.categories)).map((c) => c.slug);
    khewra = await idOf(database.db, verifiedSaltExporter);
    chenab = await idOf(database.db, verifiedSportsExporter);
    await database.db.insert(t.users).values([
      { id: translator.id, name: 'Desk', email: translator.email, role: 'translator' },
      { id: 'exporter-1', name: 'Owner', email: 'owner@salt.example', role: 'exporter', exporterId: khewra },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('queues a published product’s missing Chinese, and its Chinese again once the English changes', async () => {
    const { id, slug } = await createProduct(database.db, khewra, input(categories));
    const queued = async () => (await deskQueue(database.db, { exporterId: khewra })).filter((i) => i.entity === 'product' && i.entityId === id);
    expect(await queued()).toEqual([]); // a draft is not the desk's
    await setProductStatus(database.db, khewra, id, 'published');
    expect((await queued()).map((i) => [i.field, i.state])).toEqual([['summary', 'missing']]);

    // The English name changes, the Chinese does not: the Chinese was written from the old English.
    await updateProduct(database.db, khewra, id, input(categories, { nameEn: 'Pink Salt Cooking Block, 8 × 8 in' }));
    expect((await queued()).map((i) => [i.field, i.state])).toEqual([
      ['name', 'outdated'],
      ['summary', 'missing'],
    ]);
    expect((await deskQueue(database.db, { exporterId: khewra, filter: 'outdated' })).map((i) => i.key)).toContain(`product-${id}-name`);
    expect((await chineseStates(database.db, khewra)).get(id)).toBe('missing');

    // The exporter rewrites the Chinese with the new English: up to date again.
    await updateProduct(database.db, khewra, id, input(categories, { nameEn: 'Pink Salt Cooking Block, 8 × 8 in', nameZh: '粉盐烹饪砖（8×8 英寸）' }));
    expect((await queued()).map((i) => i.field)).toEqual(['summary']);
    expect(slug).toBe('pink-salt-cooking-block');
  });

  it.skipIf(skip)('sends a translator’s Chinese to the exporter, who accepts it into the live page with an audit row', async () => {
    const { id } = await createProduct(database.db, khewra, input(categories, { nameEn: 'Salt Lamp Basket', nameZh: '' }));
    await setProductStatus(database.db, khewra, id, 'published');
    const key = { entity: 'product' as const, entityId: id, field: 'name' };
    expect((await deskField(database.db, key))?.state).toBe('missing');

    expect(await suggest(database.db, translator, key, '盐灯篮')).toBe(true);
    expect((await deskQueue(database.db, { exporterId: khewra })).map((i) => i.key)).not.toContain(`product-${id}-name`);
    const [waiting] = (await pendingSuggestions(database.db, khewra)).filter((s) => s.entityId === id);
    expect(waiting).toMatchObject({ field: 'name', body: '盐灯篮', english: 'Salt Lamp Basket', current: '', stale: false });

    // Another exporter cannot answer it.
    expect(await decide(database.db, { ...exporterUser(), exporterId: chenab }, waiting!.id, true)).toBe('unknown');
    expect(await decide(database.db, exporterUser(), waiting!.id, true)).toBe('accepted');
    expect(await decide(database.db, exporterUser(), waiting!.id, true)).toBe('unknown');
    const [row] = await database.db.select().from(t.products).where(eq(t.products.id, id));
    expect(row!.nameZh).toBe('盐灯篮');
    const [audit] = await database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.action, 'translation.accept'), eq(t.auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ actorRole: 'exporter', before: { nameZh: '' }, after: { nameZh: '盐灯篮' } });
    const [tracked] = await database.db
      .select()
      .from(t.fieldTranslations)
      .where(and(eq(t.fieldTranslations.entityId, id), eq(t.fieldTranslations.field, 'name')));
    expect(tracked?.origin).toBe('desk');
    expect((await deskField(database.db, key))?.state).toBe('done');
  });

  it.skipIf(skip)('returns a rejected suggestion’s field to the queue', async () => {
    const { id } = await createProduct(database.db, khewra, input(categories, { nameEn: 'Salt Tile', nameZh: '' }));
    await setProductStatus(database.db, khewra, id, 'published');
    await suggest(database.db, translator, { entity: 'product', entityId: id, field: 'name' }, '盐砖');
    const [s] = (await pendingSuggestions(database.db, khewra)).filter((x) => x.entityId === id);
    expect(await decide(database.db, exporterUser(), s!.id, false)).toBe('rejected');
    expect((await deskQueue(database.db, { exporterId: khewra })).map((i) => i.key)).toContain(`product-${id}-name`);
    const [row] = await database.db.select().from(t.products).where(eq(t.products.id, id));
    expect(row!.nameZh).toBe('');
  });

  it.skipIf(skip)('gives a product named only in Chinese or Urdu an address spelt in Latin letters', async () => {
    const chinese = await createProduct(database.db, khewra, input(categories, { nameEn: '巴基斯坦粉盐', nameZh: '' }));
    expect(chinese.slug).toBe('ba-ji-si-tan-fen-yan');
    const urdu = await createProduct(database.db, khewra, input(categories, { nameEn: 'گلابی نمک', nameZh: '' }));
    expect(urdu.slug).toBe('glabi-nmk');
    const again = await createProduct(database.db, khewra, input(categories, { nameEn: 'گلابی نمک', nameZh: '' }));
    expect(again.slug).toBe('glabi-nmk-2');
  });

  it.skipIf(skip)('shows the desk nothing of drafts or of companies not yet verified', async () => {
    const { id } = await createProduct(database.db, khewra, input(categories, { nameEn: 'Draft Salt', nameZh: '' }));
    expect(await deskField(database.db, { entity: 'product', entityId: id, field: 'name' })).toBeNull();
    expect(await suggest(database.db, translator, { entity: 'product', entityId: id, field: 'name' }, '草稿')).toBe(false);
    const pending = await database.db.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.status, 'pending'));
    for (const p of pending) expect(await deskField(database.db, { entity: 'exporter', entityId: p.id, field: 'description' })).toBeNull();
  });

  it.skipIf(skip)('translates a message an exporter sends to the desk, only for the exporter whose inquiry it is', async () => {
    const parsed = parseInquiry({
      locale: 'zh',
      buyer: { name: '王伟', company: '上海进口', email: 'wang@example.cn', phone: '+86 138 0000 0000', wechat: 'wangwei88', province: '上海', city: '上海' },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      message: '请报价。',
      consent: true,
      items: [{ product: pinkSalt.slug, quantity: 1000, unit: 'kg', targetPriceUsdCents: 650 }],
    });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const sent = await submitInquiry(database.db, parsed.data, { idempotencyKey: 'desk-message-1', channel: 'api', categoryMax: 5, now: new Date() });
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, sent.inquiries[0]!.reference));
    const [message] = await database.db
      .insert(t.inquiryMessages)
      .values({ inquiryId: inquiry!.id, author: 'exporter', body: 'We can ship in 20 days.' })
      .returning();
    expect(await requestMessageTranslation(database.db, { ...exporterUser(), exporterId: chenab }, message!.id)).toBe(false);
    expect(await requestMessageTranslation(database.db, exporterUser(), message!.id)).toBe(true);
    const [open] = (await openMessages(database.db)).filter((m) => m.body === 'We can ship in 20 days.');
    expect(open?.targetLocale).toBe('zh');
    expect(await translateMessage(database.db, translator, open!.id, '我们可在 20 天内发货。')).toBe(true);
    expect((await messageDesk(database.db, [message!.id])).get(message!.id)?.body).toBe('我们可在 20 天内发货。');
  });

  it.skipIf(skip)('suggests the Chinese the catalog already uses for a term', async () => {
    forgetTermBase();
    const terms = await termBase(database.db);
    expect(suggestTerms(terms, 'Fresh 1121 Basmati Steam Rice, 25 kg Bags for export').map((x) => x.zh)).toContain('1121 巴斯马蒂蒸汽香米 25 公斤袋');
  });
});
