import { createHash, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { isCategoryInquiry, type CategoryInquiry, type InquiryInput, type ItemsInquiry, type TargetPrice } from '~/features/inquiry/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { statusPath, statusToken } from './links.server';

export interface SubmitContext {
  /** From the form's hidden token or the `Idempotency-Key` header; a retry sends the same one. */
  idempotencyKey: string;
  /** The key's scope (see `callerOf`): the same key from another caller is another submission. */
  caller?: string;
  channel: 'web' | 'api';
  /** Most exporters a category request reaches. */
  categoryMax: number;
  now?: Date;
}

export interface RoutedInquiry {
  reference: string;
  exporter: string;
  exporterNameEn: string;
  exporterNameZh: string;
  /** Path of the private status page, without origin and locale: `inquiries/{ref}/?token=…`. */
  statusPath: string;
}

export type SubmitResult = { ok: true; replay: boolean; inquiries: RoutedInquiry[] } | { ok: false; status: 400 | 422; errors: Record<string, string> };

/** Canonical JSON: the same request always hashes the same, whatever its key order. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface RoutedGroup {
  exporterId: number;
  items: Array<{
    productId: number | null;
    slug: string;
    nameEn: string;
    nameZh: string;
    quantity: number;
    unit: string;
    target: TargetPrice | null;
    sampleRequested: boolean;
    note: string;
  }>;
}

/** Groups a basket by exporter. Unknown or unpublished products are field errors. */
async function routeItems(db: Db, input: ItemsInquiry): Promise<{ groups: RoutedGroup[] } | { errors: Record<string, string> }> {
  const slugs = [...new Set(input.items.map((i) => i.product))];
  const rows = await db
    .select({ id: t.products.id, slug: t.products.slug, nameEn: t.products.nameEn, nameZh: t.products.nameZh, exporterId: t.products.exporterId })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(and(inArray(t.products.slug, slugs), eq(t.products.status, 'published'), eq(t.exporters.status, 'verified')));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const errors: Record<string, string> = {};
  input.items.forEach((item, i) => {
    if (!bySlug.has(item.product)) errors[`items.${i}.product`] = 'unknownProduct';
  });
  if (Object.keys(errors).length) return { errors };
  const groups = new Map<number, RoutedGroup>();
  for (const item of input.items) {
    const product = bySlug.get(item.product)!;
    const group = groups.get(product.exporterId) ?? { exporterId: product.exporterId, items: [] };
    group.items.push({
      productId: product.id,
      slug: product.slug,
      nameEn: product.nameEn,
      nameZh: product.nameZh,
      quantity: item.quantity,
      unit: item.unit,
      target: item.target,
      sampleRequested: item.sampleRequested,
      note: item.note,
    });
    groups.set(product.exporterId, group);
  }
  return { groups: [...groups.values()] };
}

/**
 * The exporters a category request goes to — the rules a buyer can read on
 * the form: verified exporters with published products in the category; for
 * food, only producers with a China customs (GACC) registration; those who
 * received the fewest sourcing requests in the last 30 days first; at most
 * `max`. There is no paid placement.
 */
export async function exportersForCategory(db: Db, categoryId: number, gaccRequired: boolean, max: number) {
  const recent = sql<number>`(
    select count(*) from inquiries i join inquiry_submissions s on s.id = i.submission_id
    where i.exporter_id = exporters.id and s.kind = 'category' and i.created_at > now() - interval '30 days')`;
  return db
    .select({ id: t.exporters.id, slug: t.exporters.slug, recent })
    .from(t.exporters)
    .where(
      and(
        eq(t.exporters.status, 'verified'),
        gaccRequired ? isNotNull(t.exporters.gaccNumber) : undefined,
        sql`exists (select 1 from products p where p.exporter_id = ${t.exporters.id} and p.category_id = ${categoryId} and p.status = 'published')`,
      ),
    )
    .orderBy(asc(recent), asc(t.exporters.id))
    .limit(max);
}

async function routeCategory(db: Db, input: CategoryInquiry, max: number) {
  const [category] = await db.select().from(t.categories).where(eq(t.categories.slug, input.category));
  if (!category) return { errors: { category: 'unknownCategory' } };
  const exporters = await exportersForCategory(db, category.id, category.gaccRequired, max);
  if (!exporters.length) return { errors: { category: 'noExporters' } };
  const groups: RoutedGroup[] = exporters.map((e) => ({
    exporterId: e.id,
    items: [
      {
        productId: null,
        slug: '',
        nameEn: category.nameEn,
        nameZh: category.nameZh,
        quantity: input.quantity,
        unit: input.unit,
        target: input.target,
        sampleRequested: false,
        note: '',
      },
    ],
  }));
  return { groups, categoryId: category.id };
}

async function existingSubmission(db: Db, idempotencyKey: string, caller: string, requestHash: string): Promise<SubmitResult | null> {
  const [submission] = await db
    .select()
    .from(t.inquirySubmissions)
    .where(and(eq(t.inquirySubmissions.idempotencyKey, idempotencyKey), eq(t.inquirySubmissions.caller, caller)));
  if (!submission) return null;
  if (submission.requestHash !== requestHash) return { ok: false, status: 422, errors: { idempotencyKey: 'idempotencyMismatch' } };
  const rows = await db
    .select({ reference: t.inquiries.reference, exporter: t.exporters.slug, nameEn: t.exporters.nameEn, nameZh: t.exporters.nameZh })
    .from(t.inquiries)
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where(eq(t.inquiries.submissionId, submission.id))
    .orderBy(asc(t.inquiries.id));
  const token = await statusToken(db, idempotencyKey, caller);
  return {
    ok: true,
    replay: true,
    inquiries: rows.map((r) => ({
      reference: r.reference,
      exporter: r.exporter,
      exporterNameEn: r.nameEn,
      exporterNameZh: r.nameZh,
      statusPath: statusPath(r.reference, token),
    })),
  };
}

/** The answer to a retried request (same key), or null when the key is new. Stores nothing. */
export function replayInquiry(db: Db, input: InquiryInput, idempotencyKey: string, caller = ''): Promise<SubmitResult | null> {
  return existingSubmission(db, idempotencyKey, caller, sha256(stableStringify(input)));
}

/**
 * Stores a submission as one inquiry per exporter concerned, with its items
 * and its notification jobs, in one transaction: when this returns `ok`, all
 * of it is durable. A retry with the same idempotency key returns the same
 * references and stores nothing; the same key with another body is a 422.
 */
export async function submitInquiry(db: Db, input: InquiryInput, ctx: SubmitContext): Promise<SubmitResult> {
  const requestHash = sha256(stableStringify(input));
  const caller = ctx.caller ?? '';
  const replay = await existingSubmission(db, ctx.idempotencyKey, caller, requestHash);
  if (replay) return replay;

  const routed = isCategoryInquiry(input) ? await routeCategory(db, input, ctx.categoryMax) : await routeItems(db, input);
  if ('errors' in routed) return { ok: false, status: 400, errors: routed.errors };

  const token = await statusToken(db, ctx.idempotencyKey, caller);
  const now = ctx.now ?? new Date();
  const year = now.getUTCFullYear();
  const stored = await db.transaction(async (tx) => {
    const [submission] = await tx
      .insert(t.inquirySubmissions)
      .values({
        idempotencyKey: ctx.idempotencyKey,
        caller,
        requestHash,
        locale: input.locale,
        buyerName: input.buyer.name,
        buyerCompany: input.buyer.company,
        buyerEmail: input.buyer.email,
        buyerPhone: input.buyer.phone,
        buyerWechat: input.buyer.wechat,
        buyerProvince: input.buyer.province,
        buyerCity: input.buyer.city,
        destinationPort: input.destinationPort,
        incoterm: input.incoterm,
        message: input.message,
        kind: isCategoryInquiry(input) ? 'category' : 'items',
        categoryId: 'categoryId' in routed ? (routed.categoryId as number) : null,
        tokenHash: sha256(token),
        channel: ctx.channel,
        createdAt: now,
      })
      .onConflictDoNothing({ target: [t.inquirySubmissions.idempotencyKey, t.inquirySubmissions.caller] })
      .returning({ id: t.inquirySubmissions.id });
    // Another request with the same key won the race: nothing of ours is written.
    if (!submission) return null;

    const created: Array<{ id: number; reference: string; exporterId: number }> = [];
    for (const group of routed.groups) {
      const seq = await tx.execute<{ n: string }>(sql`select nextval('inquiry_reference_seq') as n`);
      const n = Number(seq.rows[0]!.n);
      const reference = `PKP-${year}-${String(n).padStart(6, '0')}`;
      const [inquiry] = await tx
        .insert(t.inquiries)
        .values({ reference, submissionId: submission.id, exporterId: group.exporterId, createdAt: now, updatedAt: now })
        .returning({ id: t.inquiries.id });
      await tx.insert(t.inquiryItems).values(
        group.items.map((item) => ({
          inquiryId: inquiry!.id,
          productId: item.productId,
          productSlug: item.slug,
          productNameEn: item.nameEn,
          productNameZh: item.nameZh,
          quantity: item.quantity,
          unit: item.unit,
          targetPriceMinor: item.target?.minor ?? null,
          targetCurrency: item.target?.currency ?? null,
          sampleRequested: item.sampleRequested,
          note: item.note,
        })),
      );
      created.push({ id: inquiry!.id, reference, exporterId: group.exporterId });
    }
    await tx.insert(t.outboxJobs).values([
      ...created.map((c) => ({
        kind: 'inquiry.exporter',
        payload: { inquiryId: c.id, exporterId: c.exporterId, reassignedAt: null },
        messageId: `inquiry-${c.reference}-exporter`,
      })),
      { kind: 'inquiry.buyer', payload: { submissionId: submission.id }, messageId: `submission-${submission.id}-buyer` },
    ]);
    return created;
  });
  if (!stored) return (await existingSubmission(db, ctx.idempotencyKey, caller, requestHash))!;

  const exporters = await db
    .select({ id: t.exporters.id, slug: t.exporters.slug, nameEn: t.exporters.nameEn, nameZh: t.exporters.nameZh })
    .from(t.exporters)
    .where(
      inArray(
        t.exporters.id,
        stored.map((s) => s.exporterId),
      ),
    );
  const byId = new Map(exporters.map((e) => [e.id, e]));
  return {
    ok: true,
    replay: false,
    inquiries: stored.map((s) => {
      const e = byId.get(s.exporterId)!;
      return { reference: s.reference, exporter: e.slug, exporterNameEn: e.nameEn, exporterNameZh: e.nameZh, statusPath: statusPath(s.reference, token) };
    }),
  };
}

/** Constant-time check of a status token against the stored hash. */
export function tokenMatches(tokenHash: string, token: string | null | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(tokenHash);
  const b = Buffer.from(sha256(token));
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface InquiryView {
  inquiry: typeof t.inquiries.$inferSelect;
  submission: typeof t.inquirySubmissions.$inferSelect;
  exporter: typeof t.exporters.$inferSelect;
  items: Array<typeof t.inquiryItems.$inferSelect>;
  messages: Array<typeof t.inquiryMessages.$inferSelect>;
  /** The other inquiries of the same submission (other exporters), with their status. */
  siblings: Array<{ reference: string; status: string; exporterNameEn: string; exporterNameZh: string }>;
}

/** One inquiry with its submission (the buyer) and its exporter, by id or reference. */
export async function inquiryRow(db: Db, by: { id: number } | { reference: string }) {
  const [row] = await db
    .select({ inquiry: t.inquiries, submission: t.inquirySubmissions, exporter: t.exporters })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where('id' in by ? eq(t.inquiries.id, by.id) : eq(t.inquiries.reference, by.reference));
  return row ?? null;
}

/** The buyer's view of one inquiry; null when the reference is unknown or the token wrong. */
export async function inquiryForBuyer(db: Db, reference: string, token: string | null | undefined): Promise<InquiryView | null> {
  const row = await inquiryRow(db, { reference });
  if (!row || !tokenMatches(row.submission.tokenHash, token)) return null;
  return loadView(db, row);
}

/** One inquiry's page as the buyer or its exporter sees it: items, conversation, the submission's other inquiries. */
export async function loadView(
  db: Db,
  row: { inquiry: InquiryView['inquiry']; submission: InquiryView['submission']; exporter: InquiryView['exporter'] },
): Promise<InquiryView> {
  const [items, messages, siblings] = await Promise.all([
    db.select().from(t.inquiryItems).where(eq(t.inquiryItems.inquiryId, row.inquiry.id)).orderBy(asc(t.inquiryItems.id)),
    db
      .select()
      .from(t.inquiryMessages)
      .where(eq(t.inquiryMessages.inquiryId, row.inquiry.id))
      .orderBy(asc(t.inquiryMessages.createdAt), asc(t.inquiryMessages.id)),
    db
      .select({ reference: t.inquiries.reference, status: t.inquiries.status, exporterNameEn: t.exporters.nameEn, exporterNameZh: t.exporters.nameZh })
      .from(t.inquiries)
      .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
      .where(eq(t.inquiries.submissionId, row.submission.id))
      .orderBy(asc(t.inquiries.id)),
  ]);
  return { ...row, items, messages, siblings };
}

/** The buyer answers on the status page; the exporter is notified. */
export async function addBuyerMessage(db: Db, reference: string, token: string, body: string, clientKey: string | null = null): Promise<boolean> {
  const view = await inquiryForBuyer(db, reference, token);
  if (!view) return false;
  await storeBuyerMessage(db, view.inquiry, body, new Date(), clientKey);
  return true;
}

/**
 * Stores the buyer's message in an inquiry the caller has already checked is
 * theirs (see `buyerInquiryAccess`), opens a closed inquiry again, and
 * notifies the exporter. Seeing the conversation to write in it counts as
 * reading it. With a `clientKey` (the message form's key), the same message
 * sent twice — a double tap, two posts at once — is stored and mailed once.
 */
export async function storeBuyerMessage(
  db: Db,
  inquiry: { id: number; status: string },
  body: string,
  now = new Date(),
  clientKey: string | null = null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [message] = await tx
      .insert(t.inquiryMessages)
      .values({ inquiryId: inquiry.id, author: 'buyer', body, clientKey, createdAt: now })
      .onConflictDoNothing({ target: [t.inquiryMessages.inquiryId, t.inquiryMessages.clientKey] })
      .returning({ id: t.inquiryMessages.id });
    // Sent before with this key: stored and announced already.
    if (!message) return;
    if (inquiry.status === 'closed') {
      await tx.update(t.inquiries).set({ status: 'read', closedAt: null, updatedAt: now }).where(eq(t.inquiries.id, inquiry.id));
    }
    await tx.insert(t.outboxJobs).values({ kind: 'message.exporter', payload: { messageId: message.id }, messageId: `message-${message.id}-exporter` });
  });
}

