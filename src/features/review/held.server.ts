import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '~/features/audit/audit.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/*
 * Held edits: a verified exporter's change to a fact the pavilion vouches for — the company's name, its
 * certificates, its China customs (GACC) registration number — waits for an operator. The public page keeps
 * the old value; approval applies the new one. Every other edit goes live at once.
 */

export const HELD_FIELDS = ['nameEn', 'nameZh', 'gaccNumber', 'certificates'] as const;
export type HeldField = (typeof HELD_FIELDS)[number];

export interface CertificateFact {
  kind: string;
  issuer: string;
  number: string;
  validUntil: string;
}

export interface PublicFacts {
  nameEn: string;
  nameZh: string;
  gaccNumber: string | null;
  certificates: CertificateFact[];
}

/** Certificates in a stable order, so the same set compares equal however it was typed. */
export function sortedCertificates(list: readonly CertificateFact[]): CertificateFact[] {
  return list
    .map((c) => ({ kind: c.kind, issuer: c.issuer, number: c.number, validUntil: c.validUntil }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Holds every public fact that `wanted` changes (a newer request for a field replaces one still open) and
 * answers which fields were held. The caller leaves those fields as they are.
 */
export async function holdPublicChanges(tx: Tx, actor: Actor, exporterId: number, current: PublicFacts, wanted: PublicFacts): Promise<HeldField[]> {
  const held: HeldField[] = [];
  for (const field of HELD_FIELDS) {
    const before = field === 'certificates' ? sortedCertificates(current.certificates) : current[field];
    const after = field === 'certificates' ? sortedCertificates(wanted.certificates) : wanted[field];
    if (same(before, after)) continue;
    held.push(field);
    await tx.delete(t.heldChanges).where(and(eq(t.heldChanges.exporterId, exporterId), eq(t.heldChanges.field, field), isNull(t.heldChanges.decidedAt)));
    const [row] = await tx.insert(t.heldChanges).values({ exporterId, field, before, after, requestedBy: actor.id }).returning({ id: t.heldChanges.id });
    await recordAudit(tx, actor, {
      action: 'held.request',
      entity: 'held_change',
      entityId: row!.id,
      exporterId,
      before: { [field]: before },
      after: { [field]: after },
    });
  }
  return held;
}

/** The open (undecided) held changes of one exporter, or of every exporter, oldest first. */
export function openHeldChanges(db: Db, exporterId?: number) {
  return db
    .select({
      id: t.heldChanges.id,
      exporterId: t.heldChanges.exporterId,
      exporterSlug: t.exporters.slug,
      exporterNameEn: t.exporters.nameEn,
      field: t.heldChanges.field,
      before: t.heldChanges.before,
      after: t.heldChanges.after,
      createdAt: t.heldChanges.createdAt,
    })
    .from(t.heldChanges)
    .innerJoin(t.exporters, eq(t.heldChanges.exporterId, t.exporters.id))
    .where(and(isNull(t.heldChanges.decidedAt), exporterId === undefined ? undefined : eq(t.heldChanges.exporterId, exporterId)))
    .orderBy(asc(t.heldChanges.createdAt), asc(t.heldChanges.id));
}

export type HeldRow = Awaited<ReturnType<typeof openHeldChanges>>[number];

/**
 * The operator's decision on a held change: `approved` applies it to the public page, `rejected` drops it.
 * False when the change is unknown or already decided.
 */
export async function decideHeldChange(db: Db, actor: Actor, id: number, decision: 'approved' | 'rejected', note = '', now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(t.heldChanges)
      .where(and(eq(t.heldChanges.id, id), isNull(t.heldChanges.decidedAt)))
      .for('update');
    if (!row) return false;
    const field = row.field as HeldField;
    if (decision === 'approved') {
      if (field === 'certificates') {
        const list = (row.after as CertificateFact[] | null) ?? [];
        await tx.delete(t.certificates).where(eq(t.certificates.exporterId, row.exporterId));
        if (list.length) await tx.insert(t.certificates).values(list.map((c) => ({ exporterId: row.exporterId, ...c })));
      } else if (field === 'nameEn' || field === 'nameZh') {
        await tx
          .update(t.exporters)
          .set({ [field]: String(row.after ?? ''), updatedAt: now })
          .where(eq(t.exporters.id, row.exporterId));
      } else if (field === 'gaccNumber') {
        await tx
          .update(t.exporters)
          .set({ gaccNumber: typeof row.after === 'string' ? row.after : null, updatedAt: now })
          .where(eq(t.exporters.id, row.exporterId));
      }
      // Products carry the exporter's facts into search: touch them so the index follows.
      await tx.update(t.products).set({ updatedAt: sql`now()` }).where(eq(t.products.exporterId, row.exporterId));
    }
    await tx.update(t.heldChanges).set({ decision, decidedBy: actor.id, decidedAt: now, note }).where(eq(t.heldChanges.id, id));
    await recordAudit(tx, actor, {
      action: decision === 'approved' ? 'held.approve' : 'held.refuse',
      entity: 'held_change',
      entityId: id,
      exporterId: row.exporterId,
      before: { [field]: row.before },
      after: { [field]: decision === 'approved' ? row.after : row.before },
    });
    return true;
  });
}
