import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryInput } from '~/features/operator/category-schema';
import { fieldErrors } from '~/features/exporter/schema';
import { authFor } from '~/server/auth/auth.server';
import { inviteOperator, issueOperator, listOperators, revokeOperator } from '~/features/operator/operators.server';
import { listCategories } from '~/features/catalog/queries.server';
import * as t from '~/server/db/schema.server';
import { categoriesForOperator, createCategory, moveCategory, updateCategory } from '~/features/operator/categories.server';
import { applyReferenceData, parseReferenceData, REFERENCE, REFERENCE_META_KEY } from '~/server/reference/reference.server';
import { DATABASES, type TestDatabase } from '../fixtures/databases';

const SITE = 'http://127.0.0.1:4550';

/** The shipped reference data with some changes, as a later version of the files would bring. */
function laterReference(change: (categories: (typeof REFERENCE)['categories']['categories']) => void) {
  const categories = structuredClone(REFERENCE.categories);
  categories.version += 1;
  change(categories.categories);
  return parseReferenceData({ categories, certificateKinds: REFERENCE.certificateKinds, synonyms: REFERENCE.synonyms });
}

describe('reference files', () => {
  it('hold the 18 categories with names, descriptions and HS chapters in both languages', () => {
    expect(REFERENCE.categories.categories).toHaveLength(18);
    for (const c of REFERENCE.categories.categories) {
      expect(c.name.en && c.name.zh && c.description.en && c.description.zh).toBeTruthy();
      expect(c.hsChapters.length).toBeGreaterThan(0);
    }
    expect(REFERENCE.categories.categories.find((c) => c.slug === 'rice')?.hsChapters).toEqual(['10']);
  });

  it('are refused when malformed, naming the field', () => {
    const bad = structuredClone(REFERENCE.categories) as { categories: Array<Record<string, unknown>> };
    bad.categories[2]!.hsChapters = ['7'];
    expect(() => parseReferenceData({ categories: bad, certificateKinds: REFERENCE.certificateKinds, synonyms: REFERENCE.synonyms })).toThrow(/hsChapters/);
    const dup = structuredClone(REFERENCE.categories);
    dup.categories.push(dup.categories[0]!);
    expect(() => parseReferenceData({ categories: dup, certificateKinds: REFERENCE.certificateKinds, synonyms: REFERENCE.synonyms })).toThrow(/duplicate slug/);
  });
});

