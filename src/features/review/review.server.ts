import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '~/features/audit/audit.server';
import type { CheckInput } from '~/features/operator/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { DOCUMENT_KINDS, type DocumentKind } from './documents';
import { queueReviewMail } from './mail.server';

/*
 * The operator's review of an exporter before the pavilion vouches for it. An exporter is verified only when
 * one of its accounts confirmed its e-mail address, its profile states the facts buyers rely on (name,
 * description, city, inquiry e-mail) and the three registration documents are uploaded. The Chinese versions are
 * not a condition: many exporters cannot write Chinese, and once verified their texts go to the translation desk. The operator may verify, refuse with a reason, or ask for more; each decision is logged and mailed.
 */

/** What keeps an exporter from being verified. */
export type Gap = { code: 'emailUnconfirmed' } | { code: 'profileIncomplete'; fields: string[] } | { code: 'documentMissing'; kind: DocumentKind };

/** The profile's fields a complete profile has, in the form's order. */
const REQUIRED_TEXTS = ['nameEn', 'descriptionEn', 'city', 'email'] as const;

/** The profile fields still missing: name, description, city and inquiry e-mail. */
export function profileGaps(e: typeof t.exporters.$inferSelect): string[] {
  return REQUIRED_TEXTS.filter((f) => !String(e[f] ?? '').trim());
}

/** Every condition not yet met; an empty list means the exporter can be verified. */
export async function verificationGaps(db: Db, exporterId: number): Promise<Gap[] | null> {
  const [exporter] = await db.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
  if (!exporter) return null;
  const [confirmed, documents] = await Promise.all([
    db
      .select({ id: t.users.id })
      .from(t.users)
      .where(and(eq(t.users.exporterId, exporterId), eq(t.users.emailVerified, true)))
      .limit(1),
    db.selectDistinct({ kind: t.exporterDocuments.kind }).from(t.exporterDocuments).where(eq(t.exporterDocuments.exporterId, exporterId)),
  ]);
  const gaps: Gap[] = [];
  if (!confirmed.length) gaps.push({ code: 'emailUnconfirmed' });
  const fields = profileGaps(exporter);
  if (fields.length) gaps.push({ code: 'profileIncomplete', fields });
  for (const kind of DOCUMENT_KINDS) if (!documents.some((d) => d.kind === kind)) gaps.push({ code: 'documentMissing', kind });
  return gaps;
}

export type VerifyResult = { ok: true } | { ok: false; gaps: Gap[] } | { ok: false; gaps: null };

/**
 * Records the pavilion's check and verifies the exporter — only when nothing is missing; otherwise nothing
 * changes and the answer lists what is missing. The decision is logged and the exporter mailed.
 */
export async function verifyAfterReview(db: Db, actor: Actor, exporterId: number, check: CheckInput, siteUrl: string, now = new Date()): Promise<VerifyResult> {
  const gaps = await verificationGaps(db, exporterId);
  if (gaps === null) return { ok: false, gaps: null };
  if (gaps.length) return { ok: false, gaps };
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: t.exporters.status, reviewState: t.exporters.reviewState })
      .from(t.exporters)
      .where(eq(t.exporters.id, exporterId))
      .for('update');
    await tx
      .insert(t.verificationChecks)
      .values({ exporterId, kind: check.kind, reference: check.reference, checkedOn: check.checkedOn, validUntil: check.validUntil });
    await tx
      .update(t.exporters)
      .set({ status: 'verified', verifiedAt: now, reviewState: 'submitted', reviewNote: '', reviewedAt: now, updatedAt: now })
      .where(eq(t.exporters.id, exporterId));
    await recordAudit(tx, actor, {
      action: 'exporter.verify',
      entity: 'exporter',
      entityId: exporterId,
      exporterId,
      before: { status: before?.status ?? null },
      after: { status: 'verified', check: { kind: check.kind, reference: check.reference, checkedOn: check.checkedOn, validUntil: check.validUntil } },
    });
    await queueReviewMail(tx, exporterId, 'verified', siteUrl);
  });
  return { ok: true };
}

/**
 * Refuses the exporter (`rejected`) or asks it for more (`more-info`), with the operator's note; a verified
 * exporter refused is no longer public. Logged and mailed.
 */
export async function decideReview(
  db: Db,
  actor: Actor,
  exporterId: number,
  decision: 'rejected' | 'more-info',
  note: string,
  siteUrl: string,
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(t.exporters).where(eq(t.exporters.id, exporterId)).for('update');
    if (!before) return false;
    const status = decision === 'rejected' && before.status === 'verified' ? 'pending' : before.status;
    await tx
      .update(t.exporters)
      .set({ reviewState: decision, reviewNote: note, reviewedAt: now, status, updatedAt: now })
      .where(eq(t.exporters.id, exporterId));
    await recordAudit(tx, actor, {
      action: decision === 'rejected' ? 'exporter.reject' : 'exporter.ask-more',
      entity: 'exporter',
      entityId: exporterId,
      exporterId,
      before: { status: before.status, reviewState: before.reviewState, reviewNote: before.reviewNote },
      after: { status, reviewState: decision, reviewNote: note },
    });
    await queueReviewMail(tx, exporterId, decision, siteUrl, { note });
    return true;
  });
}

/** Hides the exporter's shop and products; logged and mailed. False when it was suspended already. */
export async function suspendWithNotice(db: Db, actor: Actor, exporterId: number, siteUrl: string, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [prior] = await tx.select({ status: t.exporters.status }).from(t.exporters).where(eq(t.exporters.id, exporterId)).for('update');
    if (!prior || prior.status === 'suspended') return false;
    await tx.update(t.exporters).set({ status: 'suspended', updatedAt: now }).where(eq(t.exporters.id, exporterId));
    await recordAudit(tx, actor, {
      action: 'exporter.suspend',
      entity: 'exporter',
      entityId: exporterId,
      exporterId,
      before: { status: prior.status },
      after: { status: 'suspended' },
    });
    await queueReviewMail(tx, exporterId, 'suspended', siteUrl);
    return true;
  });
}
