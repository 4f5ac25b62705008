import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExporterDetail } from '~/features/catalog/queries.server';
import { saveProfileHeld } from '~/features/exporter/profile.server';
import { profileSchema } from '~/features/exporter/schema';
import { auditEntries } from '~/features/review/audit-log.server';
import { documentStorageFor, listDocuments, saveDocument } from '~/features/review/documents.server';
import { notReadyText } from '~/features/review/gap-text';
import { decideHeldChange, openHeldChanges } from '~/features/review/held.server';
import { mailExpiringSoon, reviewMailText } from '~/features/review/mail.server';
import { decideReview, suspendWithNotice, verifyAfterReview } from '~/features/review/review.server';
import { getT } from '~/i18n';
import type { MediaStorage } from '~/server/media/storage.server';
import * as t from '~/server/db/schema.server';
import { unverifiedNewcomer, verifiedSaltExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SITE = 'http://pavilion.test';
const OPERATOR = { id: 'review-operator', email: 'desk@pavilion.example', role: 'operator' as const };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const check = { kind: 'secp' as const, reference: 'SECP-0098765', checkedOn: day(-1), validUntil: day(300) };

/** A small but whole PDF, JPEG and PNG by their signatures, and an HTML page renamed to .pdf. */
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const HTML = new TextEncoder().encode('<html><script>alert(1)</script></html>');

describe.each(DATABASES)('verification review on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let dataDir: string;
  let storage: MediaStorage;
  let newcomer: number;
  let salt: number;
  const exporterRow = async (id: number) => (await database.db.select().from(t.exporters).where(eq(t.exporters.id, id)))[0]!;
  const auditOf = (exporterId: number, action: string) =>
    database.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.exporterId, exporterId), eq(t.auditLog.action, action)));
  const mailsOf = (kind: string, to: string) =>
    database.db
      .select()
      .from(t.outboxJobs)
      .where(eq(t.outboxJobs.kind, kind))
      .then((rows) => rows.filter((r) => r.payload.to === to));

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    dataDir = await mkdtemp(path.join(tmpdir(), 'review-docs-'));
    storage = documentStorageFor(dataDir);
    const id = async (slug: string) => (await database.db.select().from(t.exporters).where(eq(t.exporters.slug, slug)))[0]!.id;
    newcomer = await id(unverifiedNewcomer.slug);
    salt = await id(verifiedSaltExporter.slug);
    await database.db.insert(t.users).values([
      { ...OPERATOR, name: 'Desk' },
      { id: 'towel-owner', name: '阿里', email: 'owner@hyderabad-towels.example', role: 'exporter', exporterId: newcomer, emailVerified: false, locale: 'zh' },
      { id: 'salt-owner', name: 'Sana', email: 'sana@salt-range.example', role: 'exporter', exporterId: salt, emailVerified: true, locale: 'ur' },
    ]);
  });
  afterAll(async () => {
    await database?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it.skipIf(skip)('refuses to verify an unconfirmed, incomplete exporter without documents, naming every missing condition in both languages', async () => {
    const result = await verifyAfterReview(database.db, OPERATOR, newcomer, check, SITE);
    expect(result.ok).toBe(false);
    const gaps = result.ok ? [] : (result.gaps ?? []);
    expect(gaps).toEqual([
      { code: 'emailUnconfirmed' },
      { code: 'profileIncomplete', fields: ['descriptionEn'] },
      { code: 'documentMissing', kind: 'secp' },
      { code: 'documentMissing', kind: 'ntn' },
      { code: 'documentMissing', kind: 'export-registration' },
    ]);
    const en = notReadyText(getT('en'), gaps, 'en');
    expect(en).toContain('no account has confirmed its e-mail address');
    expect(en).toContain('the profile is incomplete (description (English))');
    expect(en).toContain('NTN certificate (FBR) not uploaded');
    const zh = notReadyText(getT('zh'), gaps, 'zh');
    expect(zh).toContain('尚无账户确认邮箱地址');
    expect(zh).toContain('未上传SECP 公司注册证书');
    // Nothing changed: still pending, no check recorded, nothing public, nothing logged.
    expect((await exporterRow(newcomer)).status).toBe('pending');
    expect(await database.db.select().from(t.verificationChecks).where(eq(t.verificationChecks.exporterId, newcomer))).toEqual([]);
    expect(await getExporterDetail(database.db, unverifiedNewcomer.slug)).toBeNull();
    expect(await auditOf(newcomer, 'exporter.verify')).toEqual([]);
  });

  it.skipIf(skip)('keeps documents in private storage, refuses what is not a PDF, JPEG or PNG, and lists them to their exporter only', async () => {
    const actor = { id: 'towel-owner', email: 'owner@hyderabad-towels.example', role: 'exporter' as const };
    expect(await saveDocument(database.db, storage, actor, { exporterId: newcomer, kind: 'secp', fileName: 'secp.pdf', bytes: HTML })).toEqual({
      ok: false,
      code: 'documentType',
    });
    expect(
      await saveDocument(database.db, storage, actor, { exporterId: newcomer, kind: 'secp', fileName: 'big.pdf', bytes: new Uint8Array(8_000_001) }),
    ).toEqual({
      ok: false,
      code: 'documentTooLarge',
    });
    for (const [kind, bytes, name] of [
      ['secp', PDF, 'SECP <certificate>.pdf'],
      ['ntn', PNG, 'ntn.png'],
    ] as const) {
      expect((await saveDocument(database.db, storage, actor, { exporterId: newcomer, kind, fileName: name, bytes })).ok).toBe(true);
    }
    const listed = await listDocuments(database.db, newcomer);
    expect(listed.map((d) => [d.kind, d.fileName, d.contentType]).sort()).toEqual([
      ['ntn', 'ntn.png', 'image/png'],
      ['secp', 'SECP-certificate.pdf', 'application/pdf'],
    ]);
    // Stored under DATA_DIR/documents, never in the photos' folder the public media route serves.
    const [row] = await database.db.select().from(t.exporterDocuments).where(eq(t.exporterDocuments.kind, 'secp'));
    expect(await storage.get(row!.storageKey)).not.toBeNull();
    expect(await readdir(path.join(dataDir, 'documents', String(newcomer)))).toHaveLength(2);
    expect(await readdir(dataDir)).toEqual(['documents']);
    // Another exporter's list does not show them.
    expect(await listDocuments(database.db, salt)).toEqual([]);
    // The refused files left nothing behind.
    expect(await auditOf(newcomer, 'document.upload')).toHaveLength(2);
  });

  it.skipIf(skip)('verifies once every condition is met: logs who verified whom and mails the exporter in its language', async () => {
    await database.db.update(t.users).set({ emailVerified: true }).where(eq(t.users.id, 'towel-owner'));
    const stored = await exporterRow(newcomer);
    await saveProfileHeld(
      database.db,
      'towel-owner',
      newcomer,
      profileSchema.parse({
        nameEn: stored.nameEn,
        nameZh: stored.nameZh,
        taglineEn: '',
        taglineZh: '',
        descriptionEn: 'Terry towels woven in Hyderabad, Sindh.',
        descriptionZh: '信德省海得拉巴织造的毛巾。',
        city: stored.city,
        yearFounded: null,
        employees: null,
        website: null,
        gaccNumber: null,
        inquiryEmail: stored.email,
        certificates: [],
      }),
    );
    const actor = { id: 'towel-owner', email: 'owner@hyderabad-towels.example', role: 'exporter' as const };
    let result = await verifyAfterReview(database.db, OPERATOR, newcomer, check, SITE);
    expect(result).toEqual({ ok: false, gaps: [{ code: 'documentMissing', kind: 'export-registration' }] });
    await saveDocument(database.db, storage, actor, { exporterId: newcomer, kind: 'export-registration', fileName: 'tdap.pdf', bytes: PDF });
    result = await verifyAfterReview(database.db, OPERATOR, newcomer, check, SITE);
    expect(result).toEqual({ ok: true });
    expect((await getExporterDetail(database.db, unverifiedNewcomer.slug))?.exporter.status).toBe('verified');
    const [entry] = await auditOf(newcomer, 'exporter.verify');
    expect(entry).toMatchObject({ actorEmail: OPERATOR.email, actorRole: 'operator', before: { status: 'pending' } });
    expect(entry?.after).toMatchObject({ status: 'verified', check: { reference: 'SECP-0098765' } });
    const [mail] = await mailsOf('review.verified', 'owner@hyderabad-towels.example');
    expect(mail?.payload.subject).toBe('海得拉巴毛巾坊 已通过巴基斯坦国家馆认证');
    expect(mail?.payload.language).toBe('zh-Hans');
  });

  it.skipIf(skip)('holds a verified exporter’s new name until the operator approves it; other edits go live at once', async () => {
    const stored = await exporterRow(salt);
    const certificates = (await database.db.select().from(t.certificates).where(eq(t.certificates.exporterId, salt))).map((c) => ({
      kind: c.kind,
      issuer: c.issuer,
      number: c.number,
      validUntil: c.validUntil,
    }));
    const { held } = await saveProfileHeld(
      database.db,
      'salt-owner',
      salt,
      profileSchema.parse({
        nameEn: 'Salt Range Crystal Works (Official TDAP Partner)',
        nameZh: stored.nameZh,
        taglineEn: 'Food-grade pink salt from Khewra, since 1998',
        taglineZh: '凯沃拉食品级粉盐，始于1998年',
        descriptionEn: stored.descriptionEn,
        descriptionZh: stored.descriptionZh,
        city: stored.city,
        yearFounded: stored.yearFounded,
        employees: stored.employees,
        website: stored.website,
        gaccNumber: stored.gaccNumber,
        inquiryEmail: stored.email,
        certificates,
      }),
    );
    expect(held).toEqual(['nameEn']);
    const publicPage = await getExporterDetail(database.db, verifiedSaltExporter.slug);
    expect(publicPage?.exporter.nameEn).toBe('Salt Range Crystal Works');
    expect(publicPage?.exporter.taglineEn).toBe('Food-grade pink salt from Khewra, since 1998');
    const open = await openHeldChanges(database.db, salt);
    expect(open.map((h) => [h.field, h.before, h.after])).toEqual([['nameEn', 'Salt Range Crystal Works', 'Salt Range Crystal Works (Official TDAP Partner)']]);
    // The profile edit is logged with what went live; the held name is logged as held, not as changed.
    const [edit] = await auditOf(salt, 'exporter.profile');
    expect(edit?.after).toEqual({ taglineEn: 'Food-grade pink salt from Khewra, since 1998', taglineZh: '凯沃拉食品级粉盐，始于1998年' });
    expect(await auditOf(salt, 'held.request')).toHaveLength(1);

    expect(await decideHeldChange(database.db, OPERATOR, open[0]!.id, 'rejected')).toBe(true);
    expect((await getExporterDetail(database.db, verifiedSaltExporter.slug))?.exporter.nameEn).toBe('Salt Range Crystal Works');
    expect(await decideHeldChange(database.db, OPERATOR, open[0]!.id, 'approved')).toBe(false);
  });

  it.skipIf(skip)('applies a held change of certificates on approval', async () => {
    const stored = await exporterRow(salt);
    const extra = { kind: 'iso9001', issuer: 'Bureau Veritas', number: 'BV-9001-77', validUntil: day(700) };
    const before = await database.db.select().from(t.certificates).where(eq(t.certificates.exporterId, salt));
    const form = {
      nameEn: stored.nameEn,
      nameZh: stored.nameZh,
      taglineEn: stored.taglineEn,
      taglineZh: stored.taglineZh,
      descriptionEn: stored.descriptionEn,
      descriptionZh: stored.descriptionZh,
      city: stored.city,
      yearFounded: stored.yearFounded,
      employees: stored.employees,
      website: stored.website,
      gaccNumber: stored.gaccNumber,
      inquiryEmail: stored.email,
      certificates: [...before.map((c) => ({ kind: c.kind, issuer: c.issuer, number: c.number, validUntil: c.validUntil })), extra],
    };
    expect((await saveProfileHeld(database.db, 'salt-owner', salt, profileSchema.parse(form))).held).toEqual(['certificates']);
    expect((await getExporterDetail(database.db, verifiedSaltExporter.slug))?.certificates.map((c) => c.number)).not.toContain('BV-9001-77');
    const [change] = await openHeldChanges(database.db, salt);
    expect(await decideHeldChange(database.db, OPERATOR, change!.id, 'approved')).toBe(true);
    expect((await getExporterDetail(database.db, verifiedSaltExporter.slug))?.certificates.map((c) => c.number)).toContain('BV-9001-77');
    const [approved] = await auditOf(salt, 'held.approve');
    expect(approved?.actorEmail).toBe(OPERATOR.email);
  });

  it.skipIf(skip)('mails a certificate expiring within 30 days once, in the account’s language, however often the daily job runs', async () => {
    await database.db
      .insert(t.certificates)
      .values({ exporterId: salt, kind: 'halal', issuer: 'Pakistan Halal Authority', number: 'PHA-SOON-9', validUntil: day(12) });
    const first = await mailExpiringSoon(database.db, SITE);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await mailExpiringSoon(database.db, SITE)).toBe(0);
    expect(await mailExpiringSoon(database.db, SITE, new Date(Date.now() + 3_600_000))).toBe(0);
    const mails = (await mailsOf('review.expiry', 'sana@salt-range.example')).filter((m) => String(m.payload.subject).includes('PHA-SOON-9'));
    expect(mails).toHaveLength(1);
    // Sana reads the portal in Urdu.
    expect(mails[0]?.payload.language).toBe('ur');
    expect(String(mails[0]?.payload.subject)).toContain('کی میعاد');
  });

  it.skipIf(skip)('logs and mails a suspension, a refusal and a request for more', async () => {
    expect(await suspendWithNotice(database.db, OPERATOR, salt, SITE)).toBe(true);
    expect(await suspendWithNotice(database.db, OPERATOR, salt, SITE)).toBe(false);
    const suspensions = await auditOf(salt, 'exporter.suspend');
    expect(suspensions.map((r) => [r.actorEmail, r.before, r.after])).toEqual([[OPERATOR.email, { status: 'verified' }, { status: 'suspended' }]]);
    expect(await mailsOf('review.suspended', 'sana@salt-range.example')).toHaveLength(1);

    expect(await decideReview(database.db, OPERATOR, newcomer, 'more-info', 'The NTN certificate is unreadable; upload a clearer scan.', SITE)).toBe(true);
    const row = await exporterRow(newcomer);
    expect([row.reviewState, row.reviewNote]).toEqual(['more-info', 'The NTN certificate is unreadable; upload a clearer scan.']);
    const [asked] = await mailsOf('review.more-info', 'owner@hyderabad-towels.example');
    expect(String(asked?.payload.text)).toContain('The NTN certificate is unreadable');
    expect(await decideReview(database.db, OPERATOR, newcomer, 'rejected', 'Registration does not match the company name.', SITE)).toBe(true);
    expect((await exporterRow(newcomer)).status).toBe('pending');
    expect(await getExporterDetail(database.db, unverifiedNewcomer.slug)).toBeNull();
    expect(await auditOf(newcomer, 'exporter.reject')).toHaveLength(1);
  });

  it.skipIf(skip)('pages the audit log newest first, filtered by exporter and by who acted', async () => {
    const all = await auditEntries(database.db, { exporterId: salt, page: 1 });
    expect(all.rows.map((r) => r.action)).toContain('exporter.suspend');
    expect(all.rows.every((r) => r.exporterSlug === verifiedSaltExporter.slug)).toBe(true);
    const times = all.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const operators = await auditEntries(database.db, { exporterId: salt, actor: 'role:operator', page: 1 });
    expect(new Set(operators.rows.map((r) => r.actorRole))).toEqual(new Set(['operator']));
    const sana = await auditEntries(database.db, { actor: 'sana@salt-range.example', page: 1 });
    // The renaming saved a tagline too (logged); adding a certificate changed nothing else (nothing but the hold logged).
    expect(sana.rows.map((r) => r.action).sort()).toEqual(['exporter.profile', 'held.request', 'held.request']);
    const paged = await auditEntries(database.db, { exporterId: salt, page: 99, pageSize: 2 });
    expect(paged.pages).toBe(Math.ceil(all.total / 2));
    expect(paged.page).toBe(paged.pages);
    expect(paged.rows.length).toBeGreaterThan(0);
  });
});

describe('review mails', () => {
  it('are written in English, Chinese and Urdu', () => {
    const values = { name: 'Sana', company: 'Salt Range', link: 'http://x/en/exporter/' };
    expect(reviewMailText('verified', 'en', values).subject).toBe('Salt Range is verified by the Pakistan Pavilion');
    expect(reviewMailText('suspended', 'zh', values).subject).toBe('Salt Range 已被暂停');
    const ur = reviewMailText('rejected', 'ur', { ...values, note: 'NTN missing' });
    expect(ur.subject).toBe('Salt Range: تصدیق نامنظور');
    expect(ur.text).toContain('NTN missing');
    expect(ur.language).toBe('ur');
  });
});
