import { expect, test } from '@playwright/test';
import { BAD_ROWS, csvText, fiftyRows } from '../fixtures/sheets';
import { makeTranslator, signInInEnglish } from './accounts';
import { PDF } from './documents';
import { expectAccessible } from './fixtures';
import { waitForMail } from './mailbox';
import { literal, ur } from './urdu';

/**
 * A small exporter in Multan who reads Urdu and writes no Chinese, on a 360-pixel phone: signs up in Urdu,
 * completes the profile, uploads the registrations, imports a 50-row sheet with three mistakes, fixes them,
 * publishes; the operator verifies the company; a translator of the pavilion writes the Chinese name of a product;
 * the exporter accepts it in Urdu, and a Chinese buyer reads it on the product page. Every step that changes
 * what buyers see is in the operator's audit log, with who did it.
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
test.use(PHONE);

const OPERATOR = { email: 'operator@pavilion.example', password: 'operator-demo-2026' };

/** An English and a Chinese field label as the profile form writes them: "name (English)". */
const qualified = (ns: string, key: string, qualifier: string) => ur('common', 'punct.qualified', { text: ur(ns, key), qualifier: ur(ns, qualifier) });

test('an Urdu-reading exporter on a phone: sign up, import a sheet, fix, publish; a translator writes the Chinese; Chinese buyers read it; all in the audit log', async ({
  page,
  browser,
  baseURL,
}, info) => {
  test.skip(info.project.name !== 'phone', 'one journey, on the phone');
  test.setTimeout(480_000);
  const run = Date.now().toString(36);
  const company = `Multan Salt Lamps ${run}`;
  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const email = `owner-${run}@multan-lamps.example`;
  const password = 'multan-lamps-2026-pw';
  const open = async () => (await browser.newContext({ baseURL: baseURL!, ...PHONE })).newPage();

  await test.step('signs up in Urdu and confirms the address from the Urdu mail', async () => {
    await page.goto('/ur/exporter/sign-up/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectAccessible(page);
    await page.getByLabel(ur('exporter', 'signUp.name')).fill('Ayesha Qureshi');
    await page.getByLabel(ur('exporter', 'signUp.company')).fill(company);
    await page.getByLabel(ur('exporter', 'signUp.email')).fill(email);
    await page.getByLabel(ur('exporter', 'signUp.password')).fill(password);
    await page.getByRole('button', { name: ur('exporter', 'signUp.submit') }).click();
    await expect(page.getByRole('heading', { name: ur('exporter', 'signUp.sentTitle') })).toBeVisible();
    const [link] = await waitForMail(email, /http:\/\/[^\s]+\/ur\/exporter\/verify\/\?token=\S+/);
    await page.goto(link);
    await expect(page.getByRole('status')).toContainText(ur('exporter', 'verify.done'));
    await page.goto('/ur/exporter/sign-in/');
    await page.getByLabel(ur('exporter', 'signIn.email')).fill(email);
    await page.getByLabel(ur('exporter', 'signIn.password')).fill(password);
    await page.getByRole('button', { name: ur('exporter', 'signIn.submit'), exact: true }).click();
    await expect(page).toHaveURL(/\/ur\/exporter\/(?:profile\/)?$/);
  });

  await test.step('completes the profile in English only and uploads the three registrations', async () => {
    await page.goto('/ur/exporter/profile/');
    await page.getByLabel(qualified('exporter', 'profile.name', 'profile.english')).fill(company);
    await page
      .getByLabel(qualified('exporter', 'profile.description', 'profile.english'))
      .fill('Carved pink salt lamps from Khewra rock salt, finished in Multan.');
    await page.getByLabel(ur('exporter', 'profile.city'), { exact: true }).selectOption('multan');
    await page.getByLabel(ur('exporter', 'profile.inquiryEmail')).fill(email);
    await page.getByRole('button', { name: ur('exporter', 'profile.save') }).click();
    await expect(page.getByRole('status').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectAccessible(page);

    await page.goto('/ur/exporter/documents/');
    await expect(page.getByRole('heading', { level: 1, name: ur('review', 'documents.title') })).toBeVisible();
    for (const kind of ['secp', 'ntn', 'export-registration']) {
      await page.getByLabel(ur('review', 'documents.kindLabel'), { exact: true }).selectOption(kind);
      await page.getByLabel(ur('review', 'documents.file'), { exact: true }).setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.getByRole('button', { name: ur('review', 'documents.upload') }).click();
      await expect(page.getByRole('status')).toContainText(ur('review', 'documents.uploaded'));
    }
    await expect(page.getByText(ur('review', 'documents.allThere'))).toBeVisible();
    await expectAccessible(page);
  });

  // The sheet of a trader who writes no Chinese: the Chinese columns are empty.
  const rows = fiftyRows().map((r) => ({
    ...r,
    sku: `${run}-${r.sku}`,
    nameEn: r.nameEn && `${r.nameEn} ${run}`,
    nameZh: '',
    summaryZh: '',
    descriptionZh: '',
    keywordsZh: '',
    sampleNoteZh: '',
    specsZh: '',
  }));
  const first = `Pink Salt Lamp model 001 ${run}`;
  const second = `Pink Salt Lamp model 039 ${run}`;

  await test.step('imports a 50-row sheet, sees the three bad rows in Urdu, fixes them and imports all 50 as drafts', async () => {
    await page.goto('/ur/exporter/products/');
    await page.getByRole('link', { name: ur('import', 'link') }).click();
    await expect(page.getByRole('heading', { level: 1, name: ur('import', 'title') })).toBeVisible();
    await page.getByLabel(ur('import', 'upload.sheet')).setInputFiles({ name: `multan-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csvText(rows)) });
    await page.getByRole('button', { name: ur('import', 'upload.submit') }).click();
    await expect(page.getByText(ur('import', 'preview.counts', { valid: 47, total: 50, bad: 3 }))).toBeVisible();
    await expectAccessible(page);
    // The columns are named in Urdu on the page (the sheet's own headers stay English and Chinese).
    const labels = { hsCode: ur('import', 'columns.hsCode'), moq: ur('import', 'columns.moq'), nameEn: ur('import', 'columns.nameEn') } as const;
    const fixes = { hsCode: '25010090', moq: '120', nameEn: second } as const;
    for (const bad of BAD_ROWS) {
      const sku = rows[bad.line - 2]!.sku;
      const form = page.getByRole('region', { name: ur('import', 'preview.fixRow', { line: bad.line, sku }) });
      const field = form.getByLabel(labels[bad.column], { exact: true });
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.fill(fixes[bad.column]);
      await form.getByRole('button', { name: ur('import', 'preview.saveRow', { line: bad.line }) }).click();
      await expect(page.getByRole('status')).toHaveText(ur('import', 'preview.rowSaved', { line: bad.line }));
    }
    await page.getByRole('button', { name: ur('import', 'preview.import', { count: 50 }) }).click();
    await expect(page.getByRole('status')).toHaveText(ur('import', 'outcome.done', { created: 50, changed: 0, unchanged: 0 }));
  });

  await test.step('publishes two drafts at once', async () => {
    await page.goto('/ur/exporter/products/');
    await page.getByRole('checkbox', { name: ur('import', 'bulk.select', { name: first }) }).check();
    await page.getByRole('checkbox', { name: ur('import', 'bulk.select', { name: second }) }).check();
    await page.getByRole('button', { name: ur('import', 'bulk.publish') }).click();
    await expect(page.getByRole('status')).toHaveText(ur('import', 'bulk.done_other', { count: 2 }));
    await expectAccessible(page);
  });

  const operator = await open();
  await test.step('the operator verifies the company: every condition is met', async () => {
    await signInInEnglish(operator, OPERATOR.email, OPERATOR.password, /\/en\/operator\/$/);
    await operator.goto(`/en/operator/exporters/${slug}/`);
    await operator.getByLabel('What was checked').selectOption('secp');
    await operator.getByLabel('Reference').fill(`SECP-${run}`);
    await operator.getByLabel('Valid until').fill(`${new Date().getUTCFullYear() + 1}-06-30`);
    await operator.getByRole('button', { name: 'Record check and verify' }).click();
    await expect(operator.getByRole('status')).toContainText('the exporter is verified');
  });

  const translator = await open();
  const translatorEmail = `desk-${run}@translators.pavilion.example`;
  const translatorPassword = `desk-${run}-password`;
  const chinese = `粉盐灯001型（${run}）`;
  await test.step('a translator of the pavilion writes the Chinese name of a published product', async () => {
    await makeTranslator(operator, translator, translatorEmail, translatorPassword);
    await translator.goto('/en/translator/?show=missing');
    await translator.getByRole('link', { name: `Translate the Name of ${first}` }).click();
    await translator.getByLabel('Your Chinese').fill(chinese);
    await translator.getByRole('button', { name: 'Send to the exporter' }).click();
    await expect(translator.getByRole('status')).toContainText('Your Chinese was sent to the exporter.');
    await expectAccessible(translator);
  });

  let productSlug = '';
  await test.step('the exporter accepts it in Urdu, and the Chinese product page shows it', async () => {
    await page.goto('/ur/exporter/translations/');
    await expect(page.getByRole('heading', { level: 1, name: ur('desk', 'exporter.title') })).toBeVisible();
    await expect(page.getByText(chinese)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: ur('desk', 'exporter.acceptLabel', { field: ur('desk', 'fields.name'), title: first }) }).click();
    await expect(page.getByRole('status')).toContainText(ur('desk', 'exporter.accepted'));
    await page.goto('/ur/exporter/products/');
    const href = await page
      .getByRole('listitem')
      .filter({ hasText: literal(first) })
      .getByRole('link', { name: ur('products', 'list.viewPublic') })
      .getAttribute('href');
    productSlug = /\/products\/([^/]+)\//.exec(href ?? '')?.[1] ?? '';
    expect(productSlug).not.toBe('');

    const buyer = await open();
    await buyer.goto(`/zh/products/${productSlug}/`);
    await expect(buyer.getByRole('heading', { level: 1, name: chinese })).toBeVisible();
    await expect(buyer.getByRole('heading', { level: 1, name: chinese })).toHaveAttribute('lang', 'zh-Hans');
    await expectAccessible(buyer);
    await buyer.context().close();
  });

  await test.step('the audit log holds every step, with who did it', async () => {
    await operator.goto(`/en/operator/audit/?exporter=${slug}`);
    await expect(operator.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const row = (action: string) => operator.getByRole('row').filter({ hasText: action });
    await expect(row('Document uploaded').first()).toContainText(email);
    await expect(row('Products imported from a spreadsheet')).toContainText(email);
    await expect(row('Product published').first()).toContainText(email);
    await expect(row('Verified')).toContainText(OPERATOR.email);
    await expect(row('Chinese suggested')).toContainText(translatorEmail);
    await expect(row('Chinese accepted')).toContainText(email);
    await expect(row('Chinese accepted')).toContainText(chinese);
    await expectAccessible(operator);
  });

  for (const other of [operator, translator]) await other.context().close();
});
