import { z } from 'zod';
import { CITY_SLUGS } from '~/lib/geo';
import { CERTIFICATION_KINDS } from '~/lib/trade';
import { bounded, plainText, rawLimit, shortNumber } from '~/features/inquiry/schema';
import { PAYMENT_FIELD_OF, PAYMENT_FIELDS, paymentInstructionsSchema } from '~/features/proforma/schema';

/**
 * Inputs of the exporter portal's account and profile forms. Messages are codes,
 * translated by `fieldMessage` (portal:errors, then inquiry:errors).
 */

const email = bounded(rawLimit(200))
  .trim()
  .toLowerCase()
  .max(200, { error: 'tooLong', abort: true })
  .pipe(z.email({ error: 'invalidEmail' }));
const password = bounded(128).min(10, { error: 'passwordShort' });
/** The account's language: the portal's and its mail's (Urdu too: the portal and a trader's mail exist in Urdu). */
const locale = z.enum(['en', 'zh', 'ur'], { error: 'invalid' });

export const signUpSchema = z.object({
  name: plainText(100, { required: true }),
  company: plainText(120, { required: true }),
  email,
  password,
  locale,
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const signInSchema = z.object({ email, password: bounded(128).min(1, { error: 'required' }) });
export const forgotSchema = z.object({ email });
export const resetSchema = z.object({ token: bounded(200).min(10), password });

/** A `YYYY-MM-DD` day; anything longer is refused before the date pattern runs. */
const isoDate = bounded(10, 'invalidDate', 'invalidDate').pipe(z.iso.date({ error: 'invalidDate' }));

const currentYear = new Date().getUTCFullYear();
const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? null : shortNumber(v)),
    z.coerce.number({ error: 'invalidNumber' }).int({ error: 'wholeNumber' }).min(min, { error: 'outOfRange' }).max(max, { error: 'outOfRange' }).nullable(),
  );
// Only short text can be blank-but-for-spaces here; a long one goes on to its length check untouched.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.length <= 1000 && v.trim() === '' ? null : v), schema.nullable());

export const certificateSchema = z.object({
  kind: z.enum(CERTIFICATION_KINDS, { error: 'invalid' }),
  issuer: plainText(120, { required: true }),
  number: plainText(60, { required: true }),
  validUntil: isoDate,
});

export const profileSchema = z.object({
  nameEn: plainText(120, { required: true }),
  nameZh: plainText(60),
  taglineEn: plainText(160),
  taglineZh: plainText(80),
  descriptionEn: plainText(4000, { multiline: true }),
  descriptionZh: plainText(2000, { multiline: true }),
  /** One of the trading cities the pavilion knows; the province follows from it. */
  city: z.enum(CITY_SLUGS, { error: 'required' }),
  yearFounded: optionalInt(1800, currentYear),
  employees: optionalInt(1, 1_000_000),
  website: optional(bounded(200).pipe(z.url({ protocol: /^https?$/, error: 'invalidUrl' }))),
  gaccNumber: optional(
    bounded(rawLimit(16), 'invalidGacc', 'invalidGacc')
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{4}\d{8,12}$/, { error: 'invalidGacc' }),
  ),
  inquiryEmail: email,
  certificates: z.array(certificateSchema).max(10, { error: 'tooMany' }),
  /** Bank details printed on proforma invoices; null: none given (all fields left empty); absent: left as stored. */
  payment: paymentInstructionsSchema.nullable().optional(),
});
export type ProfileInput = z.output<typeof profileSchema>;

/** Field errors as `{ field: code }` (the first problem of each field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * A posted form as the schemas above expect it. Astro Actions read an empty
 * field as null: here it is the empty string again (as the browser sent it),
 * so each field gets the same message as in any other form.
 */
const posted = z
  .string({ error: 'invalid' })
  .nullish()
  .transform((v) => v ?? '');
function postedForm<const N extends string>(names: readonly N[]) {
  return z.object(Object.fromEntries(names.map((name) => [name, posted])) as Record<N, typeof posted>);
}

export const signInForm = postedForm(['email', 'password']).pipe(signInSchema);
export const signUpForm = postedForm(['name', 'company', 'email', 'password', 'locale']).pipe(signUpSchema);
export const forgotForm = postedForm(['email']).pipe(forgotSchema);
export const resetForm = postedForm(['token', 'password']).pipe(resetSchema);

/** The account's own settings: the language of its portal and mail, and the digits of its Urdu pages. */
export const accountSettingsSchema = z.object({ locale, digits: z.enum(['latin', 'urdu'], { error: 'invalid' }) });
export type AccountSettings = z.output<typeof accountSettingsSchema>;
export const accountSettingsForm = postedForm(['locale', 'digits']).pipe(accountSettingsSchema);

/** The company fields of the profile form, and its rows of certificates (`cert-kind-0` … `cert-valid-4`). */
export const PROFILE_FIELDS = [
  'nameEn',
  'nameZh',
  'taglineEn',
  'taglineZh',
  'descriptionEn',
  'descriptionZh',
  'city',
  'yearFounded',
  'employees',
  'website',
  'gaccNumber',
  'inquiryEmail',
] as const;
export const CERT_ROWS = 5;
const CERT_FIELDS = Array.from({ length: CERT_ROWS }, (_, i) => [`cert-kind-${i}`, `cert-issuer-${i}`, `cert-number-${i}`, `cert-valid-${i}`]).flat();
export type CertificateRow = { kind: string; issuer: string; number: string; validUntil: string };

/** The certificate rows that have anything typed in them, in order. */
export function certificateRows(form: Record<string, string>): CertificateRow[] {
  const rows: CertificateRow[] = [];
  for (let i = 0; i < CERT_ROWS; i += 1) {
    const row = {
      kind: form[`cert-kind-${i}`] ?? '',
      issuer: form[`cert-issuer-${i}`] ?? '',
      number: form[`cert-number-${i}`] ?? '',
      validUntil: form[`cert-valid-${i}`] ?? '',
    };
    if (row.kind || row.issuer.trim() || row.number.trim() || row.validUntil) rows.push(row);
  }
  return rows;
}

/** The payment instructions typed into the profile form; null when every field of them is empty (never undefined). */
export function paymentRows(form: Record<string, string>): Record<keyof typeof PAYMENT_FIELD_OF, string> | null | undefined {
  if (PAYMENT_FIELDS.every((f) => !(form[f] ?? '').trim())) return null;
  const entries = Object.entries(PAYMENT_FIELD_OF).map(([key, field]) => [key, form[field] ?? '']);
  return Object.fromEntries(entries) as Record<keyof typeof PAYMENT_FIELD_OF, string>;
}

export const profileForm = postedForm([...PROFILE_FIELDS, ...CERT_FIELDS, ...PAYMENT_FIELDS])
  .transform((form: Record<string, string>): { certificates: CertificateRow[]; payment?: ReturnType<typeof paymentRows> } => ({
    ...Object.fromEntries(PROFILE_FIELDS.map((f) => [f, form[f] ?? ''])),
    certificates: certificateRows(form),
    payment: paymentRows(form),
  }))
  .pipe(profileSchema);
