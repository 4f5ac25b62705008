import { getT } from '~/i18n';
import { UI_LOCALES, type UiLocale } from '~/i18n/locales';

/*
 * The reminder an operator sends an exporter about an unanswered inquiry, in the exporter's language (English,
 * Chinese or Urdu). Everything but the names, reference and link comes from the `console` locale files.
 */

export interface NudgeMail {
  locale: UiLocale;
  exporterName: string;
  reference: string;
  buyerCompany: string;
  /** Whole days since the inquiry arrived (at least 1). */
  days: number;
  link: string;
}

type Tr = (key: string, options?: Record<string, unknown>) => string;

function translator(locale: UiLocale): Tr {
  const t = getT(locale);
  return (key, options) => t(`console:${key}` as 'console:mail.nudgeSubject', options ?? {}) as string;
}

export function nudgeMailText(m: NudgeMail): { subject: string; text: string; language: string } {
  const tr = translator(m.locale);
  return {
    subject: tr('mail.nudgeSubject', { reference: m.reference }),
    text: [
      tr('mail.nudgeGreeting', { name: m.exporterName }),
      '',
      tr('mail.nudgeBody', { reference: m.reference, buyer: m.buyerCompany, count: m.days }),
      '',
      tr('mail.nudgeAction'),
      m.link,
      '',
      tr('mail.nudgeClosing'),
      '',
      `— ${tr('mail.signature')}`,
    ].join('\n'),
    language: UI_LOCALES[m.locale].tag,
  };
}
