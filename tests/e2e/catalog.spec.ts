import { expect, test } from '@playwright/test';
import { expectAccessible, foreignReferences, LOCALES } from './fixtures';

const text = {
  en: { products: 'Products', rice: 'Rice', moq: 'Minimum order', readiness: 'China readiness', notFound: 'Page not found', switchTo: '中文' },
  zh: { products: '产品', rice: '大米', moq: '起订量', readiness: '对华出口资质', notFound: '页面不存在', switchTo: 'English' },
} as const;

test('the root address sends Chinese browsers to /zh/ and others to /en/', async ({ request }) => {
  const zh = await request.get('/', { headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' }, maxRedirects: 0 });
  expect(zh.status()).toBe(302);
  expect(zh.headers()['location']).toBe('/zh/');
  const en = await request.get('/', { headers: { 'Accept-Language': 'de-DE,en;q=0.5' }, maxRedirects: 0 });
  expect(en.headers()['location']).toBe('/en/');
});

for (const locale of LOCALES) {
  const l = text[locale];

  test(`${locale}: browse a category, open a product, switch language and land on the same product`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : 'en');
    await expectAccessible(page);

    await page
      .getByRole('link', { name: new RegExp(`^${l.rice}`) })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: l.rice })).toBeVisible();
    await expectAccessible(page);

    const firstProduct = page.getByRole('list').getByRole('heading', { level: 3 }).first().getByRole('link');
    const productName = (await firstProduct.textContent())!.trim();
    await firstProduct.click();
    await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();
    await expect(page.getByRole('heading', { name: l.readiness })).toBeVisible();
    await expect(page.getByText(l.moq, { exact: true })).toBeVisible();
    await expectAccessible(page);
    const productPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: l.switchTo }).click();
    const other = locale === 'en' ? 'zh' : 'en';
    await expect(page).toHaveURL(new RegExp(`${productPath.replace(`/${locale}/`, `/${other}/`)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', other === 'zh' ? 'zh-Hans' : 'en');
  });

  test(`${locale}: filters work without JavaScript and bad values never break the page`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto(`/${locale}/products/`);
    await page.getByLabel(locale === 'en' ? 'Category' : '品类').selectOption('seafood');
    await page.getByLabel(locale === 'en' ? 'Certificate' : '认证').selectOption('halal');
    await page.getByRole('button', { name: locale === 'en' ? 'Show products' : '查看产品' }).click();
    await expect(page).toHaveURL(/category=seafood/);
    await expect(page.getByRole('heading', { level: 2, name: locale === 'en' ? /\d+ products?/ : /共 \d+ 款产品/ })).toBeVisible();

    const response = await page.goto(`/${locale}/products/?category=<script>alert(1)</script>&page=-4&moqMax=99999999999999999999`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText(locale === 'en' ? 'not known' : '无法识别');
    await context.close();
  });

  test(`${locale}: unknown products, exporters and categories get the 404 page in the same language`, async ({ page }) => {
    for (const path of [
      `/${locale}/products/no-such-thing/`,
      `/${locale}/exporters/nobody/`,
      `/${locale}/categories/unicorns/`,
      `/${locale}/nowhere/at/all/`,
    ]) {
      const response = await page.goto(path);
      expect(response!.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: l.notFound })).toBeVisible();
    }
  });

  test(`${locale}: exporters directory and shop page show verification with dates`, async ({ page }) => {
    await page.goto(`/${locale}/exporters/`);
    const shop = page.getByRole('heading', { level: 2 }).first().getByRole('link');
    const name = (await shop.textContent())!.trim();
    await shop.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { name: locale === 'en' ? /^Verified by the pavilion on / : /^国家馆已于 .+ 核验$/ })).toBeVisible();
    await expect(page.getByText(locale === 'en' ? /checked [A-Z][a-z]{2} \d+, 20\d\d/ : /核验日期：20\d\d年/).first()).toBeVisible();
    await expectAccessible(page);
  });
}

test('a Chinese product page shows the Chinese name, trade terms and a CNY price', async ({ page }) => {
  await page.goto('/zh/categories/himalayan-salt/');
  await page.getByRole('list').getByRole('heading', { level: 3 }).first().getByRole('link').click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(/[\u4e00-\u9fff]/);
  await expect(page.getByRole('heading', { name: '交易条款' })).toBeVisible();
  await expect(page.getByText(/CNY|¥/).first()).toBeVisible();
  // The exporter's code is Pakistan's tariff line, labelled as such; China's side shows only what is international or checked.
  await expect(page.getByText('巴基斯坦海关税则号（PCT）', { exact: true })).toBeVisible();
  await expect(page.getByText('HS 子目（6 位，国际通用）', { exact: true })).toBeVisible();
  await expect(page.getByText('中国海关编码')).toHaveCount(0);
});

test('a Chinese buyer sees what applies when importing: CCC for salt lamps, feed rules for lick blocks, never "no registration needed"', async ({ page }) => {
  await page.goto('/zh/categories/handicrafts/');
  await page.getByText('进口到中国：适用要求').click();
  await expect(page.getByText(/列入中国强制性产品认证（CCC）目录/)).toBeVisible();
  await expect(page.getByText(/中国—巴基斯坦自由贸易区原产地证书（FORM P）/)).toBeVisible();

  await page.goto('/zh/products/natural-lick-salt-with-rope-2-5kg/');
  await expect(page.getByText('非食品：不适用海关总署第 248 号令的境外食品生产企业注册。')).toBeVisible();
  await expect(page.getByText(/舔砖属于饲料/)).toBeVisible();
  await expect(page.getByText('该品类无需注册。')).toHaveCount(0);

  await page.goto('/zh/products/mayo-dissecting-scissors-straight-17cm/');
  await expect(page.getByText(/第一类实行备案，第二类、第三类实行注册/)).toBeVisible();
  await expect(page.getByText('该品类无需注册。')).toHaveCount(0);
});

test('what China buys from Pakistan is in the catalog and found in Chinese', async ({ page }) => {
  for (const [category, name] of [
    ['cotton-yarn', '棉纱'],
    ['cotton-fabrics', '坯布与牛仔布'],
    ['refined-copper', '精炼铜'],
    ['chrome-ore', '铬矿砂'],
  ] as const) {
    await page.goto(`/zh/categories/${category}/`);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('list').getByRole('heading', { level: 3 }).first()).toBeVisible();
  }
  for (const q of ['棉纱', '坯布', '牛仔布', '芝麻', '铬矿', '电解铜']) {
    await page.goto(`/zh/search/?q=${encodeURIComponent(q)}`);
    await expect(
      page
        .getByRole('heading', { level: 3 })
        .filter({ hasText: q.slice(0, 2) })
        .first(),
    ).toBeVisible();
  }
});

test('catalog pages may be cached briefly by a CDN; pages carry hreflang and canonical links', async ({ request }) => {
  const res = await request.get('/zh/products/');
  expect(res.headers()['cache-control']).toContain('s-maxage=');
  const html = await res.text();
  expect(html).toContain('hreflang="en"');
  expect(html).toContain('hreflang="zh-Hans"');
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/zh\/products\/"/);
});

test('the sitemap lists ≥ 300 product and ≥ 40 exporter pages in each locale', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(await index.text())![1]!;
  const xml = await (await request.get(new URL(sitemapUrl).pathname)).text();
  for (const locale of ['en', 'zh']) {
    const products = xml.match(new RegExp(`<loc>[^<]*/${locale}/products/[^<]+/</loc>`, 'g')) ?? [];
    const exporters = xml.match(new RegExp(`<loc>[^<]*/${locale}/exporters/[^<]+/</loc>`, 'g')) ?? [];
    expect(products.length).toBeGreaterThanOrEqual(300);
    expect(exporters.length).toBeGreaterThanOrEqual(40);
  }
});

test('no page references another host', async ({ request, baseURL }) => {
  const paths = ['/en/', '/zh/', '/en/products/', '/zh/categories/rice/', '/en/exporters/', '/zh/about/'];
  const product = /href="(\/zh\/products\/[^"]+\/)"/.exec(await (await request.get('/zh/products/')).text())![1]!;
  const exporter = /href="(\/en\/exporters\/[^"?]+\/)"/.exec(await (await request.get('/en/exporters/')).text())![1]!;
  for (const path of [...paths, product, exporter]) {
    const html = await (await request.get(path)).text();
    expect(foreignReferences(html, new URL(baseURL!).origin), path).toEqual([]);
  }
});

test('content pages ship no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/en/about/');
  await page.goto('/zh/culture/');
  expect(scripts).toEqual([]);
});
