import { expect, test } from '@playwright/test';
import { makeTranslator, signInInEnglish } from './accounts';
import { expectAccessible } from './fixtures';

/** Each browser project works with its own demo exporter, so the runs never meet. */
const EXPORTERS: Record<string, { email: string }> = {
  desktop: { email: 'khewra-crystal-salt-works@exporters.pavilion.example' },
  phone: { email: 'chenab-sports-works@exporters.pavilion.example' },
};

test('a translator writes the Chinese of a changed text, the exporter accepts it, and Chinese buyers read it', async ({ browser, baseURL }, info) => {
  test.setTimeout(180_000);
  const project = info.project.name === 'phone' ? 'phone' : 'desktop';
  const { email } = EXPORTERS[project]!;
  const translatorEmail = `desk-${project}@translators.pavilion.example`;
  const translatorPassword = `desk-${project}-2026-password`;
  const marker = `Desk check ${project}`;
  const chinese = `翻译台校对（${project === 'phone' ? '手机' : '桌面'}）：喜马拉雅粉盐，手工开采。`;

  // Three people, each in their own browser (own cookies).
  const open = async () => (await browser.newContext({ baseURL: baseURL!, viewport: info.project.use.viewport ?? null })).newPage();
  const operator = await open();
  const exporter = await open();
  const translator = await open();

  await test.step('the operator makes a new address a translator; the translator sets a password from the mail', async () => {
    await signInInEnglish(operator, 'operator@pavilion.example', 'operator-demo-2026', /\/en\/operator\/$/);
    await operator.goto('/en/operator/translators/');
    await expect(operator.getByRole('heading', { level: 1, name: 'Translators' })).toBeVisible();
    await expectAccessible(operator);
    await operator.getByLabel('E-mail').fill('no address');
    await operator.getByRole('button', { name: 'Make translator' }).click();
    await expect(operator.getByText('Please enter a valid e-mail address.')).toBeVisible();
    await expect(operator.getByLabel('E-mail')).toHaveValue('no address');
    await makeTranslator(operator, translator, translatorEmail, translatorPassword);
  });

  let productId = '';
  let productName = '';
  let slug = '';
  await test.step('the exporter changes the English summary of a published product: its Chinese is outdated', async () => {
    await signInInEnglish(exporter, email, 'exporter-demo-2026', /\/en\/exporter\/$/);
    await exporter.goto('/en/exporter/products/');
    const published = exporter.getByRole('listitem').filter({ has: exporter.getByRole('link', { name: 'Public page' }) });
    const edit = published.first().getByRole('link', { name: /^Edit “/ });
    productName = ((await edit.getAttribute('aria-label')) ?? '').replace(/^Edit “|”$/g, '');
    await edit.click();
    productId = /\/products\/(\d+)\//.exec(exporter.url())?.[1] ?? '';
    expect(productId).not.toBe('');
    const summary = exporter.getByLabel('Summary (one or two sentences) (English)');
    await summary.fill(`${marker}: ${await summary.inputValue()}`.slice(0, 200));
    await exporter.getByRole('button', { name: 'Save product' }).click();
    await expect(exporter.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();
    await exporter.goto('/en/exporter/products/');
    await expect(exporter.getByRole('listitem').filter({ hasText: productName }).getByText('Chinese: outdated')).toBeVisible();
  });

  await test.step('the translator finds it in the queue and sends Chinese, helped by the term base', async () => {
    await translator.goto('/en/translator/?show=outdated');
    await expectAccessible(translator);
    await translator.getByRole('link', { name: `Translate the Summary of ${productName}` }).click();
    await expect(translator).toHaveURL(new RegExp(`/en/translator/fields/product-${productId}-summary/$`));
    await expect(translator.getByText(marker)).toBeVisible();
    await expect(translator.getByText('English changed since the Chinese was written')).toBeVisible();
    await expectAccessible(translator);
    // An empty Chinese is refused with a message.
    await translator.getByLabel('Your Chinese').fill('');
    await translator.getByRole('button', { name: 'Send to the exporter' }).click();
    await expect(translator.getByText('Please write the Chinese.')).toBeVisible();
    await translator.getByLabel('Your Chinese').fill(chinese);
    await translator.getByRole('button', { name: 'Send to the exporter' }).click();
    await expect(translator.getByRole('status')).toContainText('Your Chinese was sent to the exporter.');
    // The translator sees nothing else: the exporter's inbox is refused.
    await translator.goto('/en/exporter/inquiries/');
    await expect(translator).toHaveURL(/\/en\/exporter\/forbidden\//);
  });

  await test.step('the exporter accepts the suggestion in Chinese, and the Chinese product page shows it', async () => {
    await exporter.goto('/zh/exporter/translations/');
    await expect(exporter.getByRole('heading', { level: 1, name: '中文译文建议' })).toBeVisible();
    await expect(exporter.getByText(chinese)).toBeVisible();
    await expectAccessible(exporter);
    await exporter.getByRole('button', { name: new RegExp(`^确认发布.*${productName.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expect(exporter.getByRole('status')).toContainText('中文已发布。');
    await exporter.goto('/en/exporter/products/');
    const row = exporter.getByRole('listitem').filter({ hasText: productName });
    await expect(row.getByText('Chinese: done')).toBeVisible();
    const href = await row.getByRole('link', { name: 'Public page' }).getAttribute('href');
    slug = /\/products\/([^/]+)\//.exec(href ?? '')?.[1] ?? '';
    expect(slug).not.toBe('');
    await exporter.goto(`/zh/products/${slug}/`);
    await expect(exporter.getByText(chinese)).toBeVisible();
    await expect(exporter.getByText(chinese)).toHaveAttribute('lang', 'zh-Hans');
  });

  await test.step('Urdu typed into the English summary is flagged, still saved, and served as Urdu, right to left', async () => {
    const urdu = 'کھیوڑہ کا گلابی نمک، ہاتھ سے نکالا گیا';
    await exporter.goto(`/en/exporter/products/${productId}/`);
    await exporter.getByLabel('Summary (one or two sentences) (English)').fill(urdu);
    await exporter.getByRole('button', { name: 'Save product' }).click();
    await expect(exporter.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible();
    await expect(exporter.getByText('This English text contains Urdu writing.', { exact: false })).toBeVisible();
    await exporter.goto(`/en/products/${slug}/`);
    const shown = exporter.getByText(urdu);
    await expect(shown).toHaveAttribute('lang', 'ur');
    await expect(shown).toHaveAttribute('dir', 'rtl');
  });

  for (const page of [operator, exporter, translator]) await page.context().close();
});
