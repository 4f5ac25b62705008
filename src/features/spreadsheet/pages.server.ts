import type { AstroGlobal, APIContext } from 'astro';
import { UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_MAX_BYTES, UPLOAD_QUOTA_BYTES } from 'astro:env/server';
import { eq } from 'drizzle-orm';
import { actorOf } from '~/features/audit/audit.server';
import { searchChanged } from '~/features/search/runtime.server';
import { localePath } from '~/i18n/url';
import { isSlug } from '~/lib/slug';
import { notYours, requireExporter, requireOperator } from '~/server/auth/guard.server';
import * as t from '~/server/db/schema.server';
import { routeId, seeOther } from '~/server/forms.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { refusal, type UploadRefusal, uploadLimits } from '~/server/media/upload-answer.server';
import { readCappedForm } from '~/server/media/upload-body.server';
import { getDb } from '~/runtime.server';
import { COLUMN_KEYS, type Cells, emptyCells, EXAMPLE } from './columns';
import { applyBatch, type Batch, checkBatch, createBatch, exportRows, getBatch, PHOTO_ZIP_LIMITS, recentBatches, saveBatchRow } from './import.server';
import { rowMessage } from './messages';
import { SHEET_LIMITS, writeCsv, writeXlsx } from './sheet.server';
import { previewPage, type PreviewPart, previewPart, previewQuery } from './preview';
import type { RowCheck } from './validate';

/**
 * The import page of an exporter's products (`/exporter/products/import/`),
 * and the same page for an operator importing on an exporter's behalf
 * (`/operator/exporters/{slug}/import/`). Everything posts to the page itself
 * (multipart, no JavaScript needed) and ends in a redirect, so a reload shows
 * the stored batch again.
 */

type Page = AstroGlobal;

/** Whose products, and who acts. */
async function who(page: Page, onBehalf: boolean) {
  if (!onBehalf) {
    const gate = await requireExporter(page);
    if (gate instanceof Response) return gate;
    return { user: gate.user, exporter: gate.exporter, self: localePath(page.locals.uiLocale, 'exporter', 'products', 'import') };
  }
  const user = await requireOperator(page);
  if (user instanceof Response) return user;
  const slug = page.params.slug ?? '';
  const db = await getDb();
  const [exporter] = isSlug(slug, 121) ? await db.select().from(t.exporters).where(eq(t.exporters.slug, slug)) : [];
  if (!exporter) return notYours(page);
  return { user, exporter, self: localePath(page.locals.locale, 'operator', 'exporters', slug, 'import') };
}

const limits = () => uploadLimits(UPLOAD_MAX_BYTES, UPLOAD_LIMIT_PER_EXPORTER, UPLOAD_QUOTA_BYTES);

const fileBytes = async (value: FormDataEntryValue | null) => (value instanceof File && value.size > 0 ? new Uint8Array(await value.arrayBuffer()) : null);

/** The cells typed into a row's fix form. */
function postedCells(form: FormData): Cells {
  const cells = emptyCells();
  for (const key of COLUMN_KEYS) {
    const value = form.get(`cell-${key}`);
    cells[key] = typeof value === 'string' ? value.slice(0, 20_000) : '';
  }
  return cells;
}

export interface ImportView {
  exporter: typeof t.exporters.$inferSelect;
  onBehalf: boolean;
  self: string;
  error: string | null;
  batch: Batch | null;
  checks: RowCheck[];
  /** The rows of the page shown, in the sheet's order. */
  shown: RowCheck[];
  /** The page shown (kept within the pages there are), how many pages, and whether only rows with problems are listed. */
  part: PreviewPart;
  pages: number;
  /** The address of a page of the preview, or of the first page of the other listing. */
  partHref: (part: PreviewPart) => string;
  recent: Awaited<ReturnType<typeof recentBatches>>;
  /** What the last import or row save did, from the redirect's query. */
  notice: string | null;
  savedLine: number | null;
  photoProblems: Map<number, string[]>;
}

