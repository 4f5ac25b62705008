import { expect, test, type Page } from '@playwright/test';

/**
 * The site from behind a firewall that drops every other host (Chromium's
 * resolver answers NOTFOUND for anything but 127.0.0.1, see the
 * `foreign-hosts-blocked` project): the pages and the inquiry form still
 * load and work, and no request leaves the pavilion's own address.
 */

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';

function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

const PAGES = [
  { name: 'home', path: '/zh/' },
  { name: 'product', path: `/en/products/${SALT}/` },
  { name: 'category', path: '/zh/categories/rice/' },
  { name: 'article', path: '/en/cuisine/biryani/' },
  { name: 'search', path: '/zh/search/?q=%E7%B2%89%E7%BA%A2%E7%9B%90' },
];

for (const { name, path } of PAGES) {
  test(`the ${name} page loads with foreign hosts unreachable`, async ({ page, baseURL }) => {
    const foreign = watchRequests(page, new URL(baseURL!).origin);
    // The load event fires well within the timeout: nothing waits for a host that never answers.
    const response = await page.goto(path, { waitUntil: 'load', timeout: 10_000 });
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(foreign).toEqual([]);
  });
}

test('the inquiry form works with foreign hosts unreachable', async ({ page, baseURL }) => {
  const foreign = watchRequests(page, new URL(baseURL!).origin);
  await page.goto(`/en/products/${SALT}/`, { waitUntil: 'load', timeout: 10_000 });
  await page.getByRole('button', { name: 'Add to inquiry' }).click();
  await expect(page.getByText('In your inquiry')).toBeVisible();
  await page.goto('/en/inquiry/', { waitUntil: 'load', timeout: 10_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Inquiry basket' })).toBeVisible();
  // A person takes a few seconds to fill in the form; the server refuses forms sent faster (bots).
  await page.waitForTimeout(3_200);
  await page.getByLabel('Name', { exact: true }).fill('Wei Wang');
  await page.getByLabel('Company', { exact: true }).fill('Ningbo Salt Import Co.');
  await page.getByLabel('E-mail', { exact: true }).fill(`offline-${Date.now()}@example.cn`);
  await page.getByLabel('Phone', { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel('Destination port').selectOption({ label: 'Ningbo-Zhoushan' });
  await page.getByLabel('Incoterm').selectOption('CIF');
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  expect(foreign).toEqual([]);
});
