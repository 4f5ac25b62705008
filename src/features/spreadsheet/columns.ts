import type { ProductFormValues } from '~/features/exporter/product-values';

/**
 * The columns of the product sheet, in order. Each header carries both
 * languages (`SKU / 货号`); a file may use the whole header, either half, or
 * the column's key. Cells are text: lists are written on one line with
 * separators, specifications one per line.
 */
export const COLUMNS = [
  { key: 'sku', en: 'SKU', zh: '货号' },
  { key: 'nameEn', en: 'Name (English)', zh: '品名（英文）' },
  { key: 'nameZh', en: 'Name (Chinese)', zh: '品名（中文）' },
  { key: 'summaryEn', en: 'Summary (English)', zh: '简介（英文）' },
  { key: 'summaryZh', en: 'Summary (Chinese)', zh: '简介（中文）' },
  { key: 'descriptionEn', en: 'Description (English)', zh: '详细描述（英文）' },
  { key: 'descriptionZh', en: 'Description (Chinese)', zh: '详细描述（中文）' },
  { key: 'keywordsEn', en: 'Keywords (English)', zh: '关键词（英文）' },
  { key: 'keywordsZh', en: 'Keywords (Chinese)', zh: '关键词（中文）' },
  { key: 'category', en: 'Category', zh: '类目' },
  { key: 'moq', en: 'MOQ', zh: '最小起订量' },
  { key: 'unit', en: 'Unit', zh: '计量单位' },
  { key: 'priceOnRequest', en: 'Price on request', zh: '价格面议' },
  { key: 'prices', en: 'Price tiers (quantity: USD)', zh: '阶梯价格（数量：美元）' },
  { key: 'incoterms', en: 'Incoterms', zh: '贸易术语' },
  { key: 'hsCode', en: 'HS code', zh: 'HS编码' },
  { key: 'leadTimeMinDays', en: 'Lead time from (days)', zh: '交货期起（天）' },
  { key: 'leadTimeMaxDays', en: 'Lead time to (days)', zh: '交货期止（天）' },
  { key: 'supplyQuantity', en: 'Supply capacity', zh: '供货能力' },
  { key: 'supplyUnit', en: 'Supply unit', zh: '供货单位' },
  { key: 'supplyPeriod', en: 'Supply period', zh: '供货周期' },
  { key: 'samplePolicy', en: 'Samples', zh: '样品政策' },
  { key: 'sampleNoteEn', en: 'Sample note (English)', zh: '样品说明（英文）' },
  { key: 'sampleNoteZh', en: 'Sample note (Chinese)', zh: '样品说明（中文）' },
  { key: 'originCity', en: 'Origin city', zh: '产地城市' },
  { key: 'certifications', en: 'Certifications', zh: '认证' },
  { key: 'specsEn', en: 'Specifications (English)', zh: '规格参数（英文）' },
  { key: 'specsZh', en: 'Specifications (Chinese)', zh: '规格参数（中文）' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const COLUMN_KEYS = COLUMNS.map((c) => c.key) as ColumnKey[];
/** The columns a file must have; the others may be left out (empty). */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['sku', 'nameEn'];
/** Columns whose cells may hold several lines. */
export const MULTILINE_COLUMNS: ReadonlySet<ColumnKey> = new Set(['descriptionEn', 'descriptionZh', 'specsEn', 'specsZh', 'prices']);

export type Cells = Record<ColumnKey, string>;

/** The bilingual header of a column, as the template and the export write it. */
export const headerOf = (column: (typeof COLUMNS)[number]) => `${column.en} / ${column.zh}`;
export const HEADERS = COLUMNS.map(headerOf);

/** A header as compared: lower case, one kind of slash, brackets and colon, no spaces. */
const normalHeader = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, '');

const ALIASES = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [headerOf(c), c.en, c.zh, c.key, `${c.zh} / ${c.en}`].map((alias) => [normalHeader(alias), c.key] as const)),
);

/** The column a header names, or null for a column the sheet does not know. */
export function columnOf(header: string): ColumnKey | null {
  if (header.length > 200) return null;
  return ALIASES.get(normalHeader(header)) ?? null;
}

export const emptyCells = (): Cells => Object.fromEntries(COLUMN_KEYS.map((k) => [k, ''])) as Cells;

