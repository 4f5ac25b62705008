import type { products } from '~/server/db/schema.server';
import { PRODUCT_LIMITS } from './product-schema';

/**
 * The product editor's values as the exporter typed them (strings), read from
 * the posted form and written back into it, so an error never loses input.
 */

export const TEXT_FIELDS = ['name', 'summary', 'description', 'keywords', 'sampleNote'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface SpecRow {
  labelEn: string;
  labelZh: string;
  valueEn: string;
  valueZh: string;
}
export interface TierRow {
  minQuantity: string;
  price: string;
}
export interface ImageRow {
  key: string;
  altEn: string;
  altZh: string;
}

export interface ProductFormValues {
  sku: string;
  nameEn: string;
  nameZh: string;
  summaryEn: string;
  summaryZh: string;
  descriptionEn: string;
  descriptionZh: string;
  keywordsEn: string;
  keywordsZh: string;
  sampleNoteEn: string;
  sampleNoteZh: string;
  category: string;
  moq: string;
  unit: string;
  priceOnRequest: boolean;
  tiers: TierRow[];
  incoterms: string[];
  hsCode: string;
  leadTimeMinDays: string;
  leadTimeMaxDays: string;
  supplyQuantity: string;
  supplyUnit: string;
  supplyPeriod: string;
  samplePolicy: string;
  originCity: string;
  certifications: string[];
  specs: SpecRow[];
  images: ImageRow[];
}

const SCALARS = [
  'sku',
  'nameEn',
  'nameZh',
  'summaryEn',
  'summaryZh',
  'descriptionEn',
  'descriptionZh',
  'keywordsEn',
  'keywordsZh',
  'sampleNoteEn',
  'sampleNoteZh',
  'category',
  'moq',
  'unit',
  'hsCode',
  'leadTimeMinDays',
  'leadTimeMaxDays',
  'supplyQuantity',
  'supplyUnit',
  'supplyPeriod',
  'samplePolicy',
  'originCity',
] as const;

/** Rows of the repeated groups the form offers beyond those filled in. */
export const SPARE_ROWS = { specs: 3, tiers: 2 } as const;

export function emptyValues(defaults: { originCity?: string } = {}): ProductFormValues {
  return {
    sku: '',
    nameEn: '',
    nameZh: '',
    summaryEn: '',
    summaryZh: '',
    descriptionEn: '',
    descriptionZh: '',
    keywordsEn: '',
    keywordsZh: '',
    sampleNoteEn: '',
    sampleNoteZh: '',
    category: '',
    moq: '',
    unit: 'kg',
    priceOnRequest: false,
    tiers: [],
    incoterms: ['FOB'],
    hsCode: '',
    leadTimeMinDays: '',
    leadTimeMaxDays: '',
    supplyQuantity: '',
    supplyUnit: 'ton',
    supplyPeriod: 'month',
    samplePolicy: 'paid',
    originCity: defaults.originCity ?? '',
    certifications: [],
    specs: [],
    images: [],
  };
}

/** The stored columns the editor shows. */
type StoredProduct = Pick<
  typeof products.$inferSelect,
  | 'sku'
  | 'nameEn'
  | 'nameZh'
  | 'summaryEn'
  | 'summaryZh'
  | 'descriptionEn'
  | 'descriptionZh'
  | 'keywordsEn'
  | 'keywordsZh'
  | 'sampleNoteEn'
  | 'sampleNoteZh'
  | 'moq'
  | 'unit'
  | 'incoterms'
  | 'hsCode'
  | 'leadTimeMinDays'
  | 'leadTimeMaxDays'
  | 'supplyQuantity'
  | 'supplyUnit'
  | 'supplyPeriod'
  | 'samplePolicy'
  | 'originCity'
  | 'certifications'
  | 'specs'
  | 'images'
>;

/** The editor's values of a stored product. */
export function valuesFromProduct(p: StoredProduct, categorySlug: string, tiers: Array<{ minQuantity: number; priceUsdCents: number }>): ProductFormValues {
  return {
    sku: p.sku ?? '',
    nameEn: p.nameEn,
    nameZh: p.nameZh,
    summaryEn: p.summaryEn,
    summaryZh: p.summaryZh,
    descriptionEn: p.descriptionEn,
    descriptionZh: p.descriptionZh,
    keywordsEn: p.keywordsEn,
    keywordsZh: p.keywordsZh,
    sampleNoteEn: p.sampleNoteEn,
    sampleNoteZh: p.sampleNoteZh,
    category: categorySlug,
    moq: String(p.moq),
    unit: p.unit,
    priceOnRequest: tiers.length === 0,
    tiers: tiers.map((t) => ({ minQuantity: String(t.minQuantity), price: (t.priceUsdCents / 100).toFixed(2) })),
    incoterms: [...p.incoterms],
    hsCode: p.hsCode,
    leadTimeMinDays: String(p.leadTimeMinDays),
    leadTimeMaxDays: String(p.leadTimeMaxDays),
    supplyQuantity: String(p.supplyQuantity),
    supplyUnit: p.supplyUnit,
    supplyPeriod: p.supplyPeriod,
    samplePolicy: p.samplePolicy,
    originCity: p.originCity,
    certifications: [...p.certifications],
    specs: p.specs.map((s) => ({ labelEn: s.label.en, labelZh: s.label.zh, valueEn: s.value.en, valueZh: s.value.zh })),
    images: p.images.map((img) => ({ key: img.key, altEn: img.altEn, altZh: img.altZh })),
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const texts = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
const filled = (row: object) => Object.values(row).some((v) => typeof v === 'string' && v.trim() !== '');

/**
 * The editor's values from a posted form. Empty repeated rows are dropped;
 * images marked for removal are dropped and the rest put in the chosen order.
 */
export function valuesFromForm(form: FormData): ProductFormValues {
  const values = emptyValues();
  for (const name of SCALARS) values[name] = text(form, name);
  values.priceOnRequest = form.get('priceOnRequest') !== null;
  values.incoterms = texts(form, 'incoterms');
  values.certifications = texts(form, 'certifications');

  const rows = (prefix: string, limit: number) => Array.from({ length: limit + SPARE_ROWS.specs + 1 }, (_, i) => `${prefix}-${i}`);
  values.specs = rows('spec', PRODUCT_LIMITS.specs)
    .map((p) => ({
      labelEn: text(form, `${p}-label-en`),
      labelZh: text(form, `${p}-label-zh`),
      valueEn: text(form, `${p}-value-en`),
      valueZh: text(form, `${p}-value-zh`),
    }))
    .filter(filled);
  values.tiers = rows('tier', PRODUCT_LIMITS.tiers)
    .map((p) => ({ minQuantity: text(form, `${p}-qty`), price: text(form, `${p}-price`) }))
    .filter(filled);
  values.images = rows('image', PRODUCT_LIMITS.images)
    .map((p, i) => ({
      key: text(form, `${p}-key`),
      altEn: text(form, `${p}-alt-en`),
      altZh: text(form, `${p}-alt-zh`),
      remove: form.get(`${p}-remove`) !== null,
      order: Number(text(form, `${p}-order`) || i + 1),
      i,
    }))
    .filter((row) => row.key && !row.remove)
    .sort((a, b) => (Number.isFinite(a.order) ? a.order : 999) - (Number.isFinite(b.order) ? b.order : 999) || a.i - b.i)
    .map(({ key, altEn, altZh }) => ({ key, altEn, altZh }));
  return values;
}

/** The schema's input of the editor's values (still strings: the schema parses them). */
export function rawInput(values: ProductFormValues): Record<string, unknown> {
  return {
    ...values,
    tiers: values.tiers.map((t) => ({ minQuantity: t.minQuantity, priceUsdCents: t.price })),
  };
}
