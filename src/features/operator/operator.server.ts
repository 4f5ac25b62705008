import { and, asc, count, desc, eq, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { CheckInput, RatesInput } from '~/features/operator/schema';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/*
 * The operator console's domain: verifying and suspending exporters,
 * featuring products, exchange rates, the pavilion's inquiries and parked
 * mail. Plain functions on the database; the pages authorize and validate.
 */

export type ExporterStatus = (typeof t.exporters.$inferSelect)['status'];
export const EXPORTER_STATUSES = ['pending', 'verified', 'suspended'] as const satisfies readonly ExporterStatus[];

export const OPERATOR_PAGE_SIZE = 50;

const today = (now: Date) => now.toISOString().slice(0, 10);

export interface ExporterForReview {
  id: number;
  slug: string;
  nameEn: string;
  nameZh: string;
  city: string;
  status: ExporterStatus;
  verifiedAt: Date | null;
  createdAt: Date;
  checks: number;
  /** Checks still valid today. */
  validChecks: number;
  products: number;
}

/** Exporters for the operator: pending first (oldest waiting first), then suspended, then verified by name. */
export async function exportersForReview(db: Db, options: { status?: ExporterStatus | undefined; now?: Date } = {}): Promise<ExporterForReview[]> {
  const now = options.now ?? new Date();
  const rank = sql<number>`case ${t.exporters.status} when 'pending' then 0 when 'suspended' then 1 else 2 end`;
  const rows = await db
    .select({
      id: t.exporters.id,
      slug: t.exporters.slug,
      nameEn: t.exporters.nameEn,
      nameZh: t.exporters.nameZh,
      city: t.exporters.city,
      status: t.exporters.status,
      verifiedAt: t.exporters.verifiedAt,
      createdAt: t.exporters.createdAt,
    })
    .from(t.exporters)
    .where(options.status ? eq(t.exporters.status, options.status) : undefined)
    .orderBy(asc(rank), sql`case when ${t.exporters.status} = 'pending' then ${t.exporters.createdAt} end asc`, asc(t.exporters.nameEn));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [checks, products] = await Promise.all([
    db
      .select({
        exporterId: t.verificationChecks.exporterId,
        n: count(),
        valid: sql<number>`count(*) filter (where ${t.verificationChecks.validUntil} >= ${today(now)})`.mapWith(Number),
      })
      .from(t.verificationChecks)
      .where(inArray(t.verificationChecks.exporterId, ids))
      .groupBy(t.verificationChecks.exporterId),
    db
      .select({ exporterId: t.products.exporterId, n: count() })
      .from(t.products)
      .where(and(inArray(t.products.exporterId, ids), eq(t.products.status, 'published')))
      .groupBy(t.products.exporterId),
  ]);
  return rows.map((r) => {
    const c = checks.find((x) => x.exporterId === r.id);
    return { ...r, checks: c?.n ?? 0, validChecks: c?.valid ?? 0, products: products.find((x) => x.exporterId === r.id)?.n ?? 0 };
  });
}

/** One exporter with what the operator checks: its checks, certificates, accounts and product count. */
export async function exporterForReview(db: Db, slug: string) {
  const [exporter] = await db.select().from(t.exporters).where(eq(t.exporters.slug, slug));
  if (!exporter) return null;
  const [checks, certificates, accounts, [products]] = await Promise.all([
    db
      .select()
      .from(t.verificationChecks)
      .where(eq(t.verificationChecks.exporterId, exporter.id))
      .orderBy(asc(t.verificationChecks.checkedOn), asc(t.verificationChecks.id)),
    db.select().from(t.certificates).where(eq(t.certificates.exporterId, exporter.id)).orderBy(asc(t.certificates.id)),
    db.select({ name: t.users.name, email: t.users.email, emailVerified: t.users.emailVerified }).from(t.users).where(eq(t.users.exporterId, exporter.id)),
    db
      .select({ n: count() })
      .from(t.products)
      .where(and(eq(t.products.exporterId, exporter.id), eq(t.products.status, 'published'))),
  ]);
  return { exporter, checks, certificates, accounts, publishedProducts: products?.n ?? 0 };
}

/** The id of the exporter at `slug`, or null. */
export async function exporterIdOf(db: Db, slug: string): Promise<number | null> {
  const [row] = await db.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, slug));
  return row?.id ?? null;
}

