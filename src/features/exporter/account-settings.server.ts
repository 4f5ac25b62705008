import { and, asc, eq } from 'drizzle-orm';
import { isUiLocale, type UiLocale } from '~/i18n/locales';
import type { AccountSettings } from '~/features/exporter/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/**
 * Keeps an account's language (of its portal after sign-in and of every mail it receives) and the digits of its
 * Urdu pages. Buyers never see either, so nothing public changes.
 */
export async function saveAccountSettings(db: Db, userId: string, settings: AccountSettings): Promise<void> {
  await db.update(t.users).set({ locale: settings.locale, digits: settings.digits, updatedAt: new Date() }).where(eq(t.users.id, userId));
}

/**
 * The language of an exporter's mail: its account's own (Urdu too), English when it has no account or none
 * of the portal's languages. The first account of the company decides, as for every mail to the exporter.
 */
export async function exporterLanguage(db: Db, exporterId: number): Promise<UiLocale> {
  const [user] = await db
    .select({ locale: t.users.locale })
    .from(t.users)
    .where(and(eq(t.users.exporterId, exporterId), eq(t.users.role, 'exporter')))
    .orderBy(asc(t.users.createdAt))
    .limit(1);
  return user && isUiLocale(user.locale) ? user.locale : 'en';
}
