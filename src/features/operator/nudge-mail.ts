import i18next from 'i18next';
import urConsole from '../../../locales/ur/console.json';
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

let urdu: Tr | null = null;
/** Urdu is read from its own file until the portal's Urdu resources are wired into the shared set. */
function urduT(): Tr {
  if (!urdu) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: 'ur',
      fallbackLng: false,
      resources: { ur: { console: urConsole } },
      ns: ['console'],
      defaultNS: 'console',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const fixed = instance.getFixedT('ur', 'console') as (key: string, options: Record<string, unknown>) => unknown;
    urdu = (key, options) => String(fixed(key, options ?? {}));
  }
  return urdu;
}

function translator(locale: UiLocale): Tr {
  if (locale === 'ur') return urduT();
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