/**
 * Records a check the pavilion made and vouches for the exporter: the check
 * is stored (shown publicly as the badge's provenance) and the exporter is
 * verified as of now — public again if it was pending or suspended.
 */
export async function verifyExporter(db: Db, exporterId: number, check: CheckInput, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [exporter] = await tx.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.id, exporterId));
    if (!exporter) return false;
    await tx
      .insert(t.verificationChecks)
      .values({ exporterId, kind: check.kind, reference: check.reference, checkedOn: check.checkedOn, validUntil: check.validUntil });
    await tx.update(t.exporters).set({ status: 'verified', verifiedAt: now, updatedAt: now }).where(eq(t.exporters.id, exporterId));
    return true;
  });
}

/** Hides an exporter's shop and products from public pages and search. */
export async function suspendExporter(db: Db, exporterId: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(t.exporters)
    .set({ status: 'suspended', updatedAt: now })
    .where(and(eq(t.exporters.id, exporterId), ne(t.exporters.status, 'suspended')))
    .returning({ id: t.exporters.id });
  return rows.length > 0;
}

export type ReinstateResult = 'reinstated' | 'notSuspended' | 'needsCheck';

/**
 * Makes a suspended exporter public again on the strength of its earlier
 * verification — only while one of its checks is still valid; otherwise the
 * operator records a new check (`verifyExporter`).
 */
export async function reinstateExporter(db: Db, exporterId: number, now = new Date()): Promise<ReinstateResult> {
  return db.transaction(async (tx) => {
    const [exporter] = await tx.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
    if (exporter?.status !== 'suspended') return 'notSuspended';
    const [valid] = await tx
      .select({ n: count() })
      .from(t.verificationChecks)
      .where(and(eq(t.verificationChecks.exporterId, exporterId), sql`${t.verificationChecks.validUntil} >= ${today(now)}`));
    if (!exporter.verifiedAt || !valid?.n) return 'needsCheck';
    await tx.update(t.exporters).set({ status: 'verified', updatedAt: now }).where(eq(t.exporters.id, exporterId));
    return 'reinstated';
  });
}

export interface FeaturedRow {
  slug: string;
  nameEn: string;
  nameZh: string;
  status: string;
  exporterNameEn: string;
  exporterNameZh: string;
  exporterStatus: ExporterStatus;
  featured: boolean;
  updatedAt: Date;
}

const featuredColumns = {
  slug: t.products.slug,
  nameEn: t.products.nameEn,
  nameZh: t.products.nameZh,
  status: t.products.status,
  exporterNameEn: t.exporters.nameEn,
  exporterNameZh: t.exporters.nameZh,
  exporterStatus: t.exporters.status,
  featured: t.products.featured,
  updatedAt: t.products.updatedAt,
};

/** Products marked featured, most recently featured first (the order the home page uses). */
export function featuredList(db: Db): Promise<FeaturedRow[]> {
  return db
    .select(featuredColumns)
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(eq(t.products.featured, true))
    .orderBy(desc(t.products.updatedAt), asc(t.products.id));
}

/** Published products whose name (either language) or slug contains the query; at most `limit`. */
export function findProducts(db: Db, query: string, limit = 20): Promise<FeaturedRow[]> {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select(featuredColumns)
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(and(eq(t.products.status, 'published'), or(ilike(t.products.nameEn, like), ilike(t.products.nameZh, like), ilike(t.products.slug, like))))
    .orderBy(asc(t.products.nameEn))
    .limit(limit);
}

/**
 * Features a published product on the home page, or takes it off. Returns
 * false when the product is unknown (or, to feature, not published).
 */
export async function setFeatured(db: Db, slug: string, featured: boolean, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(t.products)
    .set({ featured, updatedAt: now })
    .where(and(eq(t.products.slug, slug), featured ? eq(t.products.status, 'published') : undefined))
    .returning({ id: t.products.id });
  return rows.length > 0;
}

