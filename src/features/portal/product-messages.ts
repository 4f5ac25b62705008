import type { T } from '~/i18n';
import { fieldMessage } from './messages';
import type { MissingText } from '~/server/portal/translation';

/** The message of an error code of the product editor or an upload: listing codes first, then the portal's and the forms'. */
export function productMessage(t: T, code: string | undefined, options: Record<string, unknown> = {}): string | undefined {
  if (!code) return undefined;
  const text = t(`listing:errors.${code}`, { ...options, defaultValue: '' });
  return text || fieldMessage(t, code, options);
}

/** "name, summary, specification 2" in the page's language. */
export function missingList(t: T, missing: MissingText[], locale: 'en' | 'zh'): string {
  const names = missing.map((m) => t(`listing:fields.${m.field}`, { n: m.n }));
  return names.join(locale === 'zh' ? '、' : ', ');
}
