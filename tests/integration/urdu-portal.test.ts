/**
 * The trader portal in Urdu: its pages answer right to left under /ur/exporter/…, nothing else exists under
 * /ur/, a form posted from an Urdu page is answered in Urdu, and an exporter whose account reads Urdu gets its
 * mail in Urdu, right to left.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { renderJob } from '~/features/inquiry/mail.server';
import { parseInquiry } from '~/features/inquiry/schema';
import { submitInquiry } from '~/features/inquiry/service.server';
import { signUpExporter } from '~/features/exporter/accounts.server';
import { saveAccountSettings } from '~/features/exporter/account-settings.server';
import { signUpSchema } from '~/features/exporter/schema';
import { authFor } from '~/server/auth/auth.server';
import * as t from '~/server/db/schema.server';
import { createMailer } from '~/server/mail/transport.server';
import { pinkSalt, verifiedSaltExporter } from '../fixtures/catalog';
import { catalogDatabase, DATABASES, type TestDatabase } from '../fixtures/databases';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import {
  BUILT,
  NOT_BUILT_NOTE,
  SALT,
  embeddedInstallation,
  inquiryBody,
  killAllServers,
  launch,
  postInquiry,
  type Installation,
  type Server,
} from '../fixtures/server';
import { insertProforma } from '../fixtures/proforma-rows';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SITE = 'https://pavilion.test';
const ur = getT('ur');
const en = getT('en');
/** A page's visible text, tags and scripts left out, for what a reader sees. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

if (!BUILT) console.warn(`Urdu portal page tests SKIPPED: ${NOT_BUILT_NOTE}.`);

describe.skipIf(!BUILT)('Urdu pages of the built site', () => {
  let installation: Installation;
  let server: Server;

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-urdu-');
    server = await launch({ ...installation.env, SEED_DEMO: 'false' }, { waitForSearch: false });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('answers the exporter portal in Urdu, right to left, with the three-language switcher', async () => {
    const res = await fetch(`${server.origin}/ur/exporter/sign-in/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toMatch(/<a href="\/en\/exporter\/sign-in\/"[^>]*>English<\/a>/);
    expect(html).toMatch(/<a href="\/zh\/exporter\/sign-in\/"[^>]*>中文<\/a>/);
    expect(html).toMatch(/aria-current="true"[^>]*>اردو<\/a>/);
    // The English and Chinese pages stay left to right.
    expect(await (await fetch(`${server.origin}/zh/exporter/sign-in/`)).text()).toContain('<html lang="zh-Hans" dir="ltr">');
  });

  it('has no buyer-facing page in Urdu: anything outside the exporter portal is not found', async () => {
    for (const address of ['/ur/products/', '/ur/', '/ur/exporters/', '/ur/buyer/', '/ur/operator/', '/ur/about/', '/ur/exporterx/']) {
      const res = await fetch(`${server.origin}${address}`, { redirect: 'manual' });
      expect(res.status, address).toBe(404);
      expect(await res.text(), address).toContain('<html lang="en" dir="ltr">');
    }
  });

  it('answers a refused sign-in posted from an Urdu page in Urdu, keeping the address typed', async () => {
    const res = await fetch(`${server.origin}/ur/exporter/sign-in/?_action=exporter.signIn`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'zh-CN' },
      body: 'email=nobody%40urdu.example&password=wrong-password-1',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain(ur('exporter:errors.invalidCredentials'));
    expect(html).toContain('value="nobody@urdu.example"');
  });
});

describe.skipIf(!BUILT)('an Urdu exporter reading Urdu digits, on the built site', () => {
  let installation: Installation;
  let server: Server;
  let cookie = '';
  let reference = '';
  const exporter = DEMO_ACCOUNTS.find((a) => a.exporter === 'khewra-crystal-salt-works')!;
  const page = async (address: string) => {
    const res = await fetch(`${server.origin}${address}`, { headers: { Cookie: cookie }, redirect: 'manual' });
    expect(res.status, address).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-urdu-digits-');
    server = await launch(installation.env, { waitForSearch: false });
    const signIn = await fetch(`${server.origin}/ur/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: exporter.email, password: exporter.password }).toString(),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const body = inquiryBody('urdu-digits', 0);
    body.items = [{ product: SALT, quantity: 20, unit: 'ton', targetPriceUsdCents: 9550 } as (typeof body.items)[number]];
    const posted = await postInquiry(server.origin, `urdu-digits-${Date.now()}`, body);
    expect(posted.status).toBe(201);
    reference = posted.references[0]!;
    await installation.withDb(async (db) => {
      const [user] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, exporter.email));
      await saveAccountSettings(db, user!.id, { locale: 'ur', digits: 'urdu' });
      // A quotation the buyer accepted: one line of 20 t at US$1,234.50, total US$24,690.00.
      const [inquiry] = await db.select({ id: t.inquiries.id }).from(t.inquiries).where(eq(t.inquiries.reference, reference));
      await insertProforma(db, reference);
      const [quote] = await db.select({ id: t.quotes.id }).from(t.quotes).where(eq(t.quotes.inquiryId, inquiry!.id));
      await db
        .insert(t.quoteLines)
        .values({ quoteId: quote!.id, position: 1, productNameEn: 'Pink salt, coarse', quantity: 20, unit: 'ton', unitPriceMinor: 123450 });
    });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('shows the layout around the portal in Urdu: search box, footer and the link for buyers (still to the English desk)', async () => {
    const html = await page('/ur/exporter/products/');
    expect(html).toMatch(new RegExp(`<a href="/en/buyer/"[^>]*>${ur('footer.buyers')}</a>`));
    expect(html).toMatch(new RegExp(`<label for="site-search-input"[^>]*>${ur('header.searchLabel')}</label>`));
    expect(html).toMatch(new RegExp(`<button type="submit"[^>]*>${ur('header.searchButton')}</button>`));
    // Beneath the pavilion's Urdu name, its Chinese one (never English marked as Chinese).
    expect(html).toContain('<span class="text-xs text-stone-600" lang="zh-Hans">巴基斯坦国家馆</span>');
    const text = textOf(html);
    for (const key of ['footer.buyers', 'footer.about', 'footer.noTracking', 'header.skip', 'nav.products'] as const) {
      expect(text, key).toContain(ur(key));
      expect(text, key).not.toContain(en(key));
    }
    // The English page keeps its English link.
    const english = await (await fetch(`${server.origin}/en/exporter/sign-in/`)).text();
    expect(english).toMatch(/<a href="\/en\/buyer\/"[^>]*>Buyers: sign in to see all your inquiries<\/a>/);
  });

  it('names the categories in Urdu in the product list and the product editor', async () => {
    const list = await page('/ur/exporter/products/');
    expect(list).toContain('<span lang="ur" dir="rtl">ہمالیائی گلابی نمک</span>');
    expect(list).not.toContain('>Himalayan Pink Salt</span>');
    const editor = await page('/ur/exporter/products/new/');
    expect(editor).toMatch(/<option value="rice"[^>]*>چاول<\/option>/);
    expect(editor).toMatch(/<option value="himalayan-salt"[^>]*>ہمالیائی گلابی نمک<\/option>/);
    expect(editor).not.toContain('Himalayan Pink Salt</option>');
    // The Chinese page keeps the catalog's names.
    expect(await page('/zh/exporter/products/new/')).toMatch(/<option value="rice"[^>]*>大米<\/option>/);
  });

  it('writes target prices and the amounts and total of a quotation with Urdu digits, the currency as it is', async () => {
    const html = textOf(await page(`/ur/exporter/inquiries/${reference}/`));
    expect(html).toContain('US$۹۵٫۵۰');
    expect(html).toContain('US$۱٬۲۳۴٫۵۰');
    expect(html).toContain('US$۲۴٬۶۹۰٫۰۰');
    expect(html).not.toMatch(/US\$\d/);
    // The same page in English, for the same account, keeps Latin digits.
    const english = textOf(await page(`/en/exporter/inquiries/${reference}/`));
    expect(english).toContain('US$95.50');
    expect(english).toContain('US$24,690.00');
  });
});

describe.each(DATABASES)('mail to an Urdu exporter on $name', ({ open, skip }) => {
  let database: TestDatabase;
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'pavilion-urdu-outbox-'));

  beforeAll(async () => {
    if (skip) return;
    database = await catalogDatabase(open);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(outbox, { recursive: true, force: true });
  });

  it.skipIf(skip)('confirms an Urdu sign-up with a link into the Urdu portal', async () => {
    const auth = await authFor({ db: database.db, siteUrl: SITE });
    const input = signUpSchema.parse({
      name: 'Asma Khan',
      company: 'Chenab Rice Traders',
      email: 'asma@chenab-rice.example',
      password: 'basmati-2026-urdu',
      locale: 'ur',
    });
    await signUpExporter(database.db, auth, input, new Headers({ 'x-forwarded-for': '203.0.113.20' }));
    const [user] = await database.db.select().from(t.users).where(eq(t.users.email, 'asma@chenab-rice.example'));
    expect(user).toMatchObject({ locale: 'ur', digits: 'latin' });
    const jobs = await database.db.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'account.verify'));
    const job = jobs.find((j) => j.payload.to === 'asma@chenab-rice.example');
    expect(job?.payload.language).toBe('ur');
    expect(String(job?.payload.text)).toMatch(/https:\/\/pavilion\.test\/ur\/exporter\/verify\/\?token=\S+/);
  });

  it.skipIf(skip)('sends a new inquiry to an exporter reading Urdu in Urdu, with a right-to-left HTML part', async () => {
    const [salt] = await database.db.select().from(t.exporters).where(eq(t.exporters.slug, verifiedSaltExporter.slug));
    const userId = 'urdu-reader-salt';
    await database.db
      .insert(t.users)
      .values({ id: userId, name: 'Bilal', email: 'bilal@salt-range.example', emailVerified: true, role: 'exporter', exporterId: salt!.id });
    await saveAccountSettings(database.db, userId, { locale: 'ur', digits: 'urdu' });
    const parsed = parseInquiry({
      locale: 'zh',
      buyer: { name: '王伟', company: '上海海盐贸易有限公司', email: 'wang@haiyan.example.cn', phone: '+86 138 0000 0000' },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: true,
      items: [{ product: pinkSalt.slug, quantity: 40, unit: 'ton', targetPriceUsdCents: 9500 }],
    });
    if ('errors' in parsed) throw new Error(JSON.stringify(parsed.errors));
    const result = await submitInquiry(database.db, parsed.data, { idempotencyKey: `urdu-${Date.now()}`, channel: 'api', categoryMax: 5 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const reference = result.inquiries[0]!.reference;
    const [job] = await database.db
      .select()
      .from(t.outboxJobs)
      .where(eq(t.outboxJobs.messageId, `inquiry-${reference}-exporter`));
    const mail = await renderJob(database.db, job!, SITE);
    expect(mail?.language).toBe('ur');
    expect(mail?.subject).toBe(`نئی انکوائری ${reference}: ${pinkSalt.product.nameEn}`);
    expect(mail?.text).toContain('منزل: شنگھائی، چین');
    expect(mail?.text).toContain(`${SITE}/ur/exporter/inquiries/${reference}/`);
    expect(mail?.text).toContain('خریدار کی زبان: چینی (中文)');

    // Written to the outbox as a mail with a plain text part and an HTML part set right to left.
    const mailer = createMailer({ outboxDir: outbox, from: 'Pakistan Pavilion <no-reply@pavilion.example>' });
    await mailer.send(mail!);
    const eml = readFileSync(path.join(outbox, readdirSync(outbox)[0]!), 'utf8');
    expect(eml).toMatch(/Content-Language: ur/);
    expect(eml).toMatch(/Content-Type: text\/html/);
    expect(eml).toMatch(/dir=3D"rtl"|dir="rtl"/);
  });
});
