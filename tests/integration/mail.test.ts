import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { renderJob } from '~/features/inquiry/mail.server';
import os from 'node:os';
import path from 'node:path';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInquiry } from '~/features/inquiry/schema';
import * as t from '~/server/db/schema.server';
import { submitInquiry } from '~/features/inquiry/service.server';
import { createMailer, type Mailer } from '~/server/mail/transport.server';
import { MailWorker, resendJob } from '~/server/mail/worker.server';
import { football, pinkSalt, verifiedSaltExporter, verifiedSportsExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { parseMail, startSmtpPeer, type SmtpPeer } from '../fixtures/smtp';

const SITE = 'https://pavilion.test';
const SALT = pinkSalt.slug; // verifiedSaltExporter
const BALL = football.slug; // verifiedSportsExporter

let counter = 0;

/** A basket naming products of two exporters: two inquiries, three mails. */
function inquiryBody(locale: 'en' | 'zh', email: string) {
  return {
    locale,
    buyer: {
      name: locale === 'zh' ? '王伟' : 'Wang Wei',
      company: locale === 'zh' ? '上海海盐贸易有限公司' : 'Shanghai Sea Salt Trading Co., Ltd.',
      email,
      phone: '+86 138 0000 0000',
      wechat: 'wangwei_sh',
      province: 'Shanghai',
      city: 'Shanghai',
    },
    destinationPort: 'ningbo-zhoushan',
    incoterm: 'CIF',
    message: locale === 'zh' ? '请报最优惠价格，谢谢。' : 'Please quote your best price.',
    consent: true,
    items: [
      { product: SALT, quantity: 40, unit: 'ton', targetPriceUsdCents: 9500, note: '' },
      { product: BALL, quantity: 3000, unit: 'piece', note: 'Club logo printing' },
    ],
  };
}

interface Submitted {
  submissionId: number;
  references: string[];
  buyerEmail: string;
  jobIds: number[];
  messageIds: string[];
}

describe.each(DATABASES)('outbox mail on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let peer: SmtpPeer;
  let mailer: Mailer;

  async function submit(locale: 'en' | 'zh'): Promise<Submitted> {
    const n = ++counter;
    const buyerEmail = `buyer-${n}-${locale}@importer.example.cn`;
    const parsed = parseInquiry(inquiryBody(locale, buyerEmail));
    if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
    const key = `mail-test-${n}-${Date.now()}`;
    const result = await submitInquiry(database.db, parsed.data, { idempotencyKey: key, channel: 'api', categoryMax: 5 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.inquiries.map((i) => i.exporter)).toEqual([verifiedSaltExporter.slug, verifiedSportsExporter.slug]);
    const [submission] = await database.db.select().from(t.inquirySubmissions).where(eq(t.inquirySubmissions.idempotencyKey, key));
    const references = result.inquiries.map((i) => i.reference);
    const messageIds = [...references.map((r) => `inquiry-${r}-exporter`), `submission-${submission!.id}-buyer`];
    const jobs = await database.db.select().from(t.outboxJobs).where(inArray(t.outboxJobs.messageId, messageIds));
    expect(jobs).toHaveLength(3);
    return { submissionId: submission!.id, references, buyerEmail, jobIds: jobs.map((j) => j.id), messageIds };
  }

  const jobsOf = (s: Submitted) => database.db.select().from(t.outboxJobs).where(inArray(t.outboxJobs.id, s.jobIds)).orderBy(t.outboxJobs.id);
  const makeDue = (s: Submitted) => database.db.update(t.outboxJobs).set({ nextAttemptAt: sql`now()` }).where(inArray(t.outboxJobs.id, s.jobIds));
  /** How many times the peer received each of the submission's mails. */
  const receivedCounts = (s: Submitted) => s.messageIds.map((id) => peer.byMessageId(`${id}@pavilion`).length);

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, outboxDir: path.join(os.tmpdir(), 'unused-outbox'), from: 'Pakistan Pavilion <no-reply@pavilion.example>' });
  });
  afterAll(async () => {
    mailer?.close();
    await peer?.stop();
    await database?.close();
  });

  it.skipIf(skip)('sends each exporter notice and the buyer confirmation exactly once, in the right language', async () => {
    const zh = await submit('zh');
    const en = await submit('en');
    const worker = new MailWorker(database.db, mailer, { siteUrl: SITE, maxAttempts: 3, render: renderJob });
    const round = await worker.drain();
    expect(round).toEqual({ sent: 6, failed: 0, parked: 0 });
    expect(receivedCounts(zh)).toEqual([1, 1, 1]);
    expect(receivedCounts(en)).toEqual([1, 1, 1]);

    for (const s of [zh, en]) {
      const [saltRef, ballRef] = s.references;
      const salt = peer.byMessageId(`inquiry-${saltRef}-exporter@pavilion`)[0]!;
      const ball = peer.byMessageId(`inquiry-${ballRef}-exporter@pavilion`)[0]!;
      // Exporters read English whatever the buyer's language, with the structured fields spelled out.
      expect(salt.to).toEqual([verifiedSaltExporter.profile.inquiryEmail]);
      expect(ball.to).toEqual([verifiedSportsExporter.profile.inquiryEmail]);
      for (const [mail, ref] of [
        [salt, saltRef],
        [ball, ballRef],
      ] as const) {
        expect(mail.subject).toMatch(new RegExp(`^New inquiry ${ref}: `));
        expect(mail.headers['content-language']).toBe('en');
        expect(mail.headers['reply-to']).toContain(s.buyerEmail);
        expect(mail.text).toContain('Incoterm: CIF');
        expect(mail.text).toContain('Destination: Ningbo-Zhoushan, China');
        expect(mail.text).toContain(`E-mail: ${s.buyerEmail}`);
        expect(mail.text).toContain(`${SITE}/en/exporter/inquiries/${ref}/`);
      }
      expect(salt.text).toContain('Quantity: 40 metric tons');
      expect(salt.text).toContain('Target price: US$95.00 per metric ton');
      expect(ball.text).toContain('Quantity: 3,000 pieces');
      expect(ball.text).toContain('Target price: not given');
      expect(ball.text).toContain("Buyer's note (as written): Club logo printing");
      expect(salt.text).not.toContain('Club logo printing');

      const buyer = peer.byMessageId(`submission-${s.submissionId}-buyer@pavilion`)[0]!;
      expect(buyer.to).toEqual([s.buyerEmail]);
      for (const ref of s.references) expect(buyer.text).toMatch(new RegExp(`${SITE}/${s === zh ? 'zh' : 'en'}/inquiries/${ref}/\\?token=[\\w%-]+`));
    }
    const zhBuyer = peer.byMessageId(`submission-${zh.submissionId}-buyer@pavilion`)[0]!;
    expect(zhBuyer.subject).toBe('您的询盘已发送给 2 家出口商');
    expect(zhBuyer.headers['content-language']).toBe('zh-Hans');
    expect(zhBuyer.text).toContain('王伟，您好：');
    // A Chinese reader's mail comes from the pavilion's Chinese name, at the configured address.
    expect(zhBuyer.headers.from).toBe('巴基斯坦国家馆 <no-reply@pavilion.example>');
    expect(peer.byMessageId(`inquiry-${zh.references[0]}-exporter@pavilion`)[0]!.text).toContain("Buyer's message (as written):\n请报最优惠价格，谢谢。");
    const enBuyer = peer.byMessageId(`submission-${en.submissionId}-buyer@pavilion`)[0]!;
    expect(enBuyer.subject).toBe('Your inquiry has been sent to 2 exporters');
    expect(enBuyer.headers['content-language']).toBe('en');
    expect(enBuyer.text).toContain('Dear Wang Wei,');
    expect(enBuyer.headers.from).toBe('Pakistan Pavilion <no-reply@pavilion.example>');

    for (const job of [...(await jobsOf(zh)), ...(await jobsOf(en))]) {
      expect(job).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null, lastError: null });
      expect(job.sentAt).toBeInstanceOf(Date);
    }

    // Another round finds nothing to do and sends nothing.
    const before = peer.messages.length;
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(peer.messages.length).toBe(before);
  });

  it.skipIf(skip)('keeps a job pending with backoff while the relay is down, then sends it once', async () => {
    const s = await submit('en');
    const worker = new MailWorker(database.db, mailer, { siteUrl: SITE, maxAttempts: 5, render: renderJob });
    await peer.stop();
    const started = Date.now();
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3, parked: 0 });
    for (const job of await jobsOf(s)) {
      expect(job.status).toBe('pending');
      expect(job.attempts).toBe(1);
      expect(job.lockedUntil).toBeNull();
      expect(job.lastError).toMatch(/ECONNREFUSED|closed|ECONNRESET/i);
      // backoffSeconds(1) = 2 s
      expect(job.nextAttemptAt.getTime()).toBeGreaterThan(started + 1000);
    }
    // Not due yet: the next round leaves the jobs alone, even once the relay is back.
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0, parked: 0 });
    await peer.start();
    expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(receivedCounts(s)).toEqual([0, 0, 0]);
    expect((await jobsOf(s)).map((j) => j.attempts)).toEqual([1, 1, 1]);

    await makeDue(s);
    expect(await worker.drain()).toEqual({ sent: 3, failed: 0, parked: 0 });
    expect(receivedCounts(s)).toEqual([1, 1, 1]);
    for (const job of await jobsOf(s)) expect(job).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(receivedCounts(s)).toEqual([1, 1, 1]);
  });

  it.skipIf(skip)('parks a job after maxAttempts failures; resendJob queues it again and it is sent', async () => {
    const s = await submit('zh');
    const worker = new MailWorker(database.db, mailer, { siteUrl: SITE, maxAttempts: 3, render: renderJob });
    await peer.stop();
    try {
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3, parked: 0 });
      await makeDue(s);
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3, parked: 0 });
      await makeDue(s);
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0, parked: 3 });
      for (const job of await jobsOf(s)) expect(job).toMatchObject({ status: 'parked', attempts: 3 });
      // Parked jobs are not retried, even when due and the relay is back.
      await makeDue(s);
    } finally {
      await peer.start();
    }
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(receivedCounts(s)).toEqual([0, 0, 0]);

    for (const id of s.jobIds) expect(await resendJob(database.db, id)).toBe(true);
    // Only a parked job can be resent.
    expect(await resendJob(database.db, s.jobIds[0]!)).toBe(false);
    for (const job of await jobsOf(s)) expect(job).toMatchObject({ status: 'pending', attempts: 0 });

    expect(await worker.drain()).toEqual({ sent: 3, failed: 0, parked: 0 });
    expect(receivedCounts(s)).toEqual([1, 1, 1]);
    for (const job of await jobsOf(s)) expect(job).toMatchObject({ status: 'sent', attempts: 1 });
    expect(peer.byMessageId(`submission-${s.submissionId}-buyer@pavilion`)[0]!.subject).toBe('您的询盘已发送给 2 家出口商');
  });

  it.skipIf(skip)('writes one .eml per job to the outbox folder, named by Message-ID; a resend overwrites it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-outbox-'));
    const folder = createMailer({ outboxDir: dir, from: 'Pakistan Pavilion <no-reply@pavilion.example>' });
    try {
      expect(folder.kind).toBe('folder');
      const s = await submit('zh');
      const worker = new MailWorker(database.db, folder, { siteUrl: SITE, render: renderJob });
      expect(await worker.drain()).toEqual({ sent: 3, failed: 0, parked: 0 });
      const expected = s.messageIds.map((id) => `${id}_pavilion.eml`).sort();
      expect(readdirSync(dir).sort()).toEqual(expected);
      for (const id of s.messageIds) {
        const mail = parseMail(readFileSync(path.join(dir, `${id}_pavilion.eml`), 'utf8'));
        expect(mail.headers['message-id']).toBe(`<${id}@pavilion>`);
      }
      const buyerFile = path.join(dir, `submission-${s.submissionId}-buyer_pavilion.eml`);
      const buyer = parseMail(readFileSync(buyerFile, 'utf8'));
      expect(buyer.headers.subject).toBe('您的询盘已发送给 2 家出口商');
      expect(buyer.headers.to).toBe(s.buyerEmail);

      // The process died after writing but before recording: the job is sent again.
      const firstWrite = statSync(buyerFile).mtimeMs;
      await new Promise((r) => setTimeout(r, 20)); // a distinct mtime for the rewrite
      await database.db.update(t.outboxJobs).set({ status: 'pending', sentAt: null }).where(inArray(t.outboxJobs.id, s.jobIds));
      expect(await worker.drain()).toEqual({ sent: 3, failed: 0, parked: 0 });
      expect(readdirSync(dir).sort()).toEqual(expected);
      expect(statSync(buyerFile).mtimeMs).toBeGreaterThan(firstWrite);
      expect(parseMail(readFileSync(buyerFile, 'utf8')).headers['message-id']).toBe(`<submission-${s.submissionId}-buyer@pavilion>`);
    } finally {
      folder.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
