import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { BAD_ROWS, csvText, fiftyRows, lampRow } from '../fixtures/sheets';
import { expectAccessible, LOCALES } from './fixtures';

/**
 * A trader on a small phone imports a 50-row sheet with three mistakes, sees
 * each mistake by row and column in their language, fixes the three rows in
 * the preview, imports all 50 as drafts and publishes two of them at once.
 */

const EXPORTER = { email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' };

test.use({ viewport: { width: 360, height: 740 } });

async function signIn(page: Page) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(EXPORTER.email);
  await page.getByLabel('Password').fill(EXPORTER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/exporter\/$/);
}

const TEXT = {
  en: {
    list: 'Your products',
    link: 'Import or export a spreadsheet',
    heading: 'Import products from a spreadsheet',
    template: 'Template (CSV)',
    sheet: 'Spreadsheet (CSV or Excel .xlsx)',
    upload: 'Upload and preview',
    counts: '47 of 50 rows are ready; 3 need fixing.',
    row: (line: number) => `Row ${line}`,
    labels: { hsCode: 'HS code', moq: 'MOQ', nameEn: 'Name (English)' },
    messages: { hsCode: 'An HS code has 8 digits', moq: 'Please enter a whole number.', nameEn: 'Required.' },
    save: (line: number) => `Save row ${line}`,
    saved: (line: number) => `Row ${line} saved.`,
    import: 'Import the 50 ready rows as drafts',
    done: 'Imported: 50 new, 0 changed, 0 unchanged.',
    name: (n: string, run: string) => `Pink Salt Lamp model ${n} ${run}`,
    select: (name: string) => `Select ${name} to publish`,
    publish: 'Publish the selected drafts',
    published: '2 drafts published.',
  },
  zh: {
    list: '我的产品',
    link: '用表格导入或导出',
    heading: '用表格批量导入产品',
    template: '模板（CSV）',
    sheet: '表格文件（CSV 或 Excel）',
    upload: '上传并预览',
    counts: '共 50 行，47 行可导入，3 行需修改。',
    row: (line: number) => `第 ${line} 行`,
    labels: { hsCode: 'HS编码', moq: '最小起订量', nameEn: '品名（英文）' },
    messages: { hsCode: 'HS 编码为 8 位数字', moq: '请输入整数。', nameEn: '请填写此项。' },
    save: (line: number) => `保存第 ${line} 行`,
    saved: (line: number) => `第 ${line} 行已保存。`,
    import: '将 50 行可导入的数据导入为草稿',
    done: '导入完成：新增 50 个，更新 0 个，未变 0 个。',
    name: (n: string, run: string) => `粉盐灯${n}型 ${run}`,
    select: (name: string) => `选择发布${name}`,
    publish: '发布所选草稿',
    published: '已发布 2 个草稿。',
  },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: template, a 50-row sheet with 3 bad rows, fixes, import as drafts, bulk publish`, async ({ page }, info) => {
    // Many page loads and two axe runs over long pages (the demo exporter lists hundreds of products).
    test.setTimeout(240_000);
    const text = TEXT[locale];
    const run = `${locale}${info.project.name.slice(0, 2)}${String(Date.now() % 1_000_000)}`;
    const rows = fiftyRows().map((r) => ({ ...r, sku: `${run}-${r.sku}`, nameEn: r.nameEn && `${r.nameEn} ${run}`, nameZh: `${r.nameZh} ${run}` }));
    const fixes = BAD_ROWS.map((b) => ({ ...b, fix: b.column === 'nameEn' ? { nameEn: `Pink Salt Lamp model 039 ${run}` } : b.fix }));
    await signIn(page);

    await page.goto(`/${locale}/exporter/products/`);
    await expect(page.getByRole('heading', { level: 1, name: text.list })).toBeVisible();
    await page.getByRole('link', { name: text.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.heading })).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: text.template }).click()]);
    const template = await readFile((await download.path())!, 'utf8');
    expect(template.split('\r\n')[0]).toContain('"SKU / 货号","Name (English) / 品名（英文）"');
    expect(template).toContain('PS-LAMP-01');

    await page.getByLabel(text.sheet).setInputFiles({ name: `lamps-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csvText(rows)) });
    await page.getByRole('button', { name: text.upload }).click();
    await expect(page.getByText(text.counts)).toBeVisible();
    const table = page.getByRole('table');
    for (const bad of fixes) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: String(bad.line), exact: true }) });
      await expect(row).toContainText(text.labels[bad.column]);
      await expect(row).toContainText(text.messages[bad.column]);
    }
    await expectAccessible(page);

    // The preview survives a reload (the batch is stored).
    await page.reload();
    await expect(page.getByText(text.counts)).toBeVisible();

    for (const bad of fixes) {
      const form = page.getByRole('region', { name: new RegExp(`^${text.row(bad.line)}`) });
      const field = form.getByLabel(text.labels[bad.column], { exact: true });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.fill(Object.values(bad.fix)[0]!);
      await form.getByRole('button', { name: text.save(bad.line) }).click();
      await expect(page.getByRole('status')).toHaveText(text.saved(bad.line));
    }

    await page.getByRole('button', { name: text.import }).click();
    await expect(page.getByRole('status')).toHaveText(text.done);

    await page.goto(`/${locale}/exporter/products/`);
    const first = text.name('001', run);
    const second = text.name('039', run);
    await page.getByRole('checkbox', { name: text.select(first) }).check();
    await page.getByRole('checkbox', { name: text.select(second) }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: text.publish }).click();
    await expect(page.getByRole('status')).toHaveText(text.published);
    await expect(page.getByRole('checkbox', { name: text.select(first) })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: text.select(text.name('002', run)) })).toHaveCount(1);
  });
}

test('an operator imports for an exporter from the console; the same file again changes nothing', async ({ page }, info) => {
  test.setTimeout(120_000);
  const run = `op${info.project.name.slice(0, 2)}${String(Date.now() % 1_000_000)}`;
  const sheet = csvText([lampRow(1, { sku: `${run}-FB5`, category: 'sports-goods', nameEn: `Match football size 5 ${run}`, nameZh: `五号比赛足球 ${run}` })]);
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill('operator@pavilion.example');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/operator\/$/);

  await page.goto('/en/operator/exporters/chenab-sports-works/');
  await page.getByRole('link', { name: 'Import products for this exporter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Import products for Chenab Sports Works/ })).toBeVisible();
  await expect(page.getByText('The audit log records you as the one who did it.')).toBeVisible();
  for (const done of ['Imported: 1 new, 0 changed, 0 unchanged.', 'Imported: 0 new, 0 changed, 1 unchanged.']) {
    await page.getByLabel('Spreadsheet (CSV or Excel .xlsx)').setInputFiles({ name: `${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await expect(page.getByText('1 of 1 rows are ready; 0 need fixing.')).toBeVisible();
    await page.getByRole('button', { name: 'Import the 1 ready rows as drafts' }).click();
    await expect(page.getByRole('status')).toHaveText(done);
  }
  await expectAccessible(page);
});
