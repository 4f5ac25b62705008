import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectAccessible } from './fixtures';

/**
 * The product editor on a small phone (360 px wide, the screen of a cheap Android phone in Multan): folded
 * sections, the right keyboards, duplicate and delete. Each test works on copies it makes and deletes.
 */
const EXPORTER = { email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' };

const TEXT = {
  en: {
    product: 'Himalayan Pink Salt, Granulated 1–2 mm, 25 kg PP Bags',
    basics: 'Basics',
    trade: 'Trade terms',
    prices: 'Prices',
    name: 'Product name (English)',
    moq: 'Minimum order quantity',
    step: 'Price step 1',
    price: 'Price per unit (USD)',
    sku: 'SKU (your own product code)',
    duplicate: (name: string) => `Duplicate ${name}`,
    copy: (name: string) => `${name} (copy)`,
    copied: 'This is a draft copy.',
    save: 'Save product',
    saved: 'Your changes are saved.',
    skuTaken: (sku: string) => `Another of your products already has the SKU ${sku}.`,
    toFix: '1 to fix',
    photos: 'Product photos',
    addPhoto: 'Add a photo',
    heic: 'This photo is in HEIC format (iPhone), which we cannot read.',
    added: 'Photo added. Save the product to keep it.',
    delete: (name: string) => `Delete ${name}`,
    confirmTitle: (name: string) => `Delete ${name}?`,
    noInquiries: 'No inquiry or quote names this product.',
    confirm: 'Delete this product',
    deleted: (name: string) => `${name} is deleted.`,
  },
  zh: {
    product: '喜马拉雅粉盐 中粒 1–2 毫米 25 公斤编织袋',
    basics: '基本信息',
    trade: '贸易条款',
    prices: '价格',
    name: '产品名称（英文）',
    moq: '最小起订量',
    step: '价格档位 1',
    price: '单价（美元）',
    sku: '货号（您自己的产品编码）',
    duplicate: (name: string) => `复制“${name}”`,
    copy: (name: string) => `${name}（副本）`,
    copied: '这是一份草稿副本。',
    save: '保存产品',
    saved: '修改已保存。',
    skuTaken: (sku: string) => `您的另一款产品已使用货号 ${sku}。`,
    toFix: '1 项需修改',
    photos: '产品图片',
    addPhoto: '添加照片',
    heic: '该图片为苹果手机的 HEIC 格式，暂无法读取。',
    added: '照片已添加。请保存产品以保留照片。',
    delete: (name: string) => `删除“${name}”`,
    confirmTitle: (name: string) => `删除“${name}”？`,
    noInquiries: '没有询盘或报价单涉及该产品。',
    confirm: '删除该产品',
    deleted: (name: string) => `“${name}”已删除。`,
  },
} as const;

test.use({ viewport: { width: 360, height: 740 } });

async function signIn(page: Page) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(EXPORTER.email);
  await page.getByLabel('Password').fill(EXPORTER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/exporter\/$/);
}

