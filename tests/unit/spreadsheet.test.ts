import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { type Cells, COLUMNS, EXAMPLE, HEADERS, columnOf, emptyCells } from '~/features/spreadsheet/columns';
import { rowMessage } from '~/features/spreadsheet/messages';
import { PREVIEW_PAGE_SIZE, previewPage, previewPart, previewQuery } from '~/features/spreadsheet/preview';
import { parseSheet, writeCsv, writeXlsx } from '~/features/spreadsheet/sheet.server';
import { checkRows } from '~/features/spreadsheet/validate';
import { readZip, ZipRefused } from '~/features/spreadsheet/zip.server';

const CATEGORIES = [
  { slug: 'himalayan-salt', nameEn: 'Himalayan Salt', nameZh: '喜马拉雅盐' },
  { slug: 'sports-goods', nameEn: 'Sports Goods', nameZh: '体育用品' },
];

const encode = (text: string) => new TextEncoder().encode(text);
const csvOf = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
const row = (overrides: Partial<Cells> = {}): Cells => ({ ...EXAMPLE, ...overrides });

async function parsed(bytes: Uint8Array, name = 'sheet.csv') {
  const result = await parseSheet(bytes, name);
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result;
}

describe('sheet columns', () => {
  it('know each column by its bilingual header, either half of it, or its key', () => {
    expect(HEADERS[0]).toBe('SKU / 货号');
    expect(columnOf('SKU / 货号')).toBe('sku');
    expect(columnOf('货号')).toBe('sku');
    expect(columnOf(' sku ')).toBe('sku');
    expect(columnOf('品名（英文）')).toBe('nameEn');
    expect(columnOf('Name (English)')).toBe('nameEn');
    expect(columnOf('Colour')).toBeNull();
  });

  it("are named on the import page in the page's language: the sheet's own names in English and Chinese, Urdu on Urdu pages", () => {
    const en = getT('en');
    const zh = getT('zh');
    const ur = getT('ur');
    for (const c of COLUMNS) {
      expect(en(`import:columns.${c.key}`)).toBe(c.en);
      expect(zh(`import:columns.${c.key}`)).toBe(c.zh);
      if (c.key !== 'sku') expect(ur(`import:columns.${c.key}`), c.key).toMatch(/[\u0600-\u06ff]/);
    }
    expect(ur('import:columns.sku')).toBe('SKU');
    expect(ur('import:columns.nameEn')).toBe('نام (انگریزی)');
    expect(ur('import:columns.hsCode')).toBe('HS کوڈ');
  });
});

describe('the preview of a batch, a page at a time', () => {
  const checks = Array.from({ length: 1000 }, (_, i) => ({ line: i + 2, sku: `S-${i}`, input: null, errors: { moq: 'wholeNumber' } }));
  // Every third row is ready.
  for (let i = 0; i < checks.length; i += 3) Object.assign(checks[i]!, { input: {}, errors: {} });
  const asked = (query: string) => previewPart(new URLSearchParams(query));

  it(`shows ${PREVIEW_PAGE_SIZE} rows a page, in the sheet's order, and keeps a page asked past the end within the pages there are`, () => {
    expect(PREVIEW_PAGE_SIZE).toBeGreaterThanOrEqual(50);
    const second = previewPage(checks, asked('page=2'));
    expect(second.pages).toBe(Math.ceil(1000 / PREVIEW_PAGE_SIZE));
    expect(second.shown.map((c) => c.line)).toEqual(checks.slice(PREVIEW_PAGE_SIZE, 2 * PREVIEW_PAGE_SIZE).map((c) => c.line));
    const last = previewPage(checks, asked('page=9999'));
    expect(last.part.page).toBe(last.pages);
    expect(last.shown.at(-1)?.line).toBe(1001);
    // 50 rows fit on one page.
    expect(previewPage(checks.slice(0, 50), asked('')).pages).toBe(1);
    expect(previewPage([], asked('page=3'))).toEqual({ part: { page: 1, show: 'all' }, pages: 1, shown: [] });
  });

  it('lists only the rows with problems when asked', () => {
    const bad = checks.filter((c) => c.input === null);
    const part = previewPage(checks, asked('show=errors&page=2'));
    expect(part.pages).toBe(Math.ceil(bad.length / PREVIEW_PAGE_SIZE));
    expect(part.shown.every((c) => c.input === null)).toBe(true);
    expect(part.shown[0]).toBe(bad[PREVIEW_PAGE_SIZE]);
  });

  it('reads anything else as the first page of all rows, and writes the query back', () => {
    for (const query of [
      'page=0',
      'page=-2',
      'page=2.5',
      'page=abc',
      `page=${'9'.repeat(5000)}`,
      'page=1e3',
      'show=ERRORS',
      `show=${'x'.repeat(5000)}`,
      'page=%00',
    ])
      expect(asked(query), query).toEqual({ page: 1, show: 'all' });
    const form = new FormData();
    form.set('page', '3');
    form.set('show', 'errors');
    expect(previewPart(form)).toEqual({ page: 3, show: 'errors' });
    form.set('page', new File(['3'], 'page.txt'));
    expect(previewPart(form).page).toBe(1);
    expect(previewQuery(7, { page: 3, show: 'errors' }).toString()).toBe('batch=7&page=3&show=errors');
    expect(previewQuery(7, { page: 1, show: 'all' }).toString()).toBe('batch=7');
  });
});

