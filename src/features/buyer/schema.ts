import { z } from 'zod';
import { bounded, plainText, rawLimit } from '~/features/inquiry/schema';

/**
 * Inputs of the buyer's sign-in forms. Messages are codes, translated by
 * `errorMessage(t, 'buyer', code)` (buyer:errors, then inquiry:errors).
 */

const email = bounded(rawLimit(200))
  .trim()
  .toLowerCase()
  .min(1, { error: 'required', abort: true })
  .max(200, { error: 'tooLong', abort: true })
  .pipe(z.email({ error: 'invalidEmail' }));

/** A form field as posted: a missing field reads as empty, so the schema's own messages apply. */
const posted = z
  .string({ error: 'invalid' })
  .nullish()
  .transform((v) => v ?? '');

/** The sign-in page: the address the link goes to. */
export const linkRequestForm = z.object({ email: posted }).pipe(z.object({ email }));

/** The page the link opens: its one-time token, confirmed with a button (a mail scanner opening the link signs nobody in). */
export const linkVerifyForm = z.object({ token: posted }).pipe(z.object({ token: bounded(200).min(10, { error: 'linkInvalid' }) }));

/** The desk's partner-API token forms: a name to tell tokens apart, and the token to revoke. */
export const tokenCreateForm = z.object({ label: posted }).pipe(z.object({ label: plainText(60, { required: true }) }));
export const tokenRevokeForm = z.object({ id: posted }).pipe(z.object({ id: bounded(12).regex(/^[1-9][0-9]{0,9}$/, { error: 'invalid' }) }));
