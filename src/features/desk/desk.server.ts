import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { actorOf, recordAudit } from '~/features/audit/audit.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { DESK_FIELDS, fieldKey, worstState, type ChineseState, type DeskEntity, type FieldKey } from './fields';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The SHA-256 of the English a Chinese text is written from (surrounding spaces do not count). */
export function sourceHash(english: string): string {
  return createHash('sha256').update(english.trim()).digest('hex');
}

type Row = Record<string, unknown>;
const textOf = (row: Row | null | undefined, column: string) => {
  const value = row?.[column];
  return typeof value === 'string' ? value : '';
};
const en = (row: Row | null | undefined, field: string) => textOf(row, `${field}En`);
const zh = (row: Row | null | undefined, field: string) => textOf(row, `${field}Zh`);

/**
 * Records, after an exporter's save, from which English each Chinese text was written. A Chinese text the
 * save changed was written from the English saved with it; one it left alone was written from the English
 * before the save (so changing only the English makes it outdated). Called in the save's transaction.
 */
export async function recordSourceTexts(
  db: Db | Tx,
  change: { entity: DeskEntity; entityId: number; exporterId: number; userId: string | null; before: Row | null; after: Row },
): Promise<void> {
  const { entity, entityId, exporterId, before, after } = change;
  const known = await db
    .select({ field: t.fieldTranslations.field })
    .from(t.fieldTranslations)
    .where(and(eq(t.fieldTranslations.entity, entity), eq(t.fieldTranslations.entityId, entityId)));
  const tracked = new Set(known.map((k) => k.field));
  for (const field of DESK_FIELDS[entity]) {
    const chinese = zh(after, field).trim();
    if (!chinese) continue;
    const changed = !before || zh(before, field).trim() !== chinese;
    if (!changed && tracked.has(field)) continue;
    const hash = sourceHash(changed ? en(after, field) : en(before, field));
    await db
      .insert(t.fieldTranslations)
      .values({ exporterId, entity, entityId, field, sourceHash: hash, origin: 'exporter', translatedBy: change.userId, translatedAt: new Date() })
      .onConflictDoUpdate({
        target: [t.fieldTranslations.entity, t.fieldTranslations.entityId, t.fieldTranslations.field],
        set: { sourceHash: hash, origin: 'exporter', translatedBy: change.userId, translatedAt: new Date(), acceptedAt: null },
      });
  }
}

/** The state of one field from its texts and the hash recorded with its Chinese (none: written before tracking). */
export function stateOf(english: string, chinese: string, recorded: string | undefined): ChineseState | null {
  if (!english.trim()) return null;
  if (!chinese.trim()) return 'missing';
  if (recorded !== undefined && recorded !== sourceHash(english)) return 'outdated';
  return 'done';
}

export interface QueueItem extends FieldKey {
  key: string;
  state: 'missing' | 'outdated';
  exporterId: number;
  exporterName: string;
  /** The product's English name, or the company's. */
  title: string;
  english: string;
  chinese: string;
}

export type QueueFilter = 'all' | 'missing' | 'outdated';

interface Tracked {
  entity: DeskEntity;
  entityId: number;
  exporterId: number;
  exporterName: string;
  title: string;
  row: Row;
}

