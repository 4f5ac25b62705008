import type { APIContext, AstroGlobal } from 'astro';
import { actions, isInputError } from 'astro:actions';
import { z } from 'zod';
import { actorOf } from '~/features/audit/audit.server';
import { localePath } from '~/i18n/url';
import { notYours, requireExporter, requireOperator } from '~/server/auth/guard.server';
import type { Db } from '~/server/db/client.server';
import { errorResponse } from '~/server/errors.server';
import { routeId, seeOther } from '~/server/forms.server';
import { readCappedForm } from '~/server/media/upload-body.server';
import { getDb } from '~/runtime.server';
import { auditEntries, auditFilters } from './audit-log.server';
import { getDocumentStorage } from './document-runtime.server';
import { DOCUMENT_KINDS, DOCUMENT_MAX_BYTES, isDocumentKind } from './documents';
import { documentFile, documentResponse, listDocuments, saveDocument } from './documents.server';
import { openHeldChanges } from './held.server';
import { verificationGaps } from './review.server';

/*
 * What the review pages show, one function a page: the exporter's documents page (upload by a plain
 * multipart post), the operator's review panel, held edits and audit log, and the document download.
 */

/** What the operator's exporter page adds: conditions not met, documents, held edits. */
export async function reviewPanel(db: Db, exporterId: number) {
  const [gaps, documents, held] = await Promise.all([verificationGaps(db, exporterId), listDocuments(db, exporterId), openHeldChanges(db, exporterId)]);
  return { gaps: gaps ?? [], documents, held };
}

const MB = Math.round(DOCUMENT_MAX_BYTES / 1_000_000);

/** The exporter's documents page: the list, the upload form, and an upload posted to it. */
export async function documentsPage(page: AstroGlobal) {
  const gate = await requireExporter(page);
  if (gate instanceof Response) return gate;
  const { user, exporter } = gate;
  const self = localePath(page.locals.uiLocale, 'exporter', 'documents');
  let error: string | undefined;
  let kind = '';
  if (page.request.method === 'POST') {
    // The file comes last in the form: a file too large still lets the chosen kind through.
    const read = await readCappedForm(page.request, DOCUMENT_MAX_BYTES + 64 * 1024);
    const posted = read?.form.get('kind');
    kind = typeof posted === 'string' && posted.length <= 40 ? posted : '';
    const file = read?.form.get('file');
    if (!read) error = 'invalid';
    else if (!isDocumentKind(kind)) error = 'documentKind';
    else if (read.truncated) error = 'documentTooLarge';
    else if (!(file instanceof File) || file.size === 0) error = 'documentEmpty';
    else {
      const saved = await saveDocument(await getDb(), getDocumentStorage(), actorOf(user), {
        exporterId: exporter.id,
        kind,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      if (saved.ok) return seeOther(`${self}?uploaded=1`);
      error = saved.code;
    }
    page.response.status = error === 'documentTooLarge' ? 413 : 400;
  }
  const documents = await listDocuments(await getDb(), exporter.id);
  const missing = DOCUMENT_KINDS.filter((k) => !documents.some((d) => d.kind === k));
  return { exporter, documents, missing, error, kind, mb: MB, uploaded: page.url.searchParams.has('uploaded') };
}

/** A document's file, for operators only: anyone else gets the same answer as for a document that does not exist. */
export async function documentDownload(ctx: APIContext): Promise<Response> {
  const gate = await requireOperator(ctx);
  if (gate instanceof Response) return gate.status === 303 ? notYours(ctx) : gate;
  const id = routeId(ctx.params.id);
  const file = id ? await documentFile(await getDb(), getDocumentStorage(), id) : null;
  return file ? documentResponse(file) : notYours(ctx);
}

export const HELD_DONE = ['approved', 'rejected'] as const;

/** The operator's page of held edits; its forms post to `actions.operator.decideHeld`. */
export async function heldPage(page: AstroGlobal) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const self = localePath(page.locals.locale, 'operator', 'held');
  const result = page.getActionResult(actions.operator.decideHeld);
  let error: string | undefined;
  if (result && !result.error) return seeOther(`${self}?done=${result.data.done}`);
  if (result?.error) {
    if (result.error.code === 'SERVICE_UNAVAILABLE') return errorResponse(503, page.locals.locale, 'html');
    if (result.error.code === 'INTERNAL_SERVER_ERROR') throw result.error;
    error = isInputError(result.error) ? 'invalid' : result.error.message;
    page.response.status = result.error.status;
  }
  const done = HELD_DONE.find((d) => d === page.url.searchParams.get('done'));
  return { held: await openHeldChanges(await getDb()), error, done };
}

/** The operator's audit log, filtered by exporter (`?exporter=slug`) and by who acted (`?actor=role:operator` or an address). */
export async function auditPage(page: AstroGlobal) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const db = await getDb();
  const params = page.url.searchParams;
  // A stale or hand-edited query string still opens the log.
  const query = z
    .object({
      exporter: z.string().max(121).catch(''),
      actor: z.string().max(260).catch(''),
      page: z.coerce.number().int().min(1).max(100_000).catch(1),
    })
    .parse({ exporter: params.get('exporter') ?? '', actor: params.get('actor') ?? '', page: params.get('page') ?? 1 });
  const filters = await auditFilters(db);
  const exporter = filters.exporters.find((e) => e.slug === query.exporter);
  // Only the roles and addresses the log knows: anything else (a typo, a NUL byte) shows the whole log.
  const knownRole = /^role:(?:operator|exporter|translator|buyer|system)$/.test(query.actor);
  const actor = knownRole || filters.actors.some((a) => a.email === query.actor) ? query.actor : '';
  const log = await auditEntries(db, { exporterId: exporter?.id, actor: actor || undefined, page: query.page });
  return { filters, exporter: exporter?.slug ?? '', actor, log };
}