const tag = () => String(Date.now() % 1_000_000).padStart(6, '0');
const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const locale of ['en', 'zh'] as const) {
  const s = TEXT[locale];

  test(`${locale}: on a 360-px phone the editor folds its sections, asks for numbers with a number keyboard, duplicates and deletes with a confirmation`, async ({
    page,
  }, info) => {
    test.skip(info.project.name !== 'phone', 'a phone-sized page; the desktop editor is covered by exporter-products.spec.ts');
    test.setTimeout(120_000);
    await signIn(page);
    await page.goto(`/${locale}/exporter/products/`);
    await page.getByRole('link', { name: locale === 'en' ? `Edit “${s.product}”` : `编辑“${s.product}”` }).click();

    // The basics are open, the rest folded; a tap opens a section.
    await expect(page.getByLabel(s.name)).toBeVisible();
    await expect(page.getByLabel(s.moq)).toBeHidden();
    await expect(page.getByRole('group', { name: s.step })).toBeHidden();
    expect(await noSideways(page)).toBe(true);
    await page.getByText(s.trade, { exact: true }).click();
    await expect(page.getByLabel(s.moq)).toBeVisible();
    await expect(page.getByLabel(s.moq)).toHaveAttribute('inputmode', 'numeric');
    await expect(page.getByLabel(s.moq)).toHaveAttribute('enterkeyhint', 'next');
    await page.getByText(s.prices, { exact: true }).click();
    await expect(page.getByRole('group', { name: s.step }).getByLabel(s.price)).toHaveAttribute('inputmode', 'decimal');
    await expect(page.getByLabel(s.sku)).toHaveAttribute('autocomplete', 'off');
    await expectAccessible(page);

    // Duplicate: a draft copy, marked as one, with a blank SKU.
    await page.getByRole('button', { name: s.duplicate(s.product) }).click();
    await expect(page.getByRole('status').filter({ hasText: s.copied })).toBeVisible();
    const copyName = s.copy(s.product);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(copyName);
    await expect(page.getByLabel(s.sku)).toHaveValue('');
    const firstCopy = page.url().replace(/\?.*$/, '');

    // The copy gets its own SKU; a second copy may not take the same one, and says so in the open basics.
    const sku = `PH-${locale.toUpperCase()}-${tag()}`;
    await page.getByLabel(s.sku).fill(sku);
    await page.getByRole('button', { name: s.save }).click();
    await expect(page.getByRole('status').filter({ hasText: s.saved })).toBeVisible();
    await page.getByRole('button', { name: s.duplicate(copyName) }).click();
    await expect(page.getByRole('status').filter({ hasText: s.copied })).toBeVisible();
    const secondCopy = page.url().replace(/\?.*$/, '');
    expect(secondCopy).not.toBe(firstCopy);
    await page.getByLabel(s.sku).fill(sku);
    await page.getByRole('button', { name: s.save }).click();
    await expect(page.getByText(s.skuTaken(sku))).toBeVisible();
    await expect(page.getByText(s.toFix, { exact: true })).toBeVisible();
    await expect(page.getByLabel(s.sku)).toHaveValue(sku);
    expect(await noSideways(page)).toBe(true);

    // Photos: an iPhone HEIC file is explained; a big camera photo goes up at most 2,000 px wide.
    await page.getByText(s.photos, { exact: true }).click();
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.alloc(64)]);
    await page.getByLabel(s.addPhoto).setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic });
    await expect(page.getByRole('alert').filter({ hasText: s.heic })).toBeVisible();
    const camera = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 226, g: 160, b: 150 } } })
      .jpeg({ quality: 90 })
      .toBuffer();
    const uploaded = page.waitForResponse((r) => r.url().includes('/api/exporter/uploads') && r.request().method() === 'POST');
    await page.getByLabel(s.addPhoto).setInputFiles({ name: 'IMG_0002.JPG', mimeType: 'image/jpeg', buffer: camera });
    const answer = await uploaded;
    expect(answer.status()).toBe(201);
    expect((await answer.json()).key).toMatch(/-2000x1500$/);
    await expect(page.getByRole('status').filter({ hasText: s.added })).toBeVisible({ timeout: 30_000 });

    // Delete, without JavaScript's help: a page says what happens, then the list says it is done.
    for (const editor of [secondCopy, firstCopy]) {
      await page.goto(editor);
      const name = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/^[^:：]*[:：]\s*/, '').trim();
      await page.getByRole('link', { name: s.delete(name) }).click();
      await expect(page.getByRole('heading', { level: 1, name: s.confirmTitle(name) })).toBeVisible();
      await expect(page.getByText(s.noInquiries)).toBeVisible();
      expect(await noSideways(page)).toBe(true);
      await expectAccessible(page);
      await page.getByRole('button', { name: s.confirm }).click();
      await expect(page.getByRole('status').filter({ hasText: s.deleted(name) })).toBeVisible();
      expect((await page.goto(editor))!.status()).toBe(404);
    }
  });
}

test('en: a new-product form posted twice at once (a double tap) makes one product, and its deleted address answers 410', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'one run is enough: the same server answers both projects');
  await signIn(page);
  const origin = new URL(page.url()).origin;
  const html = await (await page.request.get('/en/exporter/products/new/')).text();
  const formKey = /name="formKey" value="([^"]+)"/.exec(html)?.[1];
  expect(formKey).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
  const name = `Double Tap Salt Block ${tag()}`;
  const post = () =>
    page.request.post('/en/exporter/products/new/', {
      headers: { Origin: origin },
      maxRedirects: 0,
      multipart: {
        formKey: formKey!,
        intent: 'save',
        nameEn: name,
        summaryEn: 'A pink salt block for grilling.',
        category: 'himalayan-salt',
        moq: '100',
        unit: 'piece',
        'tier-0-qty': '100',
        'tier-0-price': '7.50',
        incoterms: 'FOB',
        hsCode: '2501.00.90',
        leadTimeMinDays: '10',
        leadTimeMaxDays: '20',
        supplyQuantity: '1000',
        supplyUnit: 'piece',
        supplyPeriod: 'month',
        samplePolicy: 'paid',
        originCity: 'khewra',
      },
    });
  const [first, second] = await Promise.all([post(), post()]);
  expect([first.status(), second.status()]).toEqual([303, 303]);
  expect(second.headers()['location']).toBe(first.headers()['location']);
  await page.goto('/en/exporter/products/');
  await expect(page.getByRole('link', { name: `Edit “${name}”` })).toHaveCount(1);

  // Published, then deleted: the public address says the product is gone.
  const editor = first.headers()['location']!.replace(/\?.*$/, '');
  await page.goto(editor);
  await page.getByRole('button', { name: 'Publish' }).click();
  const publicHref = await page.getByRole('link', { name: 'Public page' }).getAttribute('href');
  expect((await page.request.get(publicHref!)).status()).toBe(200);
  await page.getByRole('link', { name: `Delete ${name}` }).click();
  await page.getByRole('button', { name: 'Delete this product' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} is deleted.` })).toBeVisible();
  expect((await page.request.get(publicHref!)).status()).toBe(410);
});
