import { eq } from 'drizzle-orm';
import { getT } from '~/i18n';
import { LOCALES, UI_LOCALES, type Locale } from '~/i18n/locales';
import { exporterLanguage } from '~/features/exporter/account-settings.server';
import { statusToken } from '~/features/inquiry/links.server';
import { inquiryRow } from '~/features/inquiry/service.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { MailMessage } from '~/server/mail/transport.server';

type Job = typeof t.outboxJobs.$inferSelect;

/**
 * Renders a proforma mail (`proforma.payment`: the buyer recorded a transfer, to the exporter;
 * `proforma.receipt`: the exporter confirmed receipt, to the buyer) from the current database state, in the recipient's language: the buyer's is
 * the language of their inquiry, the exporter's that of their account. Null when the invoice is gone.
 */
export async function renderProformaMail(db: Db, job: Job, messageId: string, siteUrl: string): Promise<MailMessage | null> {
  const [row] = await db
    .select({ proforma: t.proformas, inquiryId: t.quotes.inquiryId })
    .from(t.proformas)
    .innerJoin(t.quotes, eq(t.proformas.quoteId, t.quotes.id))
    .where(eq(t.proformas.id, Number(job.payload.proformaId)));
  if (!row) return null;
  const inquiry = await inquiryRow(db, { id: row.inquiryId });
  if (!inquiry) return null;
  const { proforma: p } = row;
  const { submission: s, exporter } = inquiry;
  const reference = inquiry.inquiry.reference;
  if (job.kind === 'proforma.payment') {
    const locale = await exporterLanguage(db, exporter.id);
    const tr = getT(locale);
    const proof = p.paymentProof ?? {};
    return {
      messageId,
      to: exporter.email,
      subject: tr('proforma:mail.paymentSubject', { number: p.number, company: s.buyerCompany }),
      text: [
        tr('proforma:mail.paymentBody', { company: s.buyerCompany, number: p.number, reference }),
        '',
        `${tr('proforma:payment.bank')}: ${proof.bank ?? ''}`,
        `${tr('proforma:payment.transferReference')}: ${proof.transferReference ?? ''}`,
        `${tr('proforma:payment.amount')}: ${proof.amount ?? ''} ${proof.currency ?? ''}`,
        `${tr('proforma:payment.paidOn')}: ${proof.paidOn ?? ''}`,
        '',
        tr('proforma:mail.paymentCheck'),
        `${siteUrl}/${locale}/exporter/inquiries/${reference}/proforma/`,
        '',
        `— ${tr('inquiry:mail.signature')}`,
      ].join('\n'),
      replyTo: s.buyerEmail,
      language: UI_LOCALES[locale].tag,
    };
  }
  const locale: Locale = s.locale === 'zh' ? 'zh' : 'en';
  const tr = getT(locale);
  const name = locale === 'zh' && exporter.nameZh ? exporter.nameZh : exporter.nameEn;
  const token = await statusToken(db, s.idempotencyKey, s.caller);
  return {
    messageId,
    to: s.buyerEmail,
    subject: tr('proforma:mail.receiptSubject', { number: p.number, exporter: name }),
    text: [
      tr('inquiry:mail.buyerGreeting', { name: s.buyerName }),
      '',
      tr('proforma:mail.receiptBody', { exporter: name, number: p.number, reference }),
      '',
      `${siteUrl}/${locale}/inquiries/${reference}/proforma/?token=${encodeURIComponent(token)}`,
      '',
      `— ${tr('inquiry:mail.signature')}`,
    ].join('\n'),
    replyTo: exporter.email,
    language: LOCALES[locale].tag,
  };
}
