import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, LOCALES, type Locale } from './fixtures';
import { waitForMail } from './mailbox';

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
const BALL = 'hand-stitched-pu-match-football-size-5';

const text = {
  en: {
    add: 'Add to inquiry',
    added: 'In your inquiry',
    name: 'Name',
    company: 'Company',
    email: 'E-mail',
    phone: 'Phone',
    port: 'Destination port',
    portOption: 'Ningbo-Zhoushan',
    consent: /I agree/,
    submit: 'Send inquiry',
    sent: 'Your inquiry has been sent',
    signInTitle: "Sign in to your buyer's desk",
    signInEmail: 'E-mail address',
    askLink: 'Send me a sign-in link',
    linkSent: /Check your mailbox/,
    confirm: 'Sign in to my desk',
    desk: "Buyer's desk",
    open: /^Open conversation PKP-\d{4}-\d{6}$/,
    compare: /^Compare quotes PKP-\d{4}-\d{6}$/,
    compareTitle: /^Quotes for PKP-\d{4}-\d{6} side by side$/,
    noQuote: 'No quote yet',
    back: "← Back to my buyer's desk",
  },
  zh: {
    add: '加入询盘',
    added: '已加入询盘',
    name: '姓名',
    company: '公司名称',
    email: '电子邮箱',
    phone: '电话',
    port: '目的港',
    portOption: '宁波舟山港',
    consent: /我同意/,
    submit: '发送询盘',
    sent: '询盘已发送',
    signInTitle: '登录买家工作台',
    signInEmail: '邮箱地址',
    askLink: '发送登录链接',
    linkSent: /请查收邮件/,
    confirm: '登录我的工作台',
    desk: '买家工作台',
    open: /^查看沟通记录 PKP-\d{4}-\d{6}$/,
    compare: /^比较报价 PKP-\d{4}-\d{6}$/,
    compareTitle: /^询盘 PKP-\d{4}-\d{6} 报价比较$/,
    noQuote: '暂无报价',
    back: '← 返回买家工作台',
  },
} as const;

async function sendBasket(page: Page, locale: Locale, email: string) {
  const l = text[locale];
  for (const slug of [SALT, BALL]) {
    await page.goto(`/${locale}/products/${slug}/`);
    await page.getByRole('button', { name: l.add }).click();
    await expect(page.getByText(l.added)).toBeVisible();
  }
  await page.goto(`/${locale}/inquiry/`);
  // A person takes a few seconds to fill in the form; the server refuses forms sent faster (bots).
  await page.waitForTimeout(3_200);
  await page.getByLabel(l.name, { exact: true }).fill(locale === 'zh' ? '王伟' : 'Wei Wang');
  await page.getByLabel(l.company, { exact: true }).fill(locale === 'zh' ? '宁波海盐进出口有限公司' : 'Ningbo Salt Import Co.');
  await page.getByLabel(l.email, { exact: true }).fill(email);
  await page.getByLabel(l.phone, { exact: true }).fill('+86 138 0000 0000');
  await page.getByLabel(l.port).selectOption({ label: l.portOption });
  await page.getByLabel(l.consent).check();
  await page.getByRole('button', { name: l.submit }).click();
  await expect(page.getByRole('heading', { name: l.sent })).toBeVisible();
}

for (const locale of LOCALES) {
  const l = text[locale];
  test(`${locale}: a buyer signs in by e-mail link and finds both inquiries of a basket on the desk`, async ({ page }, info) => {
    const email = `desk-${locale}-${info.project.name}-${Date.now()}@example.cn`;
    await sendBasket(page, locale, email);

    await page.goto(`/${locale}/buyer/`);
    await expect(page.getByRole('heading', { level: 1, name: l.signInTitle })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(l.signInEmail).fill(email);
    await page.getByRole('button', { name: l.askLink }).click();
    await expect(page.getByRole('status')).toHaveText(l.linkSent);

    const link = await waitForMail(email, new RegExp(`/${locale}/buyer/verify/\\?token=[A-Za-z0-9_-]+`));
    await page.goto(link[0]);
    await page.getByRole('button', { name: l.confirm }).click();

    await expect(page.getByRole('heading', { level: 1, name: l.desk })).toBeVisible();
    const open = page.getByRole('link', { name: l.open });
    await expect(open).toHaveCount(2);
    await expect(page.getByText(l.noQuote).first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: l.compare }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: l.compareTitle })).toBeVisible();
    // Both exporters, neither has quoted yet (a table on a desktop, cards on a phone).
    await expect(page.getByText(l.noQuote, { exact: true }).filter({ visible: true })).toHaveCount(2);
    await expectAccessible(page);

    await page.goto(`/${locale}/buyer/`);
    await open.first().click();
    await expect(page.getByRole('heading', { level: 1, name: /PKP-\d{4}-\d{6}/ })).toBeVisible();
    await expect(page.getByRole('link', { name: l.back })).toBeVisible();
    await expectAccessible(page);
  });
}
