import type { T } from './index';
import { en, type Resources } from './resources';

/**
 * One map from error codes to messages: the `errors` objects of the locale
 * files. Schemas and services return codes (`required`, `tooLong`…); pages
 * show `errorMessage(t, area, code)`. English is the reference, so the codes
 * an area knows are typed from `locales/en/*.json`, and a code without a
 * message anywhere falls back to the forms' “please check this field”.
 */
type WithErrors = { [N in keyof Resources]: Resources[N] extends { errors: Record<string, string> } ? N : never }[keyof Resources];

/** Where each area looks a code up, its own messages first, then the shared form messages. */
const AREAS = {
  inquiry: ['inquiry'],
  exporter: ['exporter', 'inquiry', 'proforma'],
  proforma: ['proforma', 'inquiry'],
  products: ['products', 'exporter', 'inquiry'],
  operator: ['operator', 'exporter', 'inquiry'],
  buyer: ['buyer', 'exporter', 'inquiry'],
  quotes: ['quotes', 'inquiry'],
  desk: ['desk', 'exporter', 'inquiry'],
} as const satisfies Record<string, readonly WithErrors[]>;

export type ErrorArea = keyof typeof AREAS;

/** The codes an area has messages for. */
export type ErrorCode<A extends ErrorArea> = {
  [N in (typeof AREAS)[A][number]]: keyof Resources[N]['errors'] & string;
}[(typeof AREAS)[A][number]];

/** The namespace that holds the message of `code` for `area`, or null when none does. */
function namespaceOf(area: ErrorArea, code: string): WithErrors | null {
  for (const ns of AREAS[area]) if (Object.hasOwn(en[ns].errors, code)) return ns;
  return null;
}

export function isErrorCode<A extends ErrorArea>(area: A, code: string): code is ErrorCode<A> {
  return namespaceOf(area, code) !== null;
}

/** The message of an error code in the page's language; undefined when there is no error. */
export function errorMessage(t: T, area: ErrorArea, code: string, options?: Record<string, unknown>): string;
export function errorMessage(t: T, area: ErrorArea, code: string | undefined, options?: Record<string, unknown>): string | undefined;
export function errorMessage(t: T, area: ErrorArea, code: string | undefined, options: Record<string, unknown> = {}): string | undefined {
  if (!code) return undefined;
  const ns = namespaceOf(area, code);
  return ns ? t(`${ns}:errors.${code}` as 'inquiry:errors.invalid', options) : t('inquiry:errors.invalid');
}
