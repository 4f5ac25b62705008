import { expect, test, type Page } from '@playwright/test';
import { halfWidth, latinWords } from '../fixtures/zh-text';

/*
 * The Chinese pages as a mainland reader sees them: no half-width
 * punctuation beside Chinese characters and no English interface words in
 * the visible text (labels, buttons, placeholders, alt texts and the title
 * included). Uses the allow-list of the unit check (tests/fixtures/zh-text.ts).
 */

/** The main Chinese pages; one product, one category and one exporter are reached by following links. */
const PAGES = [
  '/zh/',
  '/zh/products/',
  '/zh/exporters/',
  '/zh/inquiry/',
  '/zh/search/?q=足球',
  '/zh/culture/',
  '/zh/cuisine/',
  '/zh/tourism/',
  '/zh/pavilions/',
  '/zh/about/',
  '/zh/exporter/sign-in/',
  '/zh/exporter/sign-up/',
  '/zh/no-such-page/',
];

/**
 * Where the page shows content rather than interface: every catalog field is
 * rendered with its own `lang` attribute (Chinese, or English as a marked
 * fallback), and an article's prose is written by its editors (with Urdu
 * words in Latin letters on purpose). The catalog's data is checked where
 * it is kept; here only the interface around it.
 */
const CONTENT_SELECTORS = ['body [lang]', '.prose'];

/** The visible interface text of the page, content left out. */
async function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate((dataSelectors) => {
    const skip = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (dataSelectors.some((s) => e!.matches(s))) return true;
        if (e instanceof HTMLElement && (e.hidden || getComputedStyle(e).display === 'none')) return true;
      }
      return false;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text && !skip(node.parentElement) && !['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName ?? '')) out.push(text);
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label], img[alt], [title]')) {
      if (skip(el)) continue;
      for (const attr of ['placeholder', 'aria-label', 'alt', 'title']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  }, CONTENT_SELECTORS);
}

async function offences(page: Page): Promise<string[]> {
  const texts = await interfaceText(page);
  const path = new URL(page.url()).pathname;
  return [
    ...texts.flatMap((t) => halfWidth(t).map((at) => `${path}: half-width punctuation “${at}” in “${t}”`)),
    ...texts.flatMap((t) => {
      const words = latinWords(t);
      return words.length ? [`${path}: English ${words.join(', ')} in “${t}”`] : [];
    }),
  ];
}

test.describe('Chinese pages', () => {
  test('the main pages show Chinese interface text with full-width punctuation', async ({ page }) => {
    const found: string[] = [];
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(path.includes('no-such-page') ? 500 : 400);
      found.push(...(await offences(page)));
    }
    expect(found).toEqual([]);
  });

  test('a category, a product and an exporter page do too, with quantities in Chinese units', async ({ page }) => {
    const found: string[] = [];
    await page.goto('/zh/');
    await page
      .getByRole('link', { name: /^喜马拉雅粉盐/ })
      .first()
      .click();
    found.push(...(await offences(page)));
    await page.getByRole('list').getByRole('heading', { level: 3 }).first().getByRole('link').click();
    await expect(page.getByRole('columnheader', { name: /^采购数量（.+）$/ })).toBeVisible();
    await expect(page.getByText(/^约 ¥[\d,]+(\.\d\d)? · PKR/).first()).toBeVisible();
    found.push(...(await offences(page)));
    await page.goto('/zh/exporters/');
    await expect(page.getByText(/，.+省 · \d+ 款产品$/).first()).toBeVisible();
    await page.getByRole('article').first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    found.push(...(await offences(page)));
    expect(found).toEqual([]);
  });

  test('the home page names the pavilion once in its title', async ({ page }) => {
    await page.goto('/zh/');
    const title = await page.title();
    expect(title.split('巴基斯坦国家馆').length - 1, title).toBe(1);
  });
});
