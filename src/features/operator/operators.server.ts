import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { getT } from '~/i18n';
import { LOCALES, isLocale, type Locale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * Operator accounts: created (or promoted) from the command line on a new
 * installation, invited by another operator from the console, revoked by
 * another operator. Nobody types a password for someone else: each gets a
 * one-time link to the portal's reset-password page, which uses Better
 * Auth's own reset token (a `reset-password:<token>` verification row).
 */

/** How long a link to set the password stays valid. */
export const OPERATOR_LINK_HOURS = 72;

export interface OperatorLink {
  userId: string;
  /** `created`: a new account; `promoted`: an existing account became an operator; `renewed`: it was one already. */
  outcome: 'created' | 'promoted' | 'renewed';
  /** One-time link to set the password (Better Auth's reset token). */
  link: string;
  expiresAt: Date;
}

/**
 * Makes `email` an operator — a new account with a confirmed address (the
 * link goes to that address, or to whoever runs the command on the server),
 * or an existing account promoted — and issues a one-time link to set its
 * password. Earlier unused links of the account stay valid until they expire.
 */
export async function issueOperator(
  db: Db,
  input: { email: string; name?: string | undefined; locale?: Locale | undefined },
  siteUrl: string,
  now = new Date(),
): Promise<OperatorLink> {
  const email = input.email.trim().toLowerCase();
  const locale = input.locale ?? 'en';
  return db.transaction(async (tx) => {
    // Insert first: two invitations of one new address at once (a double click) make one account, not an error.
    const [created] = await tx
      .insert(t.users)
      .values({ id: randomUUID(), name: input.name?.trim() || email.split('@')[0]!, email, emailVerified: true, role: 'operator', locale })
      .onConflictDoNothing({ target: t.users.email })
      .returning({ id: t.users.id });
    const [existing] = created ? [] : await tx.select().from(t.users).where(eq(t.users.email, email)).for('update');
    let userId: string;
    let outcome: OperatorLink['outcome'];
    if (created) {
      userId = created.id;
      outcome = 'created';
    } else if (existing) {
      userId = existing.id;
      outcome = existing.role === 'operator' ? 'renewed' : 'promoted';
      // The link proves the address as much as the confirmation mail would.
      await tx.update(t.users).set({ role: 'operator', emailVerified: true, updatedAt: now }).where(eq(t.users.id, userId));
    } else {
      throw new Error(`the account of ${email} vanished while it was being made an operator`);
    }
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + OPERATOR_LINK_HOURS * 3_600_000);
    await tx.insert(t.verifications).values({ id: randomUUID(), identifier: `reset-password:${token}`, value: userId, expiresAt });
    const accountLocale = existing && isLocale(existing.locale) ? existing.locale : locale;
    return { userId, outcome, link: `${siteUrl.replace(/\/+$/, '')}/${accountLocale}/exporter/reset-password/?token=${encodeURIComponent(token)}`, expiresAt };
  });
}

/**
 * An operator invites another: the account is made as by `issueOperator` and
 * the link is mailed through the outbox in the invitee's language.
 */
export async function inviteOperator(
  db: Db,
  input: { email: string; name: string; locale: Locale },
  invitedBy: { name: string },
  siteUrl: string,
  now = new Date(),
): Promise<OperatorLink> {
  const issued = await issueOperator(db, input, siteUrl, now);
  const [user] = await db.select().from(t.users).where(eq(t.users.id, issued.userId));
  const locale = user && isLocale(user.locale) ? user.locale : input.locale;
  const mail = inviteMailText(locale, user?.name ?? input.name, invitedBy.name, issued.link);
  const digest = createHash('sha256').update(issued.link).digest('hex').slice(0, 24);
  await db
    .insert(t.outboxJobs)
    .values({
      kind: 'account.invite',
      messageId: `account-invite-${digest}`,
      payload: { to: user?.email ?? input.email, ...mail },
    })
    .onConflictDoNothing();
  return issued;
}

/** The invitation's subject and text in the invitee's language, from plain values. */
export function inviteMailText(locale: Locale, name: string, inviter: string, link: string) {
  const tr = getT(locale);
  const text = [
    tr('exporter:mail.greeting', { name }),
    '',
    tr('operator:operators.mailBody', { inviter, hours: OPERATOR_LINK_HOURS }),
    link,
    '',
    tr('exporter:mail.ignore'),
    '',
    `— ${tr('inquiry:mail.signature')}`,
  ].join('\n');
  return { subject: tr('operator:operators.mailSubject'), text, language: LOCALES[locale].tag };
}

export interface OperatorRow {
  id: string;
  name: string;
  email: string;
  /** Whether a password is set (the link was used). */
  active: boolean;
  createdAt: Date;
}

export async function listOperators(db: Db): Promise<OperatorRow[]> {
  const rows = await db
    .select({ id: t.users.id, name: t.users.name, email: t.users.email, createdAt: t.users.createdAt })
    .from(t.users)
    .where(eq(t.users.role, 'operator'))
    .orderBy(asc(t.users.createdAt), asc(t.users.email));
  if (!rows.length) return [];
  const withPassword = await db
    .select({ userId: t.accounts.userId })
    .from(t.accounts)
    .where(
      and(
        inArray(
          t.accounts.userId,
          rows.map((r) => r.id),
        ),
        isNotNull(t.accounts.password),
      ),
    );
  const active = new Set(withPassword.map((a) => a.userId));
  return rows.map((r) => ({ ...r, active: active.has(r.id) }));
}

export type RevokeResult = 'revoked' | 'self' | 'last' | 'unknown';

/**
 * Takes the operator role from an account. Nobody revokes themselves, and the
 * last operator stays (the pavilion would have nobody to verify exporters);
 * the check and the change are one transaction with every operator row
 * locked, so two operators revoking each other at once cannot both succeed.
 * An account that also runs a shop goes back to being its exporter; any
 * other is deleted with its sessions, so it is signed out everywhere at once.
 */
export async function revokeOperator(db: Db, actorId: string, targetId: string): Promise<RevokeResult> {
  if (actorId === targetId) return 'self';
  return db.transaction(async (tx) => {
    const operators = await tx
      .select({ id: t.users.id, exporterId: t.users.exporterId })
      .from(t.users)
      .where(eq(t.users.role, 'operator'))
      .orderBy(asc(t.users.id))
      .for('update');
    const target = operators.find((o) => o.id === targetId);
    if (!target) return 'unknown';
    if (!operators.some((o) => o.id === actorId)) return 'unknown';
    if (operators.length <= 1) return 'last';
    if (target.exporterId !== null) {
      await tx
        .update(t.users)
        .set({ role: 'exporter', updatedAt: new Date() })
        .where(and(eq(t.users.id, targetId), eq(t.users.role, 'operator')));
      await tx.delete(t.sessions).where(eq(t.sessions.userId, targetId));
    } else {
      await tx.delete(t.users).where(eq(t.users.id, targetId));
    }
    return 'revoked';
  });
}