/** The published products and verified companies whose texts the desk may see, with the hashes recorded. */
async function publicTexts(db: Db, exporterId?: number) {
  const productRows = await db
    .select({ product: t.products, exporterName: t.exporters.nameEn })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.exporters.id, t.products.exporterId))
    .where(and(eq(t.products.status, 'published'), eq(t.exporters.status, 'verified'), exporterId ? eq(t.products.exporterId, exporterId) : undefined))
    .orderBy(asc(t.exporters.nameEn), asc(t.products.id));
  const exporterRows = await db
    .select()
    .from(t.exporters)
    .where(and(eq(t.exporters.status, 'verified'), exporterId ? eq(t.exporters.id, exporterId) : undefined))
    .orderBy(asc(t.exporters.nameEn));
  const entities: Tracked[] = [
    ...exporterRows.map((e) => ({ entity: 'exporter' as const, entityId: e.id, exporterId: e.id, exporterName: e.nameEn, title: e.nameEn, row: e as Row })),
    ...productRows.map(({ product: p, exporterName }) => ({
      entity: 'product' as const,
      entityId: p.id,
      exporterId: p.exporterId,
      exporterName,
      title: p.nameEn,
      row: p as Row,
    })),
  ];
  const hashes = await db
    .select({
      entity: t.fieldTranslations.entity,
      entityId: t.fieldTranslations.entityId,
      field: t.fieldTranslations.field,
      hash: t.fieldTranslations.sourceHash,
    })
    .from(t.fieldTranslations)
    .where(exporterId ? eq(t.fieldTranslations.exporterId, exporterId) : undefined);
  const hashOf = new Map(hashes.map((h) => [fieldKey(h), h.hash]));
  const open = await db
    .select({ entity: t.deskSuggestions.entity, entityId: t.deskSuggestions.entityId, field: t.deskSuggestions.field })
    .from(t.deskSuggestions)
    .where(and(isNull(t.deskSuggestions.decision), exporterId ? eq(t.deskSuggestions.exporterId, exporterId) : undefined));
  const suggested = new Set(open.map((o) => fieldKey(o)));
  return { entities, hashOf, suggested };
}

/**
 * The translation desk's queue: every public text whose Chinese is missing or was written from an older
 * English, except those with a suggestion waiting for the exporter. At most `limit` items.
 */
export async function deskQueue(db: Db, options: { filter?: QueueFilter; exporterId?: number; limit?: number } = {}): Promise<QueueItem[]> {
  const { entities, hashOf, suggested } = await publicTexts(db, options.exporterId);
  const items: QueueItem[] = [];
  for (const e of entities) {
    for (const field of DESK_FIELDS[e.entity]) {
      const key = fieldKey({ entity: e.entity, entityId: e.entityId, field });
      const state = stateOf(en(e.row, field), zh(e.row, field), hashOf.get(key));
      if (state !== 'missing' && state !== 'outdated') continue;
      if (suggested.has(key) || (options.filter && options.filter !== 'all' && options.filter !== state)) continue;
      items.push({
        key,
        entity: e.entity,
        entityId: e.entityId,
        field,
        state,
        exporterId: e.exporterId,
        exporterName: e.exporterName,
        title: e.title,
        english: en(e.row, field),
        chinese: zh(e.row, field),
      });
      if (items.length >= (options.limit ?? 200)) return items;
    }
  }
  return items;
}

/** The exporters that have something in the queue, for the queue's filter. */
export async function queueExporters(db: Db): Promise<Array<{ id: number; name: string; count: number }>> {
  const items = await deskQueue(db, { limit: 10_000 });
  const counts = new Map<number, { id: number; name: string; count: number }>();
  for (const item of items) {
    const entry = counts.get(item.exporterId) ?? { id: item.exporterId, name: item.exporterName, count: 0 };
    entry.count += 1;
    counts.set(item.exporterId, entry);
  }
  return [...counts.values()];
}

