import type { T } from '~/i18n';

/** The message of an error code in the page's language: portal codes first, then the shared form codes. */
export function fieldMessage(t: T, code: string | undefined, options: Record<string, unknown> = {}): string | undefined {
  if (!code) return undefined;
  const tr = t;
  for (const ns of ['portal:errors', 'inquiry:errors']) {
    const text = tr(`${ns}.${code}`, { ...options, defaultValue: '' });
    if (text) return text;
  }
  return tr('inquiry:errors.invalid');
}