/** A SKU: letters, digits, dot, dash and underscore, starting with a letter or digit (it names photo files too). */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const SKU_MAX = 64;

const YES = new Set(['yes', 'y', 'true', '1', '是', '是的', 'ہاں']);
const NO = new Set(['no', 'n', 'false', '0', '否', '不', 'نہیں', '']);

/** A yes/no cell; null when it is neither. */
export function yesNo(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

const LIST_SEPARATOR = /[,，;；、\s]+/;
const list = (cell: string) => cell.split(LIST_SEPARATOR).filter(Boolean);
const lines = (cell: string) => cell.split(/\r\n?|\n/);

/** `100: 12.50; 1000: 10.00` (or one tier per line) as the form's price rows. */
function tiersOf(cell: string): ProductFormValues['tiers'] {
  return cell
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map((part) => {
      const at = part.search(/[:：=]/);
      return at < 0 ? { minQuantity: part, price: '' } : { minQuantity: part.slice(0, at).trim(), price: part.slice(at + 1).trim() };
    });
}

/** `Label: value`, one per line; the English and Chinese columns pair up line by line. */
function specsOf(en: string, zh: string): ProductFormValues['specs'] {
  const split = (line: string) => {
    const at = line.search(/[:：]/);
    return at < 0 ? { label: line.trim(), value: '' } : { label: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
  };
  const enLines = en.trim() ? lines(en) : [];
  const zhLines = zh.trim() ? lines(zh) : [];
  const specs: ProductFormValues['specs'] = [];
  for (let i = 0; i < Math.min(Math.max(enLines.length, zhLines.length), 50); i++) {
    const e = split(enLines[i] ?? '');
    const z = split(zhLines[i] ?? '');
    if (!e.label && !e.value && !z.label && !z.value) continue;
    specs.push({ labelEn: e.label, valueEn: e.value, labelZh: z.label, valueZh: z.value });
  }
  return specs;
}

/** How a category may be named in a sheet: its slug, or its English or Chinese name. */
export interface CategoryName {
  slug: string;
  nameEn: string;
  nameZh: string;
}

export function categoryLookup(categories: readonly CategoryName[]): (cell: string) => string {
  const map = new Map<string, string>();
  for (const c of categories) for (const name of [c.slug, c.nameEn, c.nameZh]) map.set(normalHeader(name), c.slug);
  return (cell) => map.get(normalHeader(cell)) ?? cell.trim();
}

/**
 * The product editor's values of a sheet row (still text: the product schema
 * parses them, so the sheet and the form accept and refuse the same things),
 * and the errors of cells the form has no field for.
 */
export function valuesOfCells(cells: Cells, category: (cell: string) => string): { values: ProductFormValues; errors: Partial<Record<ColumnKey, string>> } {
  const errors: Partial<Record<ColumnKey, string>> = {};
  const priceOnRequest = yesNo(cells.priceOnRequest);
  if (priceOnRequest === null) errors.priceOnRequest = 'notYesNo';
  const tiers = tiersOf(cells.prices);
  const values: ProductFormValues = {
    sku: cells.sku.trim(),
    nameEn: cells.nameEn,
    nameZh: cells.nameZh,
    summaryEn: cells.summaryEn,
    summaryZh: cells.summaryZh,
    descriptionEn: cells.descriptionEn,
    descriptionZh: cells.descriptionZh,
    keywordsEn: cells.keywordsEn,
    keywordsZh: cells.keywordsZh,
    sampleNoteEn: cells.sampleNoteEn,
    sampleNoteZh: cells.sampleNoteZh,
    category: category(cells.category),
    moq: cells.moq,
    unit: cells.unit.trim(),
    priceOnRequest: priceOnRequest ?? false,
    tiers: priceOnRequest ? [] : tiers,
    incoterms: list(cells.incoterms.toUpperCase()),
    hsCode: cells.hsCode,
    leadTimeMinDays: cells.leadTimeMinDays,
    leadTimeMaxDays: cells.leadTimeMaxDays,
    supplyQuantity: cells.supplyQuantity,
    supplyUnit: cells.supplyUnit.trim(),
    supplyPeriod: cells.supplyPeriod.trim().toLowerCase(),
    samplePolicy: cells.samplePolicy.trim().toLowerCase(),
    originCity: cells.originCity.trim().toLowerCase(),
    certifications: list(cells.certifications.toLowerCase()),
    specs: specsOf(cells.specsEn, cells.specsZh),
    images: [],
  };
  return { values, errors };
}

/** The sheet row of a product's editor values: what the export writes and the import reads back the same. */
export function cellsOfValues(sku: string, v: ProductFormValues): Cells {
  return {
    sku,
    nameEn: v.nameEn,
    nameZh: v.nameZh,
    summaryEn: v.summaryEn,
    summaryZh: v.summaryZh,
    descriptionEn: v.descriptionEn,
    descriptionZh: v.descriptionZh,
    keywordsEn: v.keywordsEn,
    keywordsZh: v.keywordsZh,
    category: v.category,
    moq: v.moq,
    unit: v.unit,
    priceOnRequest: v.priceOnRequest ? 'yes' : 'no',
    prices: v.tiers.map((tier) => `${tier.minQuantity}: ${tier.price}`).join('; '),
    incoterms: v.incoterms.join(', '),
    hsCode: v.hsCode,
    leadTimeMinDays: v.leadTimeMinDays,
    leadTimeMaxDays: v.leadTimeMaxDays,
    supplyQuantity: v.supplyQuantity,
    supplyUnit: v.supplyUnit,
    supplyPeriod: v.supplyPeriod,
    samplePolicy: v.samplePolicy,
    sampleNoteEn: v.sampleNoteEn,
    sampleNoteZh: v.sampleNoteZh,
    originCity: v.originCity,
    certifications: v.certifications.join(', '),
    specsEn: v.specs.map((s) => `${s.labelEn}: ${s.valueEn}`).join('\n'),
    specsZh: v.specs.map((s) => (s.labelZh || s.valueZh ? `${s.labelZh}：${s.valueZh}` : '')).join('\n'),
  };
}

/** The column a schema error path belongs to (`tiers.0.priceUsdCents` → `prices`). */
export function columnOfPath(path: string): ColumnKey {
  const [head, , field] = path.split('.');
  if (head === 'tiers') return 'prices';
  if (head === 'specs') return field?.endsWith('Zh') ? 'specsZh' : 'specsEn';
  if (head === 'images') return 'sku';
  if (head && (COLUMN_KEYS as string[]).includes(head)) return head as ColumnKey;
  return 'sku';
}

/** The template's example row. */
export const EXAMPLE: Cells = {
  sku: 'PS-LAMP-01',
  nameEn: 'Himalayan Pink Salt Lamp, natural shape, 2–3 kg',
  nameZh: '喜马拉雅粉盐灯，天然造型，2–3公斤',
  summaryEn: 'Hand-carved Khewra pink salt lamp on a sheesham wood base, with cord and bulb.',
  summaryZh: '克乌拉粉盐手工雕刻盐灯，配印度黄檀木底座、电线及灯泡。',
  descriptionEn: 'Each lamp is carved by hand from Khewra rock salt.\nPacked in a printed carton with foam.',
  descriptionZh: '每盏盐灯均由克乌拉岩盐手工雕刻。\n彩印纸箱加泡沫包装。',
  keywordsEn: 'salt lamp, pink salt, Khewra',
  keywordsZh: '盐灯，粉盐，克乌拉',
  category: 'himalayan-salt',
  moq: '500',
  unit: 'piece',
  priceOnRequest: 'no',
  prices: '500: 6.80; 2000: 5.90',
  incoterms: 'FOB, CIF',
  hsCode: '2501.00.90',
  leadTimeMinDays: '20',
  leadTimeMaxDays: '35',
  supplyQuantity: '20000',
  supplyUnit: 'piece',
  supplyPeriod: 'month',
  samplePolicy: 'paid',
  sampleNoteEn: 'Sample fee refunded with the first order.',
  sampleNoteZh: '样品费在首笔订单中返还。',
  originCity: 'khewra',
  certifications: '',
  specsEn: 'Weight: 2–3 kg\nBase: sheesham wood',
  specsZh: '重量：2–3公斤\n底座：印度黄檀木',
};
