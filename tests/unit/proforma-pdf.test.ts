import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderProformaPdf } from '~/features/proforma/pdf.server';
import { readProformaDocument } from '~/features/proforma/document-schema';
import { formatMinor } from '~/lib/money';
import { sampleProforma } from '../fixtures/proforma';

async function textOf(pdf: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  // A line that wraps reads as one: the words are what a reader sees.
  return text.replace(/\s+/g, ' ');
}

describe('proforma invoice PDF', () => {
  it('prints the bilingual labels, the Chinese names and the exact total, with the fonts subset', async () => {
    const pdf = await renderProformaPdf(sampleProforma());
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(pdf.byteLength).toBeLessThan(1_000_000);
    const text = await textOf(pdf);
    for (const label of [
      '形式发票',
      'PROFORMA INVOICE',
      '卖方',
      '买方',
      '有效期至',
      '品名',
      'HS 编码',
      '原产地',
      '单价',
      '金额',
      '合计',
      '贸易术语',
      '装运港',
      '目的港',
      '付款方式',
      '收款银行',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('卡拉奇喜马拉雅盐业');
    expect(text).toContain('义乌市联华进出口有限公司');
    expect(text).toContain('喜马拉雅粉盐（细粒）');
    expect(text).toContain('US$343,560.00');
    expect(text).toContain('US$334.56');
    expect(text).toContain('PI-KCSW-2026-0001');
    expect(text).toContain('PKP-2026-000123');
    expect(text).toContain('T/T 30% deposit, 70% balance before shipment');
    expect(text).toContain('HABBPKKA');
    expect(text).toContain('PK36SCBL0000001123456702');
    expect(text).toContain('The pavilion never holds funds');
    expect(text).toContain('本馆从不代收或持有任何款项');
  });

  it('prints the Raast ID only when something is payable in rupees', async () => {
    const withPkrSample = await textOf(await renderProformaPdf(sampleProforma()));
    expect(withPkrSample).toContain('Raast');
    expect(withPkrSample).toContain('03001234567');
    const usdOnly = await textOf(await renderProformaPdf(sampleProforma({ sampleOffer: { costMinor: 5000, currency: 'USD', days: 7 } })));
    expect(usdOnly).not.toContain('Raast');
    expect(usdOnly).not.toContain('03001234567');
    expect(usdOnly).toContain('US$50.00');
  });

  it('says the exporter sends the payment instructions when there are none, and invents none', async () => {
    const text = await textOf(await renderProformaPdf(sampleProforma({ paymentInstructions: null })));
    expect(text).toContain('The exporter will send the payment instructions separately');
    expect(text).toContain('收款信息将由出口商另行提供');
    expect(text).not.toContain('SWIFT');
    expect(text).not.toContain('IBAN');
    expect(text).toContain('The pavilion never holds funds');
  });

  it('spells out amounts exactly from minor units', () => {
    expect(formatMinor(123456, 'USD')).toBe('US$1,234.56');
    expect(formatMinor(5, 'CNY')).toBe('¥0.05');
    expect(formatMinor(900719925474099, 'USD')).toBe('US$9,007,199,254,740.99');
    expect(formatMinor(500000, 'PKR')).toBe('PKR 5,000.00');
  });

  it('reads a stored document back as it was written, and refuses one of another shape', () => {
    const doc = sampleProforma();
    expect(readProformaDocument(doc.number, JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(() => readProformaDocument(doc.number, { ...doc, totalMinor: 343560.5 })).toThrow(/PI-KCSW-2026-0001/);
    expect(() => readProformaDocument(doc.number, { ...doc, lines: undefined })).toThrow(/lines/);
  });
});

describe('a long proforma invoice', () => {
  it('runs over several pages, each footed with the invoice number and its page count', async () => {
    const line = sampleProforma().lines[0]!;
    const lines = Array.from({ length: 60 }, (_, i) => ({ ...line, nameZh: `喜马拉雅粉盐 ${i + 1} 号` }));
    const pdf = await renderProformaPdf(sampleProforma({ lines, totalMinor: 60 * line.amountMinor }));
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    expect(doc.numPages).toBeGreaterThan(1);
    const { text } = await extractText(doc, { mergePages: false });
    for (const [i, page] of text.entries()) expect(page).toContain(`PI-KCSW-2026-0001 · ${i + 1} / ${doc.numPages}`);
    expect(text.join(' ')).toContain('喜马拉雅粉盐 60 号');
    expect(text.join(' ')).toContain('US$540,000.00');
  });
});
