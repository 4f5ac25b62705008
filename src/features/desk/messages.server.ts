import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { actorOf, recordAudit } from '~/features/audit/audit.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

type Account = { id: string; email: string; role: string };

/**
 * An exporter asks the desk to translate a message of one of their inquiries: a buyer's message into the
 * exporter's language (English), their own reply into Chinese. Asking twice keeps one request. False when
 * the message is not of one of the exporter's inquiries.
 */
export async function requestMessageTranslation(db: Db, exporter: Account & { exporterId: number }, messageId: number): Promise<boolean> {
  const [message] = await db
    .select({ id: t.inquiryMessages.id, author: t.inquiryMessages.author })
    .from(t.inquiryMessages)
    .innerJoin(t.inquiries, eq(t.inquiries.id, t.inquiryMessages.inquiryId))
    .where(and(eq(t.inquiryMessages.id, messageId), eq(t.inquiries.exporterId, exporter.exporterId)));
  if (!message) return false;
  await db
    .insert(t.messageTranslations)
    .values({ messageId, targetLocale: message.author === 'exporter' ? 'zh' : 'en', requestedBy: exporter.id })
    .onConflictDoNothing();
  return true;
}

export interface OpenMessage {
  id: number;
  targetLocale: string;
  /** The message's text only: the desk never sees who wrote it or how to reach them. */
  body: string;
  requestedAt: Date;
}

/** Messages waiting for the desk, oldest first. */
export async function openMessages(db: Db, limit = 100): Promise<OpenMessage[]> {
  return db
    .select({
      id: t.messageTranslations.id,
      targetLocale: t.messageTranslations.targetLocale,
      body: t.inquiryMessages.body,
      requestedAt: t.messageTranslations.requestedAt,
    })
    .from(t.messageTranslations)
    .innerJoin(t.inquiryMessages, eq(t.inquiryMessages.id, t.messageTranslations.messageId))
    .where(isNull(t.messageTranslations.translatedAt))
    .orderBy(asc(t.messageTranslations.requestedAt))
    .limit(limit);
}

/** A translator's translation of a waiting message; false when there is no such request or it is done. */
export async function translateMessage(db: Db, translator: Account, id: number, body: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(t.messageTranslations)
      .set({ body, translatedBy: translator.id, translatedAt: new Date() })
      .where(and(eq(t.messageTranslations.id, id), isNull(t.messageTranslations.translatedAt)))
      .returning({ messageId: t.messageTranslations.messageId });
    if (!row) return false;
    await recordAudit(tx, actorOf(translator), { action: 'translation.message', entity: 'inquiry_message', entityId: row.messageId, after: { body } });
    return true;
  });
}

export interface MessageDesk {
  /** Translated: the desk's text; null while the request waits. */
  body: string | null;
  targetLocale: string;
}

/** The desk's state for the given messages (asked or translated), by message id. */
export async function messageDesk(db: Db, messageIds: number[]): Promise<Map<number, MessageDesk>> {
  if (!messageIds.length) return new Map();
  const rows = await db
    .select({
      messageId: t.messageTranslations.messageId,
      body: t.messageTranslations.body,
      targetLocale: t.messageTranslations.targetLocale,
      done: t.messageTranslations.translatedAt,
    })
    .from(t.messageTranslations)
    .where(inArray(t.messageTranslations.messageId, messageIds));
  return new Map(rows.map((r) => [r.messageId, { body: r.done ? r.body : null, targetLocale: r.targetLocale }]));
}

/** Translations done for the buyer's side: the exporter's replies the desk wrote in Chinese. */
export async function translatedReplies(db: Db, messageIds: number[]): Promise<Map<number, string>> {
  if (!messageIds.length) return new Map();
  const rows = await db
    .select({ messageId: t.messageTranslations.messageId, body: t.messageTranslations.body })
    .from(t.messageTranslations)
    .where(
      and(inArray(t.messageTranslations.messageId, messageIds), isNotNull(t.messageTranslations.translatedAt), eq(t.messageTranslations.targetLocale, 'zh')),
    );
  return new Map(rows.flatMap((r) => (r.body ? [[r.messageId, r.body] as const] : [])));
}
