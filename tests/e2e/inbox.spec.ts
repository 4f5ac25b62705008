import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

const BALL = 'hand-stitched-pu-match-football-size-5';
const PASSWORD = 'exporter-demo-2026';
const CHENAB = 'chenab-sports-works@exporters.pavilion.example';
const KHEWRA = 'khewra-crystal-salt-works@exporters.pavilion.example';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

async function newPage(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null | undefined) {
  const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
  return context.newPage();
}

/** A Chinese buyer sends an inquiry for one football; returns its reference and private status page. */
async function sendInquiry(page: Page, company: string) {
  await page.goto(`/zh/products/${BALL}/`);
  await page.getByRole('button', { name: '加入询盘' }).click();
  await expect(page.getByText('已加入询盘')).toBeVisible();
  await page.goto('/zh/inquiry/');
  await expect(page.getByRole('heading', { level: 1, name: '询盘篮' })).toBeVisible();
  // A person takes a few seconds to fill in the form; the server refuses forms sent faster.
  await page.waitForTimeout(3_200);
  await page.getByLabel('姓名', { exact: true }).fill('王伟');
  await page.getByLabel('公司名称', { exact: true }).fill(company);
  await page.getByLabel('电子邮箱', { exact: true }).fill(`buyer-${Date.now()}@example.cn`);
  await page.getByLabel('电话', { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel('目的港').selectOption({ label: '宁波舟山港' });
  await page.getByLabel('贸易术语').selectOption('CIF');
  await page.getByLabel(/我同意/).check();
  await page.getByRole('button', { name: '发送询盘' }).click();
  await expect(page.getByRole('heading', { name: '询盘已发送' })).toBeVisible();
  const reference = (await page.getByRole('row').getByRole('rowheader').first().textContent())!.trim();
  const statusUrl = (await page.getByRole('link', { name: '跟踪此询盘' }).first().getAttribute('href'))!;
  return { reference, statusUrl };
}

test('a buyer inquiry reaches the exporter, who opens it, answers, and the buyer reads the answer in Chinese', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(120_000);
  const company = `宁波体育用品 ${info.project.name} ${Date.now()}`;
  const { reference, statusUrl } = await sendInquiry(page, company);
  expect(reference).toMatch(/^PKP-\d{4}-\d{6}$/);

  // The exporter finds it in the inbox, unread.
  const exporter = await newPage(browser, baseURL!, info.project.use.viewport);
  await signIn(exporter, CHENAB, PASSWORD);
  await exporter.goto('/en/exporter/inquiries/?status=new');
  await expect(exporter.getByRole('heading', { level: 1, name: 'Inquiries' })).toBeVisible();
  const row = exporter.getByRole('row').filter({ hasText: company });
  await expect(row.getByRole('link', { name: `${reference} (unread)` })).toBeVisible();
  await expectAccessible(exporter);

  // Opening it marks it read.
  await row.getByRole('link', { name: `${reference} (unread)` }).click();
  await expect(exporter.getByRole('heading', { level: 1, name: `Inquiry ${reference}` })).toBeVisible();
  await expect(exporter.getByText('Read', { exact: true })).toBeVisible();
  await expect(exporter.getByText(company)).toBeVisible();
  await expect(exporter.getByText('Ningbo-Zhoushan')).toBeVisible();
  await expectAccessible(exporter);
  await exporter.goto('/en/exporter/inquiries/');
  await expect(exporter.getByRole('link', { name: reference, exact: true })).toBeVisible();

  // An empty answer is refused with a message; a real one is sent.
  await exporter.getByRole('link', { name: reference, exact: true }).click();
  await exporter.getByRole('button', { name: 'Send answer' }).click();
  await expect(exporter.getByText('Required.')).toBeVisible();
  await expect(exporter.getByLabel('Your answer to the buyer')).toHaveAttribute('aria-invalid', 'true');
  const answer = `Dear Mr Wang, CIF Ningbo is USD 7.10 per piece (${info.project.name}).`;
  await exporter.getByLabel('Your answer to the buyer').fill(answer);
  await exporter.getByRole('button', { name: 'Send answer' }).click();
  await expect(exporter.getByRole('status')).toContainText('Your answer is sent');
  await expect(exporter.getByText(answer)).toBeVisible();

  // The CSV export carries it, with a byte order mark for Excel.
  const csv = await exporter.request.get('/en/exporter/inquiries.csv?status=replied');
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="inquiries-chenab-sports-works-replied-/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(reference);

  // The Chinese inbox works too.
  await exporter.goto('/zh/exporter/inquiries/');
  await expect(exporter.getByRole('heading', { level: 1, name: '询盘' })).toBeVisible();
  await expect(exporter.getByRole('link', { name: reference, exact: true })).toBeVisible();
  await expectAccessible(exporter);
  await exporter.context().close();

  // The buyer reads the answer on the private status page, in Chinese.
  await page.goto(statusUrl);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
  await expect(page.getByText('已回复', { exact: true })).toBeVisible();
  await expect(page.getByText(answer)).toBeVisible();

  // Another exporter gets a 404 for it, and its inbox does not list it.
  const other = await newPage(browser, baseURL!, info.project.use.viewport);
  await signIn(other, KHEWRA, PASSWORD);
  const response = await other.goto(`/en/exporter/inquiries/${reference}/`);
  expect(response!.status()).toBe(404);
  await other.goto('/en/exporter/inquiries/');
  await expect(other.getByRole('link', { name: reference })).toHaveCount(0);
  const theirs = await other.request.get('/en/exporter/inquiries.csv');
  expect((await theirs.text()).includes(reference)).toBe(false);
  await other.context().close();
});

test('signed-out visitors are sent to sign in before the inbox', async ({ page }) => {
  await page.goto('/en/exporter/inquiries/?status=new');
  await expect(page).toHaveURL(/\/en\/exporter\/sign-in\/\?next=%2Fen%2Fexporter%2Finquiries%2F%3Fstatus%3Dnew/);
  await expect(page.getByLabel('E-mail address')).toBeVisible();
});
