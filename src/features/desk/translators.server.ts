import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { actorOf, recordAudit } from '~/features/audit/audit.server';
import { getT } from '~/i18n';
import { LOCALES, type Locale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** How long the link to set a new translator's password stays valid. */
export const TRANSLATOR_LINK_HOURS = 72;

/** The mail that tells a new translator how to set their password, in their language. */
export function translatorMailText(locale: Locale, link: string) {
  const tr = getT(locale);
  const text = [
    tr('desk:operator.mailBody', { hours: TRANSLATOR_LINK_HOURS }),
    link,
    '',
    tr('exporter:mail.ignore'),
    '',
    `— ${tr('inquiry:mail.signature')}`,
  ].join('\n');
  return { subject: tr('desk:operator.mailSubject'), text, language: LOCALES[locale].tag };
}

export type TranslatorOutcome = 'done' | 'noAccount' | 'notTranslator' | 'notGrantable';

/**
 * Gives or takes the translator role, with an audit row. An address without an account gets a new
 * translator account and a mailed one-time link to set its password; operators, buyers and exporters with
 * a company are refused (a translator sees nothing of any company). Revoking ends the account's sessions
 * and removes the account (a translator owns nothing else).
 */
export async function setTranslator(
  db: Db,
  operator: { id: string; email: string; role: string },
  email: string,
  grant: boolean,
  mail: { locale: Locale; siteUrl: string },
  now = new Date(),
): Promise<TranslatorOutcome> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select().from(t.users).where(eq(t.users.email, email)).for('update');
    if (!grant) {
      if (account?.role !== 'translator') return account ? 'notTranslator' : 'noAccount';
      await tx.delete(t.sessions).where(eq(t.sessions.userId, account.id));
      await tx.delete(t.users).where(eq(t.users.id, account.id));
      await recordAudit(tx, actorOf(operator), {
        action: 'translator.revoke',
        entity: 'user',
        entityId: account.id,
        before: { email, role: 'translator' },
        after: null,
      });
      return 'done';
    }
    if (account && (account.role === 'operator' || account.role === 'buyer' || account.exporterId !== null)) return 'notGrantable';
    let userId = account?.id;
    if (account) await tx.update(t.users).set({ role: 'translator', updatedAt: now }).where(eq(t.users.id, account.id));
    else {
      userId = randomUUID();
      await tx.insert(t.users).values({ id: userId, name: email.split('@')[0]!, email, emailVerified: true, role: 'translator', locale: mail.locale });
      const token = randomBytes(24).toString('base64url');
      await tx.insert(t.verifications).values({
        id: randomUUID(),
        identifier: `reset-password:${token}`,
        value: userId,
        expiresAt: new Date(now.getTime() + TRANSLATOR_LINK_HOURS * 3_600_000),
      });
      const link = `${mail.siteUrl.replace(/\/+$/, '')}/${mail.locale}/exporter/reset-password/?token=${encodeURIComponent(token)}`;
      const digest = createHash('sha256').update(link).digest('hex').slice(0, 24);
      await tx
        .insert(t.outboxJobs)
        .values({ kind: 'account.invite', messageId: `translator-invite-${digest}`, payload: { to: email, ...translatorMailText(mail.locale, link) } });
    }
    await recordAudit(tx, actorOf(operator), {
      action: 'translator.grant',
      entity: 'user',
      entityId: userId!,
      before: account ? { role: account.role } : null,
      after: { email, role: 'translator' },
    });
    return 'done';
  });
}
