import { and, eq, ne, sql } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import { slugOf } from '~/lib/slug';
import { recordSourceTexts } from '~/features/desk/desk.server';
import { certificateRows, PROFILE_FIELDS, type CertificateRow, type ProfileInput } from '~/features/exporter/schema';
import { PAYMENT_FIELD_OF, PAYMENT_FIELDS } from '~/features/proforma/schema';
import { changes, recordAudit } from '~/features/audit/audit.server';
import { holdPublicChanges, sortedCertificates, type HeldField } from '~/features/review/held.server';
import { provinceOf } from '~/lib/geo';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** Pinyin syllables of Chinese characters, without tones. */
const pinyinOf = (han: string) => pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });

/**
 * The address of a company or product from its name, in whatever script the
 * trader wrote it: Chinese by pinyin, Urdu romanised. A name with nothing to
 * spell (only symbols) falls back to `fallback` (then numbered by freeSlug).
 */
export function slugify(name: string, fallback = 'exporter'): string {
  return slugOf(name, fallback, pinyinOf);
}

async function freeSlug(db: Db, table: typeof t.exporters | typeof t.products, wanted: string, exceptId?: number): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const [taken] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.slug, slug), exceptId === undefined ? undefined : ne(table.id, exceptId)));
    if (!taken) return slug;
  }
}
export const freeExporterSlug = (db: Db, name: string) => freeSlug(db, t.exporters, slugify(name));
export const freeProductSlug = (db: Db, name: string, exceptId?: number) => freeSlug(db, t.products, slugify(name, 'product'), exceptId);

/** The exporter columns of a company profile (shared with the catalog import). */
export function profileColumns(input: ProfileInput) {
  return {
    nameEn: input.nameEn,
    nameZh: input.nameZh,
    taglineEn: input.taglineEn,
    taglineZh: input.taglineZh,
    descriptionEn: input.descriptionEn,
    descriptionZh: input.descriptionZh,
    city: input.city,
    province: provinceOf(input.city),
    yearFounded: input.yearFounded,
    employees: input.employees,
    website: input.website,
    gaccNumber: input.gaccNumber,
    email: input.inquiryEmail,
  };
}

/**
 * Writes an exporter's company profile. The first save creates the company,
 * pending until the operator verifies it, and links it to the account. A
 * verified company's change to a public fact the pavilion vouches for (name,
 * certificates, GACC number) is held for the operator (`held`); the rest is
 * saved at once. Every save is in the audit log.
 */
export async function saveProfile(db: Db, userId: string, exporterId: number | null, input: ProfileInput): Promise<number> {
  return (await saveProfileHeld(db, userId, exporterId, input)).id;
}

export async function saveProfileHeld(db: Db, userId: string, exporterId: number | null, input: ProfileInput): Promise<{ id: number; held: HeldField[] }> {
  const slug = exporterId === null ? await freeExporterSlug(db, input.nameEn) : null;
  // Invoices already issued keep the bank details they were issued with (their document is frozen).
  const payment = input.payment === undefined ? {} : { paymentInstructions: input.payment };
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ email: t.users.email }).from(t.users).where(eq(t.users.id, userId));
    const actor = { id: userId, email: account?.email ?? '', role: 'exporter' as const };
    let id = exporterId;
    let held: HeldField[] = [];
    let columns: Record<string, unknown> = profileColumns(input);
    let certificates: CertificateRow[] | null = input.certificates;
    let before: Record<string, unknown> = {};
    if (id === null) {
      const [row] = await tx
        .insert(t.exporters)
        .values({ ...profileColumns(input), ...payment, slug: slug!, status: 'pending' })
        .returning({ id: t.exporters.id });
      id = row!.id;
      await tx.update(t.users).set({ exporterId: id, updatedAt: new Date() }).where(eq(t.users.id, userId));
      await recordSourceTexts(tx, { entity: 'exporter', entityId: id, exporterId: id, userId, before: null, after: input });
    } else {
      const [current] = await tx.select().from(t.exporters).where(eq(t.exporters.id, id)).for('update');
      const stored = sortedCertificates(await tx.select().from(t.certificates).where(eq(t.certificates.exporterId, id)));
      before = { ...Object.fromEntries(Object.keys(columns).map((k) => [k, current?.[k as keyof typeof current] ?? null])), certificates: stored };
      if (current?.status === 'verified') {
        held = await holdPublicChanges(
          tx,
          actor,
          id,
          { nameEn: current.nameEn, nameZh: current.nameZh, gaccNumber: current.gaccNumber, certificates: stored },
          { nameEn: input.nameEn, nameZh: input.nameZh, gaccNumber: input.gaccNumber, certificates: input.certificates },
        );
        columns = Object.fromEntries(Object.entries(columns).filter(([k]) => !(held as string[]).includes(k)));
        if (held.includes('certificates')) certificates = null;
      }
      await tx
        .update(t.exporters)
        .set({ ...columns, ...payment, updatedAt: new Date() })
        .where(eq(t.exporters.id, id));
      await recordSourceTexts(tx, { entity: 'exporter', entityId: id, exporterId: id, userId, before: current ?? null, after: input });
    }
    if (certificates) {
      await tx.delete(t.certificates).where(eq(t.certificates.exporterId, id));
      if (certificates.length) {
        await tx
          .insert(t.certificates)
          .values(certificates.map((c) => ({ exporterId: id!, kind: c.kind, issuer: c.issuer, number: c.number, validUntil: c.validUntil })));
      }
    }
    const compared = Object.fromEntries(Object.entries(before).filter(([k]) => k in columns || (k === 'certificates' && certificates)));
    const diff = changes(compared, { ...columns, ...(certificates ? { certificates: sortedCertificates(certificates) } : {}) });
    if (exporterId === null || diff.changed) {
      await recordAudit(tx, actor, {
        action: exporterId === null ? 'exporter.create' : 'exporter.profile',
        entity: 'exporter',
        entityId: id,
        exporterId: id,
        before: exporterId === null ? null : diff.before,
        after: exporterId === null ? { nameEn: input.nameEn, city: input.city } : diff.after,
      });
    }
    // Products carry the exporter's update time into search: touch them so the index follows.
    await tx.update(t.products).set({ updatedAt: sql`now()` }).where(eq(t.products.exporterId, id));
    return { id, held };
  });
}