/** One field of a public text for the desk's editor, or null when it is not one the desk may see. */
export async function deskField(db: Db, key: FieldKey): Promise<(Omit<QueueItem, 'state'> & { state: ChineseState; suggestion: string | null }) | null> {
  const table = key.entity === 'product' ? t.products : t.exporters;
  const [row] = await db.select().from(table).where(eq(table.id, key.entityId));
  if (!row) return null;
  const exporterId = key.entity === 'product' ? (row as typeof t.products.$inferSelect).exporterId : row.id;
  const [exporter] = await db.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
  if (exporter?.status !== 'verified') return null;
  if (key.entity === 'product' && (row as typeof t.products.$inferSelect).status !== 'published') return null;
  const [recorded] = await db
    .select({ hash: t.fieldTranslations.sourceHash })
    .from(t.fieldTranslations)
    .where(and(eq(t.fieldTranslations.entity, key.entity), eq(t.fieldTranslations.entityId, key.entityId), eq(t.fieldTranslations.field, key.field)));
  const english = en(row as Row, key.field);
  const state = stateOf(english, zh(row as Row, key.field), recorded?.hash);
  if (!state) return null;
  const [open] = await db
    .select({ body: t.deskSuggestions.body })
    .from(t.deskSuggestions)
    .where(
      and(
        eq(t.deskSuggestions.entity, key.entity),
        eq(t.deskSuggestions.entityId, key.entityId),
        eq(t.deskSuggestions.field, key.field),
        isNull(t.deskSuggestions.decision),
      ),
    );
  return {
    ...key,
    key: fieldKey(key),
    state,
    exporterId,
    exporterName: exporter.nameEn,
    title: row.nameEn,
    english,
    chinese: zh(row as Row, key.field),
    suggestion: open?.body ?? null,
  };
}

type Account = { id: string; email: string; role: string };

/**
 * A translator's Chinese for a field, sent to the exporter as a suggestion (it replaces one still waiting).
 * False when the field is not one the desk may see.
 */
export async function suggest(db: Db, translator: Account, key: FieldKey, body: string): Promise<boolean> {
  const field = await deskField(db, key);
  if (!field) return false;
  await db.transaction(async (tx) => {
    await tx
      .update(t.deskSuggestions)
      .set({ decision: 'replaced', decidedAt: new Date() })
      .where(
        and(
          eq(t.deskSuggestions.entity, key.entity),
          eq(t.deskSuggestions.entityId, key.entityId),
          eq(t.deskSuggestions.field, key.field),
          isNull(t.deskSuggestions.decision),
        ),
      );
    const [row] = await tx
      .insert(t.deskSuggestions)
      .values({
        exporterId: field.exporterId,
        entity: key.entity,
        entityId: key.entityId,
        field: key.field,
        body,
        sourceHash: sourceHash(field.english),
        suggestedBy: translator.id,
      })
      .returning({ id: t.deskSuggestions.id });
    await recordAudit(tx, actorOf(translator), {
      action: 'translation.suggest',
      entity: key.entity,
      entityId: key.entityId,
      exporterId: field.exporterId,
      after: { field: key.field, suggestion: row!.id, zh: body },
    });
  });
  return true;
}

export interface Suggestion {
  id: number;
  entity: DeskEntity;
  entityId: number;
  field: string;
  title: string;
  english: string;
  current: string;
  body: string;
  /** The English changed since the translator wrote this. */
  stale: boolean;
  suggestedAt: Date;
}

/** The desk's suggestions waiting for an exporter, oldest first. */
export async function pendingSuggestions(db: Db, exporterId: number): Promise<Suggestion[]> {
  const rows = await db
    .select()
    .from(t.deskSuggestions)
    .where(and(eq(t.deskSuggestions.exporterId, exporterId), isNull(t.deskSuggestions.decision)))
    .orderBy(asc(t.deskSuggestions.suggestedAt));
  const productIds = rows.filter((r) => r.entity === 'product').map((r) => r.entityId);
  const productRows = productIds.length
    ? await db
        .select()
        .from(t.products)
        .where(and(inArray(t.products.id, productIds), eq(t.products.exporterId, exporterId)))
    : [];
  const [company] = await db.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
  const byId = new Map(productRows.map((p) => [p.id, p as Row & { nameEn: string }]));
  return rows.flatMap((r) => {
    const row = r.entity === 'product' ? byId.get(r.entityId) : company;
    if (!row) return [];
    const english = en(row as Row, r.field);
    return [
      {
        id: r.id,
        entity: r.entity,
        entityId: r.entityId,
        field: r.field,
        title: row.nameEn,
        english,
        current: zh(row as Row, r.field),
        body: r.body,
        stale: sourceHash(english) !== r.sourceHash,
        suggestedAt: r.suggestedAt,
      },
    ];
  });
}

