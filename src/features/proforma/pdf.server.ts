import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ProformaDocument } from '~/features/quotes/document';
import { type Label, type ProformaSheet, proformaSheet } from '~/features/proforma/sheet';

/**
 * The proforma invoice as an A4 PDF, bilingual (Chinese and English labels side by side). The text is set
 * in Noto Sans SC (SIL Open Font License), which covers simplified Chinese and Latin alike; pdfkit embeds
 * only the glyphs the invoice uses, so a file is a few tens of kilobytes, not the font's ten megabytes.
 */

const require = createRequire(import.meta.url);
// The font files are read per invoice rather than kept: two 10 MB buffers held for an occasional PDF
// would cost every instance memory all day.
const REGULAR = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');

const MARGIN = 40;
const INK = '#1c1917';
const MUTED = '#57534e';
const RULE = '#a8a29e';

export async function renderProformaPdf(doc: ProformaDocument): Promise<Uint8Array<ArrayBuffer>> {
  const sheet = proformaSheet(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    // Set the first font now, so pdfkit never loads its Helvetica metrics (the invoice uses none).
    font: REGULAR,
    info: { Title: `${sheet.title.zh} ${sheet.title.en} ${sheet.number}`, Author: doc.seller.nameEn, Creator: 'Pakistan Pavilion' },
    lang: 'zh-CN',
    // Kept until the end, so that every page can be footed with the number and "page n of m".
    bufferPages: true,
  });
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  layout(pdf, sheet);
  foot(pdf, sheet.number);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

type Pdf = PDFKit.PDFDocument;

const bilingual = (label: Label) => (label.zh === label.en ? label.en : `${label.zh} ${label.en}`);

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

function layout(pdf: Pdf, sheet: ProformaSheet): void {
  const width = pdf.page.width - 2 * MARGIN;
  pdf.fillColor(INK);
  pdf.font(BOLD).fontSize(18).text(`${sheet.title.zh}  ${sheet.title.en}`, { align: 'center' });
  pdf.moveDown(0.6);

  // Number, dates and references: two columns of label/value pairs.
  pdf.fontSize(9);
  const top = pdf.y;
  sheet.meta.forEach((row, i) => {
    const x = MARGIN + (i % 2) * (width / 2);
    const y = top + Math.floor(i / 2) * 14;
    pdf
      .font(REGULAR)
      .fillColor(MUTED)
      .text(`${bilingual(row.label)}:`, x, y, { width: 130, lineBreak: false });
    pdf
      .font(BOLD)
      .fillColor(INK)
      .text(row.value, x + 130, y, { width: width / 2 - 135, lineBreak: false });
  });
  pdf.y = top + Math.ceil(sheet.meta.length / 2) * 14 + 8;
  rule(pdf, width);

  // Seller and buyer side by side.
  const partyTop = pdf.y + 6;
  const column = width / 2 - 10;
  let bottom = partyTop;
  for (const [i, party, heading] of [
    [0, sheet.seller, sheet.partyLabels.seller],
    [1, sheet.buyer, sheet.partyLabels.buyer],
  ] as const) {
    const x = MARGIN + i * (width / 2);
    pdf.font(REGULAR).fontSize(8).fillColor(MUTED).text(bilingual(heading), x, partyTop, { width: column });
    pdf.font(BOLD).fontSize(10).fillColor(INK);
    for (const name of party.names) pdf.text(name, x, pdf.y, { width: column });
    pdf.font(REGULAR).fontSize(8.5);
    for (const line of party.lines) pdf.text(line, x, pdf.y, { width: column });
    if ('verified' in party && party.verified) pdf.fillColor(MUTED).text(`${party.verified.zh} · ${party.verified.en}`, x, pdf.y, { width: column });
    bottom = Math.max(bottom, pdf.y);
  }
  pdf.y = bottom + 10;
  pdf.x = MARGIN;

  lineTable(pdf, sheet, width);

  // Terms, sample, packing, notes.
  pdf.moveDown(0.8);
  rows(pdf, sheet.terms, width);

  // The exporter's bank details, or the honest note that they follow.
  pdf.moveDown(0.8);
  ensureRoom(pdf, 60);
  pdf.font(BOLD).fontSize(10).fillColor(INK).text(bilingual(sheet.bankHeading), MARGIN, pdf.y, { width });
  pdf.moveDown(0.3);
  if (sheet.noInstructions) paragraph(pdf, sheet.noInstructions, width, INK);
  else rows(pdf, sheet.bank, width);
  pdf.moveDown(0.6);
  paragraph(pdf, sheet.proceeds, width, MUTED);
}

