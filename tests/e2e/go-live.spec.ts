import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE } from '../../src/server/reference/reference.server';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { uploadVerificationDocuments } from './documents';
import { waitForMail } from './mailbox';

/*
 * A new pavilion goes live without the demo catalog: the built server on a
 * fresh data folder with SEED_DEMO=false, the first operator made from the
 * command line while the server runs, an exporter signing up, verified by
 * that operator and listing a product in every category, which buyers then
 * find in search and on the category page.
 */

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | null = null;
let dataDir = '';
let origin = '';
let serverLog = '';

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a hook wants from its first parameter's pattern.
test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it starts its own server');
  dataDir = mkdtempSync(path.join(process.env.E2E_DATA_DIR ? path.dirname(path.resolve(process.env.E2E_DATA_DIR)) : os.tmpdir(), 'go-live-'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: {
      ...withoutDatabase(process.env),
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: origin,
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      SIGNIN_LIMIT_PER_IP: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (serverLog += chunk));
  server.stderr!.on('data', (chunk) => (serverLog += chunk));
  await expect
    .poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000, message: 'the new pavilion starts' })
    .toBe(200);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The environment without a database URL: the tools must find the embedded server of DATA_DIR themselves. */
function withoutDatabase(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

/** Runs `npm run operator:create -- EMAIL` as an administrator would, on the running pavilion's data folder. */
function operatorCreate(email: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/operator-create.ts', email], {
      env: { ...withoutDatabase(process.env), DATA_DIR: dataDir, SITE_URL: origin },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${origin}/en/exporter/sign-in/`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

const OPERATOR = 'chief@pavilion.example';
const OPERATOR_PASSWORD = 'opening-day-2026';
const EXPORTER = 'owner@sialkot-makers.example';
const EXPORTER_PASSWORD = 'made-in-sialkot-2026';
const COMPANY = 'Sialkot Makers';

test('a new pavilion goes live: first operator, a verified exporter, a product in every category', async ({ page, browser }) => {
  test.setTimeout(240_000);

  await test.step('the empty pavilion says it is opening, in both languages, with every category', async () => {
    await page.goto(`${origin}/en/`);
    await expect(page.getByText('The pavilion is opening')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('0 products');
    await expect(page.getByRole('link', { name: /Himalayan Pink Salt/ })).toBeVisible();
    await page.goto(`${origin}/zh/`);
    await expect(page.getByText('国家馆正在开馆筹备中')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('0 款产品');
    await page.goto(`${origin}/en/categories/rice/`);
    await expect(page.getByText('No products in this category yet.')).toBeVisible();
    await expect(page.getByText('HS chapters: 10')).toBeVisible();
  });

  await test.step('operator:create on the running pavilion prints a one-time link; the operator sets a password', async () => {
    const { code, out } = await operatorCreate(OPERATOR);
    expect(code, out).toBe(0);
    const link = /http:\/\/\S+\/en\/exporter\/reset-password\/\?token=\S+/.exec(out)?.[0];
    expect(link, out).toBeTruthy();
    expect(new URL(link!).origin).toBe(origin);
    await page.goto(link!);
    await page.getByLabel('New password').fill(OPERATOR_PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page).toHaveURL(/\/en\/exporter\/sign-in\/\?reset=1/);
    // Used once: the same link no longer sets a password.
    await page.goto(link!);
    await page.getByLabel('New password').fill('someone-else-2026');
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect(page.getByRole('alert')).toContainText('invalid or has expired');
    await signIn(page, OPERATOR, OPERATOR_PASSWORD);
    await page.goto(`${origin}/en/operator/categories/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Categories' })).toBeVisible();
    await expect(page.locator('#list-h + ol > li')).toHaveCount(REFERENCE.categories.categories.length);
  });

  const exporter = await browser.newContext();
  const shop = await exporter.newPage();
  const slug = COMPANY.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  await test.step('an exporter signs up, confirms by the mailed link and writes the profile', async () => {
    await shop.goto(`${origin}/en/exporter/sign-up/`);
    await shop.getByLabel('Your name').fill('Usman Tariq');
    await shop.getByLabel('Company name (English)').fill(COMPANY);
    await shop.getByLabel('E-mail address').fill(EXPORTER);
    await shop.getByLabel('Password').fill(EXPORTER_PASSWORD);
    await shop.getByRole('button', { name: 'Create account' }).click();
    await expect(shop.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
    const [link] = await waitForMail(EXPORTER, /http:\/\/[^\s]+\/en\/exporter\/verify\/\?token=\S+/, dataDir);
    expect(new URL(link).origin).toBe(origin);
    // The link confirms the address and signs nobody in: the exporter signs in.
    await shop.goto(link);
    await expect(shop.getByRole('status')).toContainText('Your e-mail address is confirmed.');
    await shop.goto(`${origin}/en/exporter/sign-in/`);
    await shop.getByLabel('E-mail address').fill(EXPORTER);
    await shop.getByLabel('Password').fill(EXPORTER_PASSWORD);
    await shop.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(shop.getByText('Waiting for verification')).toBeVisible();
    await shop.getByRole('link', { name: 'Write your company profile' }).click();
    await shop.getByLabel('Company name (Chinese)').fill('锡亚尔科特制造');
    await shop.getByLabel('City').selectOption({ label: 'Sialkot · Punjab' });
    await shop.getByLabel('One-line description (English)').fill('Makers of everything the pavilion lists');
    await shop.getByLabel('Year founded').fill('2001');
    await shop.getByLabel('One-line description (Chinese)').fill('国家馆所列商品的制造商');
    await shop.getByLabel('About the company (English)').fill('Makers of every product the pavilion lists, in Sialkot.');
    await shop.getByLabel('About the company (Chinese)').fill('锡亚尔科特的制造商，生产国家馆所列的各类产品。');
    await shop.getByRole('button', { name: 'Save profile' }).click();
    await expect(shop.getByRole('status')).toContainText('waiting for verification');
    // The registrations the pavilion checks before verifying.
    await uploadVerificationDocuments(shop, origin);
  });

  await test.step('the operator verifies the exporter', async () => {
    await page.goto(`${origin}/en/operator/exporters/${slug}/`);
    await page.getByLabel('What was checked').selectOption({ label: 'Member of the Trade Development Authority of Pakistan' });
    await page.getByLabel('Reference').fill('TDAP-SKT-2026-001');
    await page.getByLabel('Valid until').fill(`${new Date().getUTCFullYear() + 1}-06-30`);
    await page.getByRole('button', { name: 'Record check and verify' }).click();
    await expect(page.getByRole('status')).toContainText('the exporter is verified');
  });

  await test.step('the exporter lists and publishes a product in each of the 18 categories', async () => {
    for (const [i, category] of REFERENCE.categories.categories.entries()) {
      // The editor's real form post (multipart, as the page sends it), without clicking through 18 forms.
      const created = await shop.request.post(`${origin}/en/exporter/products/new/`, {
        headers: { Origin: origin },
        maxRedirects: 0,
        multipart: {
          nameEn: `Go-live ${category.name.en} lot ${i + 1}`,
          nameZh: `开馆${category.name.zh}第${i + 1}批`,
          summaryEn: `A first lot of ${category.name.en.toLowerCase()} from Sialkot Makers.`,
          summaryZh: `锡亚尔科特制造的首批${category.name.zh}。`,
          category: category.slug,
          moq: '10',
          unit: 'carton',
          'tier-0-qty': '10',
          'tier-0-price': '25.00',
          incoterms: 'FOB',
          hsCode: `${category.hsChapters[0]}000000`,
          leadTimeMinDays: '10',
          leadTimeMaxDays: '30',
          supplyQuantity: '500',
          supplyUnit: 'carton',
          supplyPeriod: 'month',
          samplePolicy: 'paid',
          originCity: 'sialkot',
        },
      });
      expect(created.status(), await created.text()).toBe(303);
      const editor = created.headers()['location']!;
      expect(editor).toMatch(/\/en\/exporter\/products\/\d+\/\?saved=new$/);
      const published = await shop.request.post(`${origin}${editor.replace(/\?.*$/, '')}status`, {
        headers: { Origin: origin },
        form: { status: 'published', return: 'list' },
        maxRedirects: 0,
      });
      expect(published.status()).toBe(303);
    }
    await shop.goto(`${origin}/en/exporter/products/`);
    await expect(shop.getByText(new RegExp(`Go-live .* lot ${REFERENCE.categories.categories.length}`))).toBeVisible();
  });

  await test.step('buyers find the products in search and on their category pages, in both languages', async () => {
    await page.goto(`${origin}/en/search/?q=${encodeURIComponent('Go-live Hand-knotted Carpets')}`);
    await expect(page.getByRole('link', { name: /Go-live Hand-knotted Carpets lot 11/ }).first()).toBeVisible();
    await page.goto(`${origin}/zh/search/?q=${encodeURIComponent('开馆手工打结地毯')}`);
    await expect(page.getByRole('link', { name: /开馆手工打结地毯第11批/ }).first()).toBeVisible();
    await page.goto(`${origin}/en/categories/carpets-rugs/`);
    await expect(page.getByRole('link', { name: /Go-live Hand-knotted Carpets lot 11/ }).first()).toBeVisible();
    await expect(page.getByText('No products in this category yet.')).toHaveCount(0);
    for (const category of REFERENCE.categories.categories) {
      const html = await (await page.request.get(`${origin}/en/categories/${category.slug}/`)).text();
      expect(html, category.slug).toContain(`Go-live ${category.name.en.replace(/&/g, '&amp;')} lot`);
    }
    // The home page counts what is there now instead of announcing the opening.
    await page.goto(`${origin}/en/`);
    await expect(page.getByText(new RegExp(`${REFERENCE.categories.categories.length} products from 1 verified exporter:`))).toBeVisible();
    await expect(page.getByText('The pavilion is opening')).toHaveCount(0);
  });

  await test.step('an article leads to the live catalog: the new product under it, and a rename follows in both languages', async () => {
    // "Mughal Lahore" leads to hand-knotted carpets: the exporter's new lot appears under it.
    await page.goto(`${origin}/en/culture/mughal-lahore/`);
    await expect(page.getByRole('link', { name: /Go-live Hand-knotted Carpets lot 11/ })).toBeVisible();
    await page.goto(`${origin}/zh/culture/mughal-lahore/`);
    await expect(page.getByRole('link', { name: /开馆手工打结地毯第11批/ })).toBeVisible();

    await shop.goto(`${origin}/en/exporter/products/`);
    await shop.getByRole('link', { name: /Edit “Go-live Hand-knotted Carpets lot 11/ }).click();
    await shop.getByLabel('Product name (English)').fill('Lahore Garden Carpet, hand-knotted');
    await shop.getByText('Chinese version', { exact: true }).click();
    await shop.getByLabel('Product name (Chinese)').fill('拉合尔花园手工打结地毯');
    await shop.getByRole('button', { name: 'Save product' }).click();
    await expect(shop.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();

    await page.goto(`${origin}/en/culture/mughal-lahore/`);
    await expect(page.getByRole('link', { name: 'Lahore Garden Carpet, hand-knotted' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Go-live Hand-knotted Carpets lot 11/ })).toHaveCount(0);
    await page.goto(`${origin}/zh/culture/mughal-lahore/`);
    await expect(page.getByRole('link', { name: '拉合尔花园手工打结地毯' })).toBeVisible();
    // Every catalog link of the article leads to a page that is there.
    for (const href of await page.locator('a[href*="/products/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect((await page.request.get(`${origin}${href}`)).status(), href!).toBe(200);
    }
  });

  await test.step('the operator adds, renames and reorders categories without JavaScript; buyers see it at once', async () => {
    const console = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const op = await console.newPage();
    await op.goto(`${origin}/en/operator/categories/`);
    await op.getByLabel('Address').fill('dried-fruit');
    await op.locator('#n-nameEn').fill('Dried Fruit');
    await op.locator('#n-nameZh').fill('干果');
    await op.locator('#n-hsChapters').fill('8, 08');
    await op.getByRole('button', { name: 'Add category' }).click();
    await expect(op.getByRole('alert')).toBeVisible();
    await expect(op.getByText('Two-digit HS chapters from 01 to 97')).toBeVisible();
    await expect(op.locator('#n-nameZh')).toHaveValue('干果');
    await op.locator('#n-hsChapters').fill('08, 20');
    await op.getByRole('button', { name: 'Add category' }).click();
    await expect(op.getByRole('status')).toContainText('The category is added');
    await op.getByRole('button', { name: 'Move Dried Fruit up' }).click();
    await expect(op.getByRole('status')).toContainText('The order is saved');
    await op.getByRole('link', { name: 'Edit: Hand-knotted Carpets' }).click();
    await op.locator('#e-nameZh').fill('编织挂毯');
    await op.getByRole('button', { name: 'Save category' }).click();
    await expect(op.getByRole('status')).toContainText('The category is saved');
    await console.close();

    await page.goto(`${origin}/zh/`);
    const tiles = page.getByRole('region', { name: '按品类选购' }).getByRole('link');
    await expect(tiles.filter({ hasText: '编织挂毯' })).toHaveCount(1);
    const names = await tiles.allTextContents();
    expect(names.findIndex((n) => n.includes('干果'))).toBe(names.length - 2);
    // The new category has no drawn picture: its tile shows none rather than a broken image.
    for (const src of await page.locator('main img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src')))) {
      expect((await page.request.get(`${origin}${src}`)).status(), src!).toBe(200);
    }
    await page.goto(`${origin}/zh/categories/dried-fruit/`);
    await expect(page.getByRole('heading', { level: 1, name: '干果' })).toBeVisible();
    await expect(page.getByText('该品类暂无产品。')).toBeVisible();
    await expect(page.getByText('HS 编码章节：08、20')).toBeVisible();
    // The renamed category's products carry the new name in search.
    await page.goto(`${origin}/zh/search/?q=${encodeURIComponent('挂毯')}`);
    await expect(page.getByRole('link', { name: '拉合尔花园手工打结地毯' }).first()).toBeVisible();
  });

  await test.step('the operator invites a second operator by mail, and revokes them', async () => {
    await page.goto(`${origin}/en/operator/operators/`);
    await page.getByLabel('Name').fill('Mei Lin');
    await page.getByLabel('E-mail').fill('deputy@pavilion.example');
    await page.getByLabel('Language of the invitation').selectOption('zh');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('status')).toContainText('deputy@pavilion.example');
    const [link] = await waitForMail('deputy@pavilion.example', /http:\/\/[^\s]+\/zh\/exporter\/reset-password\/\?token=\S+/, dataDir);
    expect(new URL(link).origin).toBe(origin);
    await page.getByRole('button', { name: 'Revoke Mei Lin as operator' }).click();
    await expect(page.getByRole('status')).toContainText('revoked');
    // Nobody can revoke themselves: there is no button for it.
    await expect(page.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  });
  await exporter.close();
  expect(serverLog).not.toMatch(/\b(?:TypeError|ReferenceError|Unhandled)\b/);
});
