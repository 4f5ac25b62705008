import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { describeFigures } from '~/features/trust/describe';
import { trustFigures } from '~/features/trust/figures.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { exporterId, verifiedRiceExporter, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const NOW = new Date('2026-12-02T12:00:00Z');
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

let sequence = 0;

/** Stores one inquiry to `exporter` that arrived `arrivedHoursAgo` and was first answered `answeredAfterHours` later (or never). */
async function inquiry(db: Db, exporter: number, arrivedHoursAgo: number, answeredAfterHours: number | null): Promise<number> {
  sequence += 1;
  const createdAt = ago(arrivedHoursAgo);
  const [submission] = await db
    .insert(t.inquirySubmissions)
    .values({
      idempotencyKey: `trust-${sequence}`,
      requestHash: `hash-${sequence}`,
      locale: 'zh',
      buyerName: '王伟',
      buyerCompany: '上海海盐贸易有限公司',
      buyerEmail: 'wang@example.cn',
      buyerPhone: '+86 138 0000 0000',
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      kind: 'items',
      tokenHash: `token-${sequence}`,
      createdAt,
    })
    .returning({ id: t.inquirySubmissions.id });
  const [row] = await db
    .insert(t.inquiries)
    .values({
      reference: `PKP-2026-${String(900000 + sequence)}`,
      submissionId: submission!.id,
      exporterId: exporter,
      status: answeredAfterHours === null ? 'new' : 'replied',
      firstResponseAt: answeredAfterHours === null ? null : new Date(createdAt.getTime() + answeredAfterHours * HOUR),
      createdAt,
      updatedAt: createdAt,
    })
    .returning({ id: t.inquiries.id });
  return row!.id;
}

async function quote(db: Db, exporter: number, inquiryId: number, version: number, sentHoursAgo: number): Promise<number> {
  const [row] = await db
    .insert(t.quotes)
    .values({
      inquiryId,
      exporterId: exporter,
      version,
      status: 'sent',
      currency: 'USD',
      incoterm: 'FOB',
      namedPlace: 'Karachi',
      leadTimeDays: 30,
      validUntil: '2027-01-31',
      paymentTerms: { kind: 'tt', depositPercent: 30 },
      sentAt: ago(sentHoursAgo),
    })
    .returning({ id: t.quotes.id });
  return row!.id;
}