describe('reading a sheet', () => {
  it('reads a UTF-8 CSV with a byte order mark and bilingual headers, Chinese cells intact', async () => {
    const text = `\uFEFF${csvOf([HEADERS, COLUMNS.map((c) => EXAMPLE[c.key])])}`;
    const { rows } = await parsed(encode(text));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.line).toBe(2);
    expect(rows[0]!.cells.sku).toBe('PS-LAMP-01');
    expect(rows[0]!.cells.nameZh).toBe('喜马拉雅粉盐灯，天然造型，2–3公斤');
    expect(rows[0]!.cells.specsEn).toBe('Weight: 2–3 kg\nBase: sheesham wood');
  });

  it('reads a CSV whose headers are only Chinese, in another order, ignoring unknown columns', async () => {
    const text = csvOf([
      ['品名（英文）', '备注', '货号'],
      ['Salt lamp', 'x', 'A-1'],
    ]);
    const result = await parsed(encode(text));
    expect(result.rows[0]!.cells).toMatchObject({ sku: 'A-1', nameEn: 'Salt lamp' });
    expect(result.ignoredColumns).toEqual(['备注']);
  });

  it('refuses a CSV that is not UTF-8 (a GBK file from Excel) and says so', async () => {
    // “货号” in GBK.
    const gbk = new Uint8Array([0xbb, 0xf5, 0xba, 0xc5, 0x2c, 0x53, 0x4b, 0x55, 0x0d, 0x0a]);
    expect(await parseSheet(gbk, 'sheet.csv')).toEqual({ ok: false, problem: 'notUtf8' });
    expect(rowMessage(getT('en'), 'notUtf8')).toContain('UTF-8');
    expect(rowMessage(getT('zh'), 'notUtf8')).toContain('UTF-8');
  });

  it('names the missing required columns, and refuses empty, oversized and too long files', async () => {
    const missing = await parseSheet(encode('Name (English) / 品名（英文）\nLamp'), 'a.csv');
    expect(missing).toEqual({ ok: false, problem: 'missingColumns', columns: ['SKU / 货号'] });
    expect(await parseSheet(new Uint8Array(), 'a.csv')).toEqual({ ok: false, problem: 'fileEmpty' });
    expect(await parseSheet(encode(`SKU,x\n${'a'.repeat(2 * 1024 * 1024)}`), 'a.csv')).toEqual({ ok: false, problem: 'fileTooLarge' });
    const tooMany = csvOf([['SKU', 'Name (English)'], ...Array.from({ length: 1001 }, (_, i) => [`S${i}`, 'x'])]);
    expect(await parseSheet(encode(tooMany), 'a.csv')).toEqual({ ok: false, problem: 'tooManyRows' });
    expect(await parseSheet(encode('not a workbook'), 'a.xlsx')).toEqual({ ok: false, problem: 'unknownFormat' });
    expect(await parseSheet(zipSync({ 'x.txt': encode('hello') }), 'a.xlsx')).toEqual({ ok: false, problem: 'fileDamaged' });
    // A workbook that would inflate to 100 MB of XML is refused before the workbook reader sees it.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(100 * 1024 * 1024).fill(32) }, { level: 9 });
    expect(await parseSheet(bomb, 'bomb.xlsx')).toEqual({ ok: false, problem: 'fileDamaged' });
  });

  it('reads an Excel workbook with bilingual headers; numbers typed as numbers become text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['SKU / 货号', '品名（英文）', 'MOQ / 最小起订量']);
    sheet.addRow(['FB-5', 'Match football', 500]);
    sheet.addRow([]);
    sheet.addRow(['FB-4', 'Training football', 1000]);
    const { rows } = await parsed(new Uint8Array(await workbook.xlsx.writeBuffer()), 'products.xlsx');
    expect(rows.map((r) => [r.line, r.cells.sku, r.cells.nameEn, r.cells.moq])).toEqual([
      [2, 'FB-5', 'Match football', '500'],
      [4, 'FB-4', 'Training football', '1000'],
    ]);
  });

  it('writes CSV and Excel that read back to the same cells (export → import round-trips)', async () => {
    const rows = [row(), row({ sku: 'B-2', hsCode: '09041100', prices: '', priceOnRequest: 'yes', descriptionEn: '=1+1 is not a formula' })];
    const fromCsv = await parsed(writeCsv(rows));
    expect(fromCsv.rows.map((r) => r.cells)).toEqual(rows);
    const fromXlsx = await parsed(await writeXlsx(rows), 'export.xlsx');
    expect(fromXlsx.rows.map((r) => r.cells)).toEqual(rows);
  });
});

