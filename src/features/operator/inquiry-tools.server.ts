import { and, asc, count, eq, inArray, isNotNull, isNull, ne, notInArray, sql } from 'drizzle-orm';
import { recordAudit, type Actor } from '~/features/audit/audit.server';
import { inquiryRow, loadView, type InquiryView } from '~/features/inquiry/service.server';
import { nudgeMailText } from '~/features/operator/nudge-mail';
import { isUiLocale, type UiLocale } from '~/i18n/locales';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * The operator's tools on one inquiry: everything about it in one view (the request, where the submission was
 * routed, how each exporter has answered, the conversation), a reminder to an exporter who has not answered,
 * and passing an unanswered inquiry to another verified exporter of the same category.
 */

/** Hours between two reminders to the same exporter about the same inquiry. */
export const NUDGE_INTERVAL_HOURS = 24;
const NUDGE_INTERVAL_MS = NUDGE_INTERVAL_HOURS * 3_600_000;

export interface RoutedExporter {
  reference: string;
  status: string;
  exporterSlug: string;
  exporterNameEn: string;
  exporterNameZh: string;
  createdAt: Date;
  readAt: Date | null;
  firstResponseAt: Date | null;
  nudgedAt: Date | null;
  reassignedAt: Date | null;
  reassignedFromNameEn: string | null;
  reassignedFromNameZh: string | null;
  /** Quotation versions sent (revisions included), and the status of the latest. */
  quotes: number;
  latestQuoteStatus: string | null;
  proformaNumber: string | null;
}

export interface ReassignCandidate {
  slug: string;
  nameEn: string;
  nameZh: string;
}

export interface OperatorInquiry {
  view: InquiryView;
  /** The categories the request concerns: the sourcing request's, or those of the products asked for. */
  categories: Array<{ id: number; slug: string; nameEn: string; nameZh: string; gaccRequired: boolean }>;
  /** Every inquiry of the submission (one per exporter reached), this one included. */
  routing: RoutedExporter[];
  /** Nobody has answered and the exporter has not closed it: it may be nudged and passed on. */
  unanswered: boolean;
  /** When the exporter may be reminded again; null when it may be now (or the inquiry is answered). */
  nextNudgeAt: Date | null;
  candidates: ReassignCandidate[];
}

const isUnanswered = (inquiry: { firstResponseAt: Date | null; status: string }, quotes: number) =>
  inquiry.firstResponseAt === null && inquiry.status !== 'closed' && quotes === 0;

async function categoriesOf(db: Db, view: Pick<InquiryView, 'submission' | 'items'>) {
  const ids = new Set<number>();
  if (view.submission.categoryId !== null) ids.add(view.submission.categoryId);
  const productIds = view.items.map((i) => i.productId).filter((id): id is number => id !== null);
  if (productIds.length) {
    const rows = await db.select({ categoryId: t.products.categoryId }).from(t.products).where(inArray(t.products.id, productIds));
    for (const r of rows) if (r.categoryId !== null) ids.add(r.categoryId);
  }
  if (!ids.size) return [];
  return db
    .select({ id: t.categories.id, slug: t.categories.slug, nameEn: t.categories.nameEn, nameZh: t.categories.nameZh, gaccRequired: t.categories.gaccRequired })
    .from(t.categories)
    .where(inArray(t.categories.id, [...ids]))
    .orderBy(asc(t.categories.position), asc(t.categories.id));
}

/**
 * Exporters an inquiry may be passed to: verified, with published products in every category it concerns (and a
 * GACC registration where the category needs one), not already reached by the same submission.
 */
async function candidatesFor(db: Db, submissionId: number, categories: OperatorInquiry['categories']): Promise<ReassignCandidate[]> {
  if (!categories.length) return [];
  const reached = db.select({ id: t.inquiries.exporterId }).from(t.inquiries).where(eq(t.inquiries.submissionId, submissionId));
  return db
    .select({ slug: t.exporters.slug, nameEn: t.exporters.nameEn, nameZh: t.exporters.nameZh })
    .from(t.exporters)
    .where(
      and(
        eq(t.exporters.status, 'verified'),
        notInArray(t.exporters.id, reached),
        categories.some((c) => c.gaccRequired) ? isNotNull(t.exporters.gaccNumber) : undefined,
        ...categories.map(
          (c) => sql`exists (select 1 from products p where p.exporter_id = ${t.exporters.id} and p.category_id = ${c.id} and p.status = 'published')`,
        ),
      ),
    )
    .orderBy(asc(t.exporters.nameEn))
    .limit(100);
}

