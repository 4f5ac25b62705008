import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, LOCALES } from './fixtures';
import { uploadVerificationDocuments } from './documents';
import { waitForMail } from './mailbox';

const text = {
  en: {
    signUp: 'Open your shop in the pavilion',
    name: 'Your name',
    company: 'Company name (English)',
    email: 'E-mail address',
    password: 'Password',
    create: 'Create account',
    check: 'Check your e-mail',
    pending: 'Waiting for verification',
    signIn: 'Sign in',
    wrong: 'The e-mail address or the password is not correct.',
    signOut: 'Sign out',
    signedOut: 'You are signed out.',
    required: 'Required.',
    short: 'The password needs at least 10 characters.',
  },
  zh: {
    signUp: '在国家馆开设您的店铺',
    name: '您的姓名',
    company: '公司名称（英文）',
    email: '电子邮箱',
    password: '密码',
    create: '创建账号',
    check: '请查收邮件',
    pending: '等待核验',
    signIn: '登录',
    wrong: '电子邮箱或密码不正确。',
    signOut: '退出登录',
    signedOut: '您已退出登录。',
    required: '请填写此项。',
    short: '密码至少需要 10 个字符。',
  },
} as const;

async function signIn(page: Page, email: string, password: string, locale: 'en' | 'zh' = 'en') {
  await page.goto(`/${locale}/exporter/sign-in/`);
  await page.getByLabel(text[locale].email).fill(email);
  await page.getByLabel(text[locale].password).fill(password);
  await page.getByRole('button', { name: text[locale].signIn, exact: true }).click();
}

