import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { COLUMNS, type Cells, columnOf, type ColumnKey, emptyCells, HEADERS, headerOf, REQUIRED_COLUMNS } from './columns';
import { readZip, ZipRefused } from './zip.server';

/**
 * Reading and writing the product sheet: CSV (UTF-8, with or without a byte
 * order mark) or XLSX, the first worksheet. The first row holds the headers.
 */

export const SHEET_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 1000 } as const;

/** Rows kept per column: longer cells are cut here, the schema then refuses them as too long. */
const CELL_MAX = 20_000;

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetRow {
  /** The row's number in the file as a spreadsheet shows it (the headers are row 1). */
  line: number;
  cells: Cells;
}

export type SheetProblem = 'fileEmpty' | 'fileTooLarge' | 'tooManyRows' | 'notUtf8' | 'unknownFormat' | 'fileDamaged' | 'missingColumns' | 'noRows';

export type SheetResult = { ok: true; rows: SheetRow[]; ignoredColumns: string[] } | { ok: false; problem: SheetProblem; columns?: string[] };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The format of an uploaded file, by its first bytes (an XLSX is a ZIP) and then its name. */
export function formatOf(bytes: Uint8Array, fileName: string): SheetFormat | null {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return 'xlsx';
  if (/\.xlsx?$/i.test(fileName)) return null;
  return 'csv';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function csvGrid(bytes: Uint8Array): string[][] | 'notUtf8' {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'notUtf8';
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, preview: SHEET_LIMITS.maxRows + 2 });
  return parsed.data;
}

async function xlsxGrid(bytes: Uint8Array): Promise<string[][] | 'fileDamaged'> {
  try {
    // A workbook is a ZIP of XML files: its sizes are checked, declared and real, before the workbook reader inflates it.
    readZip(bytes, { maxEntries: 200, maxEntryBytes: 40 * 1024 * 1024, maxTotalBytes: 60 * 1024 * 1024, maxRatio: 200 });
  } catch (error) {
    if (error instanceof ZipRefused) return 'fileDamaged';
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return 'fileDamaged';
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return 'fileDamaged';
  const grid: string[][] = [];
  const last = Math.min(sheet.rowCount, SHEET_LIMITS.maxRows + 2);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 200); c++) {
      const text = row.getCell(c).text;
      cells.push(typeof text === 'string' ? text : '');
    }
    grid.push(cells);
  }
  return grid;
}

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * The rows of an uploaded sheet, keyed by column, or why the file cannot be
 * read. Unknown columns are ignored and named; blank rows are skipped (their
 * numbers still count, so errors point at the right row of the file).
 */
export async function parseSheet(bytes: Uint8Array, fileName: string): Promise<SheetResult> {
  if (bytes.byteLength === 0) return { ok: false, problem: 'fileEmpty' };
  if (bytes.byteLength > SHEET_LIMITS.maxBytes) return { ok: false, problem: 'fileTooLarge' };
  const format = formatOf(bytes, fileName);
  if (!format) return { ok: false, problem: 'unknownFormat' };
  const grid = format === 'csv' ? csvGrid(bytes) : await xlsxGrid(bytes);
  if (typeof grid === 'string') return { ok: false, problem: grid };
  const headerAt = grid.findIndex((row) => !blank(row));
  if (headerAt < 0) return { ok: false, problem: 'fileEmpty' };
  const headers = grid[headerAt]!.map((h) => h.trim());
  const columns = headers.map(columnOf);
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.includes(key));
  if (missing.length) {
    const names = missing.map((key) => HEADERS[COLUMNS.findIndex((c) => c.key === key)]!);
    return { ok: false, problem: 'missingColumns', columns: names };
  }
  const ignoredColumns = headers.filter((h, i) => h && columns[i] === null);
  const rows: SheetRow[] = [];
  for (let i = headerAt + 1; i < grid.length; i++) {
    const raw = grid[i]!;
    if (blank(raw)) continue;
    if (rows.length >= SHEET_LIMITS.maxRows) return { ok: false, problem: 'tooManyRows' };
    const cells = emptyCells();
    raw.forEach((value, c) => {
      const key: ColumnKey | null | undefined = columns[c];
      // The quote mark the export puts before a cell that looks like a formula is not part of the value.
      if (key && !cells[key]) cells[key] = value.slice(0, CELL_MAX).replace(/^'(?=[=+\-@\t\r])/, '');
    });
    rows.push({ line: i + 1, cells });
  }
  if (!rows.length) return { ok: false, problem: 'noRows' };
  return { ok: true, rows, ignoredColumns };
}

/** The cells of rows in column order. */
const grid = (rows: readonly Cells[]) => rows.map((cells) => COLUMNS.map((c) => cells[c.key]));

/**
 * A CSV of the rows under the bilingual headers, UTF-8 with a byte order mark
 * (so Excel opens the Chinese right) and CRLF line ends.
 */
export function writeCsv(rows: readonly Cells[]): Uint8Array {
  // A cell starting with = + - @ would run as a formula in a spreadsheet: a quote mark keeps it text.
  const safe = grid(rows).map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell)));
  return new TextEncoder().encode(`\uFEFF${Papa.unparse([HEADERS, ...safe], { newline: '\r\n', quotes: true })}\r\n`);
}

/** An XLSX workbook of the rows under the bilingual headers, every cell text (so HS codes keep their zeros). */
export async function writeXlsx(rows: readonly Cells[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Products');
  sheet.columns = COLUMNS.map((c) => ({ header: headerOf(c), key: c.key, width: Math.min(40, Math.max(14, headerOf(c).length + 2)), style: { numFmt: '@' } }));
  for (const cells of rows) sheet.addRow(COLUMNS.map((c) => cells[c.key]));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