/** The invoice number and the page count at the foot of every page, so a loose page is known. */
function foot(pdf: Pdf, number: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    pdf
      .font(REGULAR)
      .fontSize(7.5)
      .fillColor(MUTED)
      .text(`${number} · ${i + 1} / ${count}`, MARGIN, pdf.page.height - MARGIN + 12, { width: pdf.page.width - 2 * MARGIN, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

function rule(pdf: Pdf, width: number): void {
  pdf
    .moveTo(MARGIN, pdf.y)
    .lineTo(MARGIN + width, pdf.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

function paragraph(pdf: Pdf, label: Label, width: number, color: string): void {
  ensureRoom(pdf, 40);
  pdf.font(REGULAR).fontSize(8.5).fillColor(color).text(label.zh, MARGIN, pdf.y, { width });
  pdf.text(label.en, MARGIN, pdf.y, { width });
  pdf.fillColor(INK);
}

/** Label/value rows: the bilingual label on the left, the value wrapping on the right. */
function rows(pdf: Pdf, list: ProformaSheet['terms'], width: number): void {
  const labelWidth = 150;
  pdf.fontSize(9);
  for (const row of list) {
    pdf.font(REGULAR);
    const height = Math.max(pdf.heightOfString(bilingual(row.label), { width: labelWidth }), pdf.heightOfString(row.value, { width: width - labelWidth - 8 }));
    ensureRoom(pdf, height + 4);
    const y = pdf.y;
    pdf.fillColor(MUTED).text(bilingual(row.label), MARGIN, y, { width: labelWidth });
    pdf.fillColor(INK).text(row.value, MARGIN + labelWidth + 8, y, { width: width - labelWidth - 8 });
    pdf.y = y + height + 4;
  }
  pdf.x = MARGIN;
}

/** The lines of goods with their total; a row never splits across pages, the header repeats on a new one. */
function lineTable(pdf: Pdf, sheet: ProformaSheet, width: number): void {
  const fractions = [0.06, 0.29, 0.11, 0.11, 0.14, 0.13, 0.16];
  const widths = fractions.map((f) => f * width);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const c = sheet.columns;
  const header = [c.line, c.description, c.hsCode, c.origin, c.quantity, c.unitPrice, c.amount];
  const right = new Set([4, 5, 6]);
  const cell = (text: string, i: number, y: number) => pdf.text(text, xs[i]! + 3, y, { width: widths[i]! - 6, align: right.has(i) ? 'right' : 'left' });

  const drawHeader = () => {
    pdf.font(BOLD).fontSize(8).fillColor(INK);
    const y = pdf.y;
    const height = Math.max(...header.map((h, i) => pdf.heightOfString(`${h.zh}\n${h.en}`, { width: widths[i]! - 6 })));
    pdf
      .rect(MARGIN, y, width, height + 6)
      .fillColor('#f5f5f4')
      .fill();
    pdf.fillColor(INK);
    for (const [i, h] of header.entries()) cell(`${h.zh}\n${h.en}`, i, y + 3);
    pdf.y = y + height + 6;
  };
  ensureRoom(pdf, 60);
  drawHeader();
  pdf.fontSize(8.5);
  for (const line of sheet.lines) {
    const texts = [line.position, line.names.join('\n'), line.hsCode, line.origin, line.quantity, line.unitPrice, line.amount];
    pdf.font(REGULAR);
    const height = Math.max(...texts.map((text, i) => pdf.heightOfString(text, { width: widths[i]! - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - MARGIN) {
      pdf.addPage();
      drawHeader();
      pdf.font(REGULAR).fontSize(8.5);
    }
    const y = pdf.y;
    for (const [i, text] of texts.entries()) cell(text, i, y + 3);
    pdf.y = y + height;
    rule(pdf, width);
  }
  ensureRoom(pdf, 24);
  const y = pdf.y + 4;
  pdf.font(BOLD).fontSize(10);
  pdf.text(bilingual(sheet.total.label), MARGIN, y, { width: xs[5]! - MARGIN - 6, align: 'right' });
  pdf.text(sheet.total.value, xs[5]! + 3, y, { width: widths[5]! + widths[6]! - 6, align: 'right' });
  pdf.x = MARGIN;
  pdf.font(REGULAR);
}

/**
 * The answer of a PDF address: the invoice as an attachment named after its number, never cached on the
 * way; a 404 with no body when the caller may not see it (as if it did not exist).
 */
export async function proformaPdfResponse(view: { number: string; document: ProformaDocument } | null): Promise<Response> {
  if (!view) return new Response(null, { status: 404, headers: { 'Cache-Control': 'private, no-store' } });
  const pdf = await renderProformaPdf(view.document);
  const name = view.number.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${name}.pdf"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
}
