import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, LOCALES, type Locale } from './fixtures';
import { waitForMail } from './mailbox';
import { INQUIRY_FORM, QUOTE_ANSWER, QUOTE_EDITOR } from './labels';

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
const KHEWRA = 'khewra-crystal-salt-works@exporters.pavilion.example';
const PASSWORD = 'exporter-demo-2026';

const text = {
  en: {
    ...INQUIRY_FORM.en,
    ...QUOTE_EDITOR.en,
    ...QUOTE_ANSWER.en,
    portOption: 'Shanghai',
    summary: 'Please correct the fields marked below.',
    required: 'Required.',
    quotations: 'Quotations',
    total: '$3,703.68',
    revisedTotal: '$3,600.00',
    expires: /Expires on/,
    deposit: 'T/T: 30% deposit, 70% balance before shipment',
    version2: /Version 2 · Sent/,
    version1: /Version 1 · Replaced by a newer version/,
    accepted: /Quotation accepted: proforma invoice PI-KCSW-\d{4}-\d{4} is issued\./,
  },
  zh: {
    ...INQUIRY_FORM.zh,
    ...QUOTE_EDITOR.zh,
    ...QUOTE_ANSWER.zh,
    portOption: '上海港',
    summary: '请修改下方标出的内容。',
    required: '请填写此项。',
    quotations: '报价单',
    total: 'US$3,703.68',
    revisedTotal: 'US$3,600.00',
    expires: /有效期至/,
    deposit: '电汇（T/T）：30% 定金，70% 尾款于发货前付清',
    version2: /第 2 版 · 已发送/,
    version1: /第 1 版 · 已被新版本取代/,
    accepted: /已接受报价，形式发票 PI-KCSW-\d{4}-\d{4} 已开具。/,
  },
} as const;

async function newPage(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null | undefined, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled, ...(viewport ? { viewport } : {}) });
  return context.newPage();
}

/** Runs axe on the page as it is now; a page without JavaScript is checked again in a twin context that has it. */
async function accessible(browser: Browser, page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) return expectAccessible(page);
  const twin = await browser.newContext({ storageState: await page.context().storageState(), viewport: page.viewportSize() });
  const copy = await twin.newPage();
  await copy.goto(page.url());
  await expectAccessible(copy);
  await twin.close();
}

/** A buyer sends an inquiry for Khewra's pink salt in `locale`; returns its reference. */
async function sendInquiry(page: Page, locale: Locale, email: string) {
  const l = text[locale];
  await page.goto(`/${locale}/products/${SALT}/`);
  await page.getByRole('button', { name: l.add }).click();
  await expect(page.getByText(l.added)).toBeVisible();
  await page.goto(`/${locale}/inquiry/`);
  await expect(page.getByRole('heading', { level: 1, name: l.basket })).toBeVisible();
  // A person takes a few seconds to fill in the form; the server refuses forms sent faster.
  await page.waitForTimeout(3_200);
  await page.getByLabel(l.name, { exact: true }).fill(locale === 'zh' ? '王伟' : 'Wei Wang');
  await page.getByLabel(l.company, { exact: true }).fill(locale === 'zh' ? '上海盐业进出口有限公司' : 'Shanghai Salt Import Co.');
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.phone, { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel(l.port).selectOption({ label: l.portOption });
  await page.getByLabel(l.incoterm).selectOption('FOB');
  await page.getByLabel(l.consent).check();
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: l.sent })).toBeVisible();
  return (await page.getByRole('row').getByRole('rowheader').first().textContent())!.trim();
}

