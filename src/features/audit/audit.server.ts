import type { Db } from '~/server/db/client.server';
import { auditLog } from '~/server/db/schema.server';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who did something: the account, with its address and role copied so the row outlives the account. */
export interface Actor {
  id: string | null;
  email: string;
  role: 'exporter' | 'operator' | 'translator' | 'buyer' | 'system';
}

export interface AuditEntry {
  /** Dotted name of what was done, e.g. `product.publish`, `exporter.verify`, `translation.fill`. */
  action: string;
  entity: string;
  entityId: string | number;
  exporterId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The account of a signed-in user as an actor. */
export function actorOf(user: { id: string; email: string; role: string }): Actor {
  const role = user.role === 'operator' || user.role === 'translator' || user.role === 'buyer' ? user.role : 'exporter';
  return { id: user.id, email: user.email, role };
}

export const SYSTEM_ACTOR: Actor = { id: null, email: '', role: 'system' };

/**
 * Keeps only what changed between two versions of a record, so a row says what an edit did rather than
 * repeating every field. Values are compared as JSON.
 */
export function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    was[key] = before[key] ?? null;
    now[key] = after[key] ?? null;
  }
  return { before: was, after: now, changed: Object.keys(now).length > 0 };
}

/**
 * Adds a row to the audit log. Call it in the same transaction as the change it records, so the log never
 * says something happened that did not, nor misses something that did.
 */
export async function recordAudit(db: Db | Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    actorRole: actor.role,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    exporterId: entry.exporterId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
