import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, LOCALES, type Locale } from './fixtures';
import { INQUIRY_FORM } from './labels';

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
const BALL = 'hand-stitched-pu-match-football-size-5';

const text = {
  en: {
    ...INQUIRY_FORM.en,
    portOption: 'Ningbo-Zhoushan',
    follow: 'Follow this inquiry',
    required: 'Required.',
    badEmail: 'Please enter a valid e-mail address.',
    status: 'New',
  },
  zh: {
    ...INQUIRY_FORM.zh,
    portOption: '宁波舟山港',
    follow: '跟踪此询盘',
    required: '请填写此项。',
    badEmail: '请输入有效的电子邮箱。',
    status: '新询盘',
  },
} as const;

async function addProduct(page: Page, locale: Locale, slug: string) {
  await page.goto(`/${locale}/products/${slug}/`);
  await page.getByRole('button', { name: text[locale].add }).click();
  await expect(page.getByText(text[locale].added)).toBeVisible();
}

async function fillBuyer(page: Page, locale: Locale, email: string) {
  const l = text[locale];
  await page.getByLabel(l.name, { exact: true }).fill(locale === 'zh' ? '王伟' : 'Wei Wang');
  await page.getByLabel(l.company, { exact: true }).fill(locale === 'zh' ? '宁波海盐进出口有限公司' : 'Ningbo Salt Import Co.');
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.phone, { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel(l.port).selectOption({ label: l.portOption });
  await page.getByLabel(l.incoterm).selectOption('CIF');
  await page.getByLabel(l.consent).check();
}

for (const locale of LOCALES) {
  const l = text[locale];
  for (const javaScriptEnabled of [true, false]) {
    test(`${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: a basket across two exporters becomes two inquiries`, async ({
      browser,
      baseURL,
    }, info) => {
      const context = await browser.newContext({
        javaScriptEnabled,
        baseURL: baseURL!,
        ...(info.project.use.viewport ? { viewport: info.project.use.viewport } : {}),
      });
      const page = await context.newPage();
      await addProduct(page, locale, SALT);
      await addProduct(page, locale, BALL);
      await page
        .getByRole('link', { name: new RegExp(l.basket) })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 1, name: l.basket })).toBeVisible();
      await expect(page.locator('input[name="items.1.product"]')).toHaveValue(BALL);
      if (javaScriptEnabled) await expectAccessible(page);
      // A person takes a few seconds to fill in the form; the server refuses forms sent faster (bots).
      await page.waitForTimeout(3_200);

      // A first try with a bad e-mail: the error is shown by the field, nothing typed is lost.
      await fillBuyer(page, locale, 'not-an-email');
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page.getByText(l.badEmail)).toBeVisible();
      await expect(page.getByLabel(l.company, { exact: true })).not.toHaveValue('');
      await expect(page.getByLabel(l.email, { exact: true })).toHaveAttribute('aria-invalid', 'true');

      await page.getByLabel(l.email, { exact: true }).fill(`buyer-${locale}-${javaScriptEnabled}-${info.project.name}-${Date.now()}@example.cn`);
      if (!javaScriptEnabled) await page.getByLabel(l.consent).check();
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page.getByRole('heading', { name: l.sent })).toBeVisible();
      const references = page.getByRole('row').getByRole('rowheader');
      await expect(references).toHaveCount(2);
      await expect(references.first()).toHaveText(/^PKP-\d{4}-\d{6}$/);

      await page.getByRole('link', { name: l.follow }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: /PKP-\d{4}-\d{6}/ })).toBeVisible();
      await expect(page.getByText(l.status, { exact: true })).toBeVisible();
      await context.close();
    });
  }

  test(`${locale}: the header's basket count comes from the visitor's basket, on pages shared with everyone`, async ({ browser, baseURL }, info) => {
    const context = await browser.newContext({ baseURL: baseURL!, ...(info.project.use.viewport ? { viewport: info.project.use.viewport } : {}) });
    const page = await context.newPage();
    const basketLink = page.getByRole('link', { name: new RegExp(l.basket) }).first();
    await page.goto(`/${locale}/products/${SALT}/`);
    await expect(basketLink).toContainText('0');
    await page.getByRole('button', { name: l.add }).click();
    await expect(page.getByText(l.added)).toBeVisible();
    await expect(basketLink).toContainText('1');
    // Another product's page, the same for every visitor: the count and the button's state are the visitor's own.
    await page.goto(`/${locale}/products/${BALL}/`);
    await expect(basketLink).toContainText('1');
    await expect(page.getByRole('button', { name: l.add })).toBeVisible();
    await page.getByRole('button', { name: l.add }).click();
    await expect(basketLink).toContainText('2');
    await page.goto(`/${locale}/products/${SALT}/`);
    await expect(page.getByText(l.added)).toBeVisible();
    await expect(page.getByRole('button', { name: l.add })).toBeHidden();
    await expect(basketLink).toContainText('2');
    await context.close();
  });

  test(`${locale}: empty fields get a message in the page's language`, async ({ page }) => {
    await addProduct(page, locale, SALT);
    await page.goto(`/${locale}/inquiry/`);
    await page.getByRole('button', { name: l.submit }).click();
    await expect(page.getByText(l.required).first()).toBeVisible();
    await expect(page.getByLabel(l.name, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });
}

test('without JavaScript, Enter in a field sends the inquiry: the basket and what was typed stay', async ({ browser, baseURL }, info) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: baseURL!,
    ...(info.project.use.viewport ? { viewport: info.project.use.viewport } : {}),
  });
  const page = await context.newPage();
  await addProduct(page, 'zh', SALT);
  await page.goto('/zh/inquiry/');
  // A person takes a few seconds to fill in the form; the server refuses forms sent faster (bots).
  await page.waitForTimeout(3_200);
  await page.getByLabel(text.zh.name, { exact: true }).fill('王伟');
  await page.getByLabel(text.zh.name, { exact: true }).press('Enter');
  // The form was sent (the other required fields get their messages), not the first line's ✕.
  await expect(page.getByText(text.zh.required).first()).toBeVisible();
  await expect(page.getByLabel(text.zh.name, { exact: true })).toHaveValue('王伟');
  await expect(page.locator('input[name="items.0.product"]')).toHaveValue(SALT);
  await context.close();
});

