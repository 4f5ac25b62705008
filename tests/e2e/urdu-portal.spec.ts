import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { waitForMail } from './mailbox';
import { ur } from './urdu';

/**
 * A small Pakistani exporter on a phone uses the portal in Urdu, right to left: signs up, confirms the address
 * from the mail, signs in, lands in Urdu, reads the profile page with the Naskh font served by the pavilion
 * itself, keeps Urdu digits for the account, and switches language on the same page.
 *
 * The Urdu labels are read from locales/ur/*.json, so the test reads the page as its reader does whatever the
 * state of the translation.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('an exporter signs up, confirms and works in Urdu on a phone, right to left', async ({ page, baseURL }, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const email = `urdu-${stamp}@sialkot-gloves.example`;
  const password = 'gloves-from-sialkot-26';
  const fonts: string[] = [];
  page.on('response', (response) => {
    if (/\.woff2(?:$|\?)/.test(response.url()) && response.ok()) fonts.push(response.url());
  });

  await page.goto('/ur/exporter/sign-up/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('heading', { level: 1, name: ur('exporter', 'signUp.title') })).toBeVisible();
  // The account's language is Urdu unless the exporter picks another.
  await expect(page.getByLabel(ur('exporter', 'signUp.language'))).toHaveValue('ur');
  await expectAccessible(page);
  await page.getByLabel(ur('exporter', 'signUp.name')).fill('Imran Butt');
  await page.getByLabel(ur('exporter', 'signUp.company')).fill(`Sialkot Glove Works ${stamp}`);
  await page.getByLabel(ur('exporter', 'signUp.email')).fill(email);
  await page.getByLabel(ur('exporter', 'signUp.password')).fill(password);
  await page.getByRole('button', { name: ur('exporter', 'signUp.submit') }).click();
  await expect(page.getByRole('heading', { name: ur('exporter', 'signUp.sentTitle') })).toBeVisible();

  // The confirmation mail leads into the Urdu portal.
  const [link] = await waitForMail(email, /http:\/\/[^\s]+\/ur\/exporter\/verify\/\?token=\S+/);
  await page.goto(link);
  await expect(page.getByRole('status')).toContainText(ur('exporter', 'verify.done'));

  // Signed in from the English page, the exporter lands in their own language.
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/ur\/exporter\/(?:profile\/)?$/);

  await page.goto('/ur/exporter/profile/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: ur('portal', 'account.title') })).toBeVisible();
  // Nothing spills sideways on a 360-pixel screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
  // The Naskh font comes from the pavilion itself, never from a foreign host.
  await expect.poll(() => fonts.length, { message: 'the Urdu font was loaded' }).toBeGreaterThan(0);
  for (const url of fonts) expect(new URL(url).origin).toBe(new URL(baseURL!).origin);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Noto Naskh Arabic');

  // Urdu digits for this account, kept across pages.
  await page.getByLabel(ur('portal', 'account.digits')).selectOption('urdu');
  await page.getByRole('button', { name: ur('portal', 'account.save') }).click();
  await expect(page.getByRole('status').filter({ hasText: ur('portal', 'account.saved') })).toBeVisible();
  await expect(page.getByLabel(ur('portal', 'account.digits'))).toHaveValue('urdu');

  // The switcher keeps the page and changes the language: English reads left to right.
  const languages = page.getByRole('navigation', { name: ur('portal', 'language.label') });
  await expect(languages.getByRole('link', { name: 'اردو' })).toHaveAttribute('aria-current', 'true');
  await languages.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/exporter\/profile\/(?:\?account=saved)?$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 2, name: 'Your account' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/exporter\/profile\/(?:\?account=saved)?$/);
  await expect(page.getByRole('heading', { level: 2, name: '账户设置' })).toBeVisible();
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'اردو' }).click();
  await expect(page).toHaveURL(/\/ur\/exporter\/profile\/(?:\?account=saved)?$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Buyer pages do not exist in Urdu.
  const missing = await page.request.get('/ur/products/');
  expect(missing.status()).toBe(404);
});