describe.each(DATABASES)('trust figures on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let salt: number;
  let sports: number;
  let rice: number;

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    const db = database.db;
    salt = await exporterId(db, verifiedSaltExporter);
    sports = await exporterId(db, verifiedSportsExporter);
    rice = await exporterId(db, verifiedRiceExporter);

    // Salt: within the period, answered after 1 h, exactly 24 h (in time), 24 h + 1 min (late), 5 h, and one never.
    await inquiry(db, salt, 100, 1);
    await inquiry(db, salt, 200, 24);
    await inquiry(db, salt, 300, 24 + 1 / 60);
    await inquiry(db, salt, 400, 5);
    await inquiry(db, salt, 500, null);
    // Younger than 24 h: unanswered is not counted yet, answered counts at once.
    await inquiry(db, salt, 2, null);
    await inquiry(db, salt, 3, 2);
    // Outside the 90 days (and one just inside the window's first instant).
    await inquiry(db, salt, 90 * 24 + 1, 1);
    await inquiry(db, salt, 90 * 24, 7);
    // A reply dated after `now` is not given yet: that inquiry counts as unanswered.
    await inquiry(db, salt, 30, 40);

    // Sports: only two inquiries, both answered quickly.
    const first = await inquiry(db, sports, 50, 1);
    await inquiry(db, sports, 60, 3);
    // Two versions of one quote count once; a quote sent before the period does not count.
    await quote(db, sports, first, 1, 40);
    const accepted = await quote(db, sports, first, 2, 30);
    const old = await inquiry(db, sports, 95 * 24, 1);
    await quote(db, sports, old, 1, 94 * 24);
    await db.insert(t.proformas).values([
      {
        quoteId: accepted,
        exporterId: sports,
        sequence: 1,
        number: 'PI-SPORTS-2026-0001',
        currency: 'USD',
        totalMinor: 1_250_000,
        document: {},
        issuedAt: ago(20),
      },
    ]);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('counts replies within 24 h (the 24th hour included) over the inquiries of the last 90 days', async () => {
    const figures = (await trustFigures(database.db, [salt], NOW)).get(salt)!;
    // Counted: 100h/1, 200h/24, 300h/24h1m, 400h/5, 500h/never, 3h/2, 2160h/7, 30h/(reply in the future) = 8.
    expect(figures.received).toBe(8);
    // In time: 1 h, 24 h, 5 h, 2 h, 7 h.
    expect(figures.answeredWithin24h).toBe(5);
    expect(figures.pending).toBe(1);
    expect(figures.enoughData).toBe(true);
    expect(figures.responseRate).toBeCloseTo(5 / 8);
    expect(figures.period.from).toEqual(ago(90 * 24));
  });

  it.skipIf(skip)('gives the median first reply over the answered ones: the mean of the middle two for an even count', async () => {
    const figures = (await trustFigures(database.db, [salt], NOW)).get(salt)!;
    // Answered: 1, 2, 5, 7, 24, 24h1m → middle two 5 and 7 → 6 h.
    expect(figures.answered).toBe(6);
    expect(figures.medianFirstResponseMs).toBe(6 * HOUR);
  });

  it.skipIf(skip)('gives the middle value for an odd count', async () => {
    const db = database.db;
    await inquiry(db, rice, 100, 2);
    await inquiry(db, rice, 110, 9);
    await inquiry(db, rice, 120, 30);
    const figures = (await trustFigures(db, [rice], NOW)).get(rice)!;
    expect(figures.received).toBe(3);
    expect(figures.answeredWithin24h).toBe(2);
    expect(figures.medianFirstResponseMs).toBe(9 * HOUR);
  });

  it.skipIf(skip)('says "not enough data" below 3 inquiries instead of a rate, and still counts quotes and proformas', async () => {
    const figures = (await trustFigures(database.db, [sports], NOW)).get(sports)!;
    expect(figures.received).toBe(2);
    expect(figures.enoughData).toBe(false);
    expect(figures.responseRate).toBeNull();
    expect(figures.medianFirstResponseMs).toBeNull();
    expect(figures.quotesSent).toBe(1);
    expect(figures.proformasIssued).toBe(1);
    const en = describeFigures(figures, getT('en'), 'en');
    expect(en.lines[0]!.value).toBe('Not enough data');
    expect(en.lines.map((l) => l.value)).not.toContain('0 %');
    const zh = describeFigures(figures, getT('zh'), 'zh');
    expect(zh.lines[0]!.value).toBe('数据不足');
  });

  it.skipIf(skip)('answers for every exporter asked, those without any inquiry included, in one call', async () => {
    const figures = await trustFigures(database.db, [salt, sports, 999_999], NOW);
    expect([...figures.keys()].sort()).toEqual([salt, sports, 999_999].sort());
    expect(figures.get(999_999)).toMatchObject({ received: 0, enoughData: false, responseRate: null, quotesSent: 0, proformasIssued: 0 });
  });

  it.skipIf(skip)('writes the formula and the period out, in both languages', async () => {
    const figures = (await trustFigures(database.db, [salt], NOW)).get(salt)!;
    const en = describeFigures(figures, getT('en'), 'en');
    // Intl puts thin spaces around the range's dash.
    expect({ ...en.lines[0], formula: en.lines[0]!.formula.replace(/\s/g, ' ') }).toEqual({
      label: 'Replied within 24 h',
      value: '63 %',
      formula: 'Replied within 24 h to 5 of 8 inquiries, Sep 3 – Dec 2, 2026',
    });
    expect(en.lines[1]!.value).toBe('6 h 0 min');
    expect(en.pending).toContain('1 inquiry of the last 24 h is not counted yet');
    const zh = describeFigures(figures, getT('zh'), 'zh');
    expect(zh.lines[0]!.formula).toBe('2026年9月3日至2026年12月2日共收到 8 条询盘，其中 5 条在 24 小时内回复');
    expect(zh.lines[1]!.value).toBe('6 小时 0 分钟');
  });
});