test('an exporter signs up, confirms the address from the mail and finds the shop pending and hidden from the public', async ({ page }, info) => {
  // Signing up, confirming, completing the profile and uploading three documents is a long way.
  test.setTimeout(120_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const email = `owner-${stamp}@indus-textiles.example`;
  const company = `Ravi Towel Mills ${stamp}`;
  await page.goto('/en/exporter/sign-up/');
  await expect(page.getByRole('heading', { level: 1, name: text.en.signUp })).toBeVisible();
  await expectAccessible(page);

  // A first try with a short password: the error is by the field, everything else is kept.
  await page.getByLabel(text.en.name).fill('Farah Ahmed');
  await page.getByLabel(text.en.company).fill(company);
  await page.getByLabel(text.en.email).fill(email);
  await page.getByLabel(text.en.password).fill('short');
  await page.getByRole('button', { name: text.en.create }).click();
  await expect(page.getByText(text.en.short)).toBeVisible();
  await expect(page.getByLabel(text.en.password)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(text.en.company)).toHaveValue(company);

  await page.getByLabel(text.en.password).fill('towels-from-faisalabad');
  await page.getByRole('button', { name: text.en.create }).click();
  await expect(page.getByRole('heading', { name: text.en.check })).toBeVisible();

  // Not yet confirmed: signing in is refused with a new link on its way.
  await signIn(page, email, 'towels-from-faisalabad');
  await expect(page.getByRole('alert')).toContainText('confirm your e-mail address');

  const [link] = await waitForMail(email, /http:\/\/[^\s]+\/en\/exporter\/verify\/\?token=\S+/);
  // The link confirms the address but signs nobody in (it may be opened in another browser).
  await page.goto(link);
  await expect(page.getByRole('status')).toContainText('Your e-mail address is confirmed.');
  await signIn(page, email, 'towels-from-faisalabad');
  await expect(page.getByText(text.en.pending)).toBeVisible();

  // The company writes its profile; it stays invisible to buyers until the pavilion verifies it.
  await page.getByRole('link', { name: 'Write your company profile' }).click();
  await page.getByLabel('Company name (Chinese)').fill('拉维毛巾厂');
  await page.getByLabel('City').selectOption({ label: 'Faisalabad · Punjab' });
  await page.getByLabel('One-line description (English)').fill('Terry towels woven and dyed in Faisalabad');
  await page.getByLabel('Year founded').fill('1998');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('waiting for verification');
  await expect(page.getByText('1 of 2 fields have a Chinese version')).toBeVisible();
  await expect(page.getByText('Missing in Chinese: one-line description')).toBeVisible();

  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const hidden = await page.request.get(`/en/exporters/${slug}/`);
  expect(hidden.status()).toBe(404);

  // Before the pavilion verifies it, the profile is completed in both languages and the registrations uploaded.
  await page.getByLabel('One-line description (Chinese)').fill('费萨拉巴德织造染色毛巾');
  await page.getByLabel('About the company (English)').fill('Weaves and dyes terry towels in Faisalabad.');
  await page.getByLabel('About the company (Chinese)').fill('在费萨拉巴德织造并染色毛巾。');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status')).toContainText('waiting for verification');
  await uploadVerificationDocuments(page);

  await page.getByRole('button', { name: text.en.signOut }).click();
  await expect(page.getByText(text.en.signedOut)).toBeVisible();
  await page.goto('/en/exporter/');
  await expect(page).toHaveURL(/\/en\/exporter\/sign-in\/\?next=/);

  // The operator checks the company's registration and verifies it: the shop becomes public with the badge.
  await signIn(page, 'operator@pavilion.example', 'operator-demo-2026');
  await page.goto(`/en/operator/exporters/${slug}/`);
  await page.getByLabel('What was checked').selectOption({ label: 'Member of the Trade Development Authority of Pakistan' });
  await page.getByLabel('Reference').fill(`TDAP-FSD-${stamp}`.toUpperCase());
  await page.getByLabel('Valid until').fill(`${new Date().getUTCFullYear() + 1}-06-30`);
  await page.getByRole('button', { name: 'Record check and verify' }).click();
  await expect(page.getByRole('status')).toContainText('the exporter is verified');
  await page.getByRole('button', { name: text.en.signOut }).click();

  await page.goto(`/zh/exporters/${slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: '拉维毛巾厂' })).toBeVisible();
  await expect(page.getByText(/^已核验\s*·/).first()).toBeVisible();

  // Back in the portal, the exporter sees the shop verified.
  await signIn(page, email, 'towels-from-faisalabad');
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'View your public shop' })).toHaveAttribute('href', `/en/exporters/${slug}/`);
});

for (const locale of LOCALES) {
  test(`${locale}: sign-in errors are in the page's language and keep the address`, async ({ page }) => {
    const l = text[locale];
    await signIn(page, `nobody-${locale}@exporters.pavilion.example`, 'not-the-password', locale);
    await expect(page.getByRole('alert')).toHaveText(l.wrong);
    await expect(page.getByLabel(l.email)).toHaveValue(`nobody-${locale}@exporters.pavilion.example`);
    await page.getByLabel(l.email).fill('');
    await page.getByRole('button', { name: l.signIn, exact: true }).click();
    await expect(page.getByText(l.required).first()).toBeVisible();
  });
}

test('the overview shows how much of the whole shop, profile and products, reads in Chinese', async ({ page }) => {
  await signIn(page, 'chenab-sports-works@exporters.pavilion.example', 'exporter-demo-2026', 'zh');
  await expect(page.getByRole('heading', { name: '店铺中文翻译' })).toBeVisible();
  await expect(page.getByText(/个字段中已有 \d+ 个提供中文/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '店铺状态' })).toBeVisible();
  await expect(page.getByText('已核验', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('zh: the forms work as plain posts: sign in back to the page asked for, a refused profile keeps what was typed, sign out', async ({ page }) => {
    await page.goto('/zh/exporter/inquiries/');
    await expect(page).toHaveURL(/\/zh\/exporter\/sign-in\/\?next=/);
    await page.getByLabel(text.zh.email).fill('chenab-sports-works@exporters.pavilion.example');
    await page.getByLabel(text.zh.password).fill('exporter-demo-2026');
    await page.getByRole('button', { name: text.zh.signIn, exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/exporter\/inquiries\/$/);
    await expect(page.getByRole('heading', { level: 1, name: '询盘' })).toBeVisible();

    // A website without http(s): the message is by the field, in Chinese, and nothing typed is lost (nor saved).
    await page.getByRole('link', { name: '公司资料' }).click();
    const year = await page.getByLabel('成立年份').inputValue();
    await page.getByLabel('网站').fill('chenab-sports.example');
    await page.getByLabel('公司名称（英文）').fill('Chenab Sports Works (renamed)');
    await page.getByRole('button', { name: '保存资料' }).click();
    await expect(page.getByRole('alert')).toHaveText('请更正下方标出的字段。');
    await expect(page.getByText('请输入以 http:// 或 https:// 开头的网址。')).toBeVisible();
    await expect(page.getByLabel('网站')).toHaveValue('chenab-sports.example');
    await expect(page.getByLabel('网站')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('公司名称（英文）')).toHaveValue('Chenab Sports Works (renamed)');
    await expect(page.getByLabel('成立年份')).toHaveValue(year);
    await page.goto('/zh/exporter/profile/');
    await expect(page.getByLabel('公司名称（英文）')).not.toHaveValue('Chenab Sports Works (renamed)');

    await page.getByRole('button', { name: text.zh.signOut }).click();
    await expect(page.getByText(text.zh.signedOut)).toBeVisible();
    await page.goto('/zh/exporter/');
    await expect(page).toHaveURL(/\/zh\/exporter\/sign-in\/\?next=/);
  });
});
