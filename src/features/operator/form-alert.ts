import type { T } from '~/i18n';
import { errorMessage } from '~/i18n/errors';

/**
 * The alert at the top of a console form refused: the message of its
 * form-level error (the first of `formFields` that has one), else “please
 * correct the fields marked below” when a field has one, else nothing.
 */
export function formAlert(t: T, errors: Record<string, string>, formFields: readonly string[] = ['form']): string | undefined {
  const field = formFields.find((name) => errors[name]);
  if (field) return errorMessage(t, 'operator', errors[field]);
  return Object.keys(errors).length ? t('exporter:errors.summary') : undefined;
}
