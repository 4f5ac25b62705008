import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInquiry, type InquiryInput } from '~/features/inquiry/schema';
import * as t from '~/server/db/schema.server';
import { addExporterReply, closeInquiry, inquiryForBuyer, inquiryForExporter, markInquiryRead, submitInquiry } from '~/features/inquiry/service.server';
import { csvCell, inboxCsv, inboxExport, inboxPage, inquiryActionSchema, parseInboxQuery, toCsv } from '~/features/exporter/inbox.server';
import { exporterId, football, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SALT = pinkSalt.slug;
const BALL = football.slug;

function basket(product: string, company: string, message = '请报 CIF 上海价格。'): InquiryInput {
  const parsed = parseInquiry({
    locale: 'zh',
    buyer: { name: '王伟', company, email: 'wang@example.cn', phone: '+86 138 0000 0000', wechat: 'wangwei88', province: '上海', city: '上海' },
    destinationPort: 'shanghai',
    incoterm: 'FOB',
    message,
    consent: true,
    items: [{ product, quantity: 1000, unit: 'piece', targetPriceUsdCents: 650 }],
  });
  if (!('data' in parsed)) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

describe.each(DATABASES)('exporter inbox on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let ballMaker: number;
  let saltMaker: number;
  /** reference → status token, for the buyer's view. */
  const tokens = new Map<string, string>();
  const refs: string[] = [];

  const send = async (product: string, company: string, key: string, now: Date, message?: string) => {
    const result = await submitInquiry(database.db, basket(product, company, message), { idempotencyKey: key, channel: 'api', categoryMax: 5, now });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [inquiry] = result.inquiries;
    tokens.set(inquiry!.reference, decodeURIComponent(inquiry!.statusPath.split('token=')[1]!));
    return inquiry!.reference;
  };
  const inquiry = async (reference: string) => (await database.db.select().from(t.inquiries).where(eq(t.inquiries.reference, reference)))[0]!;

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    ballMaker = await exporterId(database.db, verifiedSportsExporter);
    saltMaker = await exporterId(database.db, verifiedSaltExporter);
    refs.push(await send(BALL, '宁波体育用品有限公司', 'inbox-a', new Date('2026-03-01T08:00:00Z')));
    refs.push(await send(BALL, '=HYPERLINK("http://evil.example","点击") 上海, "海盐"', 'inbox-b', new Date('2026-03-02T08:00:00Z'), '第一行\n第二行，含逗号'));
    refs.push(await send(SALT, '上海海盐贸易有限公司', 'inbox-c', new Date('2026-03-03T08:00:00Z')));
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)("lists only the exporter's own inquiries, newest first, with buyer and items", async () => {
    const page = await inboxPage(database.db, ballMaker, { page: 1 });
    expect(page.rows.map((r) => r.reference)).toEqual([refs[1], refs[0]]);
    expect(page.total).toBe(2);
    expect(page.counts).toEqual({ new: 2, read: 0, replied: 0, closed: 0 });
    expect(page.rows[1]).toMatchObject({
      buyerCompany: '宁波体育用品有限公司',
      status: 'new',
      items: [{ quantity: 1000, unit: 'piece', target: { minor: 650, currency: 'USD' } }],
    });
    const other = await inboxPage(database.db, saltMaker, { page: 1 });
    expect(other.rows.map((r) => r.reference)).toEqual([refs[2]]);
  });

  it.skipIf(skip)('paginates and filters by status; a bad query string falls back to the whole inbox', async () => {
    const first = await inboxPage(database.db, ballMaker, { page: 1 }, 1);
    const second = await inboxPage(database.db, ballMaker, { page: 2 }, 1);
    expect([first.pages, first.rows.length, second.rows[0]?.reference]).toEqual([2, 1, refs[0]]);
    expect((await inboxPage(database.db, ballMaker, { page: 99 }, 1)).page).toBe(2);
    expect(parseInboxQuery(new URLSearchParams('status=deleted&page=-3'))).toEqual({ status: undefined, page: 1 });
    expect(parseInboxQuery(new URLSearchParams('status=replied&page=2'))).toEqual({ status: 'replied', page: 2 });
    expect((await inboxPage(database.db, ballMaker, { status: 'replied', page: 1 })).rows).toEqual([]);
  });

  it.skipIf(skip)('opening marks a new inquiry read once; another exporter can neither see it nor mark it', async () => {
    const reference = refs[0]!;
    expect(await inquiryForExporter(database.db, saltMaker, reference)).toBeNull();
    expect(await markInquiryRead(database.db, saltMaker, (await inquiry(reference)).id)).toBe(false);
    expect((await inquiry(reference)).status).toBe('new');

    const view = await inquiryForExporter(database.db, ballMaker, reference);
    expect(view?.submission.buyerCompany).toBe('宁波体育用品有限公司');
    const openedAt = new Date('2026-03-01T09:00:00Z');
    expect(await markInquiryRead(database.db, ballMaker, view!.inquiry.id, openedAt)).toBe(true);
    expect(await markInquiryRead(database.db, ballMaker, view!.inquiry.id, new Date('2026-03-05T00:00:00Z'))).toBe(false);
    expect(await inquiry(reference)).toMatchObject({ status: 'read', readAt: openedAt });
    const read = await inboxPage(database.db, ballMaker, { status: 'read', page: 1 });
    expect(read.rows.map((r) => r.reference)).toEqual([reference]);
    expect(read.counts).toMatchObject({ new: 1, read: 1 });
  });

  it.skipIf(skip)('a reply is stored, queues the mail to the buyer and shows on their status page', async () => {
    const reference = refs[0]!;
    const action = inquiryActionSchema.safeParse({ intent: 'reply', body: '  Dear Mr Wang,\r\nCIF Shanghai: USD 7.10 per piece.  ' });
    expect(action.success).toBe(true);
    if (!action.success || action.data.intent !== 'reply') return;
    const id = (await inquiry(reference)).id;
    expect(await addExporterReply(database.db, saltMaker, id, action.data.body)).toBe(false);
    expect(await addExporterReply(database.db, ballMaker, id, action.data.body, new Date('2026-03-01T11:30:00Z'))).toBe(true);

    expect(await inquiry(reference)).toMatchObject({ status: 'replied', firstResponseAt: new Date('2026-03-01T11:30:00Z') });
    const messages = await database.db.select().from(t.inquiryMessages).where(eq(t.inquiryMessages.inquiryId, id));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ author: 'exporter', body: 'Dear Mr Wang,\nCIF Shanghai: USD 7.10 per piece.' });
    const jobs = await database.db
      .select()
      .from(t.outboxJobs)
      .where(and(eq(t.outboxJobs.kind, 'message.buyer'), eq(t.outboxJobs.messageId, `message-${messages[0]!.id}-buyer`)));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', payload: { messageId: messages[0]!.id } });

    const buyer = await inquiryForBuyer(database.db, reference, tokens.get(reference));
    expect(buyer?.messages.map((m) => [m.author, m.body])).toEqual([['exporter', 'Dear Mr Wang,\nCIF Shanghai: USD 7.10 per piece.']]);
    expect(buyer?.inquiry.status).toBe('replied');
  });

  it.skipIf(skip).each([
    [{ intent: 'reply', body: '   ' }, 'body', 'required'],
    [{ intent: 'reply', body: '<b>cheap</b>' }, 'body', 'noHtml'],
    [{ intent: 'reply', body: 'x'.repeat(2001) }, 'body', 'tooLong'],
    [{ intent: 'delete' }, 'intent', 'invalid'],
  ])('refuses a bad action %j with a code the page translates', (input, field, code) => {
    const result = inquiryActionSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.find((i) => i.path.join('.') === field || (field === 'intent' && i.path.length <= 1))?.message).toBe(code);
  });

  it.skipIf(skip)('closing sets the closed time once; another exporter cannot close it', async () => {
    const reference = refs[1]!;
    const id = (await inquiry(reference)).id;
    expect(await closeInquiry(database.db, saltMaker, id)).toBe(false);
    expect((await inquiry(reference)).status).toBe('new');
    const at = new Date('2026-03-04T10:00:00Z');
    expect(await closeInquiry(database.db, ballMaker, id, at)).toBe(true);
    expect(await closeInquiry(database.db, ballMaker, id)).toBe(false);
    expect(await inquiry(reference)).toMatchObject({ status: 'closed', closedAt: at, readAt: at });
    expect((await inboxPage(database.db, ballMaker, { status: 'closed', page: 1 })).rows.map((r) => r.reference)).toEqual([reference]);
  });

  it.skipIf(skip)('exports the filtered inbox as CSV with a BOM, escaped cells and no formulas', async () => {
    const rows = await inboxExport(database.db, ballMaker, undefined);
    const csv = inboxCsv(rows, 'zh');
    expect(csv.startsWith('\uFEFF编号,收到时间（UTC）,状态,买家,公司')).toBe(true);
    expect(csv).toContain(`'=HYPERLINK(""http://evil.example"",""点击"") 上海, ""海盐"""`);
    expect(csv).toContain(`"第一行\n第二行，含逗号"`);
    expect(csv).toContain(",'+86 138 0000 0000,");
    expect(csv).toContain('已关闭');
    expect(csv).not.toContain(refs[2]!);
    const closedOnly = inboxCsv(await inboxExport(database.db, ballMaker, 'closed'), 'en');
    expect(closedOnly.trim().split('\r\n')).toHaveLength(2);
    expect(closedOnly).toContain(refs[1]!);
  });

  it('escapes CSV cells (RFC 4180) and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=cmd|"/c calc"!A0,')).toBe(`"'=cmd|""/c calc""!A0,"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(
      toCsv([
        ['a', 'b'],
        ['中文', ''],
      ]),
    ).toBe('\uFEFFa,b\r\n中文,\r\n');
  });
});
