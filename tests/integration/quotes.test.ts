import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJob } from '~/features/inquiry/mail.server';
import { chineseMailOffences } from '../fixtures/zh-text';
import { parseInquiry, type InquiryInput } from '~/features/inquiry/schema';
import { submitInquiry } from '~/features/inquiry/service.server';
import type { ProformaDocument } from '~/features/quotes/document';
import { formatMinor, lineAmount } from '~/lib/money';
import { parseMinor } from '~/features/quotes/money';
import { answerQuote, buyerQuotes, exporterQuotes, saveQuote, slugInitials, withdrawQuote } from '~/features/quotes/quotes.server';
import { addDays, parseQuoteForm, shanghaiDay, type QuoteInput } from '~/features/quotes/schema';
import { portsOf } from '~/features/quotes/terms';
import * as t from '~/server/db/schema.server';
import { exporterId, football, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SITE = 'https://pavilion.test';

function basket(product: string, locale: 'en' | 'zh', quantity = 3): InquiryInput {
  const parsed = parseInquiry({
    locale,
    buyer: { name: '王伟', company: '宁波海盐进出口有限公司', email: 'wang@example.cn', phone: '+86 138 0000 0000', province: '浙江', city: '宁波' },
    destinationPort: 'ningbo-zhoushan',
    incoterm: 'FOB',
    consent: true,
    items: [{ product, quantity, unit: 'ton' }],
  });
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

/** The editor's form as an exporter fills it in, parsed by the same schema as the page's post. */
function quoteForm(item: number, fields: Record<string, string> = {}): QuoteInput {
  const parsed = parseQuoteForm(
    new URLSearchParams({
      currency: 'USD',
      term: 'FOB:karachi',
      leadTimeDays: '30',
      validUntil: addDays(shanghaiDay(), 20),
      payment: 'tt',
      depositPercent: '30',
      packing: '25 kg PP bags, 40 bags per pallet',
      notes: '',
      'lines.0.item': String(item),
      'lines.0.quantity': '3',
      'lines.0.unit': 'ton',
      'lines.0.price': '1,234.56',
      ...fields,
    }),
  );
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

describe('quote money', () => {
  it('reads decimal prices digit by digit: no float error', () => {
    expect(parseMinor('1,234.56')).toBe(123456);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(parseMinor('0.29')).toBe(29);
    expect(parseMinor('19.9')).toBe(1990);
    expect([parseMinor('1.005'), parseMinor('-3'), parseMinor('1e3'), parseMinor('')]).toEqual([null, null, null, null]);
    expect(lineAmount(3, 123456)).toBe(370368);
    // 19.99 * 3 is 59.970000000000006 in floating point.
    expect(lineAmount(3, 1999)).toBe(5997);
    expect(formatMinor(370368, 'USD')).toBe('US$3,703.68');
    expect(formatMinor(370368, 'CNY')).toBe('¥3,703.68');
    expect(formatMinor(9007199254740991, 'USD')).toBe('US$90,071,992,547,409.91');
  });

  it('refuses prices past two decimals and validity dates in the past, with codes', () => {
    const parsed = parseQuoteForm(
      new URLSearchParams({
        currency: 'EUR',
        term: 'FOB:Paris',
        leadTimeDays: '0',
        validUntil: addDays(shanghaiDay(), -1),
        payment: 'tt',
        'lines.0.quantity': '3',
        'lines.0.unit': 'ton',
        'lines.0.price': '1.234',
      }),
    );
    expect(parsed).toEqual({
      errors: { currency: 'invalidCurrency', term: 'invalidTerm', leadTimeDays: 'leadTimeMin', validUntil: 'validityPast', 'lines.0.price': 'invalidPrice' },
    });
  });

  it('names the editor row of a refused line, even when blank rows before it were left out', () => {
    const parsed = parseQuoteForm(
      new URLSearchParams({
        currency: 'CNY',
        term: 'CIF:shanghai',
        leadTimeDays: '20',
        validUntil: addDays(shanghaiDay(), 5),
        payment: 'lc-sight',
        'lines.0.name': '',
        'lines.0.quantity': '',
        'lines.0.price': '',
        'lines.1.name': 'Rock salt lamp',
        'lines.1.quantity': '10',
        'lines.1.unit': 'piece',
        'lines.1.price': '12.345',
      }),
    );
    expect(parsed).toEqual({ errors: { 'lines.1.price': 'invalidPrice' } });
  });

  it('derives the ports of loading and discharge from the term and the buyer’s destination', () => {
    expect(portsOf('FOB', 'port-qasim', 'shanghai')).toEqual({ loading: 'Port Qasim', discharge: 'Shanghai' });
    expect(portsOf('CIF', 'nansha', 'shanghai')).toEqual({ loading: 'Karachi', discharge: 'Nansha (Guangzhou)' });
    expect(portsOf('FCA', 'sost', 'urumqi')).toEqual({ loading: 'Sost (Khunjerab)', discharge: 'Kashgar' });
    expect(portsOf('DAP', 'kashgar', 'khunjerab-kashgar')).toEqual({ loading: 'Sost (Khunjerab)', discharge: 'Kashgar' });
    expect(portsOf('EXW', 'sialkot', 'tianjin')).toEqual({ loading: 'Sialkot', discharge: 'Tianjin' });
  });

  it('initials of an exporter for its proforma numbers', () => {
    expect(slugInitials('khewra-crystal-salt-works')).toBe('KCSW');
  });
});

describe.each(DATABASES)('quotations on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let saltMaker: number;
  let ballMaker: number;
  let counter = 0;

  /** A new inquiry: its reference, status token, id and its one item's id. */
  const inquire = async (product = pinkSalt.slug, locale: 'en' | 'zh' = 'zh', quantity = 3) => {
    counter += 1;
    const result = await submitInquiry(database.db, basket(product, locale, quantity), {
      idempotencyKey: `quotes-${counter}-${Date.now()}`,
      channel: 'api',
      categoryMax: 5,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { reference, statusPath } = result.inquiries[0]!;
    const token = decodeURIComponent(statusPath.split('token=')[1]!);
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, reference));
    const [item] = await database.db.select().from(t.inquiryItems).where(eq(t.inquiryItems.inquiryId, inquiry!.id));
    return { reference, token, id: inquiry!.id, item: item!.id };
  };
  const send = async (exporter: number, reference: string, input: QuoteInput, key = `key-${Math.random().toString(36).slice(2)}-${Date.now()}`) =>
    saveQuote(database.db, exporter, reference, input, { send: true, idempotencyKey: key });
  const quoteRow = async (id: number) => (await database.db.select().from(t.quotes).where(eq(t.quotes.id, id)))[0]!;
  const jobs = async (kind: string) => database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, kind));

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    saltMaker = await exporterId(database.db, verifiedSaltExporter);
    ballMaker = await exporterId(database.db, verifiedSportsExporter);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('a draft stays the exporter’s; sending it makes version 1, counts as the first reply and mails the buyer in Chinese', async () => {
    const inq = await inquire();
    const draft = await saveQuote(database.db, saltMaker, inq.reference, quoteForm(inq.item), { send: false, idempotencyKey: 'draft-key-000000001' });
    expect(draft).toMatchObject({ ok: true, version: 1, status: 'draft' });
    // Saved again (the same form, corrected): still one draft, holding the latest.
    await saveQuote(database.db, saltMaker, inq.reference, quoteForm(inq.item, { 'lines.0.price': '999.99' }), {
      send: false,
      idempotencyKey: 'draft-key-000000001',
    });
    const drafts = await exporterQuotes(database.db, saltMaker, inq.id);
    expect(drafts.map((q) => [q.version, q.state, q.lines[0]!.unitPriceMinor])).toEqual([[1, 'draft', 99999]]);
    expect(await buyerQuotes(database.db, inq.reference, { token: inq.token })).toEqual([]);
    const [before] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.id, inq.id));
    expect(before!.firstResponseAt).toBeNull();

    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item, { 'lines.0.price': '1234.56' }));
    expect(sent).toMatchObject({ ok: true, version: 1, status: 'sent' });
    const [after] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.id, inq.id));
    expect(after!.firstResponseAt).not.toBeNull();
    expect(after!.status).toBe('replied');
    expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());

    const [shown] = (await buyerQuotes(database.db, inq.reference, { token: inq.token }))!;
    expect(shown).toMatchObject({ version: 1, state: 'sent', currency: 'USD', incoterm: 'FOB', namedPlace: 'karachi', totalMinor: 370368 });
    expect(shown!.lines[0]).toMatchObject({ hsCode: '25010011', quantity: 3, unitPriceMinor: 123456, amountMinor: 370368 });

    const job = (await jobs('quote.sent')).find((j) => j.payload.quoteId === (sent.ok && sent.quoteId))!;
    const mail = await renderJob(database.db, job, SITE);
    expect(mail!.to).toBe('wang@example.cn');
    expect(mail!.subject).toContain('发来报价单');
    expect(chineseMailOffences(mail!, ['Salt Range Crystal'])).toEqual([]);
    expect(mail!.text).toContain('US$3,703.68');
    expect(mail!.text).toContain(`${SITE}/zh/inquiries/${inq.reference}/?token=`);
  });

  it.skipIf(skip)('a retried send lands once', async () => {
    const inq = await inquire();
    const first = await send(saltMaker, inq.reference, quoteForm(inq.item), 'same-key-0000000001');
    const again = await send(saltMaker, inq.reference, quoteForm(inq.item), 'same-key-0000000001');
    expect(again).toMatchObject({ ok: true, replay: true, version: 1 });
    expect(first.ok && again.ok && again.quoteId === first.quoteId).toBe(true);
    expect(await exporterQuotes(database.db, saltMaker, inq.id)).toHaveLength(1);
  });

  it.skipIf(skip)('revision: the buyer asks with a message, the exporter sends version 2, version 1 is kept as revised and cannot be accepted', async () => {
    const inq = await inquire();
    const v1 = await send(saltMaker, inq.reference, quoteForm(inq.item));
    if (!v1.ok) throw new Error('not sent');
    expect(
      await answerQuote(database.db, { intent: 'revise', reference: inq.reference, token: inq.token, quote: v1.quoteId, message: '请报 CIF 宁波价格。' }),
    ).toEqual({
      ok: true,
      done: 'revisionAsked',
    });
    const [listed] = await exporterQuotes(database.db, saltMaker, inq.id);
    expect(listed).toMatchObject({ revisionRequest: '请报 CIF 宁波价格。', state: 'sent' });
    const revisionJob = (await jobs('quote.revision')).find((j) => j.payload.quoteId === v1.quoteId)!;
    const mail = await renderJob(database.db, revisionJob, SITE);
    expect(mail!.to).toBe('sales@salt-range-crystal.example');
    expect(mail!.text).toContain('请报 CIF 宁波价格。');

    const v2 = await send(saltMaker, inq.reference, quoteForm(inq.item, { term: 'CIF:ningbo', 'lines.0.price': '1300' }));
    expect(v2).toMatchObject({ ok: true, version: 2 });
    const versions = (await buyerQuotes(database.db, inq.reference, { token: inq.token }))!;
    expect(versions.map((q) => [q.version, q.state])).toEqual([
      [2, 'sent'],
      [1, 'revised'],
    ]);
    expect(await answerQuote(database.db, { intent: 'accept', reference: inq.reference, token: inq.token, quote: v1.quoteId })).toEqual({
      ok: false,
      error: 'notOpen',
    });
    const revisedJob = (await jobs('quote.sent')).find((j) => v2.ok && j.payload.quoteId === v2.quoteId)!;
    expect((await renderJob(database.db, revisedJob, SITE))!.subject).toContain('第 2 版');
  });

  it.skipIf(skip)('an expired quote is shown as expired and cannot be accepted; a withdrawn one neither', async () => {
    const inq = await inquire();
    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item));
    if (!sent.ok) throw new Error('not sent');
    await database.db
      .update(t.quotes)
      .set({ validUntil: addDays(shanghaiDay(), -1) })
      .where(eq(t.quotes.id, sent.quoteId));
    expect((await buyerQuotes(database.db, inq.reference, { token: inq.token }))![0]!.state).toBe('expired');
    expect(await answerQuote(database.db, { intent: 'accept', reference: inq.reference, token: inq.token, quote: sent.quoteId })).toEqual({
      ok: false,
      error: 'expired',
    });
    expect((await quoteRow(sent.quoteId)).status).toBe('sent');
    // Valid through its last day in China: still acceptable on that day.
    await database.db.update(t.quotes).set({ validUntil: shanghaiDay() }).where(eq(t.quotes.id, sent.quoteId));
    expect((await buyerQuotes(database.db, inq.reference, { token: inq.token }))![0]!.state).toBe('sent');

    expect(await withdrawQuote(database.db, saltMaker, inq.reference, sent.quoteId)).toEqual({ ok: true });
    expect(await answerQuote(database.db, { intent: 'accept', reference: inq.reference, token: inq.token, quote: sent.quoteId })).toEqual({
      ok: false,
      error: 'notOpen',
    });
    expect(await withdrawQuote(database.db, saltMaker, inq.reference, sent.quoteId)).toEqual({ ok: false, error: 'notSent' });
  });

  it.skipIf(skip)('accepting twice gives one proforma and the same answer; the invoice is a full snapshot; nothing more can be quoted', async () => {
    const inq = await inquire();
    const sent = await send(
      saltMaker,
      inq.reference,
      quoteForm(inq.item, {
        'lines.0.quantity': '300',
        'lines.0.tiers.0.min': '100',
        'lines.0.tiers.0.price': '1,200.10',
        sampleCost: '25',
        sampleCurrency: 'USD',
        sampleDays: '7',
      }),
    );
    if (!sent.ok) throw new Error('not sent');
    const accept = { intent: 'accept' as const, reference: inq.reference, token: inq.token, quote: sent.quoteId };
    const first = await answerQuote(database.db, accept);
    const second = await answerQuote(database.db, accept);
    expect(first).toMatchObject({ ok: true, done: 'accepted' });
    expect(second).toEqual(first);
    const proformas = await database.db.select().from(t.proformas).where(eq(t.proformas.quoteId, sent.quoteId));
    expect(proformas).toHaveLength(1);
    const document = proformas[0]!.document as ProformaDocument;
    expect(document).toMatchObject({
      number: first.ok && 'proformaNumber' in first ? first.proformaNumber : '',
      inquiryReference: inq.reference,
      quoteVersion: 1,
      currency: 'USD',
      incoterm: 'FOB',
      namedPlace: 'Karachi',
      portOfLoading: 'Karachi',
      portOfDischarge: 'Ningbo-Zhoushan',
      leadTimeDays: 30,
      paymentTerms: { kind: 'tt', depositPercent: 30 },
      sampleOffer: { costMinor: 2500, currency: 'USD', days: 7 },
      packing: '25 kg PP bags, 40 bags per pallet',
      paymentInstructions: null,
      seller: { nameEn: 'Salt Range Crystal Works', city: 'khewra' },
      buyer: { name: '王伟', company: '宁波海盐进出口有限公司', email: 'wang@example.cn' },
    });
    // 300 t reach the tier from 100 t: 300 × 1,200.10 = 360,030.00.
    expect(document.lines).toEqual([
      {
        nameEn: pinkSalt.product.nameEn,
        nameZh: pinkSalt.product.nameZh,
        hsCode: '25010011',
        origin: 'Khewra, Punjab, Pakistan',
        quantity: 300,
        unit: 'ton',
        unitPriceMinor: 120010,
        amountMinor: 36003000,
      },
    ]);
    expect([document.totalMinor, proformas[0]!.totalMinor]).toEqual([36003000, 36003000]);

    expect(await answerQuote(database.db, { intent: 'decline', reference: inq.reference, token: inq.token, quote: sent.quoteId })).toEqual({
      ok: false,
      error: 'otherAccepted',
    });
    expect(await send(saltMaker, inq.reference, quoteForm(inq.item))).toEqual({ ok: false, error: 'accepted' });
    expect((await jobs('proforma.buyer')).filter((j) => j.payload.proformaId === proformas[0]!.id)).toHaveLength(1);

    const buyerJob = (await jobs('proforma.buyer')).find((j) => j.payload.proformaId === proformas[0]!.id)!;
    const buyerMail = await renderJob(database.db, buyerJob, SITE);
    expect(buyerMail!.subject).toBe(`询盘 ${inq.reference} 的形式发票 ${document.number} 已开具`);
    expect(buyerMail!.text).toContain(`${SITE}/zh/inquiries/${inq.reference}/proforma/?token=`);
    expect(buyerMail!.text).toContain(`${SITE}/zh/inquiries/${inq.reference}/proforma.pdf?token=`);
    expect(buyerMail!.text).toContain('30% 定金，70% 尾款');
    const exporterJob = (await jobs('proforma.exporter')).find((j) => j.payload.proformaId === proformas[0]!.id)!;
    const exporterMail = await renderJob(database.db, exporterJob, SITE);
    expect(exporterMail!.to).toBe('sales@salt-range-crystal.example');
    expect(exporterMail!.text).toContain(`${SITE}/en/exporter/inquiries/${inq.reference}/proforma.pdf`);
  });

  it.skipIf(skip)('two concurrent accepts give one proforma and the same number', async () => {
    const inq = await inquire();
    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item));
    if (!sent.ok) throw new Error('not sent');
    const accept = { intent: 'accept' as const, reference: inq.reference, token: inq.token, quote: sent.quoteId };
    const answers = await Promise.all([answerQuote(database.db, accept), answerQuote(database.db, accept), answerQuote(database.db, accept)]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ ok: true, done: 'accepted' });
    expect(await database.db.select().from(t.proformas).where(eq(t.proformas.quoteId, sent.quoteId))).toHaveLength(1);
  });

  it.skipIf(skip)('proformas are numbered per exporter, in CNY too, exactly', async () => {
    const numbers = async (exporter: number) =>
      (await database.db.select({ n: t.proformas.number, s: t.proformas.sequence }).from(t.proformas).where(eq(t.proformas.exporterId, exporter)))
        .map((r) => r.n)
        .sort();
    const before = (await numbers(saltMaker)).length;
    const year = shanghaiDay().slice(0, 4);

    const ball = await inquire(football.slug, 'en');
    const ballQuote = await send(ballMaker, ball.reference, quoteForm(ball.item, { currency: 'CNY', 'lines.0.price': '0.29', 'lines.0.quantity': '3' }));
    if (!ballQuote.ok) throw new Error('not sent');
    const accepted = await answerQuote(database.db, { intent: 'accept', reference: ball.reference, token: ball.token, quote: ballQuote.quoteId });
    expect(accepted).toEqual({ ok: true, done: 'accepted', proformaNumber: `PI-SMB-${year}-0001` });
    const [cny] = await database.db.select().from(t.proformas).where(eq(t.proformas.quoteId, ballQuote.quoteId));
    expect([cny!.currency, cny!.totalMinor]).toEqual(['CNY', 87]);

    const salt = await inquire();
    const saltQuote = await send(saltMaker, salt.reference, quoteForm(salt.item));
    if (!saltQuote.ok) throw new Error('not sent');
    await answerQuote(database.db, { intent: 'accept', reference: salt.reference, token: salt.token, quote: saltQuote.quoteId });
    const saltNumbers = await numbers(saltMaker);
    expect(saltNumbers).toHaveLength(before + 1);
    expect(saltNumbers.at(-1)).toBe(`PI-SRCW-${year}-${String(before + 1).padStart(4, '0')}`);
  });

  it.skipIf(skip)("exporter B can neither read nor save, send or withdraw exporter A's quotes", async () => {
    const inq = await inquire();
    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item), 'idor-key-000000001');
    if (!sent.ok) throw new Error('not sent');
    expect(await exporterQuotes(database.db, ballMaker, inq.id)).toEqual([]);
    expect(await saveQuote(database.db, ballMaker, inq.reference, quoteForm(inq.item), { send: false, idempotencyKey: 'idor-save-000000001' })).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect(await send(ballMaker, inq.reference, quoteForm(inq.item))).toEqual({ ok: false, error: 'notFound' });
    expect(await withdrawQuote(database.db, ballMaker, inq.reference, sent.quoteId)).toEqual({ ok: false, error: 'notFound' });
    // B's own inquiry's reference with A's quote id changes nothing either.
    const own = await inquire(football.slug, 'en');
    expect(await withdrawQuote(database.db, ballMaker, own.reference, sent.quoteId)).toEqual({ ok: false, error: 'notFound' });
    // A's key replayed by B on B's inquiry gives B nothing of A's.
    const replay = await saveQuote(database.db, ballMaker, own.reference, quoteForm(own.item), { send: true, idempotencyKey: 'idor-key-000000001' });
    expect(replay).toMatchObject({ ok: true, version: 1 });
    expect(await exporterQuotes(database.db, saltMaker, inq.id)).toHaveLength(1);
    expect((await quoteRow(sent.quoteId)).status).toBe('sent');
    // Lines may only quote the inquiry's own items.
    expect(await send(saltMaker, inq.reference, quoteForm(own.item))).toEqual({ ok: false, error: 'fields', errors: { 'lines.0.item': 'unknownProduct' } });
  });

  it.skipIf(skip)('a wrong or missing token cannot read, accept, decline or ask a revision', async () => {
    const inq = await inquire();
    const other = await inquire();
    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item));
    if (!sent.ok) throw new Error('not sent');
    for (const token of ['', 'wrong-token-0000000000000', other.token]) {
      expect(await buyerQuotes(database.db, inq.reference, { token })).toBeNull();
      for (const answer of [
        { intent: 'accept' as const, reference: inq.reference, token, quote: sent.quoteId },
        { intent: 'decline' as const, reference: inq.reference, token, quote: sent.quoteId },
        { intent: 'revise' as const, reference: inq.reference, token, quote: sent.quoteId, message: 'cheaper' },
      ]) {
        expect(await answerQuote(database.db, answer)).toEqual({ ok: false, error: 'notFound' });
      }
    }
    // Without a token, only the signed-in buyer whose address sent the inquiry (any letter case) is its buyer.
    expect(await buyerQuotes(database.db, inq.reference, { buyerEmail: 'li@example.cn' })).toBeNull();
    expect(await answerQuote(database.db, { intent: 'decline', reference: inq.reference, token: '', quote: sent.quoteId }, 'li@example.cn')).toEqual({
      ok: false,
      error: 'notFound',
    });
    expect((await buyerQuotes(database.db, inq.reference, { buyerEmail: 'Wang@Example.cn' }))?.map((q) => q.id)).toEqual([sent.quoteId]);
    // The right token of another inquiry cannot reach this quote through its own reference either.
    expect(await answerQuote(database.db, { intent: 'accept', reference: other.reference, token: other.token, quote: sent.quoteId })).toEqual({
      ok: false,
      error: 'notFound',
    });
    const row = await quoteRow(sent.quoteId);
    expect([row.status, row.revisionRequest]).toEqual(['sent', null]);
    expect(await database.db.select().from(t.proformas).where(eq(t.proformas.quoteId, sent.quoteId))).toEqual([]);
    expect(
      await database.db
        .select()
        .from(t.outboxJobs)
        .where(and(eq(t.outboxJobs.kind, 'quote.declined'))),
    ).toEqual([]);
  });

  it.skipIf(skip)('a sourcing request is quoted with the product names the exporter gives, from its own city', async () => {
    const parsed = parseInquiry({ ...basket(pinkSalt.slug, 'en'), items: undefined, category: 'sports-goods', quantity: 1000, unit: 'piece' });
    if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
    const result = await submitInquiry(database.db, parsed.data, { idempotencyKey: `quotes-category-${Date.now()}`, channel: 'api', categoryMax: 5 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const routed = result.inquiries.find((i) => i.exporter === verifiedSportsExporter.slug)!;
    const input = quoteForm(0, {
      'lines.0.item': '',
      'lines.0.name': 'Training football, size 4',
      'lines.0.hsCode': '95066200',
      'lines.0.quantity': '1000',
      'lines.0.unit': 'piece',
      'lines.0.price': '5.25',
      term: 'EXW:exw',
    });
    const sent = await send(ballMaker, routed.reference, input);
    expect(sent).toMatchObject({ ok: true, version: 1 });
    const [inquiry] = await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, routed.reference));
    const [quote] = await exporterQuotes(database.db, ballMaker, inquiry!.id);
    expect(quote).toMatchObject({ incoterm: 'EXW', namedPlace: 'sialkot', totalMinor: 525000 });
    expect(quote!.lines[0]).toMatchObject({ nameEn: 'Training football, size 4', hsCode: '95066200', quantity: 1000 });
    const [line] = await database.db
      .select()
      .from(t.quoteLines)
      .where(eq(t.quoteLines.quoteId, sent.ok ? sent.quoteId : 0));
    expect(line!.origin).toBe('Sialkot, Punjab, Pakistan');
    // A line without a name is refused at its row.
    const unnamed = new URLSearchParams({
      currency: 'USD',
      term: 'EXW:exw',
      leadTimeDays: '9',
      validUntil: shanghaiDay(),
      payment: 'dp',
      'lines.0.quantity': '5',
      'lines.0.unit': 'piece',
      'lines.0.price': '1',
    });
    expect(parseQuoteForm(unnamed)).toEqual({ errors: { 'lines.0.name': 'required' } });
  });

  it.skipIf(skip)('declining tells the exporter in its language', async () => {
    const inq = await inquire();
    const sent = await send(saltMaker, inq.reference, quoteForm(inq.item));
    if (!sent.ok) throw new Error('not sent');
    expect(await answerQuote(database.db, { intent: 'decline', reference: inq.reference, token: inq.token, quote: sent.quoteId })).toEqual({
      ok: true,
      done: 'declined',
    });
    expect((await quoteRow(sent.quoteId)).status).toBe('declined');
    const job = (await jobs('quote.declined')).find((j) => j.payload.quoteId === sent.quoteId)!;
    const mail = await renderJob(database.db, job, SITE);
    expect(mail!.subject).toBe(`The buyer declined your quotation for inquiry ${inq.reference}`);
  });
});
