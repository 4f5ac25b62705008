/**
 * The preview of a large import through the built server: a 1,000-row sheet whose rows all need fixing is
 * shown a page at a time (a page small enough to send, with links to the next page that work without
 * JavaScript), in English, Chinese and Urdu; a row fixed on page 2 comes back to page 2; the import of a
 * 1,000-row batch still imports every row; the operator's import page pages the same batch the same way.
 */
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import { type Cells, COLUMN_KEYS } from '~/features/spreadsheet/columns';
import { PREVIEW_PAGE_SIZE } from '~/features/spreadsheet/preview';
import { getT } from '~/i18n';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { BUILT, NOT_BUILT_NOTE, killAllServers, launch, postgresInstallation, type Installation, type Server } from '../fixtures/server';
import { csvText, lampRow } from '../fixtures/sheets';

const exporter = DEMO_ACCOUNTS.find((a) => a.role === 'exporter')!;
const operator = DEMO_ACCOUNTS.find((a) => a.role === 'operator')!;
const en = getT('en');
const zh = getT('zh');
const ur = getT('ur');
const PAGES = Math.ceil(1000 / PREVIEW_PAGE_SIZE);

if (!BUILT) console.warn(`Import preview page tests SKIPPED: ${NOT_BUILT_NOTE}.`);