async function quoteCounts(db: Db, inquiryIds: number[]) {
  if (!inquiryIds.length) return [];
  return db
    .select({ inquiryId: t.quotes.inquiryId, n: count(), latest: sql<string>`(array_agg(${t.quotes.status} order by ${t.quotes.version} desc))[1]` })
    .from(t.quotes)
    .where(and(inArray(t.quotes.inquiryId, inquiryIds), ne(t.quotes.status, 'draft')))
    .groupBy(t.quotes.inquiryId);
}

/** One inquiry as the operator sees it; null when the reference is unknown. */
export async function inquiryForOperator(db: Db, reference: string, now = new Date()): Promise<OperatorInquiry | null> {
  const row = await inquiryRow(db, { reference });
  if (!row) return null;
  const view = await loadView(db, row);
  const from = sql`(select name_en from exporters f where f.id = ${t.inquiries.reassignedFromExporterId})`;
  const fromZh = sql`(select name_zh from exporters f where f.id = ${t.inquiries.reassignedFromExporterId})`;
  const siblings = await db
    .select({
      id: t.inquiries.id,
      reference: t.inquiries.reference,
      status: t.inquiries.status,
      exporterSlug: t.exporters.slug,
      exporterNameEn: t.exporters.nameEn,
      exporterNameZh: t.exporters.nameZh,
      createdAt: t.inquiries.createdAt,
      readAt: t.inquiries.readAt,
      firstResponseAt: t.inquiries.firstResponseAt,
      nudgedAt: t.inquiries.nudgedAt,
      reassignedAt: t.inquiries.reassignedAt,
      reassignedFromNameEn: sql<string | null>`${from}`,
      reassignedFromNameZh: sql<string | null>`${fromZh}`,
      proformaNumber: sql<
        string | null
      >`(select pf.number from proformas pf join quotes q on q.id = pf.quote_id where q.inquiry_id = ${t.inquiries.id} order by pf.id desc limit 1)`,
    })
    .from(t.inquiries)
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where(eq(t.inquiries.submissionId, row.submission.id))
    .orderBy(asc(t.inquiries.id));
  const quotes = await quoteCounts(
    db,
    siblings.map((s) => s.id),
  );
  const routing = siblings.map(({ id, ...s }) => {
    const q = quotes.find((x) => x.inquiryId === id);
    return { ...s, quotes: q?.n ?? 0, latestQuoteStatus: q?.latest ?? null };
  });
  const own = routing.find((r) => r.reference === reference)!;
  const unanswered = isUnanswered(row.inquiry, own.quotes);
  const categories = await categoriesOf(db, view);
  const nudgedAt = row.inquiry.nudgedAt;
  return {
    view,
    categories,
    routing,
    unanswered,
    nextNudgeAt: unanswered && nudgedAt && now.getTime() - nudgedAt.getTime() < NUDGE_INTERVAL_MS ? new Date(nudgedAt.getTime() + NUDGE_INTERVAL_MS) : null,
    candidates: unanswered ? await candidatesFor(db, row.submission.id, categories) : [],
  };
}

/** The language an exporter reads its mail in: that of its (first) account, else English. */
async function exporterLocale(db: Db, exporterId: number): Promise<UiLocale> {
  const [user] = await db
    .select({ locale: t.users.locale })
    .from(t.users)
    .where(and(eq(t.users.exporterId, exporterId), eq(t.users.role, 'exporter')))
    .orderBy(asc(t.users.createdAt))
    .limit(1);
  return isUiLocale(user?.locale) ? user.locale : 'en';
}

export type NudgeResult = 'nudged' | 'unknown' | 'answered' | 'tooSoon';

/**
 * Reminds the exporter of an unanswered inquiry by mail, in the exporter's language: at most once every 24 hours
 * per inquiry and exporter (a concurrent second click finds the reminder already recorded).
 */
