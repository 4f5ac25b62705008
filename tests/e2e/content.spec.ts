import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expectAccessible, LOCALES } from './fixtures';

const MIN_ARTICLES = { culture: 8, cuisine: 8, tourism: 10 } as const;

const text = {
  en: {
    sections: { culture: 'Culture', cuisine: 'Cuisine', tourism: 'Tourism' },
    count: /^\d+ articles?$/,
    topics: 'Topics',
    practical: 'Practical notes',
    kitchen: 'From the kitchen to the catalog',
    readMore: 'Read more',
    qr: 'Scan with WeChat to share this page',
    pavilions: 'Offline pavilions',
    listTitle: 'Addresses and opening hours',
    cities: ['Chengdu', 'Kunming', 'Urumqi', 'Yiwu', 'Zhengzhou'],
    nav: 'Main',
  },
  zh: {
    sections: { culture: '文化', cuisine: '美食', tourism: '旅游' },
    count: /^共 \d+ 篇文章$/,
    topics: '话题',
    practical: '出行须知',
    kitchen: '从厨房到产品目录',
    readMore: '延伸阅读',
    qr: '微信扫一扫，分享本页',
    pavilions: '线下展馆',
    listTitle: '地址与开放时间',
    cities: ['成都', '昆明', '乌鲁木齐', '义乌', '郑州'],
    nav: '主导航',
  },
} as const;

/** Collects the script files a page requests (inline scripts are not requests). */
function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

/** Screenshots a QR code (with its white frame) and decodes it. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  await code.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await code.locator('..').screenshot());
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height)?.data;
}

for (const locale of LOCALES) {
  const l = text[locale];

  test(`${locale}: culture, cuisine and tourism list their articles, reachable from the main navigation, with no script`, async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto(`/${locale}/about/`);
    for (const [section, min] of Object.entries(MIN_ARTICLES) as Array<[keyof typeof MIN_ARTICLES, number]>) {
      await page.getByRole('navigation', { name: l.nav }).getByRole('link', { name: l.sections[section], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/${section}/$`));
      await expect(page.getByRole('heading', { level: 1, name: l.sections[section] })).toBeVisible();
      const list = page.getByRole('list', { name: l.count });
      const titles = list.getByRole('heading', { level: 3 });
      expect(await titles.count()).toBeGreaterThanOrEqual(min);
      await expect(list.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^/${locale}/${section}/[a-z0-9-]+/$`));

      // A topic chip jumps to the list of articles with that tag, without JavaScript.
      const chip = page.getByRole('navigation', { name: l.topics }).getByRole('link').first();
      const tag = (await chip.textContent())!.trim();
      await chip.click();
      await expect(page).toHaveURL(/#tag-/);
      await expect(page.locator(':target').getByRole('heading', { level: 3 })).toContainText(tag);
    }
    expect(scripts).toEqual([]);
  });

  test(`${locale}: a tourism article has practical notes, hreflang, and a QR code of its own address`, async ({ page, baseURL }) => {
    const scripts = watchScripts(page);
    await page.goto(`/${locale}/tourism/hunza/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(locale === 'zh' ? '罕萨' : 'Hunza');
    await expect(page.getByRole('heading', { level: 2, name: l.practical })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', `${baseURL}/zh/tourism/hunza/`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as Record<string, unknown>;
    expect(ld['@type']).toBe('Article');
    expect(await page.locator('article img').first().getAttribute('src')).toMatch(/^\/media\/article\/[a-z-]+\/hunza\.svg$/);

    const qr = page.getByRole('img', { name: l.qr });
    await expect(qr).toBeVisible();
    expect(await decodeQr(qr)).toBe(`${baseURL}/${locale}/tourism/hunza/`);
    await expectAccessible(page);
    expect(scripts).toEqual([]);
  });

  test(`${locale}: from a cuisine article to a product in the catalog and back`, async ({ page, baseURL }) => {
    await page.goto(`/${locale}/cuisine/biryani/`);
    const articleTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const box = page.getByRole('region', { name: l.kitchen });
    const product = box.getByRole('link').first();
    const productName = (await product.textContent())!.trim();
    await product.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/products/[a-z0-9-]+/$`));
    await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible();

    const productUrl = page.url();
    const qr = page.getByRole('img', { name: l.qr });
    expect(await decodeQr(qr)).toBe(productUrl);

    await page.getByRole('region', { name: l.readMore }).getByRole('link', { name: articleTitle }).click();
    await expect(page).toHaveURL(`${baseURL}/${locale}/cuisine/biryani/`);
    await expect(page.getByRole('heading', { level: 1, name: articleTitle })).toBeVisible();
  });

  test(`${locale}: the offline pavilions are on the map and in the list`, async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto(`/${locale}/pavilions/`);
    await expect(page.getByRole('heading', { level: 1, name: l.pavilions })).toBeVisible();
    const map = page.getByRole('img', { name: new RegExp(l.cities[0]) });
    await expect(map).toBeVisible();
    const labels = await map.locator('text').allTextContents();
    const list = page.getByRole('region', { name: l.listTitle });
    for (const city of l.cities) {
      await expect(map).toHaveAccessibleName(new RegExp(city));
      expect(labels.map((s) => s.trim())).toContain(city);
      await expect(list.getByRole('heading', { level: 3, name: city, exact: true })).toBeVisible();
    }
    await expect(list.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(5);
    // A route diagram, not a map: no country outline (so no borders or islands to get wrong), only one line per route.
    await expect(map.locator('path:not([data-route])')).toHaveCount(0);
    await expect(map.locator('path[data-route]')).toHaveCount(5);
    await expect(list.getByRole('link', { name: /^\+86/ }).first()).toHaveAttribute('href', /^tel:\+86\d+$/);
    await expectAccessible(page);
    expect(scripts).toEqual([]);
  });
}

test('articles are found by search in either language', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('罕萨')}`);
  await expect(page.locator('a[href="/zh/tourism/hunza/"]').first()).toBeVisible();
  await page.goto('/en/search/?q=nihari');
  await expect(page.locator('a[href="/en/cuisine/nihari/"]').first()).toBeVisible();
});

test('article illustrations are generated for existing articles only, and the sitemap lists the new pages', async ({ request }) => {
  const art = await request.get('/media/article/biryani/biryani.svg');
  expect(art.status()).toBe(200);
  expect(art.headers()['content-type']).toContain('image/svg+xml');
  // Drawn at build time and served as a file: cached, and revalidated cheaply by its ETag.
  expect(art.headers()['cache-control']).toContain('public');
  const again = await request.get('/media/article/biryani/biryani.svg', { headers: { 'If-None-Match': art.headers()['etag']! } });
  expect(again.status()).toBe(304);
  expect((await request.get('/media/article/biryani/not-an-article.svg')).status()).toBe(404);
  expect((await request.get('/media/article/..%2F/x.svg')).status()).toBe(404);
  expect((await request.get('/en/not-a-section/')).status()).toBe(404);

  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of ['/en/culture/', '/zh/cuisine/', '/en/tourism/hunza/', '/zh/culture/truck-art/', '/en/pavilions/']) expect(sitemap).toContain(path);
});