describe.skipIf(!BUILT)('the preview of a 1,000-row import', () => {
  let install: Installation;
  let server: Server;
  const cookies = { exporter: '', operator: '' };
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);
  const run = String(Date.now() % 1_000_000);
  /** Row `i` of the sheet whose rows all need fixing (an HS code of two digits), as fixed. */
  const fixed = (i: number): Cells => lampRow(i, { sku: `PV${run}-${i}`, nameEn: `Preview lamp ${i}` });
  const badRows = Array.from({ length: 1000 }, (_, k) => ({ ...fixed(k + 1), hsCode: '25' }));
  const goodRows = Array.from({ length: 1000 }, (_, k) => lampRow(k + 1, { sku: `PG${run}-${k + 1}`, nameEn: `Paged lamp ${k + 1}` }));
  let badBatch = 0;

  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  const get = (cookie: string, path: string) => fetch(`${server.origin}${path}`, { headers: { Cookie: cookie }, redirect: 'manual' });
  const post = (cookie: string, path: string, body: FormData | URLSearchParams) =>
    fetch(`${server.origin}${path}`, { method: 'POST', headers: { Cookie: cookie, Origin: server.origin }, body, redirect: 'manual' });
  const formOf = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return form;
  };
  /** Uploads a sheet on the English import page; the new batch's id. */
  async function upload(rows: Cells[], name: string): Promise<number> {
    const form = formOf({ intent: 'upload' });
    form.set('sheet', new File([csvText(rows)], name, { type: 'text/csv' }));
    const res = await post(cookies.exporter, '/en/exporter/products/import/', form);
    expect(res.status).toBe(303);
    return Number(/\?batch=(\d+)$/.exec(res.headers.get('location') ?? '')?.[1]);
  }
  const html = (s: string) => s.replaceAll('&', '&amp;');
  const fixForms = (page: string) => page.split('name="intent" value="fix"').length - 1;

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_import_preview');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    for (const [who, account] of [
      ['exporter', exporter],
      ['operator', operator],
    ] as const) {
      const res = await post('', '/en/exporter/sign-in/', new URLSearchParams({ email: account.email, password: account.password }));
      expect(res.status).toBe(303);
      cookies[who] = cookieOf(res);
    }
    badBatch = await upload(badRows, 'all-bad.csv');
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  it('shows a page of rows with their fix forms, the page count and the next page, in English, Chinese and Urdu', async () => {
    for (const [locale, tr] of [
      ['en', en],
      ['zh', zh],
      ['ur', ur],
    ] as const) {
      const res = await get(cookies.exporter, `/${locale}/exporter/products/import/?batch=${badBatch}`);
      expect(res.status, locale).toBe(200);
      const page = await res.text();
      expect(Buffer.byteLength(page), locale).toBeLessThan(600_000);
      expect(page, locale).toContain(tr('import:preview.counts', { valid: 0, total: 1000, bad: 1000 }));
      expect(page, locale).toContain(tr('pagination.status', { page: 1, pages: PAGES }));
      expect(page, locale).toContain(`rel="next" href="${html(`/${locale}/exporter/products/import/?batch=${badBatch}&page=2`)}"`);
      expect(page, locale).not.toContain('rel="prev"');
      expect(fixForms(page), locale).toBe(PREVIEW_PAGE_SIZE);
      // Row 2 (the first) is on this page, the first row of page 2 is not.
      expect(page, locale).toContain('id="row-2"');
      expect(page, locale).not.toContain(`id="row-${PREVIEW_PAGE_SIZE + 2}"`);
      // The bad cell is named in the page's language.
      expect(page, locale).toContain(tr('import:columns.hsCode'));
    }
    const urdu = await (await get(cookies.exporter, `/ur/exporter/products/import/?batch=${badBatch}`)).text();
    expect(urdu).toContain('HS کوڈ');
    expect(urdu).toContain('نام (انگریزی)');

    // The next link opens page 2: its rows, and a link back.
    const second = await (await get(cookies.exporter, `/en/exporter/products/import/?batch=${badBatch}&page=2`)).text();
    expect(second).toContain(en('pagination.status', { page: 2, pages: PAGES }));
    expect(second).toContain(`id="row-${PREVIEW_PAGE_SIZE + 2}"`);
    expect(second).not.toContain('id="row-2"');
    expect(second).toContain(`rel="prev" href="/en/exporter/products/import/?batch=${badBatch}"`);
    // A page past the end shows the last one; a page that is no number, the first.
    expect(await (await get(cookies.exporter, `/en/exporter/products/import/?batch=${badBatch}&page=9999`)).text()).toContain(
      en('pagination.status', { page: PAGES, pages: PAGES }),
    );
    expect(await (await get(cookies.exporter, `/en/exporter/products/import/?batch=${badBatch}&page=x${'9'.repeat(3000)}`)).text()).toContain(
      en('pagination.status', { page: 1, pages: PAGES }),
    );
  });

  it('brings a row fixed on page 2 back to page 2, saved', async () => {
    const line = PREVIEW_PAGE_SIZE + 10;
    const cells = fixed(line - 1);
    const form = formOf({ intent: 'fix', batch: String(badBatch), line: String(line), page: '2', show: 'all' });
    for (const key of COLUMN_KEYS) form.set(`cell-${key}`, cells[key]);
    const res = await post(cookies.exporter, '/zh/exporter/products/import/', form);
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/zh/exporter/products/import/?batch=${badBatch}&page=2&saved=${line}#row-${line}`);
    const page = await (await get(cookies.exporter, location.replace(/#.*/, ''))).text();
    expect(page).toContain(zh('import:preview.rowSaved', { line }));
    expect(page).toContain(zh('pagination.status', { page: 2, pages: PAGES }));
    expect(page).toContain(zh('import:preview.counts', { valid: 1, total: 1000, bad: 999 }));
    expect(fixForms(page)).toBe(PREVIEW_PAGE_SIZE - 1);
  });

  it('lists only the rows with problems when asked, and keeps that listing after a fix', async () => {
    const path = `/en/exporter/products/import/?batch=${badBatch}&show=errors`;
    const page = await (await get(cookies.exporter, path)).text();
    expect(page).toContain(en('pagination.status', { page: 1, pages: Math.ceil(999 / PREVIEW_PAGE_SIZE) }));
    expect(page).toContain(en('import:preview.showAll', { count: 1000 }));
    const line = 2 * PREVIEW_PAGE_SIZE + 40;
    const cells = fixed(line - 1);
    const form = formOf({ intent: 'fix', batch: String(badBatch), line: String(line), page: '3', show: 'errors' });
    for (const key of COLUMN_KEYS) form.set(`cell-${key}`, cells[key]);
    const res = await post(cookies.exporter, '/en/exporter/products/import/', form);
    expect(res.headers.get('location')).toBe(`/en/exporter/products/import/?batch=${badBatch}&page=3&show=errors&saved=${line}#row-${line}`);
  });

  it("pages the same batch on the operator's import page", async () => {
    const res = await get(cookies.operator, `/en/operator/exporters/${exporter.exporter}/import/?batch=${badBatch}&page=2`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(Buffer.byteLength(page)).toBeLessThan(600_000);
    expect(page).toContain(en('pagination.status', { page: 2, pages: PAGES }));
    expect(page).toContain(`rel="next" href="${html(`/en/operator/exporters/${exporter.exporter}/import/?batch=${badBatch}&page=3`)}"`);
    expect(fixForms(page)).toBe(PREVIEW_PAGE_SIZE - 1);
  });

  it('imports all 1,000 rows of a batch from any page of its preview, and comes back to that page', { timeout: 180_000 }, async () => {
    const batch = await upload(goodRows, 'all-good.csv');
    const first = await (await get(cookies.exporter, `/en/exporter/products/import/?batch=${batch}&page=3`)).text();
    expect(first).toContain(en('import:preview.import', { count: 1000 }));
    expect(fixForms(first)).toBe(0);
    const res = await post(cookies.exporter, '/en/exporter/products/import/', formOf({ intent: 'apply', batch: String(batch), page: '3', show: 'all' }));
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(new RegExp(`\\?batch=${batch}&page=3&created=1000&`));
    const page = await (await get(cookies.exporter, location)).text();
    expect(page).toContain(en('import:outcome.done', { created: 1000, changed: 0, unchanged: 0 }));
    expect(page).toContain(en('pagination.status', { page: 3, pages: PAGES }));
    const drafts = await db((d) => d.$count(t.products, and(like(t.products.sku, `PG${run}-%`), eq(t.products.status, 'draft'))));
    expect(drafts).toBe(1000);
  });
});
