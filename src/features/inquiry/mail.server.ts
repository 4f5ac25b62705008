import { asc, eq } from 'drizzle-orm';
import { getT } from '~/i18n';
import { formatQuantity, tradeLabel } from '~/i18n/labels';
import type { Locale } from '~/i18n/locales';
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

const en = getT('en');
/** The buyer's target price in English, in the buyer's own currency. */
function targetText(item: Parameters<typeof targetPriceOf>[0], perUnit: (price: string) => string): string {
  const target = targetPriceOf(item);
  return target ? perUnit(formatMinor(target.minor, target.currency)) : 'not given';
}

/**
 * Renders an outbox job into a mail from the current database state. The
 * exporter always reads English: the structured fields (product, quantity,
 * unit, Incoterm, port, target price) carry the meaning; the buyer's free
 * text is passed on as written. The buyer reads their own language.
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
      return exporterNotice(db, Number(job.payload.inquiryId), id, siteUrl);
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

async function exporterNotice(db: Db, inquiryId: number, messageId: string, siteUrl: string): Promise<MailMessage | null> {
  const row = await inquiryRow(db, { id: inquiryId });
  if (!row) return null;
  const { inquiry, submission: s, exporter } = row;
  const items = await db.select().from(t.inquiryItems).where(eq(t.inquiryItems.inquiryId, inquiryId)).orderBy(asc(t.inquiryItems.id));
  const lines = [
    `New inquiry ${inquiry.reference} for ${exporter.nameEn}`,
    '',
    s.kind === 'category' ? 'Sourcing request for a category (routed by the pavilion):' : 'Products:',
    ...items.map(
      (item, i) =>
        `${i + 1}. ${item.productNameEn}${item.productSlug ? ` (${siteUrl}/en/products/${item.productSlug}/)` : ''}\n` +
        `   Quantity: ${formatQuantity(en, 'en', item.quantity, item.unit)}\n` +
        (item.sampleRequested ? '   Sample requested first\n' : '') +
        `   Target price: ${targetText(item, (price) => `${price} per ${tradeLabel(en, 'unit', item.unit)}`)}` +
        (item.note ? `\n   Buyer's note (as written): ${item.note}` : ''),
    ),
    '',
    `Incoterm: ${s.incoterm}`,
    `Destination: ${en(`inquiry:port.${s.destinationPort}` as 'inquiry:port.shanghai')}, China`,
    '',
    'Buyer:',
    `   ${s.buyerName}, ${s.buyerCompany}`,
    `   ${[s.buyerCity, s.buyerProvince].filter(Boolean).join(', ')}${s.buyerCity || s.buyerProvince ? ', ' : ''}China`,
    `   E-mail: ${s.buyerEmail}`,
    `   Phone: ${s.buyerPhone}`,
    ...(s.buyerWechat ? [`   WeChat: ${s.buyerWechat}`] : []),
    `   Writes in: ${s.locale === 'zh' ? 'Chinese (中文)' : 'English'}`,
    '',
    ...(s.message ? ["Buyer's message (as written):", s.message, ''] : []),
    `Answer in the pavilion's exporter portal: ${siteUrl}/en/exporter/inquiries/${inquiry.reference}/`,
    'Your answers are shown to the buyer on their status page, and your response time is recorded.',
    '',
    '— Pakistan Pavilion · 巴基斯坦国家馆',
  ];
  return {
    messageId,
    to: exporter.email,
    subject: `New inquiry ${inquiry.reference}: ${items
      .map((i) => i.productNameEn)
      .join(', ')
      .slice(0, 120)}`,
    text: lines.join('\n'),
    replyTo: s.buyerEmail,
    language: 'en',
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
    return {
      messageId,
      to: exporter.email,
      subject: `${s.buyerCompany} answered on inquiry ${inquiry.reference}`,
      text: [
        `${s.buyerName} (${s.buyerCompany}) wrote on inquiry ${inquiry.reference} (as written):`,
        '',
        message.body,
        '',
        `Answer in the exporter portal: ${siteUrl}/en/exporter/inquiries/${inquiry.reference}/`,
        '',
        '— Pakistan Pavilion · 巴基斯坦国家馆',
      ].join('\n'),
      language: 'en',
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
