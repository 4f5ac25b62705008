import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authFor, hashSecret, hashing, type Auth } from '~/server/auth/auth.server';
import { DEMO_ACCOUNTS, seedDemoAccounts } from '~/features/demo/accounts.server';
import { getExporterDetail, listExporters } from '~/features/catalog/queries.server';
import * as t from '~/server/db/schema.server';
import { authErrorCode, resetLimit, signInFailed, signInLimit, signUpExporter } from '~/features/exporter/accounts.server';
import { profileTranslation, saveProfile } from '~/features/exporter/profile.server';
import { profileSchema, signUpSchema } from '~/features/exporter/schema';
import { seedDemoCatalog } from '~/features/demo/seed.server';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';

const SITE = 'https://pavilion.example';
/** Better Auth's refusal of a reset link that is used, withdrawn or unknown. */
const INVALID_TOKEN = { status: 'BAD_REQUEST', body: { code: 'INVALID_TOKEN' } };
const headers = () => new Headers({ 'user-agent': 'vitest', 'x-forwarded-for': '203.0.113.9' });

/** The link in the newest account mail of a kind, as the recipient would open it. */
async function mailedToken(db: TestDatabase['db'], kind: 'verify' | 'reset', to: string) {
  const jobs = await db
    .select()
    .from(t.outboxJobs)
    .where(eq(t.outboxJobs.kind, `account.${kind}`));
  const job = jobs.filter((j) => j.payload.to === to).at(-1);
  expect(job, `a ${kind} mail to ${to}`).toBeTruthy();
  const text = String(job!.payload.text);
  const link = /https:\/\/pavilion\.example\/(en|zh)\/exporter\/(verify|reset-password)\/\?token=(\S+)/.exec(text);
  expect(link).not.toBeNull();
  return { locale: link![1], subject: String(job!.payload.subject), text, token: decodeURIComponent(link![3]!) };
}

