import type { T } from '~/i18n';
import { intlTag, type Digits, type Locale, type UiLocale } from '~/i18n/locales';

/** A moment with its time, e.g. "Mar 12, 2027, 14:05 UTC" or "2027年3月12日 UTC 14:05". */
export function formatDateTime(value: Date, locale: UiLocale, digits: Digits = 'latin'): string {
  return `${new Intl.DateTimeFormat(intlTag(locale, digits), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
    hourCycle: 'h23',
  }).format(value)} UTC`;
}

/** How long ago, in the largest whole unit: "3 hours ago", "2天前". */
export function formatAge(from: Date, now: Date, locale: Locale): string {
  const seconds = Math.max(0, Math.round((now.getTime() - from.getTime()) / 1000));
  const rtf = new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'auto' });
  if (seconds < 3600) return rtf.format(-Math.max(1, Math.floor(seconds / 60)), 'minute');
  if (seconds < 86_400) return rtf.format(-Math.floor(seconds / 3600), 'hour');
  return rtf.format(-Math.floor(seconds / 86_400), 'day');
}

/** A duration in hours as minutes, hours or days, whichever reads best. */
export function formatHours(hours: number, t: T, locale: Locale): string {
  const tr = t;
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(value);
  if (hours < 1) return tr('operator:duration.minutes', { value: number(Math.max(1, Math.round(hours * 60)), 0) });
  if (hours < 48) return tr('operator:duration.hours', { value: number(hours, 1) });
  return tr('operator:duration.days', { value: number(hours / 24, 1) });
}