describe('checking rows with the product form schema', () => {
  it('accepts the template example, tiers, lists and bilingual specifications', () => {
    const [check] = checkRows([{ line: 2, cells: row() }], CATEGORIES);
    expect(check!.errors).toEqual({});
    expect(check!.input).toMatchObject({
      nameEn: 'Himalayan Pink Salt Lamp, natural shape, 2–3 kg',
      tiers: [
        { minQuantity: 500, priceUsdCents: 680 },
        { minQuantity: 2000, priceUsdCents: 590 },
      ],
      incoterms: ['FOB', 'CIF'],
      hsCode: '25010090',
      specs: [
        { labelEn: 'Weight', valueEn: '2–3 kg', labelZh: '重量', valueZh: '2–3公斤' },
        { labelEn: 'Base', valueEn: 'sheesham wood', labelZh: '底座', valueZh: '印度黄檀木' },
      ],
    });
  });

  it('takes a category by its Chinese name', () => {
    const [check] = checkRows([{ line: 2, cells: row({ category: '体育用品' }) }], CATEGORIES);
    expect(check!.input?.category).toBe('sports-goods');
  });

  it('reports each bad cell under its column, with a message in English and Chinese', () => {
    const checks = checkRows(
      [
        { line: 2, cells: row({ sku: 'A-1', hsCode: '25' }) },
        { line: 3, cells: row({ sku: 'A-1', moq: 'many', prices: '100: abc' }) },
        { line: 4, cells: row({ sku: 'bad sku!', priceOnRequest: 'maybe', leadTimeMaxDays: '5' }) },
        { line: 5, cells: { ...emptyCells(), sku: 'EMPTY' } },
      ],
      CATEGORIES,
    );
    expect(checks.map((c) => c.input === null)).toEqual([true, true, true, true]);
    expect(checks[0]!.errors).toEqual({ hsCode: 'invalidHsCode' });
    expect(checks[1]!.errors).toMatchObject({ sku: 'skuDuplicate', moq: 'wholeNumber', prices: 'invalidPrice' });
    expect(checks[2]!.errors).toMatchObject({ sku: 'skuInvalid', priceOnRequest: 'notYesNo', leadTimeMaxDays: 'leadTimeOrder' });
    expect(checks[3]!.errors).toMatchObject({ nameEn: 'required', category: 'required', hsCode: 'required' });
    const en = getT('en');
    const zh = getT('zh');
    expect(rowMessage(en, 'skuDuplicate')).toBe('This SKU is used on an earlier row of the sheet.');
    expect(rowMessage(zh, 'skuDuplicate')).toBe('此货号已在表格前面的行中使用。');
    expect(rowMessage(en, 'invalidHsCode')).toMatch(/HS/);
    expect(rowMessage(zh, 'invalidHsCode')).toMatch(/HS|海关/);
  });
});

describe('photo archives', () => {
  const limits = { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 3000, maxRatio: 100 };

  it('reads the files it wants', () => {
    const zip = zipSync({ 'A-1.jpg': new Uint8Array([1, 2, 3]), 'notes.txt': encode('x') });
    expect(readZip(zip, limits, (n) => n.endsWith('.jpg')).map((e) => [e.name, [...e.data]])).toEqual([['A-1.jpg', [1, 2, 3]]]);
  });

  it('refuses a bomb by its declared sizes before inflating, and too many files', () => {
    const bomb = zipSync({ 'A-1.jpg': new Uint8Array(50_000) }, { level: 9 });
    expect(() => readZip(bomb, limits)).toThrow(ZipRefused);
    try {
      readZip(bomb, limits);
    } catch (error) {
      expect((error as ZipRefused).problem).toBe('zipBomb');
    }
    const many = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`${i}.jpg`, new Uint8Array([i])])));
    expect(() => readZip(many, limits)).toThrow('zipTooManyFiles');
    expect(() => readZip(encode('PK\u0003\u0004 not really'), limits)).toThrow('zipDamaged');
  });

  it('refuses an archive that declares small sizes but inflates to more', () => {
    const zip = zipSync({ 'A-1.jpg': new Uint8Array(900).fill(7) }, { level: 9 });
    // Rewrite the declared uncompressed size (central directory and local header) from 900 to 10.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 10, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 10, true);
    }
    expect(() => readZip(zip, { ...limits, maxRatio: 1000 })).toThrow('zipBomb');
  });
});