test('a form sent faster than a person could fill it in is refused with a message, nothing lost', async ({ page }) => {
  await addProduct(page, 'en', SALT);
  await page.goto('/en/inquiry/');
  await fillBuyer(page, 'en', 'fast@example.cn');
  await page.getByRole('button', { name: 'Send inquiry' }).click();
  await expect(page.getByRole('alert')).toContainText('very fast');
  await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue('fast@example.cn');
});

test('a status link with a wrong token shows nothing of the inquiry', async ({ page }) => {
  const response = await page.goto('/en/inquiries/PKP-2026-000001/?token=wrong-token-123');
  expect(response!.status()).toBe(404);
  await expect(page.getByText('This link is not valid')).toBeVisible();
});

test('the APIs answer a method they do not take with 405, the methods they do, and a message in the caller’s language', async ({ request }) => {
  const put = await request.put('/api/inquiries', { data: {}, headers: { 'Accept-Language': 'en' } });
  expect(put.status()).toBe(405);
  expect(put.headers()['allow']).toBe('POST');
  expect((await put.json()).error).toBe('This address does not accept PUT requests. It accepts: POST.');
  const get = await request.get('/api/basket', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' } });
  expect(get.status()).toBe(405);
  expect((await get.json()).error).toBe('该地址不接受 GET 请求，仅接受：POST。');
  const patch = await request.patch('/api/search?q=salt&locale=zh', { data: {} });
  expect(patch.status()).toBe(405);
  expect(patch.headers()['allow']).toBe('GET, HEAD');
  expect((await patch.json()).error).toBe('该地址不接受 PATCH 请求，仅接受：GET, HEAD。');
  expect((await request.head('/api/health')).status()).toBe(200);
});
