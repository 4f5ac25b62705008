import { getT } from '~/i18n';
import { LOCALES, type Locale } from '~/i18n/locales';

/*
 * The buyer's mails, composed from plain values: the outbox renders them from
 * the database (mail.server.ts), and tests render every one in both languages
 * without one. Everything but the names, references, links and the buyer's
 * or exporter's own words comes from the locale files.
 */

export interface MailText {
  subject: string;
  text: string;
  /** BCP-47 language of the body. */
  language: string;
}

export interface BuyerConfirmation {
  locale: Locale;
  buyerName: string;
  /** One line per exporter the submission reached, with its private status link. */
  inquiries: Array<{ reference: string; exporterName: string; link: string }>;
}

/** “Your inquiry has been sent”: one mail per submission, listing every exporter's reference and link. */
export function buyerConfirmationText(m: BuyerConfirmation): MailText {
  const tr = getT(m.locale);
  const text = [
    tr('inquiry:mail.buyerGreeting', { name: m.buyerName }),
    '',
    tr('inquiry:mail.buyerBody'),
    '',
    ...m.inquiries.map((r) => `${r.reference} · ${r.exporterName}\n${r.link}`),
    '',
    tr('inquiry:mail.buyerClosing'),
    '',
    `— ${tr('inquiry:mail.signature')}`,
  ].join('\n');
  return {
    subject: tr('inquiry:mail.buyerSubject', { count: m.inquiries.length, reference: m.inquiries[0]?.reference ?? '' }),
    text,
    language: LOCALES[m.locale].tag,
  };
}

export interface ExporterReply {
  locale: Locale;
  buyerName: string;
  exporterName: string;
  reference: string;
  /** The exporter's words, passed on as written. */
  body: string;
  link: string;
}

/** An exporter answered: the answer as written, and the status link to reply. */
export function exporterReplyText(m: ExporterReply): MailText {
  const tr = getT(m.locale);
  return {
    subject: tr('inquiry:mail.replySubject', { exporter: m.exporterName, reference: m.reference }),
    text: [
      tr('inquiry:mail.buyerGreeting', { name: m.buyerName }),
      '',
      tr('inquiry:mail.replyBody', { exporter: m.exporterName }),
      '',
      m.body,
      '',
      tr('inquiry:mail.replyFollow'),
      m.link,
      '',
      `— ${tr('inquiry:mail.signature')}`,
    ].join('\n'),
    language: LOCALES[m.locale].tag,
  };
}

/**
 * The sender's display name in the mail's language (巴基斯坦国家馆 for
 * Chinese mail), put before the configured address.
 */
export function senderName(language: string): string {
  return getT(language.toLowerCase().startsWith('zh') ? 'zh' : 'en')('site.name');
}
