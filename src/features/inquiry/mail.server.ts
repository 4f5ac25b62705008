import { asc, eq } from 'drizzle-orm';
import { getT } from '~/i18n';
import { formatQuantity, tradeLabel } from '~/i18n/labels';
import { contentLocale, UI_LOCALES, type Locale } from '~/i18n/locales';
import { exporterLanguage } from '~/features/exporter/account-settings.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { statusLink } from '~/features/inquiry/links.server';
import { inquiryRow } from '~/features/inquiry/service.server';
import { renderProformaMail } from '~/features/proforma/mail.server';
import { buyerConfirmationText, exporterReplyText, senderName } from '~/features/inquiry/mail-text';
import type { MailMessage } from '~/server/mail/transport.server';
import { renderQuoteJob } from '~/features/quotes/mail.server';
import { formatMinor } from '~/lib/money';
import { targetPriceOf } from './target-price';

type Job = typeof t.outboxJobs.$inferSelect;

/** The buyer's target price per unit, in the buyer's own currency, or `none` when the buyer gave none. */
function targetText(item: Parameters<typeof targetPriceOf>[0], none: string, perUnit: (price: string) => string): string {
  const target = targetPriceOf(item);
  return target ? perUnit(formatMinor(target.minor, target.currency)) : none;
}

/**
 * Renders an outbox job into a mail from the current database state. The
 * exporter reads its account's language (English without one; Urdu too): the
 * structured fields (product, quantity, unit, Incoterm, port, target price)
 * carry the meaning; the buyer's free text is passed on as written. The buyer
 * reads their own language.
 * Returns null when what the job announces no longer exists.
 */
export async function renderJob(db: Db, job: Job, siteUrl: string): Promise<MailMessage | null> {
  const message = await renderBody(db, job, siteUrl);
  return message && { ...message, fromName: senderName(message.language) };
}

async function renderBody(db: Db, job: Job, siteUrl: string): Promise<MailMessage | null> {
  const id = `${job.messageId}@pavilion`;
  switch (job.kind) {
    case 'inquiry.exporter':
      return exporterNotice(db, job.payload, id, siteUrl);
    case 'inquiry.buyer':
      return buyerConfirmation(db, Number(job.payload.submissionId), id, siteUrl);
    case 'message.exporter':
    case 'message.buyer':
      return messageNotice(db, Number(job.payload.messageId), job.kind === 'message.buyer' ? 'buyer' : 'exporter', id, siteUrl);
    case 'quote.sent':
    case 'quote.revision':
    case 'quote.declined':
    case 'quote.accepted':
    case 'proforma.buyer':
    case 'proforma.exporter':
      return renderQuoteJob(db, job, siteUrl);
    case 'proforma.payment':
    case 'proforma.receipt':
      return renderProformaMail(db, job, id, siteUrl);
    default:
      return typeof job.payload.to === 'string'
        ? {
            messageId: id,
            to: job.payload.to,
            subject: String(job.payload.subject ?? ''),
            text: String(job.payload.text ?? ''),
            language: String(job.payload.language ?? 'en'),
          }
        : null;
  }
}

/**
 * Whether a new-inquiry mail still concerns the inquiry's holder: the job names the exporter it was queued for and
 * when that exporter was given the inquiry (null: when it was submitted). Once the operator has passed the inquiry
 * on, the mail is dropped: the buyer's contact details go to nobody who no longer holds it, and the new holder
 * gets its own mail. (Jobs queued without an exporter go to the holder, as they always did.)
 */
export function stillHolds(payload: Record<string, unknown>, inquiry: { exporterId: number; reassignedAt: Date | null }): boolean {
  if (!('exporterId' in payload)) return true;
  const since = typeof payload.reassignedAt === 'string' ? Date.parse(payload.reassignedAt) : null;
  return Number(payload.exporterId) === inquiry.exporterId && since === (inquiry.reassignedAt?.getTime() ?? null);
}

