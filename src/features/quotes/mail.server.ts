import { eq } from 'drizzle-orm';
import { getT, type T } from '~/i18n';
import { contentLocale, UI_LOCALES, type Locale, type UiLocale } from '~/i18n/locales';
import { exporterLanguage } from '~/features/exporter/account-settings.server';
import { statusLink } from '~/features/inquiry/links.server';
import { inquiryRow } from '~/features/inquiry/service.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { MailMessage } from '~/server/mail/transport.server';
import { formatDate } from '~/lib/format';
import { formatMinor, lineAmount, sumMinor, unitPriceAt } from '~/lib/money';
import { placeName } from './terms';

type Job = typeof t.outboxJobs.$inferSelect;

/** The language of an exporter's mail: its account's portal language (Urdu too), English when it has none. */
const exporterLocale = exporterLanguage;

export const paymentText = (tr: T, terms: t.PaymentTerms) =>
  terms.kind === 'tt' ? tr('quotes:payment.tt', { deposit: terms.depositPercent, balance: 100 - terms.depositPercent }) : tr(`quotes:payment.${terms.kind}`);

export const termsText = (quote: { incoterm: string; namedPlace: string }, locale: Locale) => `${quote.incoterm} ${placeName(quote.namedPlace, locale)}`;

async function quoteContext(db: Db, quoteId: number) {
  const [quote] = await db.select().from(t.quotes).where(eq(t.quotes.id, quoteId));
  if (!quote) return null;
  const row = await inquiryRow(db, { id: quote.inquiryId });
  if (!row) return null;
  const lines = await db.select().from(t.quoteLines).where(eq(t.quoteLines.quoteId, quoteId));
  const total = sumMinor(lines.map((l) => lineAmount(l.quantity, unitPriceAt(l.unitPriceMinor, l.tiers, l.quantity)) ?? 0)) ?? 0;
  return { quote, total, ...row };
}

/**
 * Renders the mails of quotations (outbox kinds `quote.sent`, `quote.revision`, `quote.declined`,
 * `quote.accepted`, `proforma.buyer`, `proforma.exporter`) and proforma invoices from the current
 * database state, in the reader's language: the buyer's from their inquiry,
 * the exporter's from its account. Null when what the job announces is gone.
 */
export async function renderQuoteJob(db: Db, job: Job, siteUrl: string): Promise<MailMessage | null> {
  const messageId = `${job.messageId}@pavilion`;
  if (job.kind === 'proforma.buyer' || job.kind === 'proforma.exporter') {
    const [proforma] = await db
      .select()
      .from(t.proformas)
      .where(eq(t.proformas.id, Number(job.payload.proformaId)));
    if (!proforma) return null;
    const context = await quoteContext(db, proforma.quoteId);
    return context && proformaMail(db, context, proforma, job.kind === 'proforma.buyer' ? 'buyer' : 'exporter', messageId, siteUrl);
  }
  const context = await quoteContext(db, Number(job.payload.quoteId));
  if (!context) return null;
  const { quote, inquiry, submission: s, exporter, total } = context;
  if (job.kind === 'quote.sent') {
    const locale: Locale = s.locale === 'zh' ? 'zh' : 'en';
    const tr = getT(locale);
    const name = locale === 'zh' && exporter.nameZh ? exporter.nameZh : exporter.nameEn;
    const subject =
      quote.version > 1
        ? tr('quotes:mail.revisedSubject', { exporter: name, reference: inquiry.reference, version: quote.version })
        : tr('quotes:mail.sentSubject', { exporter: name, reference: inquiry.reference });
    return {
      messageId,
      to: s.buyerEmail,
      subject,
      text: [
        tr('inquiry:mail.buyerGreeting', { name: s.buyerName }),
        '',
        tr('quotes:mail.sentBody', {
          exporter: name,
          version: quote.version,
          total: formatMinor(total, quote.currency),
          terms: termsText(quote, locale),
          date: formatDate(quote.validUntil, locale),
        }),
        '',
        tr('quotes:mail.sentFollow'),
        await statusLink(db, s.idempotencyKey, s.caller, inquiry.reference, locale, siteUrl),
        '',
        `— ${tr('inquiry:mail.signature')}`,
      ].join('\n'),
      language: UI_LOCALES[locale].tag,
    };
  }
  const locale = await exporterLocale(db, exporter.id);
  const tr = getT(locale);
  const who = { buyer: s.buyerName, company: s.buyerCompany, version: quote.version, reference: inquiry.reference };
  const body =
    job.kind === 'quote.revision'
      ? [tr('quotes:mail.revisionBody', who), '', quote.revisionRequest ?? '']
      : job.kind === 'quote.declined'
        ? [tr('quotes:mail.declinedBody', who)]
        : job.kind === 'quote.accepted'
          ? [tr('quotes:mail.acceptedBody', { ...who, total: formatMinor(total, quote.currency) })]
          : null;
  if (!body) return null;
  const subjectKey = job.kind === 'quote.revision' ? 'revisionSubject' : job.kind === 'quote.declined' ? 'declinedSubject' : 'acceptedSubject';
  return {
    messageId,
    to: exporter.email,
    subject: tr(`quotes:mail.${subjectKey}`, who),
    text: [
      ...body,
      '',
      tr('quotes:mail.portal'),
      `${siteUrl}/${locale}/exporter/inquiries/${inquiry.reference}/`,
      '',
      `— ${tr('inquiry:mail.signature')}`,
    ].join('\n'),
    replyTo: s.buyerEmail,
    language: UI_LOCALES[locale].tag,
  };
}

