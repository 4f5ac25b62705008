import { createHash } from 'node:crypto';
import { getT } from '~/i18n';
import { LOCALES, UI_LOCALES, isLocale, isUiLocale, type UiLocale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import { outboxJobs } from '~/server/db/schema.server';

/**
 * Account mail (address verification, password reset) goes through the same
 * outbox as inquiries: stored first, sent by the worker, retried, parked for
 * the operator. The link opens the portal in the account's language.
 */
export async function accountMail(
  db: Db,
  kind: 'verify' | 'reset',
  user: { id: string; email: string; name: string } & Record<string, unknown>,
  token: string,
  siteUrl: string,
) {
  const locale = isUiLocale(user.locale) ? user.locale : 'en';
  const page = kind === 'verify' ? 'verify' : 'reset-password';
  const mail = accountMailText(kind, locale, user.name, `${siteUrl}/${locale}/exporter/${page}/?token=${encodeURIComponent(token)}`);
  const digest = createHash('sha256').update(token).digest('hex').slice(0, 24);
  await db
    .insert(outboxJobs)
    .values({
      kind: `account.${kind}`,
      messageId: `account-${kind}-${digest}`,
      payload: { to: user.email, ...mail },
    })
    .onConflictDoNothing();
}

/**
 * Tells an account's owner that their account saw a burst of refused
 * passwords (at most once per 10-minute window: the Message-ID names the
 * window, and a second job with it is not stored). Nothing is locked for them;
 * the mail says so and offers a password reset.
 */
export async function failedSignInMail(db: Db, user: { id: string; email: string; name: string; locale?: string | null }, window: number, siteUrl: string) {
  const locale = isUiLocale(user.locale) ? user.locale : 'en';
  const mail = accountMailText('signin-failures', locale, user.name, `${siteUrl}/${locale}/exporter/forgot-password/`);
  await db
    .insert(outboxJobs)
    .values({
      kind: 'account.signin-failures',
      messageId: `account-signin-failures-${user.id}-${window}`,
      payload: { to: user.email, ...mail },
    })
    .onConflictDoNothing();
}

/**
 * A buyer's sign-in link, in the language of the page it was asked from (an
 * existing buyer's own language). `token` null: the address belongs to an
 * exporter's or operator's account, which never signs in by link; its owner
 * is told where to sign in instead, so the visitor's answer is the same.
 */
export async function buyerLinkMail(db: Db, to: { email: string; locale: string }, token: string | null, siteUrl: string) {
  const locale = isLocale(to.locale) ? to.locale : 'en';
  const t = getT(locale);
  const body = token
    ? [t('buyer:mail.linkBody', { minutes: 15 }), `${siteUrl}/${locale}/buyer/verify/?token=${encodeURIComponent(token)}`, '', t('buyer:mail.linkOnce')]
    : [t('buyer:mail.portalBody'), `${siteUrl}/${locale}/exporter/sign-in/`];
  const text = [t('buyer:mail.greeting'), '', ...body, '', t('buyer:mail.ignore'), '', `— ${t('inquiry:mail.signature')}`].join('\n');
  const digest = createHash('sha256')
    .update(token ?? `${to.email}:${Date.now()}:${Math.random()}`)
    .digest('hex')
    .slice(0, 24);
  await db
    .insert(outboxJobs)
    .values({
      kind: token ? 'buyer.sign-in' : 'buyer.portal-note',
      messageId: `buyer-sign-in-${digest}`,
      payload: { to: to.email, subject: t(token ? 'buyer:mail.linkSubject' : 'buyer:mail.portalSubject'), text, language: LOCALES[locale].tag },
    })
    .onConflictDoNothing();
}

const ACCOUNT_MAIL_KEYS = {
  verify: { subject: 'exporter:mail.verifySubject', body: 'exporter:mail.verifyBody', after: 'exporter:mail.ignore' },
  reset: { subject: 'exporter:mail.resetSubject', body: 'exporter:mail.resetBody', after: 'exporter:mail.ignore' },
  'signin-failures': { subject: 'exporter:mail.failedSubject', body: 'exporter:mail.failedBody', after: 'exporter:mail.failedIgnore' },
} as const;

/**
 * The subject and text of an account mail in the account's language, from
 * plain values (tests render every kind without a database).
 */
export function accountMailText(kind: 'verify' | 'reset' | 'signin-failures', locale: UiLocale, name: string, link: string) {
  const t = getT(locale);
  const { subject, body, after } = ACCOUNT_MAIL_KEYS[kind];
  const text = [t('exporter:mail.greeting', { name }), '', t(body), link, '', t(after), '', `— ${t('inquiry:mail.signature')}`].join('\n');
  return { subject: t(subject), text, language: UI_LOCALES[locale].tag };
}
