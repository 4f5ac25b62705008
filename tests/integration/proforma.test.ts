import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveProfile } from '~/features/exporter/profile.server';
import { profileForm } from '~/features/exporter/schema';
import { renderJob } from '~/features/inquiry/mail.server';
import { chineseMailOffences } from '../fixtures/zh-text';
import { parseInquiry } from '~/features/inquiry/schema';
import { submitInquiry } from '~/features/inquiry/service.server';
import { confirmReceipt, proformaForBuyer, proformaForExporter, recordPayment } from '~/features/proforma/proformas.server';
import * as t from '~/server/db/schema.server';
import { exporterId, football, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { insertProforma } from '../fixtures/proforma-rows';

const SITE = 'https://pavilion.example';

describe.each(DATABASES)('proforma invoices on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let saltMaker: number;
  let ballMaker: number;
  const tokens = new Map<string, string>();
  let saltRef = '';
  let ballRef = '';
  let number = '';

  const send = async (product: string, key: string) => {
    const parsed = parseInquiry({
      locale: 'zh',
      buyer: { name: '王伟', company: '义乌市联华进出口有限公司', email: 'wang@lianhua.example', phone: '+86 138 0000 0000', province: '浙江', city: '义乌' },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: true,
      items: [{ product, quantity: 1000, unit: 'piece' }],
    });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const result = await submitInquiry(database.db, parsed.data, { idempotencyKey: key, channel: 'api', categoryMax: 5 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [inquiry] = result.inquiries;
    tokens.set(inquiry!.reference, decodeURIComponent(inquiry!.statusPath.split('token=')[1]!));
    return inquiry!.reference;
  };
  const jobs = (kind: string) => database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, kind));
  const proof = (overrides: Record<string, string> = {}) => ({
    reference: saltRef,
    token: tokens.get(saltRef)!,
    bank: 'Bank of China, Yiwu branch',
    transferReference: 'UETR 9f3c0e2a',
    amount: '103068.00',
    currency: 'USD' as const,
    paidOn: '2026-12-03',
    ...overrides,
  });

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    saltMaker = await exporterId(database.db, verifiedSaltExporter);
    ballMaker = await exporterId(database.db, verifiedSportsExporter);
    saltRef = await send(pinkSalt.slug, 'pi-salt');
    ballRef = await send(football.slug, 'pi-ball');
    ({ number } = await insertProforma(database.db, saltRef));
    // The salt exporter's account reads English; the buyer wrote in Chinese.
    await database.db
      .insert(t.users)
      .values({ id: 'pi-salt-user', name: 'Salt exporter', email: 'owner@salt.example', role: 'exporter', exporterId: saltMaker, locale: 'en' });
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('shows the invoice to the holder of the inquiry token only', async () => {
    const view = await proformaForBuyer(database.db, saltRef, { token: tokens.get(saltRef)! });
    expect(view).toMatchObject({ number, reference: saltRef, paymentProof: null, paymentRecordedAt: null, receiptConfirmedAt: null });
    expect(view!.document.seller.nameZh).toBe('卡拉奇喜马拉雅盐业');
    expect(await proformaForBuyer(database.db, saltRef, { token: 'wrong-token-wrong-token' })).toBeNull();
    expect(await proformaForBuyer(database.db, saltRef, { token: tokens.get(ballRef)! })).toBeNull();
    expect(await proformaForBuyer(database.db, saltRef, { token: '' })).toBeNull();
    expect(await proformaForBuyer(database.db, `${saltRef}x`, { token: tokens.get(saltRef)! })).toBeNull();
    // An inquiry whose quote was not accepted has no invoice.
    expect(await proformaForBuyer(database.db, ballRef, { token: tokens.get(ballRef)! })).toBeNull();
  });

  it.skipIf(skip)('shows the invoice to its exporter and to no other exporter', async () => {
    expect((await proformaForExporter(database.db, saltMaker, saltRef))?.number).toBe(number);
    expect(await proformaForExporter(database.db, ballMaker, saltRef)).toBeNull();
    expect(await proformaForExporter(database.db, saltMaker, ballRef)).toBeNull();
    expect(await proformaForExporter(database.db, saltMaker, 'not-a-reference')).toBeNull();
  });

  it.skipIf(skip)('records the payment once, tells the exporter in English, and a repeated post changes nothing', async () => {
    expect(await recordPayment(database.db, proof({ token: 'wrong-token-wrong-token' }))).toBe('notFound');
    expect(await recordPayment(database.db, proof(), null, new Date('2026-12-03T09:00:00Z'))).toBe('recorded');
    expect(await recordPayment(database.db, proof({ amount: '1.00', transferReference: 'other' }), null, new Date('2026-12-04T09:00:00Z'))).toBe('already');
    const view = await proformaForBuyer(database.db, saltRef, { token: tokens.get(saltRef)! });
    expect(view?.paymentProof).toEqual({
      bank: 'Bank of China, Yiwu branch',
      transferReference: 'UETR 9f3c0e2a',
      amount: '103068.00',
      currency: 'USD',
      paidOn: '2026-12-03',
    });
    expect(view?.paymentRecordedAt?.toISOString()).toBe('2026-12-03T09:00:00.000Z');
    // The exporter sees the same record.
    expect((await proformaForExporter(database.db, saltMaker, saltRef))?.paymentProof?.transferReference).toBe('UETR 9f3c0e2a');

    const sent = await jobs('proforma.payment');
    expect(sent).toHaveLength(1);
    const mail = await renderJob(database.db, sent[0]!, SITE);
    expect(mail).toMatchObject({ to: 'sales@salt-range-crystal.example', language: 'en', replyTo: 'wang@lianhua.example' });
    expect(mail!.subject).toContain(number);
    expect(mail!.text).toContain('UETR 9f3c0e2a');
    expect(mail!.text).toContain('103068.00 USD');
    expect(mail!.text).toContain(`${SITE}/en/exporter/inquiries/${saltRef}/proforma/`);
  });

  it.skipIf(skip)('lets only the exporter confirm receipt, once, and tells the buyer in Chinese', async () => {
    expect(await confirmReceipt(database.db, ballMaker, saltRef)).toBe('notFound');
    expect((await proformaForBuyer(database.db, saltRef, { token: tokens.get(saltRef)! }))?.receiptConfirmedAt).toBeNull();
    expect(await confirmReceipt(database.db, saltMaker, saltRef, new Date('2026-12-05T10:00:00Z'))).toBe('recorded');
    expect(await confirmReceipt(database.db, saltMaker, saltRef, new Date('2026-12-06T10:00:00Z'))).toBe('already');
    expect((await proformaForBuyer(database.db, saltRef, { token: tokens.get(saltRef)! }))?.receiptConfirmedAt?.toISOString()).toBe('2026-12-05T10:00:00.000Z');

    const sent = await jobs('proforma.receipt');
    expect(sent).toHaveLength(1);
    const mail = await renderJob(database.db, sent[0]!, SITE);
    expect(mail).toMatchObject({ to: 'wang@lianhua.example', language: 'zh-Hans' });
    expect(mail!.subject).toContain('已确认收到');
    expect(chineseMailOffences(mail!)).toEqual([]);
    expect(mail!.text).toContain('王伟');
    expect(mail!.text).toContain(`${SITE}/zh/inquiries/${saltRef}/proforma/?token=${encodeURIComponent(tokens.get(saltRef)!)}`);
  });

  it.skipIf(skip)("writes the exporter's mail in the account's language", async () => {
    await database.db.update(t.users).set({ locale: 'zh' }).where(eq(t.users.id, 'pi-salt-user'));
    const [job] = await jobs('proforma.payment');
    const mail = await renderJob(database.db, job!, SITE);
    expect(mail).toMatchObject({ language: 'zh-Hans' });
    expect(mail!.subject).toContain('登记付款');
    expect(mail!.text).toContain(`${SITE}/zh/exporter/inquiries/${saltRef}/proforma/`);
  });

  it.skipIf(skip)('stores the payment instructions of the profile form, and clears them when all fields are emptied', async () => {
    const [user] = await database.db
      .select()
      .from(t.users)
      .where(and(eq(t.users.id, 'pi-salt-user')));
    const base = { nameEn: 'Salt Range Crystal Works', nameZh: '盐岭晶盐工坊', city: 'khewra', inquiryEmail: 'sales@salt-range-crystal.example' };
    const bank = {
      payBeneficiary: 'Salt Range Crystal Works',
      payBank: 'Habib Bank Limited',
      payBankAddress: 'Jhelum',
      paySwift: 'HABBPKKA',
      payIban: 'PK36SCBL0000001123456702',
      payCurrency: 'USD',
      payRaast: '+92 300 1234567',
    };
    await saveProfile(database.db, user!.id, saltMaker, profileForm.parse({ ...base, ...bank }));
    const [stored] = await database.db.select({ p: t.exporters.paymentInstructions }).from(t.exporters).where(eq(t.exporters.id, saltMaker));
    expect(stored!.p).toEqual({
      beneficiary: 'Salt Range Crystal Works',
      bank: 'Habib Bank Limited',
      bankAddress: 'Jhelum',
      swift: 'HABBPKKA',
      iban: 'PK36SCBL0000001123456702',
      currency: 'USD',
      raast: '03001234567',
    });
    await saveProfile(database.db, user!.id, saltMaker, profileForm.parse(base));
    const [cleared] = await database.db.select({ p: t.exporters.paymentInstructions }).from(t.exporters).where(eq(t.exporters.id, saltMaker));
    expect(cleared!.p).toBeNull();
  });
});
