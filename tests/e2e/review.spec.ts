import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, LOCALES } from './fixtures';
import { waitForMail } from './mailbox';

/*
 * The pavilion vouches for an exporter only after checking it: a new sign-up cannot be verified until its
 * address is confirmed, its profile is complete and its three registration documents are uploaded; the
 * documents reach operators only; a verified exporter's new name waits for the operator; the audit log
 * says who did what. In English and Chinese.
 */

const TEXT = {
  en: {
    yourName: 'Your name',
    company: 'Company name (English)',
    email: 'E-mail address',
    password: 'Password',
    create: 'Create account',
    check: 'Check your e-mail',
    signIn: 'Sign in',
    nameZh: 'Company name (Chinese)',
    city: 'City',
    aboutEn: 'About the company (English)',
    aboutZh: 'About the company (Chinese)',
    saveProfile: 'Save profile',
    checkKind: 'What was checked',
    reference: 'Reference',
    validUntil: 'Valid until',
    verify: 'Record check and verify',
    verified: 'the exporter is verified',
    notReady: 'The exporter cannot be verified yet',
    unconfirmed: 'no account has confirmed its e-mail address',
    noSecp: 'SECP certificate of incorporation not uploaded',
    documentsNav: 'Documents',
    documentsTitle: 'Verification documents',
    document: 'Document',
    file: 'File',
    upload: 'Upload document',
    uploaded: 'The document is uploaded.',
    wrongType: 'Only PDF, JPEG and PNG files are accepted.',
    kinds: {
      secp: 'SECP certificate of incorporation',
      ntn: 'NTN certificate (FBR)',
      'export-registration': 'Export registration (TDAP, WeBOC or chamber of commerce)',
    },
    allThere: 'All three documents are uploaded.',
    download: 'Download SECP certificate of incorporation',
    waiting: 'Waiting for review',
    heldTitle: 'Held edits',
    approve: (company: string) => `Approve the change of company name (English) for ${company}`,
    approved: 'The change is approved and public.',
    auditTitle: 'Audit log',
    verifiedAction: 'Verified',
    heldAction: 'Edit held for review',
  },
  zh: {
    yourName: '您的姓名',
    company: '公司名称（英文）',
    email: '电子邮箱',
    password: '密码',
    create: '创建账号',
    check: '请查收邮件',
    signIn: '登录',
    nameZh: '公司名称（中文）',
    city: '城市',
    aboutEn: '公司介绍（英文）',
    aboutZh: '公司介绍（中文）',
    saveProfile: '保存资料',
    checkKind: '核验内容',
    reference: '编号',
    validUntil: '有效期至',
    verify: '记录核验并认证',
    verified: '出口商已认证',
    notReady: '暂不能认证该出口商',
    unconfirmed: '尚无账户确认邮箱地址',
    noSecp: '未上传SECP 公司注册证书',
    documentsNav: '资质文件',
    documentsTitle: '认证资质文件',
    document: '文件类型',
    file: '文件',
    upload: '上传文件',
    uploaded: '文件已上传。',
    wrongType: '仅接受 PDF、JPEG 和 PNG 文件。',
    kinds: { secp: 'SECP 公司注册证书', ntn: '国家税号证书（巴基斯坦联邦税务局）', 'export-registration': '出口登记（TDAP、巴基斯坦海关电子通关系统或商会）' },
    allThere: '三份文件均已上传。',
    download: '下载 SECP 公司注册证书',
    waiting: '等待审核',
    heldTitle: '待审修改',
    approve: (company: string) => `批准${company}的公司名称（英文）修改`,
    approved: '修改已批准并公开。',
    auditTitle: '操作日志',
    verifiedAction: '认证通过',
    heldAction: '修改待审',
  },
} as const;

