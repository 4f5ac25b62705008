import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** Rows a page of the audit log shows. */
export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_ROLES = ['operator', 'exporter', 'translator', 'buyer', 'system'] as const;
export type AuditRole = (typeof AUDIT_ROLES)[number];

export interface AuditQuery {
  exporterId?: number | undefined;
  /** `role:operator` or an account's e-mail address. */
  actor?: string | undefined;
  page: number;
  pageSize?: number;
}

/** The audit log, newest first, filtered by exporter and by who acted, one page of it. */
export async function auditEntries(db: Db, query: AuditQuery) {
  const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE;
  const role = query.actor?.startsWith('role:') ? query.actor.slice(5) : undefined;
  const where = and(
    query.exporterId === undefined ? undefined : eq(t.auditLog.exporterId, query.exporterId),
    role !== undefined ? eq(t.auditLog.actorRole, role) : query.actor ? eq(t.auditLog.actorEmail, query.actor) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(t.auditLog).where(where);
  const pages = Math.max(1, Math.ceil((total?.n ?? 0) / pageSize));
  const page = Math.min(Math.max(1, query.page), pages);
  const rows = await db
    .select({
      id: t.auditLog.id,
      at: t.auditLog.at,
      actorEmail: t.auditLog.actorEmail,
      actorRole: t.auditLog.actorRole,
      action: t.auditLog.action,
      entity: t.auditLog.entity,
      entityId: t.auditLog.entityId,
      exporterSlug: t.exporters.slug,
      exporterNameEn: t.exporters.nameEn,
      before: t.auditLog.before,
      after: t.auditLog.after,
    })
    .from(t.auditLog)
    .leftJoin(t.exporters, eq(t.auditLog.exporterId, t.exporters.id))
    .where(where)
    .orderBy(desc(t.auditLog.at), desc(t.auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: total?.n ?? 0, page, pages };
}

/** The choices of the log's filters: exporters that appear in it, and the accounts that acted. */
export async function auditFilters(db: Db) {
  const [exporters, actors] = await Promise.all([
    db
      .selectDistinct({ id: t.exporters.id, slug: t.exporters.slug, nameEn: t.exporters.nameEn })
      .from(t.auditLog)
      .innerJoin(t.exporters, eq(t.auditLog.exporterId, t.exporters.id))
      .orderBy(asc(t.exporters.nameEn), asc(t.exporters.id)),
    db
      .selectDistinct({ email: t.auditLog.actorEmail, role: t.auditLog.actorRole })
      .from(t.auditLog)
      .orderBy(asc(t.auditLog.actorRole), asc(t.auditLog.actorEmail)),
  ]);
  return { exporters, actors: actors.filter((a) => a.email) };
}

/** A value of the log as one short line: strings as they are, lists and records as compact JSON, at most 300 characters. */
export function auditValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
