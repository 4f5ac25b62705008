import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

/** Demo exporters waiting for verification; each browser project verifies its own, so the runs never meet. */
const PENDING: Record<string, { slug: string; name: string }> = {
  phone: { slug: 'ravi-grain-exports', name: 'Ravi Grain Exports' },
  desktop: { slug: 'kotri-terry-works', name: 'Kotri Terry Works' },
};

async function signInOperator(page: Page) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill('operator@pavilion.example');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/operator\/$/);
}

test('the operator sees the charts; a pending exporter without a confirmed account and documents cannot be verified', async ({ page }, info) => {
  test.setTimeout(120_000);
  const pending = PENDING[info.project.name] ?? PENDING.desktop!;
  const before = await page.goto(`/en/exporters/${pending.slug}/`);
  expect(before!.status()).toBe(404);

  await signInOperator(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Operator console' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Inquiries per day, last 30 days' })).toBeVisible();
  await page.getByText('Show the numbers as a table').first().click();
  await expect(page.getByRole('table', { name: 'Inquiries per day, last 30 days' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Inquiries per day, last 30 days' }).getByRole('row')).toHaveCount(31);
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Exporters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exporters' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: pending.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(pending.name) })).toBeVisible();

  // A check without a reference and already expired is refused; what was entered stays.
  await page.getByLabel('What was checked').selectOption({ label: 'Member of the Trade Development Authority of Pakistan' });
  await page.getByLabel('Valid until').fill('2020-01-01');
  await page.getByRole('button', { name: 'Record check and verify' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct the fields marked below.');
  await expect(page.getByLabel('Reference')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('an expired check cannot vouch for the exporter')).toBeVisible();
  await expect(page.getByLabel('What was checked')).toHaveValue('tdap');
  await expectAccessible(page);

  // A valid check is still refused: the company has no confirmed account and no registration documents.
  await page.getByLabel('Reference').fill(`TDAP-E2E-${info.project.name.toUpperCase()}-0412`);
  await page.getByLabel('Valid until').fill(`${new Date().getUTCFullYear() + 1}-12-31`);
  await page.getByRole('button', { name: 'Record check and verify' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The exporter cannot be verified yet' });
  await expect(refusal).toContainText('no account has confirmed its e-mail address');
  await expect(refusal).toContainText('SECP certificate of incorporation not uploaded');
  await expect(page.getByLabel('Reference')).toHaveValue(`TDAP-E2E-${info.project.name.toUpperCase()}-0412`);
  await expectAccessible(page);
  expect((await page.request.get(`/en/exporters/${pending.slug}/`)).status()).toBe(404);

  // The console in Chinese.
  await page.goto('/zh/operator/');
  await expect(page.getByRole('heading', { level: 1, name: '运营管理后台' })).toBeVisible();
  await expect(page.getByRole('img', { name: '近 30 天每日询盘数' })).toBeVisible();
  await expectAccessible(page);
});

test('exchange rates out of bounds are refused with a message, nothing typed is lost; sections are accessible', async ({ page }, info) => {
  await signInOperator(page);
  await page.goto('/en/operator/rates/');
  await expect(page.getByRole('heading', { level: 1, name: 'Exchange rates' })).toBeVisible();
  await expect(page.getByText(/Last updated/)).toBeVisible();
  await page.getByLabel('Chinese yuan (CNY) per US dollar').fill('71.2');
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Between 1 and 20 yuan per dollar')).toBeVisible();
  await expect(page.getByLabel('Chinese yuan (CNY) per US dollar')).toHaveValue('71.2');
  await expectAccessible(page);

  for (const [section, heading] of [
    ['Featured products', 'Featured products'],
    ['Inquiries', 'Inquiries across the pavilion'],
    ['Parked mail', 'Parked mail'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto('/en/operator/featured/');
  await page.getByLabel('Product name or address').fill('football');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(
    page
      .getByRole('button', { name: /^Feature .*Football/ })
      .or(page.getByText('Featured', { exact: true }))
      .first(),
  ).toBeVisible();
  // Featuring a product and taking it off again keeps the search the operator was working from (and leaves the home page as it was).
  const feature = page.getByRole('button', { name: /^Feature .* on the home page$/ }).nth(info.project.name === 'phone' ? 0 : 1);
  const name = (await feature.getAttribute('aria-label'))?.replace(/^Feature (.*) on the home page$/, '$1') ?? '';
  await feature.click();
  await expect(page).toHaveURL(/done=feature&q=football/);
  await page.getByRole('button', { name: `Remove ${name} from the home page` }).click();
  await expect(page).toHaveURL(/done=unfeature&q=football/);
  await expect(page.getByLabel('Product name or address')).toHaveValue('football');
});

test('signed-out visitors are sent to sign in before the console', async ({ page }) => {
  await page.goto('/zh/operator/exporters/');
  await expect(page).toHaveURL(/\/zh\/exporter\/sign-in\/\?next=%2Fzh%2Foperator%2Fexporters%2F/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the console forms post as plain pages: refused ones keep what was typed (in Chinese too), accepted ones redirect with a notice', async ({
    page,
  }, info) => {
    await signInOperator(page);

    // Exchange rates in Chinese: a typo is refused with its message and stays in the field; the unchanged rates save.
    await page.goto('/zh/operator/rates/');
    const cny = page.getByLabel('每美元兑人民币（CNY）');
    const current = await cny.inputValue();
    await cny.fill('71.2');
    await page.getByRole('button', { name: '保存汇率' }).click();
    await expect(page.getByRole('alert')).toContainText('请更正下方标出的字段。');
    await expect(page.getByText('应在每美元 1 至 20 元之间，请检查是否输错。')).toBeVisible();
    await expect(cny).toHaveValue('71.2');
    await expect(cny).toHaveAttribute('aria-invalid', 'true');
    await cny.fill(current);
    await page.getByRole('button', { name: '保存汇率' }).click();
    await expect(page).toHaveURL(/\/zh\/operator\/rates\/\?saved=1$/);
    await expect(page.getByRole('status')).toContainText('汇率已保存');

    // Inviting a colleague: a malformed address is refused and the name stays; then the invitation goes and is revoked.
    const name = `Ayesha Khan ${info.project.name}`;
    const email = `no-script-${info.project.name}@pavilion.example`;
    await page.goto('/en/operator/operators/');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('E-mail').fill('ayesha.pavilion.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText('Please enter a valid e-mail address.')).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue(name);
    await expect(page.getByLabel('E-mail')).toHaveValue('ayesha.pavilion.example');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('status')).toContainText(`The invitation is sent to ${email}`);
    await page.getByRole('button', { name: `Revoke ${name} as operator` }).click();
    await expect(page.getByRole('status')).toContainText('The operator is revoked and signed out.');
    await expect(page.getByRole('button', { name: `Revoke ${name} as operator` })).toHaveCount(0);
  });
});