export async function profileOf(db: Db, exporterId: number) {
  const [exporter] = await db.select().from(t.exporters).where(eq(t.exporters.id, exporterId));
  if (!exporter) return null;
  const certificates = await db.select().from(t.certificates).where(eq(t.certificates.exporterId, exporterId));
  return { exporter, certificates };
}

/** Fields of the company profile that a Chinese reader needs, and whether each has its Chinese text. */
export function profileTranslation(e: typeof t.exporters.$inferSelect) {
  const pairs = [
    { field: 'name', en: e.nameEn, zh: e.nameZh },
    { field: 'tagline', en: e.taglineEn, zh: e.taglineZh },
    { field: 'description', en: e.descriptionEn, zh: e.descriptionZh },
  ].filter((p) => p.en.trim());
  const missing = pairs.filter((p) => !p.zh.trim()).map((p) => p.field);
  return { total: pairs.length, done: pairs.length - missing.length, missing };
}

/**
 * What the profile form shows: the stored profile, or after a refused post
 * what was typed (`posted`, the form's fields), so nothing is lost.
 */
export async function profileFormValues(
  db: Db,
  user: { email: string },
  exporter: typeof t.exporters.$inferSelect | null,
  posted: Record<string, string> | null,
): Promise<{ values: Record<string, string>; certificates: CertificateRow[] }> {
  if (posted)
    return { values: Object.fromEntries([...PROFILE_FIELDS, ...PAYMENT_FIELDS].map((f) => [f, posted[f] ?? ''])), certificates: certificateRows(posted) };
  const bank = exporter?.paymentInstructions ?? null;
  const stored = exporter ? await profileOf(db, exporter.id) : null;
  return {
    values: {
      nameEn: exporter?.nameEn ?? '',
      nameZh: exporter?.nameZh ?? '',
      taglineEn: exporter?.taglineEn ?? '',
      taglineZh: exporter?.taglineZh ?? '',
      descriptionEn: exporter?.descriptionEn ?? '',
      descriptionZh: exporter?.descriptionZh ?? '',
      city: exporter?.city ?? '',
      yearFounded: exporter?.yearFounded?.toString() ?? '',
      employees: exporter?.employees?.toString() ?? '',
      website: exporter?.website ?? '',
      gaccNumber: exporter?.gaccNumber ?? '',
      inquiryEmail: exporter?.email || user.email,
      ...Object.fromEntries(Object.entries(PAYMENT_FIELD_OF).map(([key, field]) => [field, bank?.[key as keyof typeof PAYMENT_FIELD_OF] ?? ''])),
    },
    certificates: (stored?.certificates ?? []).map((c) => ({ kind: c.kind, issuer: c.issuer, number: c.number, validUntil: c.validUntil })),
  };
}