async function exporterNotice(db: Db, payload: Record<string, unknown>, messageId: string, siteUrl: string): Promise<MailMessage | null> {
  const inquiryId = Number(payload.inquiryId);
  const row = await inquiryRow(db, { id: inquiryId });
  if (!row || !stillHolds(payload, row.inquiry)) return null;
  const { inquiry, submission: s, exporter } = row;
  const items = await db.select().from(t.inquiryItems).where(eq(t.inquiryItems.inquiryId, inquiryId)).orderBy(asc(t.inquiryItems.id));
  const locale = await exporterLanguage(db, exporter.id);
  const tr = getT(locale);
  const site = contentLocale(locale);
  const indent = (line: string) => `   ${line}`;
  const lines = [
    tr('portal:mail.inquiryTitle', { reference: inquiry.reference, exporter: exporter.nameEn }),
    '',
    s.kind === 'category' ? tr('portal:mail.categoryRequest') : tr('portal:mail.products'),
    ...items.map(
      (item, i) =>
        `${i + 1}. ${item.productNameEn}${item.productSlug ? ` (${siteUrl}/${site}/products/${item.productSlug}/)` : ''}\n` +
        `${indent(tr('portal:mail.quantity', { quantity: formatQuantity(tr, locale, item.quantity, item.unit) }))}\n` +
        (item.sampleRequested ? `${indent(tr('portal:mail.sample'))}\n` : '') +
        indent(
          tr('portal:mail.targetPrice', {
            price: targetText(item, tr('portal:mail.noTarget'), (price) => tr('portal:mail.perUnit', { price, unit: tradeLabel(tr, 'unit', item.unit) })),
          }),
        ) +
        (item.note ? `\n${indent(tr('portal:mail.note', { note: item.note }))}` : ''),
    ),
    '',
    tr('portal:mail.incoterm', { incoterm: s.incoterm }),
    tr('portal:mail.destination', { port: tr(`inquiry:port.${s.destinationPort}` as 'inquiry:port.shanghai') }),
    '',
    tr('portal:mail.buyer'),
    indent(`${s.buyerName}, ${s.buyerCompany}`),
    indent(`${[s.buyerCity, s.buyerProvince].filter(Boolean).join(', ')}${s.buyerCity || s.buyerProvince ? ', ' : ''}${tr('portal:mail.china')}`),
    indent(tr('portal:mail.email', { email: s.buyerEmail })),
    indent(tr('portal:mail.phone', { phone: s.buyerPhone })),
    ...(s.buyerWechat ? [indent(tr('portal:mail.wechat', { wechat: s.buyerWechat }))] : []),
    indent(tr('portal:mail.writesIn', { language: tr(s.locale === 'zh' ? 'portal:mail.writesZh' : 'portal:mail.writesEn') })),
    '',
    ...(s.message ? [tr('portal:mail.message'), s.message, ''] : []),
    tr('portal:mail.answer', { link: `${siteUrl}/${locale}/exporter/inquiries/${inquiry.reference}/` }),
    tr('portal:mail.answerNote'),
    '',
    `— ${tr('inquiry:mail.signature')}`,
  ];
  return {
    messageId,
    to: exporter.email,
    subject: tr('portal:mail.inquirySubject', {
      reference: inquiry.reference,
      products: items
        .map((i) => i.productNameEn)
        .join(', ')
        .slice(0, 120),
    }),
    text: lines.join('\n'),
    replyTo: s.buyerEmail,
    language: UI_LOCALES[locale].tag,
  };
}

async function buyerConfirmation(db: Db, submissionId: number, messageId: string, siteUrl: string): Promise<MailMessage | null> {
  const [s] = await db.select().from(t.inquirySubmissions).where(eq(t.inquirySubmissions.id, submissionId));
  if (!s) return null;
  const locale = (s.locale === 'zh' ? 'zh' : 'en') as Locale;
  const rows = await db
    .select({ reference: t.inquiries.reference, nameEn: t.exporters.nameEn, nameZh: t.exporters.nameZh })
    .from(t.inquiries)
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where(eq(t.inquiries.submissionId, submissionId))
    .orderBy(asc(t.inquiries.id));
  if (!rows.length) return null;
  const links = await Promise.all(rows.map((r) => statusLink(db, s.idempotencyKey, s.caller, r.reference, locale, siteUrl)));
  return {
    messageId,
    to: s.buyerEmail,
    ...buyerConfirmationText({
      locale,
      buyerName: s.buyerName,
      inquiries: rows.map((r, i) => ({ reference: r.reference, exporterName: locale === 'zh' && r.nameZh ? r.nameZh : r.nameEn, link: links[i]! })),
    }),
  };
}

async function messageNotice(db: Db, id: number, to: 'buyer' | 'exporter', messageId: string, siteUrl: string): Promise<MailMessage | null> {
  const [message] = await db.select().from(t.inquiryMessages).where(eq(t.inquiryMessages.id, id));
  if (!message) return null;
  const row = await inquiryRow(db, { id: message.inquiryId });
  if (!row) return null;
  const { inquiry, submission: s, exporter } = row;
  if (to === 'exporter') {
    const locale = await exporterLanguage(db, exporter.id);
    const tr = getT(locale);
    const about = { name: s.buyerName, company: s.buyerCompany, reference: inquiry.reference };
    return {
      messageId,
      to: exporter.email,
      subject: tr('portal:mail.messageSubject', about),
      text: [
        tr('portal:mail.messageBody', about),
        '',
        message.body,
        '',
        tr('portal:mail.messageAnswer', { link: `${siteUrl}/${locale}/exporter/inquiries/${inquiry.reference}/` }),
        '',
        `— ${tr('inquiry:mail.signature')}`,
      ].join('\n'),
      language: UI_LOCALES[locale].tag,
    };
  }
  const locale = (s.locale === 'zh' ? 'zh' : 'en') as Locale;
  return {
    messageId,
    to: s.buyerEmail,
    ...exporterReplyText({
      locale,
      buyerName: s.buyerName,
      exporterName: locale === 'zh' && exporter.nameZh ? exporter.nameZh : exporter.nameEn,
      reference: inquiry.reference,
      body: message.body,
      link: await statusLink(db, s.idempotencyKey, s.caller, inquiry.reference, locale, siteUrl),
    }),
  };
}
