import { createHmac } from 'node:crypto';
import type { Locale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import { installationSecret } from '~/server/secrets.server';

/**
 * The private status token of a submission. It is derived from the
 * submission's idempotency key with an installation secret, so a retried
 * request — and every later mail — gets the same link; only its hash is stored.
 */
export async function statusToken(db: Db, idempotencyKey: string, caller = ''): Promise<string> {
  const secret = await installationSecret(db, 'inquiry-status');
  // The caller is part of it: two callers using one key get different links. Submissions stored
  // before keys were scoped (caller '') keep the links already mailed.
  return createHmac('sha256', secret)
    .update(caller ? `status:${caller}:${idempotencyKey}` : `status:${idempotencyKey}`)
    .digest('base64url');
}

/** `inquiries/{reference}/?token=…`, to be put after a locale. */
export function statusPath(reference: string, token: string): string {
  return `inquiries/${reference}/?token=${encodeURIComponent(token)}`;
}

export async function statusLink(db: Db, idempotencyKey: string, caller: string, reference: string, locale: Locale, siteUrl: string): Promise<string> {
  return `${siteUrl}/${locale}/${statusPath(reference, await statusToken(db, idempotencyKey, caller))}`;
}