export async function importPage(page: Page, onBehalf: boolean): Promise<ImportView | Response> {
  const gate = await who(page, onBehalf);
  if (gate instanceof Response) return gate;
  const { exporter, user, self } = gate;
  const { t: tr } = page.locals;
  const db = await getDb();
  const actor = actorOf(user);
  const query = page.url.searchParams;
  let error: string | null = null;

  if (page.request.method === 'POST') {
    const read = await readCappedForm(page.request, SHEET_LIMITS.maxBytes + PHOTO_ZIP_LIMITS.maxBytes + 256 * 1024);
    const form = read?.form ?? new FormData();
    const intent = form.get('intent');
    if (!read) error = rowMessage(tr, 'noFile');
    else if (read.truncated) error = rowMessage(tr, 'zipTooLarge');
    else if (intent === 'upload') {
      const sheet = form.get('sheet');
      const bytes = await fileBytes(sheet);
      if (!bytes || !(sheet instanceof File)) error = rowMessage(tr, 'noFile');
      else {
        const created = await createBatch(
          db,
          getMediaStorage(),
          actor,
          exporter.id,
          { fileName: sheet.name, sheet: bytes, photos: await fileBytes(form.get('photos')) },
          limits(),
        );
        if (created.ok) return seeOther(`${self}?batch=${created.id}`);
        error = rowMessage(tr, created.problem, { columns: created.columns?.join(', ') ?? '', ...limitsText() });
      }
    } else {
      const batch = await getBatch(db, exporter.id, routeId(String(form.get('batch') ?? '')));
      if (!batch) return notYours(page);
      // Back to the page of the preview the form was on.
      const q = previewQuery(batch.id, previewPart(form));
      if (intent === 'apply') {
        const outcome = await applyBatch(db, getMediaStorage(), actor, batch);
        if (outcome.created || outcome.updated) await searchChanged();
        q.set('created', String(outcome.created));
        q.set('changed', String(outcome.updated));
        q.set('unchanged', String(outcome.unchanged));
        q.set('refused', String(outcome.refused));
        return seeOther(`${self}?${q}`);
      }
      const line = Number(form.get('line'));
      if (intent === 'fix' && Number.isSafeInteger(line) && (await saveBatchRow(db, batch, line, postedCells(form)))) {
        q.set('saved', String(line));
        return seeOther(`${self}?${q}#row-${line}`);
      }
      error = tr('inquiry:errors.invalid');
    }
    page.response.status = 400;
  }

  const batchParam = query.get('batch');
  const batch = batchParam ? await getBatch(db, exporter.id, routeId(batchParam)) : null;
  if (batchParam && !batch) return notYours(page);
  const checks = batch ? await checkBatch(db, batch) : [];
  const { part, pages, shown } = previewPage(checks, previewPart(query));
  const n = (name: string) => (/^\d{1,5}$/.test(query.get(name) ?? '') ? Number(query.get(name)) : null);
  let notice: string | null = null;
  const created = n('created');
  if (batch && created !== null) {
    notice = tr('import:outcome.done', { created, changed: n('changed') ?? 0, unchanged: n('unchanged') ?? 0 });
    const refused = n('refused') ?? 0;
    if (refused) notice += ` ${tr('import:outcome.refused', { count: refused })}`;
  }
  const savedLine = n('saved');
  if (batch && savedLine !== null) {
    const check = checks.find((c) => c.line === savedLine);
    if (check) notice = tr(check.input ? 'import:preview.rowSaved' : 'import:preview.rowStillBad', { line: savedLine });
  }
  return {
    exporter,
    onBehalf,
    self,
    error,
    batch,
    checks,
    shown,
    part,
    pages,
    partHref: (to) => (batch ? `${self}?${previewQuery(batch.id, to)}` : self),
    recent: await recentBatches(db, exporter.id),
    notice,
    savedLine,
    photoProblems: batch ? photoProblems(tr, batch) : new Map(),
  };
}

/** The numbers the upload messages name. */
const limitsText = () => ({ mb: Math.floor(UPLOAD_MAX_BYTES / 1_000_000), quotaMb: Math.floor(UPLOAD_QUOTA_BYTES / 1_000_000), minutes: 10 });

/** The messages of a row's refused photos. */
function photoProblems(tr: Page['locals']['t'], batch: Batch): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const row of batch.rows) {
    const problems = row.photos.flatMap((p) => {
      if (!p.problem) return [];
      const message = p.problem === 'tooManyImages' ? rowMessage(tr, 'tooManyImages') : refusal(tr, p.problem as UploadRefusal, limits()).message;
      return [tr('import:preview.photoProblem', { name: p.name, problem: message })];
    });
    if (problems.length) out.set(row.line, problems);
  }
  return out;
}

const FILES = {
  'template.csv': { kind: 'template', format: 'csv' },
  'template.xlsx': { kind: 'template', format: 'xlsx' },
  'export.csv': { kind: 'export', format: 'csv' },
  'export.xlsx': { kind: 'export', format: 'xlsx' },
} as const;

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * The template (anyone may download it: it holds only an example) and the
 * signed-in exporter's products, as CSV or Excel under the same headers.
 */
export async function sheetFile(context: APIContext): Promise<Response> {
  const name = context.params.file ?? '';
  const file = Object.hasOwn(FILES, name) ? FILES[name as keyof typeof FILES] : null;
  if (!file) return new Response(null, { status: 404 });
  let rows: Cells[] = [EXAMPLE];
  let fileName = `products-template.${file.format}`;
  if (file.kind === 'export') {
    const gate = await requireExporter(context);
    if (gate instanceof Response) return gate;
    rows = await exportRows(await getDb(), gate.exporter.id);
    fileName = `products-${gate.exporter.slug}-${new Date().toISOString().slice(0, 10)}.${file.format}`;
  }
  const body = file.format === 'csv' ? writeCsv(rows) : await writeXlsx(rows);
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': TYPES[file.format],
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
