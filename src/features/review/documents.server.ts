import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '~/features/audit/audit.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { LocalDiskStorage, type MediaStorage } from '~/server/media/storage.server';
import { DOCUMENT_MAX_BYTES, safeFileName, sniffDocument, type DocumentKind } from './documents';

/*
 * Verification documents are kept in private storage: a folder of their own (`DATA_DIR/documents`), never the
 * photos' folder that `/media/uploads/…` serves, and read back only through the operators' download route.
 */

/** The private store of verification documents under the installation's folder. */
export function documentStorageFor(dataDir: string, folder?: string | undefined): MediaStorage {
  return new LocalDiskStorage(folder ? path.resolve(folder) : path.resolve(dataDir, 'documents'));
}

export type DocumentRefusal = 'documentEmpty' | 'documentTooLarge' | 'documentType';

/** Stores an uploaded document after checking its size and, by its first bytes, that it is a PDF, JPEG or PNG. */
export async function saveDocument(
  db: Db,
  storage: MediaStorage,
  actor: Actor,
  input: { exporterId: number; kind: DocumentKind; fileName: string; bytes: Uint8Array },
): Promise<{ ok: true; id: number } | { ok: false; code: DocumentRefusal }> {
  if (input.bytes.byteLength === 0) return { ok: false, code: 'documentEmpty' };
  if (input.bytes.byteLength > DOCUMENT_MAX_BYTES) return { ok: false, code: 'documentTooLarge' };
  const format = sniffDocument(input.bytes);
  if (!format) return { ok: false, code: 'documentType' };
  const storageKey = `${input.exporterId}/${input.kind}-${randomBytes(12).toString('hex')}.${format.ext}`;
  await storage.put(storageKey, input.bytes);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(t.exporterDocuments)
        .values({
          exporterId: input.exporterId,
          kind: input.kind,
          storageKey,
          fileName: safeFileName(input.fileName, format.ext),
          contentType: format.contentType,
          bytes: input.bytes.byteLength,
          uploadedBy: actor.id,
        })
        .returning({ id: t.exporterDocuments.id });
      await recordAudit(tx, actor, {
        action: 'document.upload',
        entity: 'exporter_document',
        entityId: row!.id,
        exporterId: input.exporterId,
        after: { kind: input.kind, bytes: input.bytes.byteLength, contentType: format.contentType },
      });
      return row!.id;
    });
    return { ok: true, id };
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export type DocumentRow = Pick<typeof t.exporterDocuments.$inferSelect, 'id' | 'kind' | 'fileName' | 'contentType' | 'bytes' | 'createdAt'>;

/** An exporter's documents, newest first (names and sizes only: the files are for operators). */
export function listDocuments(db: Db, exporterId: number): Promise<DocumentRow[]> {
  return db
    .select({
      id: t.exporterDocuments.id,
      kind: t.exporterDocuments.kind,
      fileName: t.exporterDocuments.fileName,
      contentType: t.exporterDocuments.contentType,
      bytes: t.exporterDocuments.bytes,
      createdAt: t.exporterDocuments.createdAt,
    })
    .from(t.exporterDocuments)
    .where(eq(t.exporterDocuments.exporterId, exporterId))
    .orderBy(desc(t.exporterDocuments.createdAt), desc(t.exporterDocuments.id));
}

/** One document's file for an operator, or null when there is none. The caller has checked the operator. */
export async function documentFile(db: Db, storage: MediaStorage, id: number) {
  const [row] = await db.select().from(t.exporterDocuments).where(eq(t.exporterDocuments.id, id));
  if (!row) return null;
  const data = await storage.get(row.storageKey);
  return data ? { row, data } : null;
}

/** The download answer: always an attachment, never interpreted by the browser. */
export function documentResponse(file: { row: { fileName: string; contentType: string }; data: Buffer }): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.row.contentType,
      'Content-Disposition': `attachment; filename="${file.row.fileName}"`,
      'Content-Length': String(file.data.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