/**
 * The exporter replies: the message is stored, the inquiry marked replied
 * (its first response time recorded once), and the buyer notified.
 * Returns false when the inquiry is not this exporter's. With a `clientKey`
 * (the reply form's key), the same reply sent twice — a double tap, a retry
 * after a lost answer, two posts at once — is stored and mailed once.
 */
export async function addExporterReply(
  db: Db,
  exporterId: number,
  inquiryId: number,
  body: string,
  now = new Date(),
  clientKey: string | null = null,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [inquiry] = await tx
      .select()
      .from(t.inquiries)
      .where(and(eq(t.inquiries.id, inquiryId), eq(t.inquiries.exporterId, exporterId)));
    if (!inquiry) return false;
    const [message] = await tx
      .insert(t.inquiryMessages)
      .values({ inquiryId, author: 'exporter', body, clientKey, createdAt: now })
      .onConflictDoNothing({ target: [t.inquiryMessages.inquiryId, t.inquiryMessages.clientKey] })
      .returning({ id: t.inquiryMessages.id });
    // Sent before with this key: stored and announced already.
    if (!message) return true;
    await tx
      .update(t.inquiries)
      .set({ status: 'replied', firstResponseAt: inquiry.firstResponseAt ?? now, readAt: inquiry.readAt ?? now, updatedAt: now })
      .where(eq(t.inquiries.id, inquiryId));
    await tx.insert(t.outboxJobs).values({ kind: 'message.buyer', payload: { messageId: message.id }, messageId: `message-${message.id}-buyer` });
    return true;
  });
}

