import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMonths, tradeByCategoryAndMonth } from '~/features/operator/trade-stats.server';
import { submitInquiry } from '~/features/inquiry/service.server';
import { parseInquiry } from '~/features/inquiry/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { football, pinkSalt, saltCategory, sportsCategory } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const NOW = new Date('2026-12-02T12:00:00Z');

/** One basket inquiry per exporter concerned; returns the inquiries (id, exporter) in routing order. */
async function inquire(db: Db, key: string, items: Array<{ product: string; unit: string }>) {
  const parsed = parseInquiry({
    locale: 'zh',
    buyer: { name: '王伟', company: '宁波进出口有限公司', email: 'wang@example.cn', phone: '+86 138 0000 0000' },
    destinationPort: 'ningbo-zhoushan',
    incoterm: 'FOB',
    consent: true,
    items: items.map((i) => ({ ...i, quantity: 100 })),
  });
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  const result = await submitInquiry(db, parsed.data, { idempotencyKey: key, channel: 'api', categoryMax: 5, now: new Date('2026-01-01T00:00:00Z') });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return db.select().from(t.inquiries).where(eq(t.inquiries.reference, result.inquiries[0]!.reference));
}

async function quote(
  db: Db,
  inquiry: { id: number; exporterId: number },
  version: number,
  sentAt: Date,
  currency: string,
  lines: Array<{ productId: number; quantity: number; unitPriceMinor: number }>,
) {
  const [q] = await db
    .insert(t.quotes)
    .values({
      inquiryId: inquiry.id,
      exporterId: inquiry.exporterId,
      version,
      status: 'sent',
      currency,
      incoterm: 'FOB',
      namedPlace: 'Karachi',
      leadTimeDays: 30,
      validUntil: '2027-03-31',
      paymentTerms: { kind: 'tt', depositPercent: 30 },
      sentAt,
    })
    .returning({ id: t.quotes.id });
  await db.insert(t.quoteLines).values(lines.map((l, i) => ({ quoteId: q!.id, position: i + 1, productNameEn: 'x', unit: 'ton', ...l })));
  return q!.id;
}

describe.each(DATABASES)('quotations and proformas per category and month on $name', ({ open, skip }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    const db = database.db;
    await db.update(t.exchangeRates).set({ perUsd: '8.000000' }).where(eq(t.exchangeRates.currency, 'CNY'));
    const [salt] = await db.select().from(t.products).where(eq(t.products.slug, pinkSalt.slug));
    const [ball] = await db.select().from(t.products).where(eq(t.products.slug, football.slug));

    const [saltInquiry] = await inquire(db, 'trade-1', [{ product: pinkSalt.slug, unit: 'ton' }]);
    const [ballInquiry] = await inquire(db, 'trade-2', [{ product: football.slug, unit: 'piece' }]);
    const [oldInquiry] = await inquire(db, 'trade-3', [{ product: pinkSalt.slug, unit: 'ton' }]);

    // November: two versions of the salt quote (counted once), accepted in CNY: 10 t × ¥1,600.00 = ¥16,000.00 = US$2,000.00.
    await quote(db, saltInquiry!, 1, new Date('2026-11-03T08:00:00Z'), 'CNY', [{ productId: salt!.id, quantity: 10, unitPriceMinor: 170_000 }]);
    const accepted = await quote(db, saltInquiry!, 2, new Date('2026-11-05T08:00:00Z'), 'CNY', [
      { productId: salt!.id, quantity: 10, unitPriceMinor: 160_000 },
    ]);
    await db.insert(t.proformas).values({
      quoteId: accepted,
      exporterId: saltInquiry!.exporterId,
      sequence: 1,
      number: 'PI-T-1',
      currency: 'CNY',
      totalMinor: 1_600_000,
      document: {},
      issuedAt: new Date('2026-11-20T08:00:00Z'),
    });
    // December: the football quote in USD, 500 × US$7.25, invoiced.
    const ballQuote = await quote(db, ballInquiry!, 1, new Date('2026-12-01T08:00:00Z'), 'USD', [{ productId: ball!.id, quantity: 500, unitPriceMinor: 725 }]);
    await db.insert(t.proformas).values({
      quoteId: ballQuote,
      exporterId: ballInquiry!.exporterId,
      sequence: 1,
      number: 'PI-T-2',
      currency: 'USD',
      totalMinor: 362_500,
      document: {},
      issuedAt: new Date('2026-12-02T08:00:00Z'),
    });
    // Thirteen months ago: outside the table.
    await quote(db, oldInquiry!, 1, new Date('2025-11-15T08:00:00Z'), 'USD', [{ productId: salt!.id, quantity: 1, unitPriceMinor: 100 }]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('covers the last twelve months, the current one included', () => {
    expect(lastMonths(NOW)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
  });

  it.skipIf(skip)('counts quotations per inquiry and converts proforma values to US dollars at the operator rate', async () => {
    const stats = await tradeByCategoryAndMonth(database.db, NOW);
    const cell = (month: string, slug: string) => stats.cells.find((c) => c.month === month && c.slug === slug);
    expect(cell('2026-11', saltCategory)).toMatchObject({ quotesSent: 1, proformas: 1, proformaUsdCents: 200_000 });
    expect(cell('2026-12', sportsCategory)).toMatchObject({ quotesSent: 1, proformas: 1, proformaUsdCents: 362_500 });
    expect(stats.cells.some((c) => c.month < '2026-01')).toBe(false);
    const total = (month: string) => stats.totals.find((m) => m.month === month);
    expect(total('2026-11')).toMatchObject({ quotesSent: 1, proformas: 1, proformaUsdCents: 200_000 });
    expect(total('2026-10')).toMatchObject({ quotesSent: 0, proformas: 0, proformaUsdCents: 0 });
    expect(stats.rates.find((r) => r.currency === 'CNY')?.perUsd).toBe('8.000000');
  });
});
