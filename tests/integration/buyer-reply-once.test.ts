/**
 * The buyer's message on the private status page through the built server: the form carries a key, and the same
 * message posted twice at once (a double tap, a retry) is stored once, mailed to the exporter once, and both posts
 * are answered as the first was — in English and in Chinese.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { BUILT, inquiryBody, killAllServers, launch, postgresInstallation, type Installation, type Server } from '../fixtures/server';

const SENT = { en: 'Your answer was sent to the exporter.', zh: '您的回复已发送给出口商。' };

describe.skipIf(!BUILT)('the buyer’s message sent twice through the server', () => {
  let install: Installation;
  let server: Server;
  let reference = '';
  let token = '';
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);

  const page = (locale: string) => fetch(`${server.origin}/${locale}/inquiries/${reference}/?token=${encodeURIComponent(token)}`, { redirect: 'manual' });
  const post = (locale: string, body: Record<string, string>) =>
    fetch(`${server.origin}/${locale}/inquiries/${reference}/?token=${encodeURIComponent(token)}&_action=inquiryReply`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
      redirect: 'manual',
    });
  const formKey = (html: string) => /name="clientKey" value="([^"]+)"/.exec(html)?.[1];

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_reply');
    server = await launch(install.env, { waitForSearch: false });
    const body = inquiryBody('reply', 0);
    const res = await fetch(`${server.origin}/api/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `reply-${Date.now()}` },
      body: JSON.stringify({ ...body, items: [body.items[0]!] }),
    });
    expect(res.status).toBe(201);
    const [inquiry] = ((await res.json()) as { inquiries: Array<{ reference: string; statusUrl: string }> }).inquiries;
    reference = inquiry!.reference;
    token = new URL(inquiry!.statusUrl).searchParams.get('token')!;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  it.each([
    ['en', 'Please send the latest price for 20 t.'],
    ['zh', '请报 20 吨的最新价格。'],
  ] as const)('in %s: two posts of the same form at once store one message, queue one mail and get the same answer', async (locale, text) => {
    const shown = await page(locale);
    expect(shown.status).toBe(200);
    const key = formKey(await shown.text());
    expect(key).toBeTruthy();

    const answers = await Promise.all([1, 2].map(() => post(locale, { reference, token, body: text, clientKey: key! })));
    expect(answers.map((a) => a.status)).toEqual([303, 303]);
    expect(answers[1]!.headers.get('location')).toBe(answers[0]!.headers.get('location'));
    const after = await fetch(new URL(answers[0]!.headers.get('location')!, server.origin), { redirect: 'manual' });
    expect(after.status).toBe(200);
    const html = await after.text();
    expect(html).toContain(SENT[locale]);
    // The conversation shows the message once, and the form is ready for a new one.
    expect(html.split(text).length - 1).toBe(1);
    expect(formKey(html)).toBeTruthy();
    expect(formKey(html)).not.toBe(key);

    // One message, and one mail to the exporter about it.
    const { stored, mails } = await db(async (d) => {
      const [inquiry] = await d.select({ id: t.inquiries.id }).from(t.inquiries).where(eq(t.inquiries.reference, reference));
      const stored = await d
        .select({ id: t.inquiryMessages.id })
        .from(t.inquiryMessages)
        .where(and(eq(t.inquiryMessages.inquiryId, inquiry!.id), eq(t.inquiryMessages.body, text)));
      const mails = await d
        .select({ messageId: t.outboxJobs.messageId })
        .from(t.outboxJobs)
        .where(
          and(
            eq(t.outboxJobs.kind, 'message.exporter'),
            sql`(${t.outboxJobs.payload}->>'messageId')::int in (select id from inquiry_messages where inquiry_id = ${inquiry!.id})`,
          ),
        );
      return { stored, mails };
    });
    expect(stored).toHaveLength(1);
    expect(mails.filter((m) => m.messageId === `message-${stored[0]!.id}-exporter`)).toHaveLength(1);
    expect(mails).toHaveLength(locale === 'en' ? 1 : 2);
  });
});
