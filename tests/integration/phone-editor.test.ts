import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyValues, rawInput } from '~/features/exporter/product-values';
import { productSchema, type ProductInput } from '~/features/exporter/product-schema';
import { fieldErrors } from '~/features/exporter/schema';
import { editorMessage } from '~/features/exporter/product-messages';
import { inquiryActionForm } from '~/features/exporter/inbox.server';
import { getProductDetail } from '~/features/catalog/queries.server';
import {
  createProduct,
  deleteProduct,
  deletionImpact,
  duplicateProduct,
  getOwnProduct,
  isDeletedProduct,
  listOwnProducts,
  setProductStatus,
  SkuTaken,
  updateProduct,
} from '~/features/exporter/products.server';
import { addExporterReply, inquiryForBuyer, inquiryForExporter, submitInquiry } from '~/features/inquiry/service.server';
import { parseInquiry } from '~/features/inquiry/schema';
import { getT } from '~/i18n';
import * as t from '~/server/db/schema.server';
import { checkStructure, isHeic } from '~/server/media/image-check.server';
import { UploadError } from '~/server/media/images.server';
import { LocalDiskStorage } from '~/server/media/storage.server';
import { saveUpload } from '~/server/media/uploads.server';
import { exporterId as idOf, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const OPERATOR_FREE = { id: 'user-khewra', email: 'khewra@exporters.example', role: 'exporter' };

function formInput(overrides: Record<string, unknown> = {}) {
  return {
    ...rawInput({
      ...emptyValues(),
      nameEn: 'Pink Salt Cooking Block',
      nameZh: '玫瑰盐烹饪板',
      summaryEn: 'A 20 × 20 × 4 cm slab of Khewra pink salt for grilling.',
      category: 'himalayan-salt',
      moq: '300',
      unit: 'piece',
      tiers: [{ minQuantity: '300', price: '6.40' }],
      incoterms: ['FOB'],
      hsCode: '2501.00.90',
      leadTimeMinDays: '15',
      leadTimeMaxDays: '30',
      supplyQuantity: '5000',
      supplyUnit: 'piece',
      supplyPeriod: 'month',
      samplePolicy: 'paid',
      originCity: 'khewra',
    }),
    ...overrides,
  };
}

/** The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box of brand `heic`, then a `meta` box. */
function heicBytes(): Uint8Array {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic')]);
  return new Uint8Array(Buffer.concat([ftyp, Buffer.from([0, 0, 0, 16]), Buffer.from('meta'), Buffer.alloc(8)]));
}

describe.each(DATABASES)('phone editor services on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let categories: string[];
  let khewra: number;
  let chenab: number;
  let storageDir: string;
  const parse = (input: unknown): ProductInput => productSchema(categories).parse(input);
  const auditRows = (entityId: number) =>
    database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.entity, 'product'), eq(t.auditLog.entityId, String(entityId))))
      .orderBy(asc(t.auditLog.id));

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    categories = (await database.db.select({ slug: t.categories.slug }).from(t.categories)).map((c) => c.slug);
    khewra = await idOf(database.db, verifiedSaltExporter);
    chenab = await idOf(database.db, verifiedSportsExporter);
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'phone-editor-'));
  });
  afterAll(async () => {
    await database?.close();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it.skipIf(skip)('the same new-product form posted twice at once, or again later, creates one product', async () => {
    const input = parse(formInput({ nameEn: 'Salt Block Double Tap' }));
    const key = 'form-key-double-tap-0001';
    const answers = await Promise.all(Array.from({ length: 4 }, () => createProduct(database.db, khewra, input, { createKey: key })));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    const again = await createProduct(database.db, khewra, input, { createKey: key });
    expect(again).toMatchObject({ id: answers[0]!.id, replayed: true });
    const named = (await listOwnProducts(database.db, khewra)).filter((p) => p.nameEn === 'Salt Block Double Tap');
    expect(named).toHaveLength(1);
    // Another form (another key) is another product; and a key is the exporter's own.
    expect((await createProduct(database.db, khewra, input, { createKey: 'form-key-double-tap-0002' })).id).not.toBe(answers[0]!.id);
    expect((await createProduct(database.db, chenab, input, { createKey: key })).id).not.toBe(answers[0]!.id);
  });

  it.skipIf(skip)('a SKU is the exporter’s own: a clash is refused with a clear message, another exporter may use it', async () => {
    const first = await createProduct(database.db, khewra, parse(formInput({ nameEn: 'SKU One', sku: ' KCS-BLK-20 ' })));
    expect((await getOwnProduct(database.db, khewra, first.id))!.product.sku).toBe('KCS-BLK-20');
    await expect(createProduct(database.db, khewra, parse(formInput({ nameEn: 'SKU Two', sku: 'KCS-BLK-20' })))).rejects.toBeInstanceOf(SkuTaken);
    const second = await createProduct(database.db, khewra, parse(formInput({ nameEn: 'SKU Two', sku: 'KCS-BLK-21' })));
    await expect(updateProduct(database.db, khewra, second.id, parse(formInput({ nameEn: 'SKU Two', sku: 'KCS-BLK-20' })))).rejects.toBeInstanceOf(SkuTaken);
    // Saving a product with its own SKU is no clash.
    expect(await updateProduct(database.db, khewra, first.id, parse(formInput({ nameEn: 'SKU One', sku: 'KCS-BLK-20', moq: '350' })))).toBe(true);
    expect((await createProduct(database.db, chenab, parse(formInput({ nameEn: 'Other maker', sku: 'KCS-BLK-20' })))).id).toBeGreaterThan(0);

    expect(editorMessage(getT('en'), 'skuTaken', { sku: 'KCS-BLK-20' })).toBe(
      'Another of your products already has the SKU KCS-BLK-20. Give this one its own code, or leave the field empty.',
    );
    expect(editorMessage(getT('zh'), 'skuTaken', { sku: 'KCS-BLK-20' })).toBe('您的另一款产品已使用货号 KCS-BLK-20。请为本产品填写不同的货号，或留空。');
    const bad = productSchema(categories).safeParse(formInput({ sku: 'KCS BLK <20>' }));
    expect(bad.success).toBe(false);
    const code = fieldErrors(bad.error!).sku!;
    expect(editorMessage(getT('en'), code)).toMatch(/^A SKU may use letters, digits/);
    expect(editorMessage(getT('zh'), code)).toMatch(/^货号可用字母、数字/);
    expect(productSchema(categories).safeParse(formInput({ sku: 'A'.repeat(500) })).success).toBe(false);
  });

  it.skipIf(skip)('duplicates a product as a draft copy with its ladder and photos, a blank SKU, once per key', async () => {
    const storage = new LocalDiskStorage(storageDir);
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 220, g: 150, b: 140 } } })
      .jpeg()
      .toBuffer();
    const upload = await saveUpload(database.db, storage, khewra, jpeg);
    const original = await createProduct(
      database.db,
      khewra,
      parse(formInput({ nameEn: 'Salt Slab Original', sku: 'KCS-SLAB', images: [{ key: upload.key, altEn: 'A slab', altZh: '一块盐板' }] })),
    );
    await setProductStatus(database.db, khewra, original.id, 'published');
    const copy = await duplicateProduct(database.db, khewra, original.id, { createKey: 'copy-key-salt-slab-01', user: OPERATOR_FREE });
    const twice = await duplicateProduct(database.db, khewra, original.id, { createKey: 'copy-key-salt-slab-01', user: OPERATOR_FREE });
    expect(twice).toMatchObject({ id: copy!.id, replayed: true });
    const own = (await getOwnProduct(database.db, khewra, copy!.id))!;
    expect(own.product).toMatchObject({ nameEn: 'Salt Slab Original (copy)', nameZh: '玫瑰盐烹饪板（副本）', status: 'draft', sku: null, moq: 300 });
    expect(own.product.slug).not.toBe(original.slug);
    expect(own.product.images.map((img) => img.key)).toEqual([upload.key]);
    expect(own.tiers.map((tier) => [tier.minQuantity, tier.priceUsdCents])).toEqual([[300, 640]]);
    expect(await duplicateProduct(database.db, chenab, original.id)).toBeNull();

    const [row] = await auditRows(copy!.id);
    expect(row).toMatchObject({ action: 'product.duplicate', actorEmail: OPERATOR_FREE.email, actorRole: 'exporter', exporterId: khewra });
    expect(row!.before).toEqual({ copiedFrom: original.id });
    expect(row!.after).toMatchObject({ nameEn: 'Salt Slab Original (copy)', status: 'draft', sku: null, images: [upload.key] });

    // Deleting the copy keeps the photo the original still shows.
    expect(await deleteProduct(database.db, khewra, copy!.id, storage)).toBe(true);
    expect((await database.db.select().from(t.uploads).where(eq(t.uploads.key, upload.key))).length).toBe(1);
  });

  it.skipIf(skip)('copies made at once from two tabs (two form keys) each get their own address', async () => {
    const original = await createProduct(database.db, khewra, parse(formInput({ nameEn: 'Salt Candle Holder Twin', sku: 'KCS-TWIN' })));
    const copies = await Promise.all(
      ['twin-copy-key-0001', 'twin-copy-key-0002', 'twin-copy-key-0003'].map((createKey) => duplicateProduct(database.db, khewra, original.id, { createKey })),
    );
    const slugs = copies.map((c) => c!.slug);
    expect(new Set(slugs).size).toBe(3);
    expect(copies.every((c) => c!.replayed === false)).toBe(true);
  });

  it.skipIf(skip)('records who changed what buyers see: save, publish, withdraw and delete, before and after', async () => {
    const { id } = await createProduct(database.db, khewra, parse(formInput({ nameEn: 'Audited Salt Plate' })), { user: OPERATOR_FREE });
    await updateProduct(database.db, khewra, id, parse(formInput({ nameEn: 'Audited Salt Plate', moq: '450' })), undefined, OPERATOR_FREE);
    // A save that changes nothing writes no row.
    await updateProduct(database.db, khewra, id, parse(formInput({ nameEn: 'Audited Salt Plate', moq: '450' })), undefined, OPERATOR_FREE);
    await setProductStatus(database.db, khewra, id, 'published', OPERATOR_FREE);
    await setProductStatus(database.db, khewra, id, 'draft', OPERATOR_FREE);
    await deleteProduct(database.db, khewra, id, undefined, OPERATOR_FREE);
    const rows = await auditRows(id);
    expect(rows.map((r) => r.action)).toEqual(['product.create', 'product.save', 'product.publish', 'product.unpublish', 'product.delete']);
    expect(rows.every((r) => r.actorEmail === OPERATOR_FREE.email && r.exporterId === khewra)).toBe(true);
    expect([rows[1]!.before, rows[1]!.after]).toEqual([{ moq: 300 }, { moq: 450 }]);
    expect([rows[2]!.before, rows[2]!.after]).toEqual([{ status: 'draft' }, { status: 'published' }]);
    expect(rows[4]!.before).toMatchObject({ nameEn: 'Audited Salt Plate', moq: 450, status: 'draft' });
    expect(rows[4]!.after).toEqual({ status: 'archived' });
  });

  it.skipIf(skip)('a deleted product leaves the catalog (its address is gone) but its inquiries stay readable and answerable', async () => {
    const { id, slug } = await createProduct(database.db, khewra, parse(formInput({ nameEn: 'Salt Plate Asked About', sku: 'KCS-ASKED' })));
    await setProductStatus(database.db, khewra, id, 'published');
    const parsed = parseInquiry({
      locale: 'zh',
      buyer: {
        name: '李娜',
        company: '广州海味进出口有限公司',
        email: 'lina@example.cn',
        phone: '+86 139 0000 0000',
        wechat: '',
        province: '广东',
        city: '广州',
      },
      destinationPort: 'guangzhou',
      incoterm: 'FOB',
      message: '请报价。',
      consent: true,
      items: [{ product: slug, quantity: 600, unit: 'piece' }],
    });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const sent = await submitInquiry(database.db, parsed.data, { idempotencyKey: 'phone-delete-1', channel: 'api', categoryMax: 5 });
    if (!sent.ok) throw new Error('inquiry refused');
    const reference = sent.inquiries[0]!.reference;
    const token = decodeURIComponent(sent.inquiries[0]!.statusPath.split('token=')[1]!);

    expect(await deletionImpact(database.db, khewra, id)).toEqual({ inquiries: 1, quotes: 0 });
    expect(await deletionImpact(database.db, chenab, id)).toBeNull();
    expect(await deleteProduct(database.db, chenab, id)).toBe(false);
    expect(await deleteProduct(database.db, khewra, id)).toBe(true);
    expect(await deleteProduct(database.db, khewra, id)).toBe(false);

    expect(await getProductDetail(database.db, slug)).toBeNull();
    expect(await isDeletedProduct(database.db, slug)).toBe(true);
    expect(await isDeletedProduct(database.db, 'pink-salt-never-existed')).toBe(false);
    expect(await isDeletedProduct(database.db, 'pink\u0000salt')).toBe(false);
    expect(await getOwnProduct(database.db, khewra, id)).toBeNull();
    expect((await listOwnProducts(database.db, khewra)).some((p) => p.id === id)).toBe(false);
    expect(await setProductStatus(database.db, khewra, id, 'published')).toBe(false);
    // Its SKU is free again.
    expect((await createProduct(database.db, khewra, parse(formInput({ nameEn: 'Successor Plate', sku: 'KCS-ASKED' })))).id).toBeGreaterThan(id);

    const view = await inquiryForExporter(database.db, khewra, reference);
    expect(view!.items.map((i) => [i.productNameEn, i.quantity])).toEqual([['Salt Plate Asked About', 600]]);
    expect(await addExporterReply(database.db, khewra, view!.inquiry.id, 'FOB Karachi USD 6.20 per piece.')).toBe(true);
    const buyer = await inquiryForBuyer(database.db, reference, token);
    expect(buyer!.items[0]!.productNameZh).toBe('玫瑰盐烹饪板');
    expect(buyer!.messages.map((m) => m.body)).toEqual(['FOB Karachi USD 6.20 per piece.']);
  });

  it.skipIf(skip)('a reply sent twice with its form key, even at once, is stored and mailed once', async () => {
    const [own] = await database.db.select({ id: t.inquiries.id }).from(t.inquiries).where(eq(t.inquiries.exporterId, khewra)).limit(1);
    const form = inquiryActionForm.parse({ intent: 'reply', body: 'Samples leave Lahore on Monday.', clientKey: 'reply-key-0123456789ab' });
    if (form.intent !== 'reply') throw new Error('not a reply');
    expect(form.clientKey).toBe('reply-key-0123456789ab');
    const sends = await Promise.all([1, 2, 3].map(() => addExporterReply(database.db, khewra, own!.id, form.body, new Date(), form.clientKey)));
    expect(sends).toEqual([true, true, true]);
    const stored = await database.db
      .select()
      .from(t.inquiryMessages)
      .where(and(eq(t.inquiryMessages.inquiryId, own!.id), eq(t.inquiryMessages.body, form.body)));
    expect(stored).toHaveLength(1);
    const mails = await database.db
      .select()
      .from(t.outboxJobs)
      .where(eq(t.outboxJobs.messageId, `message-${stored[0]!.id}-buyer`));
    expect(mails).toHaveLength(1);
    // A different key is a new message; a malformed key is ignored, not refused.
    await addExporterReply(database.db, khewra, own!.id, form.body, new Date(), 'reply-key-0123456789ac');
    expect(
      (
        await database.db
          .select()
          .from(t.inquiryMessages)
          .where(and(eq(t.inquiryMessages.inquiryId, own!.id), eq(t.inquiryMessages.body, form.body)))
      ).length,
    ).toBe(2);
    const odd = inquiryActionForm.parse({ intent: 'reply', body: 'x', clientKey: '<script>' });
    expect(odd.intent === 'reply' && odd.clientKey).toBeNull();
  });

  it.skipIf(skip)('an iPhone HEIC photo is recognised by its bytes and refused with how to send a JPEG, in English and Chinese', async () => {
    const bytes = heicBytes();
    expect(isHeic(bytes)).toBe(true);
    expect(checkStructure(bytes)).toEqual({ ok: false, problem: 'imageHeic' });
    // An AVIF is a HEIF too, but one we read.
    const avif = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#fff' } })
      .avif()
      .toBuffer();
    expect(isHeic(new Uint8Array(avif))).toBe(false);
    let problem = '';
    try {
      await saveUpload(database.db, new LocalDiskStorage(storageDir), khewra, bytes);
    } catch (error) {
      if (error instanceof UploadError) problem = error.problem;
    }
    expect(problem).toBe('imageHeic');
    // The upload's refusal shows the editor's message of the code (`refusal` in upload-answer.server.ts).
    const en = editorMessage(getT('en'), problem);
    const zh = editorMessage(getT('zh'), problem);
    expect(en).toContain('Settings → Camera → Formats');
    expect(en).toContain('“Most Compatible”');
    expect(zh).toContain('“设置 → 相机 → 格式”');
    expect(zh).toContain('“兼容性最佳”');
  });
});
