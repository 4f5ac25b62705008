import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { lineFacts } from '~/features/exporter/inbox.server';
import { changeBasket } from '~/features/inquiry/basket-form';
import { formToInquiry } from '~/features/inquiry/form-data';
import { inquiryFormProps } from '~/features/inquiry/form-props';
import { DEFAULT_LIMITS, handleInquiry } from '~/features/inquiry/handle.server';
import { belowMoq } from '~/features/inquiry/moq';
import { belowMoqNotes } from '~/features/inquiry/basket-lines.server';
import { parseInquiry } from '~/features/inquiry/schema';
import { formatMinor, minorToUsdCents, parseDecimalMinor } from '~/lib/money';
import * as t from '~/server/db/schema.server';
import { football, pinkSalt } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SALT = pinkSalt.slug;

const body = (item: Record<string, unknown>, locale: 'en' | 'zh' = 'zh') => ({
  locale,
  buyer: { name: '王伟', company: '上海海盐贸易有限公司', email: 'wang@example.cn', phone: '+86 138 0000 0000' },
  destinationPort: 'shanghai',
  incoterm: 'FOB',
  consent: true,
  items: [{ product: SALT, quantity: 50, unit: 'ton', ...item }],
});

const request = (payload: unknown, key: string) => ({
  body: payload,
  locale: 'zh' as const,
  ip: '203.0.113.9',
  idempotencyKey: key,
  channel: 'api' as const,
  siteUrl: 'https://pavilion.example',
  limits: { ...DEFAULT_LIMITS, perIp: 1000, perEmail: 1000 },
});

describe('target price typed by the buyer', () => {
  it('reads decimal strings exactly into minor units: 8 yuan is 800 fen, 1.2 dollars 120 cents', () => {
    expect(parseDecimalMinor('8', 1e8)).toEqual({ ok: true, minor: 800 });
    expect(parseDecimalMinor('1.2', 1e8)).toEqual({ ok: true, minor: 120 });
    expect(parseDecimalMinor('0.29', 1e8)).toEqual({ ok: true, minor: 29 });
    expect(parseDecimalMinor('1234567.89', 1e9)).toEqual({ ok: true, minor: 123456789 });
    const parsed = parseInquiry(body({ targetPrice: '8', targetCurrency: 'CNY' }));
    expect('data' in parsed && parsed.data).toMatchObject({ items: [{ target: { minor: 800, currency: 'CNY' } }] });
    const usd = parseInquiry(body({ targetPrice: '1.2', targetCurrency: 'USD' }));
    expect('data' in usd && usd.data).toMatchObject({ items: [{ target: { minor: 120, currency: 'USD' } }] });
  });

  it('refuses exponents, signs, decimal commas and over-long text with codes', () => {
    expect(parseDecimalMinor('1e3', 1e8)).toEqual({ ok: false, code: 'priceFormat' });
    expect(parseDecimalMinor('-1', 1e8)).toEqual({ ok: false, code: 'priceMin' });
    expect(parseDecimalMinor('1,5', 1e8)).toEqual({ ok: false, code: 'priceComma' });
    expect(parseDecimalMinor('1.234', 1e8)).toEqual({ ok: false, code: 'priceFormat' });
    expect(parseDecimalMinor('0', 1e8)).toEqual({ ok: false, code: 'priceMin' });
    expect(parseDecimalMinor('9'.repeat(40), 1e8)).toEqual({ ok: false, code: 'tooLong' });
  });

  it('converts at the operator rate in integers and writes ¥ and US$', () => {
    expect(minorToUsdCents(800, 'CNY', '7.250000')).toBe(110);
    expect(minorToUsdCents(800, 'CNY', null)).toBeNull();
    expect(formatMinor(800, 'CNY')).toBe('¥8.00');
    expect(formatMinor(110, 'USD')).toBe('US$1.10');
    expect(formatMinor(123456789, 'CNY')).toBe('¥1,234,567.89');
  });

  it('reads the form fields (a decimal, its currency, the sample box) like the API', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      locale: 'zh',
      'buyer.name': '王伟',
      'buyer.company': '上海海盐贸易有限公司',
      'buyer.email': 'wang@example.cn',
      'buyer.phone': '+86 138 0000 0000',
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: 'on',
      'items.0.product': SALT,
      'items.0.quantity': '1',
      'items.0.unit': 'ton',
      'items.0.targetPrice': '8',
      'items.0.targetCurrency': 'CNY',
      'items.0.sampleRequested': 'on',
    }))
      form.set(k, v);
    const parsed = parseInquiry(formToInquiry(form));
    expect('data' in parsed && parsed.data).toMatchObject({ items: [{ quantity: 1, sampleRequested: true, target: { minor: 800, currency: 'CNY' } }] });
  });

  it('offers CNY and USD, and no longer asks for US cents', () => {
    for (const locale of ['en', 'zh'] as const) {
      const { strings, currencies } = inquiryFormProps(getT(locale), 5);
      expect(currencies.map((c) => c.value)).toEqual(['CNY', 'USD']);
      expect(`${strings.targetPrice} ${strings.targetPriceHint}`).not.toMatch(/cent|美分|120/i);
    }
  });
});