/** Stores the operator's exchange rates (units per US dollar); public prices use them at once. */
export async function saveRates(db: Db, rates: RatesInput, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [currency, perUsd] of [
      ['CNY', rates.cny],
      ['PKR', rates.pkr],
    ] as const) {
      await tx
        .insert(t.exchangeRates)
        .values({ currency, perUsd, updatedAt: now })
        .onConflictDoUpdate({ target: t.exchangeRates.currency, set: { perUsd, updatedAt: now } });
    }
  });
}

export async function ratesForOperator(db: Db) {
  return db
    .select()
    .from(t.exchangeRates)
    .where(inArray(t.exchangeRates.currency, ['CNY', 'PKR']));
}

export const INQUIRY_VIEWS = ['unanswered', 'all'] as const;
export type InquiryView = (typeof INQUIRY_VIEWS)[number];

/** Not closed and never answered: the inquiries the pavilion chases. */
const unanswered = and(isNull(t.inquiries.firstResponseAt), ne(t.inquiries.status, 'closed'));

/**
 * Inquiries across the pavilion: unanswered first, the longest waiting at the
 * top; then the rest, newest first.
 */
export async function pavilionInquiries(db: Db, options: { view: InquiryView; page: number; pageSize?: number }) {
  const pageSize = options.pageSize ?? OPERATOR_PAGE_SIZE;
  const where = options.view === 'unanswered' ? unanswered : undefined;
  const [total] = await db.select({ n: count() }).from(t.inquiries).where(where);
  const pages = Math.max(1, Math.ceil((total?.n ?? 0) / pageSize));
  const page = Math.min(options.page, pages);
  const waiting = sql`(${t.inquiries.firstResponseAt} is null and ${t.inquiries.status} <> 'closed')`;
  const rows = await db
    .select({
      reference: t.inquiries.reference,
      status: t.inquiries.status,
      createdAt: t.inquiries.createdAt,
      firstResponseAt: t.inquiries.firstResponseAt,
      exporterSlug: t.exporters.slug,
      exporterNameEn: t.exporters.nameEn,
      exporterNameZh: t.exporters.nameZh,
      buyerCompany: t.inquirySubmissions.buyerCompany,
      kind: t.inquirySubmissions.kind,
    })
    .from(t.inquiries)
    .innerJoin(t.inquirySubmissions, eq(t.inquiries.submissionId, t.inquirySubmissions.id))
    .innerJoin(t.exporters, eq(t.inquiries.exporterId, t.exporters.id))
    .where(where)
    .orderBy(
      sql`case when ${waiting} then 0 else 1 end`,
      sql`case when ${waiting} then ${t.inquiries.createdAt} end asc`,
      desc(t.inquiries.createdAt),
      desc(t.inquiries.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map((r) => ({ ...r, waiting: r.firstResponseAt === null && r.status !== 'closed' })), total: total?.n ?? 0, page, pages };
}

/** Mail the worker gave up on after its retries, newest first, with the last error. */
export function parkedJobs(db: Db, limit = 200) {
  return db
    .select({
      id: t.outboxJobs.id,
      kind: t.outboxJobs.kind,
      attempts: t.outboxJobs.attempts,
      lastError: t.outboxJobs.lastError,
      createdAt: t.outboxJobs.createdAt,
      payload: t.outboxJobs.payload,
    })
    .from(t.outboxJobs)
    .where(eq(t.outboxJobs.status, 'parked'))
    .orderBy(desc(t.outboxJobs.id))
    .limit(limit);
}

/** The numbers the console's overview leads with. */
export async function operatorSummary(db: Db) {
  const [[pending], [waiting], [parked]] = await Promise.all([
    db.select({ n: count() }).from(t.exporters).where(eq(t.exporters.status, 'pending')),
    db.select({ n: count() }).from(t.inquiries).where(unanswered),
    db.select({ n: count() }).from(t.outboxJobs).where(eq(t.outboxJobs.status, 'parked')),
  ]);
  return { pendingExporters: pending?.n ?? 0, unansweredInquiries: waiting?.n ?? 0, parkedMail: parked?.n ?? 0 };
}
