import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
const KHEWRA_SLUG = 'khewra-crystal-salt-works';
const KHEWRA = 'khewra-crystal-salt-works@exporters.pavilion.example';
const PASSWORD = 'exporter-demo-2026';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

async function fillBuyer(page: Page, company: string) {
  await page.getByLabel('姓名', { exact: true }).fill('王伟');
  await page.getByLabel('公司名称', { exact: true }).fill(company);
  await page.getByLabel('电子邮箱', { exact: true }).fill(`buyer-${Date.now()}@example.cn`);
  await page.getByLabel('电话', { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel('目的港').selectOption({ label: '宁波舟山港' });
}

test('a Chinese buyer types 8 yuan below the MOQ; the exporter reads ¥8.00 per ton with its dollar value and the MOQ', async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.setTimeout(120_000);
  const company = `上海海盐贸易 ${info.project.name} ${Date.now()}`;
  await page.goto(`/zh/products/${SALT}/`);
  await page.getByRole('button', { name: '加入询盘' }).click();
  await expect(page.getByText('已加入询盘')).toBeVisible();
  await page.goto('/zh/inquiry/');

  // The target price is asked per unit, in yuan by default on the Chinese site: no "US cents" trap.
  await expect(page.getByLabel('目标价币种')).toHaveValue('CNY');
  await expect(page.getByText(/美分/)).toHaveCount(0);
  await expect(page.getByText('低于该出口商的最小起订量')).toHaveCount(0);
  await page.getByLabel('采购数量').fill('10');
  await expect(page.getByRole('status').filter({ hasText: '低于该出口商的最小起订量（25 吨）。询盘仍可发送。' })).toBeVisible();
  await page.getByLabel('目标单价（选填）').fill('8');
  await expectAccessible(page);

  // A person takes a few seconds to fill in the form; the server refuses forms sent faster.
  await page.waitForTimeout(3_200);
  await fillBuyer(page, company);
  await page.getByLabel(/我同意/).check();
  await page.getByRole('button', { name: '发送询盘' }).click();
  await expect(page.getByRole('heading', { name: '询盘已发送' })).toBeVisible();
  const reference = (await page.getByRole('row').getByRole('rowheader').first().textContent())!.trim();

  const context = await browser.newContext({ baseURL: baseURL!, ...(info.project.use.viewport ? { viewport: info.project.use.viewport } : {}) });
  const exporter = await context.newPage();
  await signIn(exporter, KHEWRA, PASSWORD);
  await exporter.goto(`/en/exporter/inquiries/${reference}/`);
  await expect(exporter.getByRole('heading', { level: 1, name: `Inquiry ${reference}` })).toBeVisible();
  await expect(exporter.getByText(/^¥8\.00 per metric ton \(≈ US\$1\.\d\d at the pavilion’s rate of .+\)$/)).toBeVisible();
  await expect(exporter.getByText('below MOQ (MOQ 25 metric tons)')).toBeVisible();
  await expectAccessible(exporter);

  // The exporter's own dashboard shows what buyers see measured.
  await exporter.goto('/en/exporter/');
  await expect(exporter.getByRole('heading', { name: 'Measured by the pavilion' })).toBeVisible();
  await expect(exporter.getByText('Replied within 24 h', { exact: true })).toBeVisible();
  await expectAccessible(exporter);
  await context.close();
});

test('without JavaScript: "Request a sample" puts one sample in the inquiry, and a refused form warns below the MOQ', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/products/${SALT}/`);
  await page.getByRole('button', { name: 'Request a sample' }).click();
  await expect(page.getByText('Sample request added to your inquiry')).toBeVisible();

  await page.goto('/en/inquiry/');
  await expect(page.getByLabel('Request a sample first')).toBeChecked();
  await expect(page.getByLabel('Quantity', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('Currency of the target price')).toHaveValue('USD');

  // An order of 10 t instead, sent without the consent: the form comes back with the MOQ warning next to the line.
  await page.getByLabel('Request a sample first').uncheck();
  await page.getByLabel('Quantity', { exact: true }).fill('10');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByText('Below this exporter’s minimum order quantity (25 metric ton). You can still send the inquiry.')).toBeVisible();
  await expect(page.getByLabel('Quantity', { exact: true })).toHaveValue('10');

  // Sent as it is, the confirmation says again which line is below the MOQ (after the few seconds a person needs).
  await page.waitForTimeout(3_200);
  await page.getByLabel('Name', { exact: true }).fill('Wei Wang');
  await page.getByLabel('Company', { exact: true }).fill('Ningbo Salt Import Co.');
  await page.getByLabel('E-mail', { exact: true }).fill(`buyer-nojs-${Date.now()}@example.cn`);
  await page.getByLabel('Phone', { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel('Destination port').selectOption({ label: 'Shanghai' });
  await page.getByLabel(/I agree/).check();
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('heading', { name: 'Your inquiry has been sent' })).toBeVisible();
  await expect(page.getByText(/below the exporter’s minimum order quantity \(25 metric ton\)\. Sent anyway/)).toBeVisible();
  // (axe needs JavaScript: the same form is checked with it in the test above.)
  await context.close();
});

test('a sample requested from the product page reaches the exporter with the sample policy', async ({ page, browser, baseURL }, info) => {
  test.setTimeout(120_000);
  await page.goto(`/zh/products/${SALT}/`);
  await page.getByRole('button', { name: '索取样品' }).click();
  await expect(page.getByText('已将索样加入询盘')).toBeVisible();
  await page.goto('/zh/inquiry/');
  await expect(page.getByLabel('先索取样品')).toBeChecked();
  await expect(page.getByLabel('采购数量')).toHaveValue('1');
  // One sample is not an order below the MOQ.
  await expect(page.getByText('低于该出口商的最小起订量')).toHaveCount(0);
  await page.waitForTimeout(3_200);
  await fillBuyer(page, `样品采购 ${info.project.name} ${Date.now()}`);
  await page.getByLabel(/我同意/).check();
  await page.getByRole('button', { name: '发送询盘' }).click();
  await expect(page.getByRole('heading', { name: '询盘已发送' })).toBeVisible();
  const reference = (await page.getByRole('row').getByRole('rowheader').first().textContent())!.trim();

  const context = await browser.newContext({ baseURL: baseURL!, ...(info.project.use.viewport ? { viewport: info.project.use.viewport } : {}) });
  const exporter = await context.newPage();
  await signIn(exporter, KHEWRA, PASSWORD);
  await exporter.goto(`/en/exporter/inquiries/${reference}/`);
  await expect(exporter.getByText('Sample requested', { exact: true })).toBeVisible();
  await expect(exporter.getByText('Your sample policy: Free samples')).toBeVisible();
  await context.close();
});

for (const [locale, groups] of [
  ['en', ['Measured by the pavilion', 'Declared by the exporter', /^Verified by the pavilion/]],
  ['zh', ['国家馆实测数据', '出口商自述', /^国家馆(已于 .+ 核验|核验)$/]],
] as const) {
  test(`the exporter's page keeps measured, declared and verified facts apart (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/exporters/${KHEWRA_SLUG}/`);
    for (const name of groups) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const measured = page.getByRole('region', { name: groups[0] });
    // Either a reply rate with its formula, or "not enough data": never a rate made from nothing.
    await expect(
      measured.getByText(locale === 'en' ? /Replied within 24 h to \d+ of \d+ inquir|inquir(y|ies) counted/ : /其中 \d+ 条在 24 小时内回复|满 3 条后/),
    ).toBeVisible();
    await expectAccessible(page);
  });
}

test('the operator reads quotations and proforma value per category and month, in both languages', async ({ page }) => {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill('operator@pavilion.example');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/operator\/$/);
  await page.getByRole('link', { name: 'Quotations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quotations and proformas' })).toBeVisible();
  await expect(page.getByText(/Values in US dollars, converted at the pavilion's exchange rates: .*CNY per USD/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: "Proforma value (US$, at the pavilion's rates)" })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'All categories' })).toHaveCount(12);
  await expectAccessible(page);
  await page.goto('/zh/operator/trade/');
  await expect(page.getByRole('heading', { level: 1, name: '报价与形式发票' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '全部品类' })).toHaveCount(12);
  await expectAccessible(page);
});