/** Inquiries routed to one exporter, newest first. */
export async function inquiriesForExporter(db: Db, exporterId: number, status?: string) {
  return db
    .select({ inquiry: t.inquiries, submission: t.inquirySubmissions })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .where(and(eq(t.inquiries.exporterId, exporterId), status ? eq(t.inquiries.status, status as 'new') : undefined))
    .orderBy(desc(t.inquiries.createdAt), desc(t.inquiries.id));
}

/** One inquiry as its exporter sees it; null when the reference is unknown or routed to another exporter. */
export async function inquiryForExporter(db: Db, exporterId: number, reference: string): Promise<InquiryView | null> {
  const row = await inquiryRow(db, { reference });
  if (!row || row.inquiry.exporterId !== exporterId) return null;
  return loadView(db, row);
}

/** The exporter has opened a new inquiry: it becomes read (once; later openings change nothing). */
export async function markInquiryRead(db: Db, exporterId: number, inquiryId: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(t.inquiries)
    .set({ status: 'read', readAt: now, updatedAt: now })
    .where(and(eq(t.inquiries.id, inquiryId), eq(t.inquiries.exporterId, exporterId), eq(t.inquiries.status, 'new')))
    .returning({ id: t.inquiries.id });
  return rows.length > 0;
}

/**
 * The exporter closes an inquiry (answered elsewhere, or not a fit). A later
 * message from the buyer opens it again. Returns false when it is not this
 * exporter's or already closed.
 */
export async function closeInquiry(db: Db, exporterId: number, inquiryId: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(t.inquiries)
    .set({ status: 'closed', closedAt: now, readAt: sql`coalesce(${t.inquiries.readAt}, ${now.toISOString()}::timestamptz)`, updatedAt: now })
    .where(and(eq(t.inquiries.id, inquiryId), eq(t.inquiries.exporterId, exporterId), sql`${t.inquiries.status} <> 'closed'`))
    .returning({ id: t.inquiries.id });
  return rows.length > 0;
}