describe('MOQ of a line', () => {
  it('is passed when the quantity in the product unit is below it; other units are not compared', () => {
    expect(belowMoq({ moq: 25, unit: 'ton' }, '10', 'ton')).toBe(true);
    expect(belowMoq({ moq: 25, unit: 'ton' }, '25', 'ton')).toBe(false);
    expect(belowMoq({ moq: 25, unit: 'ton' }, '10', 'kg')).toBe(false);
    expect(belowMoq({ moq: 25, unit: 'ton' }, 'abc', 'ton')).toBe(false);
  });

  it('is explained in both languages: the exporter’s MOQ, and that the inquiry can still be sent', () => {
    const en = inquiryFormProps(getT('en'), 5).strings.belowMoq.replace('{{moq}}', '25 t');
    const zh = inquiryFormProps(getT('zh'), 5).strings.belowMoq.replace('{{moq}}', '25 吨');
    expect(en).toBe('Below this exporter’s minimum order quantity (25 t). You can still send the inquiry.');
    expect(zh).toBe('低于该出口商的最小起订量（25 吨）。询盘仍可发送。');
  });
});

describe('"Request a sample" without JavaScript', () => {
  const post = (fields: Record<string, string>) =>
    new Request('http://localhost/api/basket', {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  it('adds the product to the basket with its sample flag; removing the product drops the flag', async () => {
    const added = await changeBasket(post({ op: 'sample', product: SALT, return: '/zh/products/x/' }), undefined, undefined);
    // The shared product page does not read the cookies: the address it comes back to says what was added.
    expect(added).toMatchObject({ ok: true, location: `/zh/products/x/?added=${SALT}&sample=${SALT}` });
    if (!added.ok) return;
    expect(JSON.parse(added.basket)).toEqual([SALT]);
    expect(JSON.parse(added.samples)).toEqual([SALT]);
    const other = await changeBasket(post({ op: 'add', product: football.slug, return: '/zh/inquiry/' }), added.basket, added.samples);
    if (!other.ok) throw new Error('refused');
    expect(JSON.parse(other.samples)).toEqual([SALT]);
    const removed = await changeBasket(post({ remove: SALT, return: '/zh/inquiry/' }), other.basket, other.samples);
    if (!removed.ok) throw new Error('refused');
    expect(JSON.parse(removed.basket)).toEqual([football.slug]);
    expect(JSON.parse(removed.samples)).toEqual([]);
  });
});

describe.each(DATABASES)('inquiry lines stored on $name', ({ open, skip }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    await database.db
      .update(t.exchangeRates)
      .set({ perUsd: '7.250000', updatedAt: new Date('2026-12-01T09:00:00Z') })
      .where(eq(t.exchangeRates.currency, 'CNY'));
  });
  afterAll(async () => {
    await database?.close();
  });

  const stored = async (reference: string) => {
    const [row] = await database.db
      .select({ item: t.inquiryItems })
      .from(t.inquiryItems)
      .innerJoin(t.inquiries, eq(t.inquiryItems.inquiryId, t.inquiries.id))
      .where(eq(t.inquiries.reference, reference));
    return row!.item;
  };

  it.skipIf(skip)('stores 8 yuan as 800 fen CNY, and the exporter reads ¥8.00 with its dollar value at the pavilion rate', async () => {
    const result = await handleInquiry(database.db, request(body({ quantity: 10, targetPrice: '8', targetCurrency: 'CNY' }), 'lines-cny-1'));
    if (result.status !== 201) throw new Error(JSON.stringify(result));
    const item = await stored(result.inquiries[0]!.reference);
    expect(item).toMatchObject({ targetPriceMinor: 800, targetCurrency: 'CNY', targetPriceUsdCents: null, sampleRequested: false });
    const facts = (await lineFacts(database.db, [item])).get(item.id)!;
    expect(facts.target).toEqual({ minor: 800, currency: 'CNY' });
    expect(facts.usd).toEqual({ cents: 110, rateDate: new Date('2026-12-01T09:00:00Z') });
    // 10 t of a product sold from 25 t.
    expect(facts).toMatchObject({ belowMoq: true, moq: 25, moqUnit: 'ton' });
    // The confirmation repeats it, for a buyer who sent the form without JavaScript.
    const reference = result.inquiries[0]!.reference;
    expect(await belowMoqNotes(database.db, [reference], 'en', getT('en'))).toEqual([
      `${pinkSalt.product.nameEn}: below the exporter’s minimum order quantity (25 metric ton). Sent anyway; the exporter sees it.`,
    ]);
    expect(await belowMoqNotes(database.db, [reference], 'zh', getT('zh'))).toEqual([
      `${pinkSalt.product.nameZh}：低于出口商的最小起订量（25 吨）。询盘已照常发送，出口商会看到这一点。`,
    ]);
    const en = getT('en');
    expect(en('inbox:detail.belowMoq', { moq: `25 ${en('trade:unit.ton')}` })).toBe('below MOQ (MOQ 25 metric ton)');
  });

  it.skipIf(skip)('still takes the deprecated targetPriceUsdCents of older partner clients, as US cents', async () => {
    const result = await handleInquiry(database.db, request(body({ targetPriceUsdCents: 21000 }), 'lines-old-1'));
    if (result.status !== 201) throw new Error(JSON.stringify(result));
    expect(await stored(result.inquiries[0]!.reference)).toMatchObject({ targetPriceMinor: 21000, targetCurrency: 'USD' });
  });

  it.skipIf(skip)('stores a sample request, and shows the exporter the product’s sample policy', async () => {
    const result = await handleInquiry(database.db, request(body({ quantity: 1, sampleRequested: true }), 'lines-sample-1'));
    if (result.status !== 201) throw new Error(JSON.stringify(result));
    const item = await stored(result.inquiries[0]!.reference);
    expect(item.sampleRequested).toBe(true);
    const facts = (await lineFacts(database.db, [item])).get(item.id)!;
    // One sample is not an order below the MOQ.
    expect(facts.belowMoq).toBe(false);
    expect(facts.samplePolicy).toBe(pinkSalt.product.samplePolicy);
  });

  it.skipIf(skip)('refuses malformed prices with messages in the buyer’s language, and keeps nothing', async () => {
    const cases: Array<[string, string, string]> = [
      ['1e3', 'Please enter the price as a number with at most two decimals, e.g. 8 or 8.50.', '请以数字填写价格，最多两位小数，例如 8 或 8.50。'],
      ['-1', 'The price must be more than 0.', '价格须大于 0。'],
      ['1,5', 'Please use a point for decimals, e.g. 1.5.', '小数请用小数点，例如 1.5。'],
      ['1'.repeat(40), 'Too long.', '内容过长。'],
    ];
    for (const [price, en, zh] of cases) {
      for (const [locale, message] of [
        ['en', en],
        ['zh', zh],
      ] as const) {
        const result = await handleInquiry(
          database.db,
          request(body({ targetPrice: price, targetCurrency: 'CNY' }, locale), `lines-bad-${locale}-${price.length}-${price[0]}`),
        );
        expect(result.status, price).toBe(400);
        expect('errors' in result && result.errors['items.0.targetPrice'], `${locale} ${price}`).toBe(message);
      }
    }
    const missing = await handleInquiry(database.db, request(body({ targetPrice: '8' }, 'en'), 'lines-no-currency'));
    expect('errors' in missing && missing.errors['items.0.targetCurrency']).toBe('Please choose the currency of the price.');
  });
});