for (const locale of LOCALES) {
  const l = text[locale];
  // Every quotation form is a plain form: the Chinese run has JavaScript off for both sides.
  const javaScriptEnabled = locale === 'en';
  test(`${locale}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript: the exporter quotes, the buyer asks for a revision, the exporter revises, the buyer accepts and gets a proforma invoice`, async ({
    browser,
    baseURL,
  }, info) => {
    test.setTimeout(180_000);
    const page = await newPage(browser, baseURL!, info.project.use.viewport, javaScriptEnabled);
    const email = `quotes-${locale}-${info.project.name}-${Date.now()}@example.cn`;
    const reference = await sendInquiry(page, locale, email);
    // The buyer's private link, from the confirmation mail.
    const [statusLink] = await waitForMail(email, new RegExp(`http://\\S+/${locale}/inquiries/${reference}/\\?token=\\S+`));

    // The exporter quotes 3 t at 1,234.56.
    const exporter = await newPage(browser, baseURL!, info.project.use.viewport, javaScriptEnabled);
    await exporter.goto('/en/exporter/sign-in/');
    await exporter.getByLabel('E-mail address').fill(KHEWRA);
    await exporter.getByLabel('Password').fill(PASSWORD);
    await exporter.getByRole('button', { name: 'Sign in' }).click();
    await expect(exporter).not.toHaveURL(/sign-in/);
    await exporter.goto(`/${locale}/exporter/inquiries/${reference}/`);
    const line = exporter.getByRole('group', { name: l.line1 });
    await line.getByLabel(l.quantity, { exact: true }).fill('3');
    await exporter.getByLabel(l.leadTime).fill('30');
    // Sent without a price: refused by the field, with nothing typed lost.
    await exporter.getByRole('button', { name: l.send }).click();
    await expect(exporter.getByRole('alert')).toHaveText(l.summary);
    await expect(line.getByLabel(l.unitPrice, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(line.getByText(l.required)).toBeVisible();
    await expect(line.getByLabel(l.quantity, { exact: true })).toHaveValue('3');
    await expect(exporter.getByLabel(l.leadTime)).toHaveValue('30');
    await line.getByLabel(l.unitPrice, { exact: true }).fill('1,234.56');
    await exporter.getByRole('button', { name: l.send }).click();
    await expect(exporter.getByRole('status')).toHaveText(l.quoteSent);
    await accessible(browser, exporter, javaScriptEnabled);

    // The buyer reads it and asks for a revision.
    await page.goto(statusLink);
    await expect(page.getByRole('heading', { level: 2, name: l.quotations })).toBeVisible();
    const table = page.getByRole('table').first();
    await expect(table.getByRole('row').last()).toContainText(l.total);
    await expect(page.getByText(l.deposit)).toBeVisible();
    await expect(page.getByText(l.expires)).toBeVisible();
    await accessible(browser, page, javaScriptEnabled);
    const request = locale === 'zh' ? '请把单价降到 1,200 美元。' : 'Could you do 1,200 per ton?';
    await page.getByLabel(l.reviseLabel).fill(request);
    await page.getByRole('button', { name: l.revise }).click();
    await expect(page.getByRole('status')).toHaveText(l.revisionAsked);

    // The exporter sees the request and sends version 2, started from version 1.
    await exporter.goto(`/${locale}/exporter/inquiries/${reference}/`);
    await expect(exporter.getByText(l.revisionShown)).toBeVisible();
    await expect(exporter.getByText(request)).toBeVisible();
    await expect(line.getByLabel(l.unitPrice, { exact: true })).toHaveValue('1234.56');
    await line.getByLabel(l.unitPrice, { exact: true }).fill('1200');
    await exporter.getByRole('button', { name: l.send }).click();
    await expect(exporter.getByRole('status')).toHaveText(l.quoteSent);
    await expect(exporter.getByRole('heading', { name: l.version2 })).toBeVisible();
    await expect(exporter.getByRole('heading', { name: l.version1 })).toBeVisible();

    // The buyer accepts version 2 (the only one still open) and gets the proforma invoice's number and links.
    await page.goto(statusLink);
    await expect(page.getByRole('heading', { name: l.version1 })).toBeVisible();
    await expect(page.getByRole('table').first().getByRole('row').last()).toContainText(l.revisedTotal);
    await expect(page.getByRole('button', { name: l.accept })).toHaveCount(1);
    await page.getByRole('button', { name: l.accept }).click();
    await expect(page.getByRole('status')).toHaveText(l.accepted);
    await expect(page.getByRole('link', { name: l.proformaLink })).toHaveAttribute('href', new RegExp(`/${locale}/inquiries/${reference}/proforma/\\?token=`));
    await expect(page.getByRole('link', { name: l.pdfLink })).toHaveAttribute('href', new RegExp(`/${locale}/inquiries/${reference}/proforma\\.pdf\\?token=`));
    await expect(page.getByRole('button', { name: l.accept })).toHaveCount(0);
    await accessible(browser, page, javaScriptEnabled);
    await exporter.context().close();
    await page.context().close();
  });
}
