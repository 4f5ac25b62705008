import { createHash } from 'node:crypto';
import { and, eq, gte, lte } from 'drizzle-orm';
import { getT } from '~/i18n';
import { tradeLabel } from '~/i18n/labels';
import { UI_LOCALES, isUiLocale, type UiLocale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/*
 * Mail to exporters about their review, in each account's own language (en, zh or ur): verified, refused,
 * asked for more, suspended, and a certificate or check about to expire. Queued in the outbox in the same
 * transaction as the decision, so a decision is never made without its mail nor mailed without being made.
 */

export type ReviewMailKind = 'verified' | 'rejected' | 'more-info' | 'suspended' | 'expiry';

const KEYS = {
  verified: { subject: 'mail.verifiedSubject', body: 'mail.verifiedBody' },
  rejected: { subject: 'mail.rejectedSubject', body: 'mail.rejectedBody' },
  'more-info': { subject: 'mail.moreInfoSubject', body: 'mail.moreInfoBody' },
  suspended: { subject: 'mail.suspendedSubject', body: 'mail.suspendedBody' },
  expiry: { subject: 'mail.expirySubject', body: 'mail.expiryBody' },
} as const;

/** A text of the review namespace in one of the portal's languages, Urdu included. */
function reviewText(locale: UiLocale) {
  const tr = getT(locale);
  return (key: string, values?: Record<string, unknown>) => String(tr(`review:${key}` as 'review:mail.greeting', { ...values }));
}

export interface ReviewMailValues {
  name: string;
  company: string;
  link: string;
  note?: string;
  what?: string;
  date?: string;
}

/** Subject and text of a review mail, from plain values (tests render every kind in every language without a database). */
export function reviewMailText(kind: ReviewMailKind, locale: UiLocale, values: ReviewMailValues) {
  const tr = reviewText(locale);
  const { subject, body } = KEYS[kind];
  const vars = { company: values.company, note: values.note ?? '', what: values.what ?? '', date: values.date ?? '' };
  const text = [
    tr('mail.greeting', { name: values.name }),
    '',
    tr(body, vars),
    ...(values.note ? ['', tr('mail.note'), values.note] : []),
    '',
    values.link,
    '',
    `— ${tr('mail.signature')}`,
  ].join('\n');
  return { subject: tr(subject, vars), text, language: UI_LOCALES[locale].tag };
}

/** The exporter's accounts, each with its language. */
async function recipients(db: Db | Tx, exporterId: number) {
  const [exporter] = await db.select({ nameEn: t.exporters.nameEn, nameZh: t.exporters.nameZh }).from(t.exporters).where(eq(t.exporters.id, exporterId));
  const users = await db
    .select({ id: t.users.id, email: t.users.email, name: t.users.name, locale: t.users.locale })
    .from(t.users)
    .where(and(eq(t.users.exporterId, exporterId), eq(t.users.role, 'exporter')));
  return { exporter, users };
}

const PAGE_OF: Record<ReviewMailKind, string> = {
  verified: 'exporter',
  rejected: 'exporter/documents',
  'more-info': 'exporter/documents',
  suspended: 'exporter',
  expiry: 'exporter/profile',
};

/**
 * Queues a review mail to every account of the exporter. `once` names the event: a second call with the same
 * name queues nothing (the outbox's Message-ID is unique), so an expiry is mailed once.
 */
export async function queueReviewMail(
  db: Db | Tx,
  exporterId: number,
  kind: ReviewMailKind,
  siteUrl: string,
  extra: { note?: string; what?: string; date?: string; once?: string } = {},
): Promise<number> {
  const { exporter, users } = await recipients(db, exporterId);
  if (!exporter) return 0;
  const event = extra.once ?? `${Date.now()}-${Math.random()}`;
  let queued = 0;
  for (const user of users) {
    const locale: UiLocale = isUiLocale(user.locale) ? user.locale : 'en';
    const company = locale === 'zh' && exporter.nameZh ? exporter.nameZh : exporter.nameEn;
    const linkLocale = locale === 'zh' ? 'zh' : 'en';
    const mail = reviewMailText(kind, locale, { name: user.name, company, link: `${siteUrl}/${linkLocale}/${PAGE_OF[kind]}/`, ...extra });
    const digest = createHash('sha256').update(`${kind}:${exporterId}:${user.id}:${event}`).digest('hex').slice(0, 32);
    const rows = await db
      .insert(t.outboxJobs)
      .values({ kind: `review.${kind}`, messageId: `review-${kind}-${digest}`, payload: { to: user.email, ...mail } })
      .onConflictDoNothing()
      .returning({ id: t.outboxJobs.id });
    queued += rows.length;
  }
  return queued;
}

/** Days ahead an exporter is told that a certificate or a check expires. */
export const EXPIRY_NOTICE_DAYS = 30;

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The daily job: every certificate the exporter declared and every check the pavilion made that expires within
 * 30 days is mailed about once (the same certificate with the same expiry is never mailed twice, however often the
 * job runs or however many instances run it). Returns the number of mails queued.
 */
export async function mailExpiringSoon(db: Db, siteUrl: string, now = new Date()): Promise<number> {
  const from = day(now);
  const until = day(new Date(now.getTime() + EXPIRY_NOTICE_DAYS * 86_400_000));
  const en = getT('en');
  const [certificates, checks] = await Promise.all([
    db
      .select({ exporterId: t.certificates.exporterId, kind: t.certificates.kind, number: t.certificates.number, validUntil: t.certificates.validUntil })
      .from(t.certificates)
      .innerJoin(t.exporters, eq(t.certificates.exporterId, t.exporters.id))
      .where(and(gte(t.certificates.validUntil, from), lte(t.certificates.validUntil, until), eq(t.exporters.status, 'verified'))),
    db
      .select({
        exporterId: t.verificationChecks.exporterId,
        kind: t.verificationChecks.kind,
        number: t.verificationChecks.reference,
        validUntil: t.verificationChecks.validUntil,
      })
      .from(t.verificationChecks)
      .innerJoin(t.exporters, eq(t.verificationChecks.exporterId, t.exporters.id))
      .where(and(gte(t.verificationChecks.validUntil, from), lte(t.verificationChecks.validUntil, until), eq(t.exporters.status, 'verified'))),
  ]);
  let queued = 0;
  for (const [group, rows] of [
    ['certification', certificates],
    ['check', checks],
  ] as const) {
    for (const row of rows) {
      const what = `${tradeLabel(en, group, row.kind)} ${row.number}`;
      queued += await queueReviewMail(db, row.exporterId, 'expiry', siteUrl, {
        what,
        date: row.validUntil,
        once: `${group}:${row.kind}:${row.number}:${row.validUntil}`,
      });
    }
  }
  return queued;
}
