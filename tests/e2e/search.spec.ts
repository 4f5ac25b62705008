import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, LOCALES } from './fixtures';

const text = {
  en: {
    box: 'Search products and exporters',
    suggestions: 'Suggestions',
    none: /Nothing found for “qwxzv”/,
    category: 'Category',
    count: /\d+ results?/,
    filters: 'Filters',
    price: 'Price',
    moq: 'MOQ',
    exporter: 'Exporter',
    maxUsd: 'Price up to (US$)',
    verified: 'Verified',
  },
  zh: {
    box: '搜索产品和出口商',
    suggestions: '搜索建议',
    none: /没有找到与“qwxzv”相关的内容/,
    category: '品类',
    count: /\d+ 条结果/,
    filters: '筛选',
    price: '价格',
    moq: '起订量',
    exporter: '出口商',
    maxUsd: '最高价（美元）',
    verified: '已核验',
  },
} as const;

/** On a phone the filters wait behind their button: opened here; on a wide screen they are in the side column. */
async function openFilters(page: Page, locale: (typeof LOCALES)[number]) {
  const button = page.getByText(new RegExp(`^${text[locale].filters}(?: \\(\\d+\\)|（\\d+）)?$`));
  if (await button.isVisible()) await button.click();
}

for (const locale of LOCALES) {
  const l = text[locale];

  test(`${locale}: the header search suggests as you type and opens a suggestion with the keyboard`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const box = page.getByRole('combobox', { name: l.box }).first();
    await box.click();
    await box.pressSequentially(locale === 'zh' ? '粉红盐' : 'basmati', { delay: 40 });
    const list = page.getByRole('listbox', { name: l.suggestions });
    await expect(list.getByRole('option').first()).toBeVisible();
    const first = (await list.getByRole('option').first().locator('span').first().textContent())!.trim();
    await box.press('ArrowDown');
    await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${locale}/(products|exporters)/`));
  });

  test(`${locale}: the results page works without JavaScript, with facets and highlighted matches`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(`/${locale}/`);
    const box = page.getByRole('combobox', { name: l.box }).first();
    await box.fill(locale === 'zh' ? '足球' : 'football');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.getByRole('heading', { level: 2, name: l.count })).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    await openFilters(page, locale);
    const facet = page.getByRole('complementary').getByRole('link', { name: locale === 'zh' ? /体育用品/ : /Sports Goods/ });
    await facet.click();
    await expect(page).toHaveURL(/category=sports-goods/);

    await openFilters(page, locale);
    await page
      .getByRole('complementary')
      .getByLabel(locale === 'zh' ? '最高价（美元）' : 'Price up to (US$)')
      .fill('15');
    await page.getByRole('button', { name: locale === 'zh' ? '确定' : 'Apply' }).click();
    await expect(page).toHaveURL(/maxUsd=15/);
    await expect(page).toHaveURL(/category=sports-goods/);

    await page.goto(`/${locale}/search/?q=qwxzv`);
    await expect(page.getByText(l.none)).toBeVisible();
    await context.close();
  });
}

for (const locale of LOCALES) {
  const l = text[locale];
  test(`${locale}: on a 390 × 844 phone the first result is in the first screen with its price, MOQ and exporter; the filters open behind a button`, async ({
    browser,
    baseURL,
  }, info) => {
    test.skip(info.project.name !== 'phone', 'a phone viewport of its own; once is enough');
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(locale === 'zh' ? '足球' : 'football')}`);
      const first = page.getByRole('main').getByRole('listitem').getByRole('article').first();
      const box = (await first.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(844 - 100); // its top, photo and name are in the first screen, without scrolling
      const terms = first.getByRole('term');
      await expect(terms.filter({ hasText: l.price })).toBeVisible();
      await expect(terms.filter({ hasText: l.moq })).toBeVisible();
      await expect(terms.filter({ hasText: l.exporter })).toBeVisible();
      await expect(first.getByRole('definition').filter({ hasText: /\$\d[\d.,]*/ })).toBeVisible();
      await expect(first.getByText(l.verified)).toBeVisible();
      await expect(first.getByRole('img')).toHaveCount(0); // the photo is decorative: the name says what it is
      expect(await first.locator('img').count()).toBe(1);

      // The filters wait behind their button; opened, they narrow the search.
      const maxPrice = page.getByRole('complementary').getByLabel(l.maxUsd);
      await expect(maxPrice).toBeHidden();
      await page.getByText(l.filters, { exact: true }).click();
      await expect(maxPrice).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
      await maxPrice.fill('11');
      await page.getByRole('button', { name: locale === 'zh' ? '确定' : 'Apply' }).click();
      await expect(page).toHaveURL(/maxUsd=11/);
      await expect(page.getByText(`${l.filters}${locale === 'zh' ? '（1）' : ' (1)'}`, { exact: true })).toBeVisible();
      if (javaScriptEnabled) await expectAccessible(page);
      await context.close();
    }
  });
}

