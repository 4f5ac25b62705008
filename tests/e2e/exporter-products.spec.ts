import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible } from './fixtures';

const EXPORTER = { email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' };
const OTHER = { email: 'chenab-sports-works@exporters.pavilion.example', password: 'exporter-demo-2026' };

/**
 * Products of the demo exporter that no other spec relies on: each browser
 * project edits its own, since the projects run in parallel on one database.
 */
const EDITED = {
  desktop: { slug: 'pink-salt-serving-tiles-10x10cm-set-4', zh: '喜马拉雅盐砖小方块 10×10×2.5 厘米 4 片装' },
  phone: { slug: 'pink-salt-cooking-slab-30x20x4cm', zh: '喜马拉雅盐烤板 长方形 30×20×4 厘米' },
} as const;

async function signIn(page: Page, account = EXPORTER) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/exporter\/$/);
}

const tag = () => String(Date.now() % 1_000_000).padStart(6, '0');

test('zh: an exporter renames a product in Chinese; the public Chinese page and Chinese search show it at once', async ({ page }, info) => {
  const product = EDITED[info.project.name as keyof typeof EDITED];
  const name = `琉璃盐砖 ${info.project.name === 'phone' ? '甲' : '乙'}${tag()}`;
  await signIn(page);
  await page.goto('/zh/exporter/products/');
  await expect(page.getByRole('heading', { level: 1, name: '我的产品' })).toBeVisible();
  await page.getByRole('link', { name: `编辑“${product.zh}”` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(product.zh);
  await page.getByText('中文版本', { exact: true }).click();
  await page.getByLabel('产品名称（中文）').fill(name);
  await page.getByRole('button', { name: '保存产品' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改已保存。' })).toBeVisible();
  await page.getByText('中文版本', { exact: true }).click();
  await expect(page.getByLabel('产品名称（中文）')).toHaveValue(name);

  await page.goto(`/zh/products/${product.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.goto(`/zh/search/?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole('link', { name }).first()).toBeVisible();

  // Back to the seeded name, so the catalog reads as before for anyone looking later.
  await page.goto('/zh/exporter/products/');
  await page.getByRole('link', { name: `编辑“${name}”` }).click();
  await page.getByText('中文版本', { exact: true }).click();
  await page.getByLabel('产品名称（中文）').fill(product.zh);
  await page.getByRole('button', { name: '保存产品' }).click();
  await expect(page.getByRole('status').filter({ hasText: '修改已保存。' })).toBeVisible();
});

test('en: an exporter creates a product with a photo (progress shown), publishes it, previews both languages and finds it public', async ({ page }, info) => {
  const name = `Rose Salt Candle Holder ${info.project.name} ${tag()}`;
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 214, g: 140, b: 150 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  await signIn(page);
  await page.goto('/en/exporter/products/');
  await page.getByRole('link', { name: 'New product' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New product' })).toBeVisible();

  await page.getByLabel('Product name (English)').fill(name);
  await page.getByLabel('Summary (one or two sentences) (English)').fill('Hand-carved pink salt tea-light holder from Khewra.');
  await page.getByLabel('Category').selectOption({ label: 'Himalayan Pink Salt' });
  // The editor folds its sections away on a phone (and a desktop): the basics are open, the rest one tap away.
  await page.getByText('Trade terms', { exact: true }).click();
  await page.getByLabel('Minimum order quantity').fill('500');
  await page.getByLabel('Order unit').selectOption('piece');
  await page.getByLabel('Pakistan Customs Tariff (PCT) code, 8 digits').fill('2501.00.90');
  await page.getByLabel('Lead time from (days)').fill('20');
  await page.getByLabel('Lead time to (days)').fill('35');
  await page.getByRole('group', { name: 'Supply capacity' }).getByLabel('Quantity').fill('20000');
  await page.getByRole('group', { name: 'Supply capacity' }).getByLabel('Unit').selectOption('piece');
  await page.getByText('Prices', { exact: true }).click();
  const step = page.getByRole('group', { name: 'Price step 1' });
  await step.getByLabel('From quantity').fill('500');
  await step.getByLabel('Price per unit (USD)').fill('3.20');

  // An error keeps everything typed: the HS code is made invalid first.
  await page.getByLabel('Pakistan Customs Tariff (PCT) code, 8 digits').fill('25x');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('An HS code has 8 digits, e.g. 2501.00.11.')).toBeVisible();
  await expect(page.getByLabel('Product name (English)')).toHaveValue(name);
  // The section with the error opened by itself; the prices, folded again, say what they hold.
  await expect(page.getByText('1 to fix', { exact: true })).toBeVisible();
  await expect(page.getByText('Price steps: 1', { exact: true })).toBeVisible();
  await page.getByText('Prices', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Price step 1' }).getByLabel('Price per unit (USD)')).toHaveValue('3.20');
  await page.getByLabel('Pakistan Customs Tariff (PCT) code, 8 digits').fill('2501.00.90');

  await page.getByText('Product photos', { exact: true }).click();
  await page.getByLabel('Add a photo').setInputFiles({ name: 'holder.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('progressbar', { name: 'Upload progress' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Photo added. Save the product to keep it.' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('group', { name: 'Photo 1' }).getByLabel('Description (English)').fill('Pink salt candle holder with a lit tea light');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved as a draft' })).toBeVisible();
  await expect(page.getByText('This product is a draft: buyers do not see it.')).toBeVisible();
  await page.getByText('Product photos', { exact: true }).click();
  await expect(page.getByRole('group', { name: 'Photo 1' }).getByLabel('Description (English)')).toHaveValue('Pink salt candle holder with a lit tea light');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Preview in both languages' }).click();
  await expect(page.getByRole('heading', { name: 'English page' })).toBeVisible();
  const chinese = page.getByRole('region', { name: 'Chinese page' });
  await expect(chinese.getByText(name)).toBeVisible();
  await expect(chinese.getByText('English shown: no Chinese text yet').first()).toBeVisible();
  await expect(chinese.getByText('起订量')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the editor' }).click();

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is published' })).toBeVisible();
  await page.getByRole('link', { name: 'Public page' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const image = page.getByRole('img', { name: 'Pink salt candle holder with a lit tea light' });
  await expect(image).toBeVisible();
  await expect(page.locator('picture source[type="image/avif"]').first()).toHaveAttribute('srcset', /\/media\/uploads\/.+-960\.avif 960w/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
  expect(src).toMatch(/\/media\/uploads\/.+\.(avif|webp)$/);
  const served = await page.request.get(src);
  expect(served.headers()['content-type']).toMatch(/^image\/(avif|webp)$/);
  expect(served.headers()['x-content-type-options']).toBe('nosniff');

  // The Chinese page falls back to English, marked as English.
  await page.goto(new URL(page.url()).pathname.replace(/^\/en\//, '/zh/'));
  await expect(page.getByRole('heading', { level: 1, name })).toHaveAttribute('lang', 'en');
});

test('a refused photo gets a clear message in the page language and adds nothing', async ({ page }) => {
  await signIn(page);
  await page.goto('/zh/exporter/products/new/');
  await page.getByText('产品图片', { exact: true }).click();
  await page.getByLabel('添加照片').setInputFiles({
    name: 'logo.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByRole('alert').filter({ hasText: '该文件不是我们接受的照片格式' })).toBeVisible();
  await expect(page.getByRole('group', { name: '照片 1' })).toHaveCount(0);
});

test('anonymous visitors, the operator and other exporters cannot reach an exporter’s products', async ({ page, request }) => {
  const list = await request.get('/en/exporter/products/', { maxRedirects: 0 });
  expect(list.status()).toBe(303);
  expect(list.headers()['location']).toMatch(/\/en\/exporter\/sign-in\//);
  const upload = await request.post('/api/exporter/uploads', { headers: { 'Content-Type': 'application/octet-stream' }, data: Buffer.from('x') });
  expect(upload.status()).toBe(401);

  await signIn(page);
  await page.goto('/en/exporter/products/');
  const href = await page.getByRole('link', { name: `Edit “${'Himalayan Salt Cooking Block 20 × 20 × 5 cm'}”` }).getAttribute('href');
  await page.context().clearCookies();
  await signIn(page, OTHER);
  const editor = await page.goto(href!);
  expect(editor!.status()).toBe(404);
  const publish = await page.request.post(`${href}status`, {
    form: { status: 'draft', return: 'list' },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(publish.status()).toBe(404);
  const preview = await page.goto(`${href}preview/`);
  expect(preview!.status()).toBe(404);
  await page.goto('/en/products/pink-salt-cooking-block-20x20x5cm/');
  await expect(page.getByRole('heading', { level: 1, name: 'Himalayan Salt Cooking Block 20 × 20 × 5 cm' })).toBeVisible();
});
