import { randomBytes } from 'node:crypto';
import type { InquiryView } from '~/features/inquiry/service.server';
import type { Db } from '~/server/db/client.server';
import { minorToDecimal } from '~/lib/money';
import { exporterQuotes, type QuoteView } from './quotes.server';
import { addDays, shanghaiDay, TIER_ROWS } from './schema';
import { DELIVERY_TERMS, termValue } from './terms';

/** The inquiry's destination port → the sea port a CFR/CIF quote would name. */
const SEA_PORT: Record<string, string> = {
  shanghai: 'shanghai',
  'ningbo-zhoushan': 'ningbo',
  qingdao: 'qingdao',
  tianjin: 'tianjin',
  guangzhou: 'nansha',
  shenzhen: 'nansha',
};

/** The term the buyer asked for, as the editor's first choice: their Incoterm at their port, where the list has it. */
function askedTerm(incoterm: string, destination: string): string {
  if (destination === 'khunjerab-kashgar' || destination === 'urumqi') return incoterm === 'EXW' ? 'EXW:exw' : 'DAP:kashgar';
  if ((incoterm === 'CFR' || incoterm === 'CIF') && SEA_PORT[destination]) return `${incoterm}:${SEA_PORT[destination]}`;
  if (incoterm === 'EXW') return 'EXW:exw';
  if (incoterm === 'DAP') return 'DAP:kashgar';
  return 'FOB:karachi';
}

/** A quote version as the editor's fields (`lines.0.price`…), to start a revision from. */
function fromQuote(quote: QuoteView, view: InquiryView): Record<string, string> {
  const values: Record<string, string> = {
    currency: quote.currency,
    term: DELIVERY_TERMS.some((d) => d.incoterm === quote.incoterm && d.place === quote.namedPlace)
      ? termValue({ incoterm: quote.incoterm, place: quote.namedPlace })
      : `${quote.incoterm}:exw`,
    leadTimeDays: String(quote.leadTimeDays),
    validUntil: quote.validUntil >= shanghaiDay() ? quote.validUntil : addDays(shanghaiDay(), 30),
    payment: quote.paymentTerms.kind,
    depositPercent: quote.paymentTerms.kind === 'tt' ? String(quote.paymentTerms.depositPercent) : '30',
    sampleCost: quote.sampleOffer ? minorToDecimal(quote.sampleOffer.costMinor) : '',
    sampleCurrency: quote.sampleOffer?.currency ?? quote.currency,
    sampleDays: quote.sampleOffer ? String(quote.sampleOffer.days) : '',
    packing: quote.packing,
    notes: quote.notes,
  };
  quote.lines.forEach((line, i) => {
    const item = view.items.find((it) => it.productId !== null && it.productId === line.productId);
    values[`lines.${i}.item`] = item ? String(item.id) : '';
    values[`lines.${i}.name`] = item ? '' : line.nameEn;
    values[`lines.${i}.hsCode`] = item ? '' : line.hsCode;
    values[`lines.${i}.quantity`] = String(line.quantity);
    values[`lines.${i}.unit`] = line.unit;
    values[`lines.${i}.price`] = minorToDecimal(line.unitPriceMinor);
    line.tiers.forEach((tier, j) => {
      values[`lines.${i}.tiers.${j}.min`] = String(tier.minQuantity);
      values[`lines.${i}.tiers.${j}.price`] = minorToDecimal(tier.unitPriceMinor);
    });
  });
  return values;
}

/** A first quote: the inquiry's items with their quantities and units, the buyer's Incoterm, 30 days' validity. */
function fromInquiry(view: InquiryView): Record<string, string> {
  const values: Record<string, string> = {
    currency: 'USD',
    term: askedTerm(view.submission.incoterm, view.submission.destinationPort),
    leadTimeDays: '',
    validUntil: addDays(shanghaiDay(), 30),
    payment: 'tt',
    depositPercent: '30',
    sampleCurrency: 'USD',
  };
  view.items.forEach((item, i) => {
    values[`lines.${i}.item`] = item.productId === null ? '' : String(item.id);
    values[`lines.${i}.quantity`] = String(item.quantity);
    values[`lines.${i}.unit`] = item.unit;
  });
  return values;
}

export interface QuoteEditorState {
  quotes: QuoteView[];
  /** The accepted version, when the buyer accepted one: nothing more can be quoted. */
  accepted: QuoteView | undefined;
  /** The draft being edited, or the version a revision starts from. */
  basis: QuoteView | undefined;
  values: Record<string, string>;
  /** One product choice per inquiry item; empty for a category request, whose lines name their product. */
  products: Array<{ value: string; en: string; zh: string }>;
  lineCount: number;
  tierRows: number;
  /** Makes a retried post of this form land once. */
  formToken: string;
}

/**
 * The quotation panel of an exporter's inquiry page: its versions (only this
 * exporter's) and the editor, filled with what was typed when a post was
 * refused, else the draft or the last version, else the inquiry itself.
 */
export async function quoteEditor(db: Db, exporterId: number, view: InquiryView, typed: Record<string, string> | null): Promise<QuoteEditorState> {
  const quotes = await exporterQuotes(db, exporterId, view.inquiry.id);
  const basis = quotes[0];
  const values = typed ?? (basis ? fromQuote(basis, view) : fromInquiry(view));
  const products = view.items.filter((i) => i.productId !== null).map((i) => ({ value: String(i.id), en: i.productNameEn, zh: i.productNameZh }));
  const filled = Math.max(0, ...Object.keys(values).map((k) => Number(/^lines\.([0-9]{1,2})\./.exec(k)?.[1] ?? -1) + 1));
  // A category request's quote may name several products: one spare line. A basket quotes its own items.
  const lineCount = Math.min(20, products.length ? Math.max(filled, products.length) : Math.max(filled + 1, 2));
  return {
    quotes,
    accepted: quotes.find((q) => q.state === 'accepted'),
    basis,
    values,
    products,
    lineCount,
    tierRows: TIER_ROWS,
    formToken: randomBytes(18).toString('base64url'),
  };
}
