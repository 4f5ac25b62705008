import type { T } from '~/i18n';
import type { MissingText } from '~/features/exporter/translation';

/** "name, summary, specification 2" in the page's language. */
export function missingList(t: T, missing: MissingText[], locale: 'en' | 'zh'): string {
  const names = missing.map((m) => t(`products:fields.${m.field}`, { n: m.n }));
  return names.join(locale === 'zh' ? '、' : ', ');
}
