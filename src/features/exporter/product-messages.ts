import type { T } from '~/i18n';
import { errorMessage } from '~/i18n/errors';
import type { MissingText } from '~/features/exporter/translation';

/** "name, summary, specification 2" in the page's language. */
export function missingList(t: T, missing: MissingText[], locale: 'en' | 'zh'): string {
  const names = missing.map((m) => t(`products:fields.${m.field}`, { n: m.n }));
  return names.join(locale === 'zh' ? '、' : ', ');
}

/** Codes whose messages live with the editor (`portal:editor.errors`); any other code is a product form's. */
const EDITOR_CODES = ['skuTaken', 'invalidSku', 'imageHeic'] as const;

/** The message of an editor error code in the page's language. */
export function editorMessage(t: T, code: string, options: Record<string, unknown> = {}): string {
  if ((EDITOR_CODES as readonly string[]).includes(code)) return t(`portal:editor.errors.${code as (typeof EDITOR_CODES)[number]}`, options);
  return errorMessage(t, 'products', code, options);
}