async function proformaMail(
  db: Db,
  context: NonNullable<Awaited<ReturnType<typeof quoteContext>>>,
  proforma: typeof t.proformas.$inferSelect,
  to: 'buyer' | 'exporter',
  messageId: string,
  siteUrl: string,
): Promise<MailMessage> {
  const { quote, inquiry, submission: s, exporter } = context;
  const locale: UiLocale = to === 'buyer' ? (s.locale === 'zh' ? 'zh' : 'en') : await exporterLocale(db, exporter.id);
  const tr = getT(locale);
  const values = {
    number: proforma.number,
    reference: inquiry.reference,
    exporter: locale === 'zh' && exporter.nameZh ? exporter.nameZh : exporter.nameEn,
    company: s.buyerCompany,
    total: formatMinor(proforma.totalMinor, proforma.currency),
    payment: paymentText(tr, quote.paymentTerms),
  };
  let links: string[];
  if (to === 'buyer') {
    // The buyer's status link carries the private token; the proforma pages sit under it.
    const status = new URL(await statusLink(db, s.idempotencyKey, s.caller, inquiry.reference, contentLocale(locale), siteUrl));
    const token = status.searchParams.get('token') ?? '';
    const base = `${siteUrl}/${locale}/inquiries/${inquiry.reference}`;
    links = [`${base}/proforma/?token=${encodeURIComponent(token)}`, `${base}/proforma.pdf?token=${encodeURIComponent(token)}`];
  } else {
    const base = `${siteUrl}/${locale}/exporter/inquiries/${inquiry.reference}`;
    links = [`${base}/proforma/`, `${base}/proforma.pdf`];
  }
  return {
    messageId,
    to: to === 'buyer' ? s.buyerEmail : exporter.email,
    subject: tr('quotes:mail.proformaSubject', values),
    text: [
      ...(to === 'buyer' ? [tr('inquiry:mail.buyerGreeting', { name: s.buyerName }), ''] : []),
      tr(to === 'buyer' ? 'quotes:mail.proformaBuyerBody' : 'quotes:mail.proformaExporterBody', values),
      '',
      tr('quotes:mail.proformaPage'),
      links[0]!,
      tr('quotes:mail.proformaPdf'),
      links[1]!,
      '',
      `— ${tr('inquiry:mail.signature')}`,
    ].join('\n'),
    language: UI_LOCALES[locale].tag,
  };
}