test('the results page has no serious accessibility violations', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/search/?q=${encodeURIComponent(locale === 'zh' ? '芒果' : 'mango')}`);
    await expectAccessible(page);
  }
});

test('the search API answers in the requested locale with URLs in that locale', async ({ request }) => {
  const zh = await (await request.get('/api/search?q=basmati&locale=zh&limit=3')).json();
  expect(zh.total).toBeGreaterThan(0);
  expect(zh.hits[0].url).toMatch(/^\/zh\/products\//);
  expect(zh.hits[0].name).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.facets.category.rice).toBeGreaterThan(0);
  expect(typeof zh.tookMs).toBe('number');
  const en = await (await request.get(`/api/search?q=${encodeURIComponent('巴斯马蒂')}&locale=en&limit=3`)).json();
  expect(en.hits[0].url).toMatch(/^\/en\/products\//);
  expect(en.hits[0].name).not.toMatch(/[\u4e00-\u9fff]/);
});

test('the search API holds bad input: a clear 400 in the request language, never a 500', async ({ request }) => {
  const bad = await request.get('/api/search?q=salt&locale=fr', { headers: { 'Accept-Language': 'zh-CN' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors.locale).toContain('语言参数');
  const badEn = await request.get('/api/search?q=salt&locale=xx');
  expect((await badEn.json()).errors.locale).toContain('must be');

  for (const q of ['', 'x'.repeat(10_000), '\u0000\u0007abc', '🧂⚽', '"pink salt', "' OR 1=1 --", '<script>alert(1)</script>', '\u202Esalt']) {
    const res = await request.get(`/api/search?q=${encodeURIComponent(q)}&locale=en&category=<b>&province=mars&limit=999&offset=-3`);
    expect(res.status(), JSON.stringify(q.slice(0, 20))).toBe(200);
    const body = await res.json();
    expect(Array.isArray(body.hits)).toBe(true);
  }
});

test('a hostile query is shown as text on the results page, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const response = await page.goto(`/zh/search/?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
  expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

for (const locale of LOCALES) {
  test(`${locale}: a misspelt word is corrected and said so; a product the pavilion lacks points to the nearest category`, async ({ page }) => {
    const search = (q: string) => page.goto(`/${locale}/search/?q=${encodeURIComponent(q)}`);
    await search('footbal');
    await expect(page.getByText(locale === 'zh' ? '已为您显示“football”的搜索结果。' : 'Showing results for “football”.')).toBeVisible();
    await expect(page.getByRole('link', { name: locale === 'zh' ? /足球/ : /Football/ }).first()).toBeVisible();

    await search('医用手套');
    await expect(
      page.getByText(locale === 'zh' ? '国家馆暂无此类产品，最接近的品类：' : 'The pavilion has nothing by that name yet. The nearest category:'),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: locale === 'zh' ? '手术与牙科器械' : 'Surgical & Dental Instruments', exact: true }).first()).toBeVisible();
    await expectAccessible(page);
  });
}