describe.each(DATABASES)('going live on $name', ({ open, skip }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    if (skip) return;
    database = await open();
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(skip)('an empty database gets every category at start, once', async () => {
    const first = await applyReferenceData(database.db);
    expect(first).toMatchObject({ applied: true, inserted: 18, updated: 0 });
    const listed = await listCategories(database.db);
    expect(listed.map((c) => c.slug)).toEqual(REFERENCE.categories.categories.map((c) => c.slug));
    expect(listed.find((c) => c.slug === 'himalayan-salt')).toMatchObject({ nameZh: '喜马拉雅粉盐', hsChapters: ['25'], gaccRequired: true });
    expect((await database.db.select().from(t.meta).where(eq(t.meta.key, REFERENCE_META_KEY)))[0]?.value).toBe(REFERENCE.version);
    // Started again (or by a second instance at the same moment): nothing more happens.
    const again = await Promise.all([applyReferenceData(database.db), applyReferenceData(database.db)]);
    expect(again.map((r) => r.applied)).toEqual([false, false]);
    expect(await database.db.$count(t.categories)).toBe(REFERENCE.categories.categories.length);
  });

  it.skipIf(skip)("the operator's edits survive a new version of the reference data; untouched categories follow it", async () => {
    expect(
      await updateCategory(database.db, 'rice', {
        nameEn: 'Rice & Grains',
        nameZh: '大米与谷物',
        descriptionEn: 'Ours',
        descriptionZh: '我们的',
        hsChapters: ['10', '11'],
        gaccRequired: true,
      }),
    ).toBe(true);
    const later = laterReference((cats) => {
      for (const c of cats) if (c.slug === 'rice' || c.slug === 'seafood') c.name.en = `${c.name.en} (new)`;
      cats.push({ ...cats[0]!, slug: 'tea', name: { en: 'Tea', zh: '茶叶' }, hsChapters: ['09'], position: cats.length + 1 });
    });
    expect(await applyReferenceData(database.db, later)).toMatchObject({ applied: true, inserted: 1, updated: 1, kept: 1 });
    const bySlug = new Map((await listCategories(database.db)).map((c) => [c.slug, c]));
    expect(bySlug.get('rice')).toMatchObject({ nameEn: 'Rice & Grains', nameZh: '大米与谷物', hsChapters: ['10', '11'] });
    expect(bySlug.get('seafood')?.nameEn).toBe('Seafood (new)');
    expect(bySlug.get('tea')?.nameZh).toBe('茶叶');
  });

  it.skipIf(skip)('the operator adds and reorders categories; an address is taken once', async () => {
    const input = { nameEn: 'Dried Fruit', nameZh: '干果', descriptionEn: '', descriptionZh: '', hsChapters: ['08'], gaccRequired: true };
    expect(await createCategory(database.db, { slug: 'dried-fruit', ...input })).toEqual({ ok: true, slug: 'dried-fruit' });
    expect(await createCategory(database.db, { slug: 'dried-fruit', ...input })).toEqual({ ok: false, error: 'slugTaken' });
    let order = (await categoriesForOperator(database.db)).map((c) => c.slug);
    expect(order.at(-1)).toBe('dried-fruit');
    expect(await moveCategory(database.db, 'dried-fruit', 'up')).toBe(true);
    order = (await categoriesForOperator(database.db)).map((c) => c.slug);
    expect(order.slice(-2)).toEqual(['dried-fruit', 'tea']);
    expect(await moveCategory(database.db, order[0]!, 'up')).toBe(false);
    expect(await moveCategory(database.db, 'no-such', 'down')).toBe(false);
  });

  it.skipIf(skip)('the category form refuses bad chapters and addresses with messages', () => {
    const parsed = categoryInput.safeParse({ slug: 'Bad Slug', nameEn: 'x', nameZh: '', descriptionEn: '', descriptionZh: '', hsChapters: '8, 99' });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!)).toMatchObject({ slug: 'invalidCategorySlug', nameZh: 'required', hsChapters: 'invalidHsChapter' });
  });

  it.skipIf(skip)('operator:create makes an operator whose one-time link sets the password through Better Auth', async () => {
    const issued = await issueOperator(database.db, { email: 'Chief@Pavilion.example' }, SITE);
    expect(issued.outcome).toBe('created');
    expect(issued.link).toMatch(/^http:\/\/127\.0\.0\.1:4550\/en\/exporter\/reset-password\/\?token=/);
    const token = new URL(issued.link).searchParams.get('token')!;
    const auth = await authFor({ db: database.db, siteUrl: SITE, secret: 'x'.repeat(40) });
    await auth.api.resetPassword({ body: { newPassword: 'a-long-password-1', token } });
    const signedIn = await auth.api.signInEmail({ body: { email: 'chief@pavilion.example', password: 'a-long-password-1' } });
    expect((signedIn.user as { role?: string }).role).toBe('operator');
    // The link works once.
    await expect(auth.api.resetPassword({ body: { newPassword: 'another-password-2', token } })).rejects.toMatchObject({
      status: 'BAD_REQUEST',
      body: { code: 'INVALID_TOKEN' },
    });
    const refused = await auth.api.signInEmail({ body: { email: 'chief@pavilion.example', password: 'another-password-2' }, asResponse: true });
    expect(refused.status).toBe(401);
    // Run again for the same address: a fresh link, still one account.
    expect((await issueOperator(database.db, { email: 'chief@pavilion.example' }, SITE)).outcome).toBe('renewed');
    expect((await listOperators(database.db)).map((o) => [o.email, o.active])).toEqual([['chief@pavilion.example', true]]);
  });

  it.skipIf(skip)('an existing exporter account is promoted, and goes back to its shop when revoked', async () => {
    const [exporter] = await database.db.insert(t.exporters).values({ slug: 'promoted-co', nameEn: 'Promoted Co', city: '', province: '' }).returning();
    await database.db.insert(t.users).values({ id: 'exp-1', name: 'Sana', email: 'sana@example.pk', role: 'exporter', exporterId: exporter!.id });
    expect((await issueOperator(database.db, { email: 'sana@example.pk' }, SITE)).outcome).toBe('promoted');
    const [chief] = (await listOperators(database.db)).filter((o) => o.email === 'chief@pavilion.example');
    expect(await revokeOperator(database.db, chief!.id, 'exp-1')).toBe('revoked');
    expect((await database.db.select().from(t.users).where(eq(t.users.id, 'exp-1')))[0]).toMatchObject({ role: 'exporter', exporterId: exporter!.id });
  });

  it.skipIf(skip)('two invitations of one new address at once (a double click) make one account and two working links', async () => {
    const [chief] = await listOperators(database.db);
    const invite = () => inviteOperator(database.db, { email: 'twice@pavilion.example', name: 'Twice', locale: 'en' }, { name: chief!.name }, SITE);
    const both = await Promise.all([invite(), invite(), invite()]);
    expect(new Set(both.map((issued) => issued.userId)).size).toBe(1);
    expect(both.map((issued) => issued.outcome).sort()).toEqual(['created', 'renewed', 'renewed']);
    expect(await database.db.select().from(t.users).where(eq(t.users.email, 'twice@pavilion.example'))).toHaveLength(1);
    await database.db.delete(t.verifications).where(eq(t.verifications.value, both[0]!.userId));
    await database.db.delete(t.users).where(eq(t.users.email, 'twice@pavilion.example'));
    await database.db.delete(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.invite'));
  });

  it.skipIf(skip)('operators invite operators by mail and revoke them, never themselves nor the last one', async () => {
    const [chief] = await listOperators(database.db);
    const invited = await inviteOperator(database.db, { email: 'deputy@pavilion.example', name: '王芳', locale: 'zh' }, { name: chief!.name }, SITE);
    const [mail] = await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.invite'));
    expect(mail?.payload).toMatchObject({ to: 'deputy@pavilion.example', language: 'zh-Hans' });
    expect(String(mail?.payload.text)).toContain(invited.link);
    expect(invited.link).toContain('/zh/exporter/reset-password/');
    expect(String(mail?.payload.subject)).toMatch(/巴基斯坦国家馆/);

    expect(await revokeOperator(database.db, chief!.id, chief!.id)).toBe('self');
    expect(await revokeOperator(database.db, chief!.id, 'nobody')).toBe('unknown');
    // Two operators revoking each other at the same moment: one revocation wins, the pavilion keeps an operator.
    const results = await Promise.all([revokeOperator(database.db, chief!.id, invited.userId), revokeOperator(database.db, invited.userId, chief!.id)]);
    expect(results.sort()).toEqual(['revoked', 'unknown']);
    const left = await listOperators(database.db);
    expect(left).toHaveLength(1);
    // The one left cannot be revoked: not by itself, not by the account that lost the role.
    const gone = left[0]!.id === chief!.id ? invited.userId : chief!.id;
    expect(await revokeOperator(database.db, left[0]!.id, left[0]!.id)).toBe('self');
    expect(await revokeOperator(database.db, gone, left[0]!.id)).toBe('unknown');
    expect(await database.db.$count(t.users, eq(t.users.role, 'operator'))).toBe(1);
  });
});