export async function nudgeInquiry(db: Db, actor: Actor, reference: string, siteUrl: string, now = new Date()): Promise<NudgeResult> {
  const row = await inquiryRow(db, { reference });
  if (!row) return 'unknown';
  const [quotes] = await db
    .select({ n: count() })
    .from(t.quotes)
    .where(and(eq(t.quotes.inquiryId, row.inquiry.id), ne(t.quotes.status, 'draft')));
  if (!isUnanswered(row.inquiry, quotes?.n ?? 0)) return 'answered';
  const locale = await exporterLocale(db, row.exporter.id);
  const portal = locale === 'zh' ? 'zh' : 'en';
  const mail = nudgeMailText({
    locale,
    exporterName: row.exporter.nameEn,
    reference,
    buyerCompany: row.submission.buyerCompany,
    days: Math.max(1, Math.floor((now.getTime() - row.inquiry.createdAt.getTime()) / 86_400_000)),
    link: `${siteUrl}/${portal}/exporter/inquiries/${reference}/`,
  });
  return db.transaction(async (tx) => {
    const cutoff = new Date(now.getTime() - NUDGE_INTERVAL_MS).toISOString();
    const updated = await tx
      .update(t.inquiries)
      .set({ nudgedAt: now })
      .where(
        and(
          eq(t.inquiries.id, row.inquiry.id),
          eq(t.inquiries.exporterId, row.exporter.id),
          isNull(t.inquiries.firstResponseAt),
          sql`(${t.inquiries.nudgedAt} is null or ${t.inquiries.nudgedAt} <= ${cutoff}::timestamptz)`,
        ),
      )
      .returning({ id: t.inquiries.id });
    if (!updated.length) return 'tooSoon' as const;
    await tx.insert(t.outboxJobs).values({
      kind: 'inquiry.nudge',
      payload: { to: row.exporter.email, ...mail },
      messageId: `nudge-${reference}-${row.exporter.id}-${now.getTime()}`,
    });
    await recordAudit(tx, actor, {
      action: 'inquiry.nudge',
      entity: 'inquiry',
      entityId: reference,
      exporterId: row.exporter.id,
      before: { nudgedAt: row.inquiry.nudgedAt?.toISOString() ?? null },
      after: { nudgedAt: now.toISOString() },
    });
    return 'nudged' as const;
  });
}

export type ReassignResult = 'reassigned' | 'unknown' | 'answered' | 'notCandidate';

/**
 * Passes an unanswered inquiry to another verified exporter of the same category: the new exporter gets the usual
 * new-inquiry mail and the inquiry in its inbox, the first one loses it, and the buyer's status page (by reference
 * and token) keeps working.
 */
export async function reassignInquiry(db: Db, actor: Actor, reference: string, toSlug: string, now = new Date()): Promise<ReassignResult> {
  const found = await inquiryForOperator(db, reference, now);
  if (!found) return 'unknown';
  if (!found.unanswered) return 'answered';
  if (!found.candidates.some((c) => c.slug === toSlug)) return 'notCandidate';
  const { inquiry } = found.view;
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, toSlug));
    const moved = await tx
      .update(t.inquiries)
      .set({
        exporterId: target!.id,
        reassignedFromExporterId: sql`coalesce(${t.inquiries.reassignedFromExporterId}, ${inquiry.exporterId})`,
        reassignedAt: now,
        status: 'new',
        readAt: null,
        nudgedAt: null,
        updatedAt: now,
      })
      // Still the exporter the operator saw, and still unanswered: a reply in between wins.
      .where(and(eq(t.inquiries.id, inquiry.id), eq(t.inquiries.exporterId, inquiry.exporterId), isNull(t.inquiries.firstResponseAt)))
      .returning({ id: t.inquiries.id });
    if (!moved.length) return 'answered' as const;
    // The mail is for this exporter as holder since `now`: sent later, after the inquiry has moved on again, it is
    // dropped (see `exporterNotice`) rather than sent to whoever holds the inquiry by then.
    await tx.insert(t.outboxJobs).values({
      kind: 'inquiry.exporter',
      payload: { inquiryId: inquiry.id, exporterId: target!.id, reassignedAt: now.toISOString() },
      messageId: `inquiry-${reference}-exporter-${target!.id}-${now.getTime()}`,
    });
    await recordAudit(tx, actor, {
      action: 'inquiry.reassign',
      entity: 'inquiry',
      entityId: reference,
      exporterId: target!.id,
      before: { exporter: found.view.exporter.slug },
      after: { exporter: toSlug },
    });
    return 'reassigned' as const;
  });
}
