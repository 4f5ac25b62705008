import { isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { bounded, plainText, rawLimit } from '~/features/inquiry/schema';

/** Currencies an exporter's account and a buyer's transfer can be in. */
export const PAYMENT_CURRENCIES = ['USD', 'CNY', 'PKR'] as const;

/** One of the payment currencies, from any string (a posted form's field). */
const currency = bounded(3, 'required', 'required').pipe(z.enum(PAYMENT_CURRENCIES, { error: 'required' }));

/** Letters and digits only, upper case: how banks print IBANs and BICs in groups of four or not. */
const compact = (s: string) => s.replace(/[\s-]+/g, '').toUpperCase();

/**
 * An IBAN (ISO 13616): country, check digits, then the country's account format, with the mod-97
 * checksum. Pakistan's are 24 characters: PKkk BBBB 16 digits.
 */
export const ibanSchema = bounded(rawLimit(34), 'invalidIban', 'invalidIban')
  .transform(compact)
  .refine((s) => s.length <= 34 && isValidIBAN(s), { error: 'invalidIban' });

/** A SWIFT/BIC code: 8 or 11 characters, bank, country, location and optional branch. */
export const swiftSchema = bounded(rawLimit(11), 'invalidSwift', 'invalidSwift')
  .transform(compact)
  .refine((s) => /^[A-Z0-9]{8}(?:[A-Z0-9]{3})?$/.test(s) && isValidBIC(s), { error: 'invalidSwift' });

/** A Raast ID: a Pakistani IBAN, or the mobile number the account holder registered as alias (03xx…). */
export const raastSchema = bounded(rawLimit(34), 'invalidRaast', 'invalidRaast')
  .transform(compact)
  .transform((s) => s.replace(/^\+?92(?=3\d{9}$)/, '0'))
  .refine((s) => /^03\d{9}$/.test(s) || (s.startsWith('PK') && isValidIBAN(s)), { error: 'invalidRaast' });

/** The payment instructions on the exporter's profile, all or nothing. */
export const paymentInstructionsSchema = z.object({
  beneficiary: plainText(140, { required: true }),
  bank: plainText(140, { required: true }),
  bankAddress: plainText(200, { required: true }),
  swift: swiftSchema,
  iban: ibanSchema,
  currency,
  raast: z.union([z.literal(''), raastSchema]),
});
export type PaymentInstructionsInput = z.output<typeof paymentInstructionsSchema>;

/** The fields of the profile form that hold the payment instructions. */
export const PAYMENT_FIELDS = ['payBeneficiary', 'payBank', 'payBankAddress', 'paySwift', 'payIban', 'payCurrency', 'payRaast'] as const;
export type PaymentField = (typeof PAYMENT_FIELDS)[number];
export const PAYMENT_FIELD_OF = {
  beneficiary: 'payBeneficiary',
  bank: 'payBank',
  bankAddress: 'payBankAddress',
  swift: 'paySwift',
  iban: 'payIban',
  currency: 'payCurrency',
  raast: 'payRaast',
} as const satisfies Record<keyof PaymentInstructionsInput, PaymentField>;

/** A decimal amount as typed (1234.56 or 1,234.56), kept as a string with at most two decimals. */
const amount = bounded(24, 'invalidAmount', 'required')
  .transform((s) => s.replace(/[,\s]/g, ''))
  .refine((s) => /^\d{1,12}(?:\.\d{1,2})?$/.test(s) && /[1-9]/.test(s), { error: 'invalidAmount' });

/** The buyer's record of their transfer. */
export const paymentProofSchema = z.object({
  reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/),
  // The private link's token; empty for the signed-in buyer who sent the inquiry.
  token: bounded(200).refine((v) => v === '' || v.length >= 10, { error: 'invalid' }),
  bank: plainText(140, { required: true }),
  transferReference: plainText(80, { required: true }),
  amount,
  currency,
  paidOn: bounded(10, 'invalidDate', 'required')
    .pipe(z.iso.date({ error: 'invalidDate' }))
    // A transfer already made: not dated after tomorrow (the buyer's day may be ahead of the server's).
    .refine((day) => day <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), { error: 'dateInFuture' }),
});
export type PaymentProofInput = z.output<typeof paymentProofSchema>;

/** The exporter confirms that the money arrived. */
export const receiptSchema = z.object({ reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/) });

/**
 * A posted form as the schemas above expect it: Astro Actions read an empty field as null, here it is the
 * empty string again (as the browser sent it), so each field gets the same message as in any other form.
 */
const posted = z
  .string({ error: 'invalid' })
  .nullish()
  .transform((v) => v ?? '');
const postedForm = <const N extends string>(names: readonly N[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, posted])) as Record<N, typeof posted>);

/** The payment form of the buyer's proforma page. */
export const paymentProofForm = postedForm(['reference', 'token', 'bank', 'transferReference', 'amount', 'currency', 'paidOn']).pipe(paymentProofSchema);
export const receiptForm = postedForm(['reference']).pipe(receiptSchema);