const OPERATOR = { email: 'operator@pavilion.example', password: 'operator-demo-2026' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function signIn(page: Page, locale: 'en' | 'zh', email: string, password: string) {
  await page.goto(`/${locale}/exporter/sign-in/`);
  await page.getByLabel(TEXT[locale].email).fill(email);
  await page.getByLabel(TEXT[locale].password).fill(password);
  await page.getByRole('button', { name: TEXT[locale].signIn, exact: true }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

async function operatorPage(browser: Browser, locale: 'en' | 'zh') {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, locale, OPERATOR.email, OPERATOR.password);
  return page;
}

async function tryVerify(page: Page, locale: 'en' | 'zh', slug: string, reference: string) {
  const tx = TEXT[locale];
  await page.goto(`/${locale}/operator/exporters/${slug}/`);
  await page.getByLabel(tx.checkKind).selectOption('secp');
  await page.getByLabel(tx.reference).fill(reference);
  await page.getByLabel(tx.validUntil).fill(`${new Date().getUTCFullYear() + 1}-06-30`);
  await page.getByRole('button', { name: tx.verify }).click();
}

for (const locale of LOCALES) {
  test(`${locale}: verification needs a confirmed address, a complete profile and three private documents; a new name waits for review`, async ({
    page,
    browser,
    playwright,
  }, info) => {
    test.setTimeout(240_000);
    const tx = TEXT[locale];
    const stamp = `${locale}-${info.project.name}-${Date.now()}`;
    const email = `owner-${stamp}@sialkot-review.example`;
    const company = `Sialkot Review Works ${stamp}`;
    const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const password = 'stitched-in-sialkot-1';

    await page.goto(`/${locale}/exporter/sign-up/`);
    await page.getByLabel(tx.yourName).fill('Bilal Khan');
    await page.getByLabel(tx.company).fill(company);
    await page.getByLabel(tx.email).fill(email);
    await page.getByLabel(tx.password).fill(password);
    await page.getByRole('button', { name: tx.create }).click();
    await expect(page.getByRole('heading', { name: tx.check })).toBeVisible();

    // The operator cannot verify the empty, unconfirmed sign-up: the refusal lists what is missing.
    const operator = await operatorPage(browser, locale);
    await tryVerify(operator, locale, slug, `SECP-${Date.now()}`);
    const refusal = operator.getByRole('alert').filter({ hasText: tx.notReady });
    await expect(refusal).toContainText(tx.unconfirmed);
    await expect(refusal).toContainText(tx.noSecp);
    await expectAccessible(operator);
    expect((await page.request.get(`/${locale}/exporters/${slug}/`)).status()).toBe(404);

    // The exporter confirms the address, completes the profile in both languages and uploads the documents.
    const [link] = await waitForMail(email, new RegExp(`http://[^\\s]+/${locale}/exporter/verify/\\?token=\\S+`));
    await page.goto(link);
    await signIn(page, locale, email, password);
    await page.goto(`/${locale}/exporter/profile/`);
    await page.getByLabel(tx.nameZh).fill('锡亚尔科特审核工坊');
    await page.getByLabel(tx.city).selectOption('sialkot');
    await page.getByLabel(tx.aboutEn).fill('Hand-stitched match footballs from Sialkot.');
    await page.getByLabel(tx.aboutZh).fill('锡亚尔科特手工缝制比赛用足球。');
    await page.getByRole('button', { name: tx.saveProfile }).click();
    await expect(page.getByRole('status')).toBeVisible();

    await page.getByRole('link', { name: tx.documentsNav }).click();
    await expect(page.getByRole('heading', { level: 1, name: tx.documentsTitle })).toBeVisible();
    // A web page renamed to .pdf is refused; the chosen document stays selected.
    await page.getByLabel(tx.document, { exact: true }).selectOption('secp');
    await page
      .getByLabel(tx.file, { exact: true })
      .setInputFiles({ name: 'secp.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await page.getByRole('button', { name: tx.upload }).click();
    await expect(page.getByRole('alert')).toContainText(tx.wrongType);
    await expect(page.getByLabel(tx.document, { exact: true })).toHaveValue('secp');
    await expectAccessible(page);
    for (const [kind, buffer, name] of [
      ['secp', PDF, 'secp.pdf'],
      ['ntn', PNG, 'ntn.png'],
      ['export-registration', PDF, 'tdap.pdf'],
    ] as const) {
      await page.getByLabel(tx.document, { exact: true }).selectOption(kind);
      await page.getByLabel(tx.file, { exact: true }).setInputFiles({ name, mimeType: kind === 'ntn' ? 'image/png' : 'application/pdf', buffer });
      await page.getByRole('button', { name: tx.upload }).click();
      await expect(page.getByRole('status')).toContainText(tx.uploaded);
    }
    await expect(page.getByText(tx.allThere)).toBeVisible();
    await expectAccessible(page);

    // Now the operator verifies; the documents download for the operator only, as attachments.
    await tryVerify(operator, locale, slug, `SECP-${Date.now()}`);
    await expect(operator.getByRole('status')).toContainText(tx.verified);
    await expectAccessible(operator);
    const href = await operator.getByRole('link', { name: new RegExp(tx.download) }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${locale}/operator/documents/\\d+/$`));
    const file = await operator.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="secp\.pdf"$/);
    expect(file.headers()['x-content-type-options']).toBe('nosniff');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The exporter who uploaded it, another exporter and an anonymous visitor all get "not found".
    expect((await page.request.get(href!, { maxRedirects: 0 })).status()).toBe(404);
    const other = await (await browser.newContext()).newPage();
    await signIn(other, locale, 'chenab-sports-works@exporters.pavilion.example', 'exporter-demo-2026');
    expect((await other.request.get(href!, { maxRedirects: 0 })).status()).toBe(404);
    const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    expect((await anonymous.get(href!, { maxRedirects: 0 })).status()).toBe(404);

    // Verified, the exporter renames the company: the public page keeps the old name until the operator approves.
    await page.goto(`/${locale}/exporter/profile/`);
    await page.getByLabel(tx.company).fill(`${company} (Official TDAP Partner)`);
    await page.getByRole('button', { name: tx.saveProfile }).click();
    await expect(page.getByRole('heading', { name: tx.waiting })).toBeVisible();
    await expect(page.getByText(`${company} (Official TDAP Partner)`)).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/en/exporters/${slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: company, exact: true })).toBeVisible();

    await operator.goto(`/${locale}/operator/held/`);
    await expect(operator.getByRole('heading', { level: 1, name: tx.heldTitle })).toBeVisible();
    await expectAccessible(operator);
    await operator.getByRole('button', { name: tx.approve(company) }).click();
    await expect(operator.getByRole('status')).toContainText(tx.approved);
    await page.goto(`/en/exporters/${slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: `${company} (Official TDAP Partner)` })).toBeVisible();

    // The audit log says who verified whom, and what was held.
    await operator.goto(`/${locale}/operator/audit/?exporter=${slug}`);
    await expect(operator.getByRole('heading', { level: 1, name: tx.auditTitle })).toBeVisible();
    const verifiedRow = operator.getByRole('row').filter({ hasText: tx.verifiedAction });
    await expect(verifiedRow).toContainText(OPERATOR.email);
    await expect(operator.getByRole('row').filter({ hasText: tx.heldAction })).toContainText(email);
    await expectAccessible(operator);
  });
}
