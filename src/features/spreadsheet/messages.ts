import type { T } from '~/i18n';
import { errorMessage } from '~/i18n/errors';
import { en } from '~/i18n/resources';

/**
 * The message of an import error code in the reader's language: the sheet's
 * own codes (`skuDuplicate`, `notUtf8`…) from the import texts, the product
 * form's codes from the same messages the editor shows.
 */
export function rowMessage(t: T, code: string, options: Record<string, unknown> = {}): string {
  if (Object.hasOwn(en.import.errors, code)) return t(`import:errors.${code as keyof typeof en.import.errors}`, options);
  return errorMessage(t, 'products', code, options);
}
