import type { T } from '~/i18n';
import { LOCALES, type Locale } from '~/i18n/locales';
import { formatNumber } from '~/lib/format';
import { formatDate } from '~/lib/format';
import type { TrustFigures } from './types';

/**
 * The trust figures in words, with the formula and the period written out,
 * e.g. "Replied within 24 h to 17 of 20 inquiries, 8 Sep – 7 Dec 2026".
 * Pure: pages, cards and the dashboard all say the same thing.
 */

const ranges = new Map<Locale, Intl.DateTimeFormat>();

/** The period as a date range in the reader's language. */
export function describePeriod(period: TrustFigures['period'], locale: Locale): string {
  if (locale === 'zh') return `${formatDate(period.from, locale)}至${formatDate(period.to, locale)}`;
  let format = ranges.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[locale].intl, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    ranges.set(locale, format);
  }
  return format.formatRange(period.from, period.to);
}

/** A duration in ms as minutes, hours or days, e.g. "3 h 20 min". */
export function describeDuration(ms: number, t: T): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('catalog:trust.durationMinutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('catalog:trust.durationHours', { h: hours, m: minutes % 60 });
  return t('catalog:trust.durationDays', { d: Math.floor(hours / 24), h: hours % 24 });
}

/** A whole percentage of `part` in `whole`, rounded half up in integers. */
export function percentOf(part: number, whole: number, locale: Locale): string {
  const percent = Math.floor((part * 200 + whole) / (2 * whole));
  return `${formatNumber(percent, locale)}${locale === 'zh' ? '%' : ' %'}`;
}

export interface FigureLine {
  label: string;
  value: string;
  formula: string;
}

/** The measured figures as label, value and formula lines; "not enough data" below three counted inquiries. */
export function describeFigures(f: TrustFigures, t: T, locale: Locale): { lead: string; lines: FigureLine[]; pending: string } {
  const period = describePeriod(f.period, locale);
  const lines: FigureLine[] = [];
  if (f.enoughData) {
    lines.push({
      label: t('catalog:trust.responseRate'),
      value: percentOf(f.answeredWithin24h, f.received, locale),
      formula: t('catalog:trust.responseRateFormula', { count: f.received, answered: f.answeredWithin24h, period }),
    });
    lines.push({
      label: t('catalog:trust.median'),
      value: f.medianFirstResponseMs === null ? '—' : describeDuration(f.medianFirstResponseMs, t),
      formula: t('catalog:trust.medianFormula', { count: f.answered }),
    });
  } else {
    lines.push({
      label: t('catalog:trust.responseRate'),
      value: t('catalog:trust.notEnough'),
      formula: t('catalog:trust.notEnoughFormula', { count: f.received, period }),
    });
  }
  lines.push({ label: t('catalog:trust.quotes'), value: formatNumber(f.quotesSent, locale), formula: t('catalog:trust.quotesFormula', { period }) });
  lines.push({ label: t('catalog:trust.proformas'), value: formatNumber(f.proformasIssued, locale), formula: t('catalog:trust.proformasFormula', { period }) });
  return {
    lead: t('catalog:trust.measuredLead', { period }),
    lines,
    pending: f.pending > 0 ? t('catalog:trust.pending', { count: f.pending }) : t('catalog:trust.pendingRule'),
  };
}

/** One short line for an exporter card. */
export function describeForCard(f: TrustFigures, t: T): string {
  return f.enoughData ? t('catalog:trust.card', { answered: f.answeredWithin24h, received: f.received }) : t('catalog:trust.cardNotEnough');
}
