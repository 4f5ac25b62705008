import { eq } from 'drizzle-orm';
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