/** Every reset link mailed to an address, oldest first. */
async function mailedResetTokens(db: TestDatabase['db'], to: string): Promise<string[]> {
  const jobs = await db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.reset')).orderBy(t.outboxJobs.id);
  return jobs.filter((j) => j.payload.to === to).map((j) => decodeURIComponent(/\/reset-password\/\?token=(\S+)/.exec(String(j.payload.text))![1]!));
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe.each(DATABASES)('accounts on $name', ({ open, skip }) => {
  let database: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
    auth = await authFor({ db: database.db, siteUrl: SITE });
  });
  afterAll(async () => {
    await database?.close();
  });

  const signUp = (over: Partial<Record<string, string>> = {}) =>
    signUpExporter(
      database.db,
      auth,
      signUpSchema.parse({
        name: 'Sana Iqbal',
        company: 'Indus Valley Rice Mills',
        email: 'sana@indus-rice.example',
        password: 'basmati-2026-kernel',
        locale: 'zh',
        ...over,
      }),
      headers(),
    );
  const signIn = (email: string, password: string) => auth.api.signInEmail({ body: { email, password }, headers: headers(), asResponse: true });

  it.skipIf(skip)('signs an exporter up: unconfirmed account, pending company hidden from the public, confirmation mail in their language', async () => {
    await signUp();
    const [user] = await database.db.select().from(t.users).where(eq(t.users.email, 'sana@indus-rice.example'));
    expect(user).toMatchObject({ emailVerified: false, role: 'exporter', locale: 'zh' });
    const [company] = await database.db.select().from(t.exporters).where(eq(t.exporters.id, user!.exporterId!));
    expect(company).toMatchObject({ nameEn: 'Indus Valley Rice Mills', status: 'pending' });
    expect(await getExporterDetail(database.db, company!.slug)).toBeNull();
    expect((await listExporters(database.db)).map((e) => e.slug)).not.toContain(company!.slug);
    const mail = await mailedToken(database.db, 'verify', 'sana@indus-rice.example');
    expect(mail.locale).toBe('zh');
    expect(mail.subject).toContain('确认');
    // The password is stored as a scrypt hash, never as written.
    const [account] = await database.db.select().from(t.accounts).where(eq(t.accounts.userId, user!.id));
    expect(account!.password).not.toContain('basmati');
    expect(account!.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it.skipIf(skip)('answers a second sign-up with the same address like the first, and changes nothing', async () => {
    const before = await database.db.select().from(t.exporters);
    await signUp({ company: 'Someone Else Ltd', password: 'another-password-1' });
    expect(await database.db.select().from(t.users).where(eq(t.users.email, 'sana@indus-rice.example'))).toHaveLength(1);
    expect(await database.db.select().from(t.exporters)).toHaveLength(before.length);
  });

  it.skipIf(skip)('refuses sign-in until the address is confirmed, then signs in with a session stored in the database', async () => {
    const refused = await signIn('sana@indus-rice.example', 'basmati-2026-kernel');
    expect(refused.status).toBe(403);
    expect(authErrorCode({ body: await refused.json(), statusCode: refused.status })).toBe('emailNotVerified');

    const { token } = await mailedToken(database.db, 'verify', 'sana@indus-rice.example');
    const verified = await auth.api.verifyEmail({ query: { token }, headers: headers(), asResponse: true });
    expect(verified.ok).toBe(true);
    // Opening the link confirms the address but signs no browser in: it may not be the owner's.
    expect(verified.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c))).toEqual([]);
    const [user] = await database.db.select().from(t.users).where(eq(t.users.email, 'sana@indus-rice.example'));
    expect(user!.emailVerified).toBe(true);

    const answer = await signIn('sana@indus-rice.example', 'basmati-2026-kernel');
    expect(answer.status).toBe(200);
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('__Secure-pavilion.session_token='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/); // the site is served over HTTPS
    const sessions = await database.db.select().from(t.sessions).where(eq(t.sessions.userId, user!.id));
    expect(sessions.length).toBeGreaterThanOrEqual(1);

    // Any instance reading the same database recognises the session; signing out ends it everywhere.
    const other = await authFor({ db: database.db, siteUrl: SITE });
    const session = await other.api.getSession({ headers: new Headers({ cookie: cookieOf(answer) }) });
    expect(session?.user.email).toBe('sana@indus-rice.example');
    await other.api.signOut({ headers: new Headers({ cookie: cookieOf(answer) }) });
    expect(await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(answer) }) })).toBeNull();
  });

  it.skipIf(skip)('tells a wrong password from nothing else', async () => {
    const wrong = await signIn('sana@indus-rice.example', 'not-the-password');
    const unknown = await signIn('nobody@indus-rice.example', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(authErrorCode({ body: await wrong.json(), statusCode: 401 })).toBe('invalidCredentials');
    expect(authErrorCode({ body: await unknown.json(), statusCode: 401 })).toBe('invalidCredentials');
  });

  it.skipIf(skip)('resets a forgotten password through a mailed link and ends the old sessions', async () => {
    const before = await signIn('sana@indus-rice.example', 'basmati-2026-kernel');
    await auth.api.requestPasswordReset({ body: { email: 'sana@indus-rice.example', redirectTo: '/zh/exporter/reset-password/' }, headers: headers() });
    const { token, locale } = await mailedToken(database.db, 'reset', 'sana@indus-rice.example');
    expect(locale).toBe('zh');
    await auth.api.resetPassword({ body: { token, newPassword: 'new-basmati-2027' }, headers: headers() });
    expect((await signIn('sana@indus-rice.example', 'basmati-2026-kernel')).status).toBe(401);
    expect((await signIn('sana@indus-rice.example', 'new-basmati-2027')).status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(before) }) })).toBeNull();
    // A used link does not work twice.
    await expect(auth.api.resetPassword({ body: { token, newPassword: 'third-password-x' }, headers: headers() })).rejects.toMatchObject(INVALID_TOKEN);
    expect((await signIn('sana@indus-rice.example', 'third-password-x')).status).toBe(401);
    expect((await signIn('sana@indus-rice.example', 'new-basmati-2027')).status).toBe(200);
  });

  it.skipIf(skip)('withdraws every older reset link once a newer one has set the password', async () => {
    const email = 'sana@indus-rice.example';
    const before = (await mailedResetTokens(database.db, email)).length;
    for (let i = 0; i < 2; i += 1) await auth.api.requestPasswordReset({ body: { email, redirectTo: '/zh/exporter/reset-password/' }, headers: headers() });
    const [older, newer] = (await mailedResetTokens(database.db, email)).slice(before);
    expect(older).toBeTruthy();
    expect(newer).toBeTruthy();
    await auth.api.resetPassword({ body: { token: newer!, newPassword: 'owner-chose-this-1' }, headers: headers() });
    // Someone holding the older mail cannot take the account back.
    await expect(auth.api.resetPassword({ body: { token: older!, newPassword: 'attacker-password-1' }, headers: headers() })).rejects.toMatchObject(
      INVALID_TOKEN,
    );
    expect((await signIn(email, 'attacker-password-1')).status).toBe(401);
    expect((await signIn(email, 'owner-chose-this-1')).status).toBe(200);
    // Another account's outstanding link is untouched by this account's reset.
    await database.db
      .insert(t.verifications)
      .values({ id: 'keep-me', identifier: 'reset-password:keep-me', value: 'another-account-id', expiresAt: new Date(Date.now() + 3_600_000) });
    await auth.api.requestPasswordReset({ body: { email, redirectTo: '/zh/exporter/reset-password/' }, headers: headers() });
    const [latest] = (await mailedResetTokens(database.db, email)).slice(-1);
    await auth.api.resetPassword({ body: { token: latest!, newPassword: 'owner-chose-this-2' }, headers: headers() });
    expect(await database.db.select().from(t.verifications).where(eq(t.verifications.identifier, 'reset-password:keep-me'))).toHaveLength(1);
    // Changing the password while signed in withdraws outstanding reset links too.
    const signedIn = await signIn(email, 'owner-chose-this-2');
    await auth.api.requestPasswordReset({ body: { email, redirectTo: '/zh/exporter/reset-password/' }, headers: headers() });
    const [pending] = (await mailedResetTokens(database.db, email)).slice(-1);
    await auth.api.changePassword({
      body: { currentPassword: 'owner-chose-this-2', newPassword: 'owner-chose-this-3' },
      headers: new Headers({ cookie: cookieOf(signedIn) }),
    });
    await expect(auth.api.resetPassword({ body: { token: pending!, newPassword: 'attacker-password-2' }, headers: headers() })).rejects.toMatchObject(
      INVALID_TOKEN,
    );
    expect((await signIn(email, 'attacker-password-2')).status).toBe(401);
    expect((await signIn(email, 'owner-chose-this-3')).status).toBe(200);
    // Put the password back for the tests below.
    await auth.api.requestPasswordReset({ body: { email, redirectTo: '/zh/exporter/reset-password/' }, headers: headers() });
    const [last] = (await mailedResetTokens(database.db, email)).slice(-1);
    await auth.api.resetPassword({ body: { token: last!, newPassword: 'basmati-2026-kernel' }, headers: headers() });
  });

  it.skipIf(skip)('locks an address out of an account after ten refused passwords from it, never the owner elsewhere; tells the owner once', async () => {
    // The owner gets one warning per 10-minute window: a run that would straddle two windows waits for the next one.
    const left = 600_000 - (Date.now() % 600_000);
    if (left < 40_000) await new Promise((resolve) => setTimeout(resolve, left + 500));
    // Successful sign-ins from many devices do not count against the account.
    for (let i = 0; i < 15; i += 1) expect(await signInLimit(database.db, `198.51.100.${i + 10}`, 'busy@indus-rice.example')).toBe(0);
    const owner = 'sana@indus-rice.example';
    const attacker = '198.51.100.1';
    for (let i = 0; i < 9; i += 1) await signInFailed(database.db, attacker, owner, SITE);
    expect(await signInLimit(database.db, attacker, owner)).toBe(0);
    await signInFailed(database.db, attacker, 'Sana@Indus-Rice.example', SITE);
    expect(await signInLimit(database.db, attacker, owner)).toBeGreaterThan(0);
    // The owner (or the operator) signing in from their own address is not locked out.
    expect(await signInLimit(database.db, '198.51.100.3', owner)).toBe(0);
    expect(await signInLimit(database.db, attacker, 'other@indus-rice.example')).toBe(0);
    // More wrong passwords from many addresses: still one warning, in the owner's language.
    for (let i = 0; i < 20; i += 1) await signInFailed(database.db, `192.0.2.${i}`, owner, SITE);
    const warnings = (await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.signin-failures'))).filter(
      (j) => j.payload.to === owner,
    );
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]!.payload.subject)).toContain('密码错误');
    expect(String(warnings[0]!.payload.text)).toContain(`${SITE}/zh/exporter/forgot-password/`);
    // Unknown addresses get no mail (and nobody learns whether they exist).
    for (let i = 0; i < 12; i += 1) await signInFailed(database.db, attacker, 'nobody@indus-rice.example', SITE);
    expect(
      (await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.signin-failures'))).filter((j) => j.payload.to !== owner),
    ).toEqual([]);
    // Every attempt counts per address.
    let wait = 0;
    for (let i = 0; i < 4; i += 1) wait = await signInLimit(database.db, '198.51.100.4', `someone${i}@indus-rice.example`, 3);
    expect(wait).toBeGreaterThan(0);
    // Reset mails: five an hour per account.
    for (let i = 0; i < 5; i += 1) expect(await resetLimit(database.db, `198.51.100.${i + 40}`, 'forgetful@indus-rice.example')).toBe(0);
    expect(await resetLimit(database.db, '198.51.100.50', 'forgetful@indus-rice.example')).toBeGreaterThan(0);
  });

  it.skipIf(skip)('writes the company profile with certificates and reports what lacks Chinese', async () => {
    const [user] = await database.db.select().from(t.users).where(eq(t.users.email, 'sana@indus-rice.example'));
    const input = profileSchema.parse({
      nameEn: 'Indus Valley Rice Mills',
      nameZh: '印度河谷米业',
      taglineEn: 'Super Kernel basmati, milled and sorted in Gujranwala',
      taglineZh: '',
      descriptionEn: 'Family mill since 1994.',
      descriptionZh: '',
      city: 'gujranwala',
      yearFounded: '1994',
      employees: '120',
      website: 'https://indus-rice.example',
      gaccNumber: 'cpak2401999001',
      inquiryEmail: 'sales@indus-rice.example',
      certificates: [{ kind: 'haccp', issuer: 'SGS Pakistan', number: 'HACCP-2291', validUntil: '2027-06-30' }],
    });
    await saveProfile(database.db, user!.id, user!.exporterId, input);
    const [company] = await database.db.select().from(t.exporters).where(eq(t.exporters.id, user!.exporterId!));
    expect(company).toMatchObject({ province: 'punjab', gaccNumber: 'CPAK2401999001', status: 'pending', email: 'sales@indus-rice.example' });
    expect(
      await database.db
        .select()
        .from(t.certificates)
        .where(and(eq(t.certificates.exporterId, company!.id), eq(t.certificates.kind, 'haccp'))),
    ).toHaveLength(1);
    expect(profileTranslation(company!)).toEqual({ total: 3, done: 1, missing: ['tagline', 'description'] });
  });

  it.skipIf(skip)('refuses profile input that is not plain text or not a real value, with codes', () => {
    const bad = profileSchema.safeParse({
      nameEn: '<script>alert(1)</script>',
      city: 'atlantis',
      yearFounded: '3024',
      website: 'javascript:alert(1)',
      gaccNumber: '123',
      inquiryEmail: 'x',
      certificates: [],
    });
    expect(bad.success).toBe(false);
    const codes = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(codes).toMatchObject({
      nameEn: 'noHtml',
      city: 'required',
      yearFounded: 'outOfRange',
      website: 'invalidUrl',
      gaccNumber: 'invalidGacc',
      inquiryEmail: 'invalidEmail',
    });
  });

  it.skipIf(skip)('creates the demo accounts once, signed in with their listed passwords', async () => {
    // The demo's exporter accounts belong to exporters of the demo catalog.
    await seedDemoCatalog(database.db);
    expect(await seedDemoAccounts(database.db)).toBe(DEMO_ACCOUNTS.length);
    expect(await seedDemoAccounts(database.db)).toBe(0);
    for (const account of DEMO_ACCOUNTS) {
      expect((await signIn(account.email, account.password)).status, account.email).toBe(200);
    }
  });
});

describe('password hashing', () => {
  it('runs at most two memory-hard hashes at once, however many sign-ins arrive together', async () => {
    hashing.peak = 0;
    const hashes = await Promise.all(Array.from({ length: 6 }, (_, i) => hashSecret(`password-number-${i}`)));
    expect(new Set(hashes).size).toBe(6);
    expect(hashing.peak).toBe(2);
  });
});
