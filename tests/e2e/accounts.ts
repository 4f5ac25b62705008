import { expect, type Page } from '@playwright/test';
import { waitForMail } from './mailbox';

/** Signs in on the English sign-in page and waits for the landing page the account's role leads to. */
export async function signInInEnglish(page: Page, email: string, password: string, landing: RegExp) {
  await page.goto('/en/exporter/sign-in/');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(landing);
}

/**
 * The operator (signed in on `operator`) makes `email` a translator; the translator sets a password from the
 * mailed link and signs in on `translator`, landing on the desk.
 */
export async function makeTranslator(operator: Page, translator: Page, email: string, password: string) {
  await operator.goto('/en/operator/translators/');
  await operator.getByLabel('E-mail').fill(email);
  await operator.getByRole('button', { name: 'Make translator' }).click();
  await expect(operator.getByRole('status')).toContainText(email);
  const [link] = await waitForMail(email, /http:\/\/\S+\/en\/exporter\/reset-password\/\?token=\S+/);
  await translator.goto(link);
  await translator.getByLabel('New password').fill(password);
  await translator.getByRole('button', { name: 'Save password' }).click();
  await expect(translator).toHaveURL(/\/en\/exporter\/sign-in\/\?reset=1/);
  await signInInEnglish(translator, email, password, /\/en\/translator\/$/);
}
