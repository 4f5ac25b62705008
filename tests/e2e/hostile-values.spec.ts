import { expect, test } from '@playwright/test';
import { HOSTILE_VALUES } from '../resilience/corpus';

/**
 * Values from the hostile corpus, stored through the partner API and the
 * reply form, come back on the buyer's status page as plain text: no dialog
 * opens, nothing runs. Markup itself is refused with a message.
 */

const SALT = 'pink-salt-coarse-2-5mm-25kg-bags';
const breakOut = HOSTILE_VALUES.find((v) => v.name === 'attribute break-out without tags')!.value;
const singleQuoted = HOSTILE_VALUES.find((v) => v.name === 'single-quoted break-out')!.value;
const template = HOSTILE_VALUES.find((v) => v.name === 'template expression')!.value;
const jsUrl = HOSTILE_VALUES.find((v) => v.name === 'javascript: URL')!.value;
const markup = HOSTILE_VALUES.filter((v) => v.markup && !v.raw);

test('stored hostile values show as text on the status page and run nothing', async ({ page, request, baseURL }, info) => {
  // One submission is enough and keeps within the per-IP limit the other browser tests share.
  test.skip(info.project.name !== 'desktop', 'runs once, on the desktop');
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  // Markup in a text field is refused, in the request's language.
  for (const v of markup) {
    const res = await request.post('/api/inquiries', {
      headers: { Origin: baseURL! },
      data: {
        locale: 'zh',
        buyer: { name: v.value, company: 'Ningbo', email: 'hostile@example.cn', phone: '+86 138 0000 0000' },
        destinationPort: 'shanghai',
        incoterm: 'FOB',
        consent: true,
        items: [{ product: SALT, quantity: 20, unit: 'ton' }],
      },
    });
    expect(res.status(), v.name).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/[\u4e00-\u9fff]/);
  }

  const res = await request.post('/api/inquiries', {
    headers: { Origin: baseURL! },
    data: {
      locale: 'en',
      buyer: { name: breakOut, company: singleQuoted, email: 'hostile-values@example.cn', phone: '+86 138 0000 0000', city: template },
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      message: `${jsUrl}\n${breakOut}`,
      consent: true,
      items: [{ product: SALT, quantity: 20, unit: 'ton', note: singleQuoted }],
    },
  });
  expect(res.status()).toBe(201);
  const { inquiries } = (await res.json()) as { inquiries: Array<{ statusUrl: string }> };
  const status = new URL(inquiries[0]!.statusUrl);

  await page.goto(`${status.pathname}${status.search}`);
  await expect(page.getByRole('heading', { level: 1, name: /PKP-\d{4}-\d{6}/ })).toBeVisible();
  await expect(page.getByText(jsUrl, { exact: false })).toBeVisible();
  await expect(page.getByText(singleQuoted).first()).toBeVisible();

  // The buyer's answer goes through the reply form and is shown the same way.
  const reply = `${breakOut} ${template}`;
  await page.getByLabel('Your answer').fill(reply);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByText('Your answer was sent to the exporter.')).toBeVisible();
  await expect(page.getByText(reply)).toBeVisible();
  // Markup in an answer is refused with a message, and nothing of it runs.
  await page.getByLabel('Your answer').fill(markup[0]!.value);
  await page.getByRole('button', { name: 'Send answer' }).click();
  await expect(page.getByLabel('Your answer')).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await page.getByText(jsUrl, { exact: false }).hover();
  expect(dialogs).toEqual([]);
  // No element picked up an event-handler attribute from the stored text.
  expect(await page.locator('[onfocus], [onmouseover], [onerror], [onload]').count()).toBe(0);
});