export type Decision = 'accepted' | 'rejected' | 'unknown';

/**
 * The exporter's answer to a suggestion. Accepted, it becomes the field's Chinese (what Chinese buyers read),
 * recorded as the desk's translation of the English it was written from, with an audit row; rejected, the
 * field returns to the queue. `unknown` for a suggestion that is not this exporter's or already answered.
 */
export async function decide(db: Db, exporter: Account & { exporterId: number }, id: number, accept: boolean): Promise<Decision> {
  return db.transaction(async (tx) => {
    const [s] = await tx
      .update(t.deskSuggestions)
      .set({ decision: accept ? 'accepted' : 'rejected', decidedAt: new Date() })
      .where(and(eq(t.deskSuggestions.id, id), eq(t.deskSuggestions.exporterId, exporter.exporterId), isNull(t.deskSuggestions.decision)))
      .returning();
    if (!s) return 'unknown';
    if (!accept) return 'rejected';
    const table = s.entity === 'product' ? t.products : t.exporters;
    const column = `${s.field}Zh`;
    const [row] = await tx.select().from(table).where(eq(table.id, s.entityId));
    if (!row) return 'unknown';
    const before = zh(row as Row, s.field);
    await tx
      .update(table)
      .set({ [column]: s.body, updatedAt: new Date() })
      .where(eq(table.id, s.entityId));
    const now = new Date();
    await tx
      .insert(t.fieldTranslations)
      .values({
        exporterId: s.exporterId,
        entity: s.entity,
        entityId: s.entityId,
        field: s.field,
        sourceHash: s.sourceHash,
        origin: 'desk',
        translatedBy: s.suggestedBy,
        translatedAt: s.suggestedAt,
        acceptedAt: now,
      })
      .onConflictDoUpdate({
        target: [t.fieldTranslations.entity, t.fieldTranslations.entityId, t.fieldTranslations.field],
        set: { sourceHash: s.sourceHash, origin: 'desk', translatedBy: s.suggestedBy, translatedAt: s.suggestedAt, acceptedAt: now },
      });
    await recordAudit(tx, actorOf(exporter), {
      action: 'translation.accept',
      entity: s.entity,
      entityId: s.entityId,
      exporterId: s.exporterId,
      before: { [column]: before },
      after: { [column]: s.body, suggestion: s.id },
    });
    return 'accepted';
  });
}

/** The state of the Chinese of each of an exporter's products (the worst of its fields), by product id. */
export async function chineseStates(db: Db, exporterId: number): Promise<Map<number, ChineseState>> {
  const rows = await db.select().from(t.products).where(eq(t.products.exporterId, exporterId));
  const hashes = await db
    .select({ entityId: t.fieldTranslations.entityId, field: t.fieldTranslations.field, hash: t.fieldTranslations.sourceHash })
    .from(t.fieldTranslations)
    .where(and(eq(t.fieldTranslations.exporterId, exporterId), eq(t.fieldTranslations.entity, 'product')));
  const hashOf = new Map(hashes.map((h) => [`${h.entityId}-${h.field}`, h.hash]));
  const states = new Map<number, ChineseState>();
  for (const p of rows) {
    const fieldStates = DESK_FIELDS.product.flatMap((f) => stateOf(en(p as Row, f), zh(p as Row, f), hashOf.get(`${p.id}-${f}`)) ?? []);
    states.set(p.id, worstState(fieldStates));
  }
  return states;
}

/** How many suggestions wait for the exporter (for the portal's navigation). */
export async function pendingCount(db: Db, exporterId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t.deskSuggestions)
    .where(and(eq(t.deskSuggestions.exporterId, exporterId), isNull(t.deskSuggestions.decision)));
  return row?.n ?? 0;
}
