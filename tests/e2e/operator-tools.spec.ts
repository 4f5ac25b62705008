import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, LOCALES, type Locale } from './fixtures';
import { waitForMail } from './mailbox';

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags'; // khewra-crystal-salt-works; other verified salt exporters can take it

const TEXT = {
  en: {
    console: 'Console sections',
    inquiries: 'Inquiries',
    title: (ref: string) => `Inquiry ${ref}`,
    routing: 'Routing',
    remind: 'Send a reminder',
    reminded: 'The reminder is on its way to the exporter.',
    nextAt: /The next reminder can be sent from/,
    newExporter: 'New exporter',
    passOn: 'Pass the inquiry on',
    passed: /The inquiry now goes to/,
    from: /Passed on from Khewra Crystal Salt Works on/,
    exports: 'Exports',
    download: /Download\s*\(Inquiries: products, quantities/,
    heading: 'Buyer company',
    interest: 'Buyer interest',
    byMonth: 'By category and month',
  },
  zh: {
    console: '管理后台栏目',
    inquiries: '询盘',
    title: (ref: string) => `询盘 ${ref}`,
    routing: '分派',
    remind: '发送提醒',
    reminded: '提醒邮件已发往出口商。',
    nextAt: /下次提醒可于/,
    newExporter: '新出口商',
    passOn: '转派询盘',
    passed: /该询盘现由/,
    from: /由 .+ 转来/,
    exports: '数据导出',
    download: /下载\s*（询盘：产品、数量/,
    heading: '买家公司',
    interest: '买家关注度',
    byMonth: '按品类和月份',
  },
} as const;

/** A buyer's inquiry for the pink salt, sent through the public API; returns its reference. */
async function inquire(request: APIRequestContext, baseURL: string, tag: string): Promise<string> {
  const res = await request.post('/api/inquiries', {
    headers: { Origin: baseURL, 'Idempotency-Key': `ops-${tag}-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: {
      locale: 'zh',
      buyer: {
        name: '李娜',
        company: '=成都盐业贸易有限公司',
        email: `ops-${tag}-${Date.now()}@importer.example.cn`,
        phone: '+86 138 0000 0000',
        province: '四川',
      },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: true,
      items: [{ product: SALT, quantity: 40, unit: 'ton' }],
    },
  });
  expect(res.status()).toBe(201);
  const json = (await res.json()) as { inquiries: Array<{ reference: string }> };
  return json.inquiries[0]!.reference;
}

async function signInOperator(page: Page) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill('operator@pavilion.example');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/operator\/$/);
}

for (const locale of LOCALES) {
  const s = TEXT[locale as Locale];
  test(`the operator opens an inquiry, reminds the exporter, passes it on and downloads the CSV (${locale})`, async ({ page, request, baseURL }, info) => {
    test.setTimeout(120_000);
    const reference = await inquire(request, baseURL!, `${locale}-${info.project.name}`);
    await signInOperator(page);

    await page.goto(`/${locale}/operator/inquiries/`);
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.title(reference) })).toBeVisible();
    await expect(page.getByRole('table', { name: s.routing })).toContainText(reference);
    await expectAccessible(page);

    await page.getByRole('button', { name: s.remind }).click();
    await expect(page.getByRole('status')).toHaveText(s.reminded);
    await expect(page.getByText(s.nextAt)).toBeVisible();
    await expect(page.getByRole('button', { name: s.remind })).toHaveCount(0);
    // The demo exporter reads English: the reminder is in English, with the link to answer.
    await waitForMail(
      'khewra-crystal-salt-works@exporters.pavilion.example',
      new RegExp(`Inquiry ${reference} from [\\s\\S]*/en/exporter/inquiries/${reference}/`),
    );

    const select = page.getByLabel(s.newExporter);
    const first = await select.locator('option:not([value=""])').first().getAttribute('value');
    await select.selectOption(first!);
    await page.getByRole('button', { name: s.passOn }).click();
    await expect(page.getByRole('status')).toHaveText(s.passed);
    await expect(page.getByRole('table', { name: s.routing })).toContainText(s.from);
    await waitForMail(`${first}@exporters.pavilion.example`, new RegExp(`New inquiry ${reference} for`));
    await expectAccessible(page);

    await page.getByRole('navigation', { name: s.console }).getByRole('link', { name: s.exports }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.exports })).toBeVisible();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: s.download }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toContain(s.heading);
    const row = csv.split('\r\n').find((line) => line.startsWith(reference))!;
    // The buyer's company began with "=": a spreadsheet shows it as text.
    expect(row).toContain(",'=成都盐业贸易有限公司,");
    expect(csv).not.toContain('@importer.example.cn');

    await page.getByRole('navigation', { name: s.console }).getByRole('link', { name: s.interest }).click();
    await expect(page.getByRole('heading', { level: 1, name: s.interest })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: s.byMonth })).toBeVisible();
    await expectAccessible(page);
  });
}
