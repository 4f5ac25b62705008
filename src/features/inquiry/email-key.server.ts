import { createHash } from 'node:crypto';

/** Mail providers known to ignore dots in the local part (`a.b@gmail.com` is `ab@gmail.com`). */
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/**
 * One mailbox, however its address is written, for counting submissions per
 * buyer: lower case; the `+tag` of the local part dropped (sub-addressing,
 * delivered to the same mailbox by Gmail, Outlook, iCloud, Fastmail and most
 * servers); for Gmail, dots dropped and googlemail.com read as gmail.com.
 * Only for limits and keys — replies go to the address as the buyer typed it.
 */
export function mailboxKey(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at <= 0) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** The scope of an idempotency key: a hash of the buyer's mailbox, so one buyer's keys never reach another's submissions. */
export function callerOf(email: string): string {
  return createHash('sha256')
    .update(`caller:${mailboxKey(email)}`)
    .digest('hex')
    .slice(0, 32);
}
