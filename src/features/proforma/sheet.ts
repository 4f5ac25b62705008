import { getT } from '~/i18n';
import { tradeLabel } from '~/i18n/labels';
import type { Resources } from '~/i18n/resources';
import type { ProformaDocument } from '~/features/quotes/document';
import type { PaymentTerms } from '~/server/db/schema.server';
import { formatMinor } from '~/lib/money';
import { CITIES, PROVINCES } from '~/lib/geo';

/** A city or province stored as its slug, printed by name in both languages (Khewra 凯沃拉); anything else as it is. */
function placeOf(value: string): string {
  const known = Object.hasOwn(CITIES, value)
    ? CITIES[value as keyof typeof CITIES]
    : Object.hasOwn(PROVINCES, value)
      ? PROVINCES[value as keyof typeof PROVINCES]
      : null;
  return known ? `${known.en} ${known.zh}` : value;
}

/**
 * What a proforma invoice prints, in the order it prints it, with every label in Chinese and English
 * side by side whatever the reader's language. The PDF and the printable page both lay out this one
 * sheet, so they never say different things.
 */

const zh = getT('zh');
const en = getT('en');

export type Label = { zh: string; en: string };
export type Row = { label: Label; value: string };

type DocKey = Exclude<keyof Resources['proforma']['doc'], 'terms'>;

function label(key: DocKey, options?: Record<string, unknown>): Label {
  return options
    ? { zh: zh(`proforma:doc.${key}`, options), en: en(`proforma:doc.${key}`, options) }
    : { zh: zh(`proforma:doc.${key}`), en: en(`proforma:doc.${key}`) };
}

/** Whole quantities grouped by thousands: 12,000. */
export function formatQuantity(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Payment terms spelled out, e.g. T/T 30% deposit, 70% balance before shipment, as the quote said. */
export function paymentTermsLabel(terms: PaymentTerms): Label {
  if (terms.kind !== 'tt') return { zh: zh(`proforma:doc.terms.${terms.kind}`), en: en(`proforma:doc.terms.${terms.kind}`) };
  const deposit = Math.min(100, Math.max(0, Math.round(terms.depositPercent)));
  if (deposit === 100) return { zh: zh('proforma:doc.terms.ttAdvance'), en: en('proforma:doc.terms.ttAdvance') };
  if (deposit === 0) return { zh: zh('proforma:doc.terms.ttBalance'), en: en('proforma:doc.terms.ttBalance') };
  const options = { deposit, balance: 100 - deposit };
  return { zh: zh('proforma:doc.terms.tt', options), en: en('proforma:doc.terms.tt', options) };
}

/**
 * Whether the Raast ID is printed: Raast is Pakistan's domestic system, so only for an amount payable in
 * rupees (a sample priced in PKR, an invoice in PKR), never for the export payment in USD or CNY.
 */
export function showsRaast(doc: ProformaDocument): boolean {
  return Boolean(doc.paymentInstructions?.raast.trim()) && (doc.currency === 'PKR' || doc.sampleOffer?.currency === 'PKR');
}

const both = (value: Label) => (value.zh === value.en ? value.en : `${value.zh} / ${value.en}`);
const unit = (code: string): Label => ({ zh: tradeLabel(zh, 'unit', code), en: tradeLabel(en, 'unit', code) });

export type ProformaSheet = ReturnType<typeof proformaSheet>;

/** The sheet of one invoice. */
export function proformaSheet(doc: ProformaDocument) {
  const meta: Row[] = [
    { label: label('number'), value: doc.number },
    { label: label('issuedOn'), value: doc.issuedOn },
    { label: label('validUntil'), value: doc.validUntil },
    { label: label('reference'), value: doc.inquiryReference },
    { label: label('quoteVersion'), value: `v${doc.quoteVersion}` },
  ];
  const s = doc.seller;
  const seller = {
    names: [s.nameZh, s.nameEn].filter((n) => n.trim()),
    lines: [[placeOf(s.city), placeOf(s.province), 'Pakistan 巴基斯坦'].filter(Boolean).join(', '), `${both(label('email'))}: ${s.email}`],
    verified: s.verifiedOn ? label('verified', { date: s.verifiedOn }) : null,
  };
  const b = doc.buyer;
  const buyer = {
    names: [b.company, b.name].filter((n) => n.trim()),
    lines: [
      [b.city, b.province, 'China 中国'].filter(Boolean).join(', '),
      `${both(label('email'))}: ${b.email}`,
      ...(b.phone ? [`${both(label('phone'))}: ${b.phone}`] : []),
    ],
  };
  const lines = doc.lines.map((line, i) => {
    const u = unit(line.unit);
    return {
      position: String(i + 1),
      names: [line.nameZh, line.nameEn].filter((n) => n.trim()),
      hsCode: line.hsCode,
      origin: line.origin,
      quantity: `${formatQuantity(line.quantity)} ${u.zh === u.en ? u.en : `${u.zh} ${u.en}`}`,
      unitPrice: formatMinor(line.unitPriceMinor, doc.currency),
      amount: formatMinor(line.amountMinor, doc.currency),
    };
  });
  const terms: Row[] = [
    { label: label('incoterm'), value: `${doc.incoterm} ${doc.namedPlace} (Incoterms® 2020)` },
    { label: label('portOfLoading'), value: doc.portOfLoading },
    { label: label('portOfDischarge'), value: doc.portOfDischarge },
    { label: label('leadTime'), value: both(label('leadTimeDays', { count: doc.leadTimeDays })) },
    { label: label('paymentTerms'), value: both(paymentTermsLabel(doc.paymentTerms)) },
  ];
  if (doc.sampleOffer) {
    const offer = label('sampleOffer', { cost: formatMinor(doc.sampleOffer.costMinor, doc.sampleOffer.currency), days: doc.sampleOffer.days });
    terms.push({ label: label('sample'), value: both(offer) });
  }
  if (doc.packing.trim()) terms.push({ label: label('packing'), value: doc.packing });
  if (doc.notes.trim()) terms.push({ label: label('notes'), value: doc.notes });
  const p = doc.paymentInstructions;
  const bank: Row[] = p
    ? [
        { label: label('beneficiary'), value: p.beneficiary },
        { label: label('bankName'), value: p.bank },
        { label: label('bankAddress'), value: p.bankAddress },
        { label: label('swift'), value: p.swift },
        { label: label('iban'), value: p.iban },
        { label: label('accountCurrency'), value: p.currency },
        { label: label('paymentReference'), value: doc.number },
      ]
    : [];
  if (p && showsRaast(doc)) bank.push({ label: label('raast'), value: p.raast });
  return {
    title: label('title'),
    number: doc.number,
    meta,
    partyLabels: { seller: label('seller'), buyer: label('buyer') },
    seller,
    buyer,
    columns: {
      line: label('line'),
      description: label('description'),
      hsCode: label('hsCode'),
      origin: label('origin'),
      quantity: label('quantity'),
      unitPrice: label('unitPrice'),
      amount: label('amount'),
    },
    lines,
    total: { label: label('total'), value: formatMinor(doc.totalMinor, doc.currency) },
    terms,
    bankHeading: label('bank'),
    bank,
    noInstructions: p ? null : label('noInstructions'),
    proceeds: label('proceeds'),
  };
}
