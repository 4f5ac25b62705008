import { z } from 'zod';
import { latinDigits } from '~/lib/digits';
import { CITY_SLUGS } from '~/lib/geo';
import { CERTIFICATION_KINDS, INCOTERMS, SAMPLE_POLICIES, SUPPLY_PERIODS, UNITS } from '~/lib/trade';
import { bounded, plainText, rawLimit } from '~/features/inquiry/schema';

/**
 * A product as the exporter edits it. Every text exists in English (the
 * reference, required where the catalog needs it) and in Chinese (optional:
 * the public Chinese page falls back to English per field). Messages are
 * codes, translated by `fieldMessage` (listing:errors, portal:errors, inquiry:errors).
 */

export const PRODUCT_LIMITS = {
  specs: 12,
  tiers: 6,
  images: 8,
  moq: 10_000_000,
  supply: 100_000_000,
  /** US dollars per unit. */
  price: 10_000_000,
  leadDays: 365,
} as const;

/** Longest texts, English and Chinese (Chinese says the same in fewer characters). */
export const TEXT_LIMITS = {
  name: [160, 80],
  summary: [300, 150],
  description: [6000, 3000],
  keywords: [300, 150],
  sampleNote: [300, 150],
  specLabel: [60, 30],
  specValue: [160, 80],
  imageAlt: [200, 100],
} as const;

/** Number fields take text of at most this many characters (`1,000,000,000`, spaces around). */
const NUMBER_TEXT = 40;

/** A whole number typed in the form (`1,000`), or a JSON number in an import file. */
const count = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : v),
    bounded(NUMBER_TEXT, 'outOfRange')
      .transform((v) =>
        latinDigits(v)
          .trim()
          .replace(/[\s,_]/g, ''),
      )
      .pipe(
        z
          .string()
          .min(1, { error: 'required' })
          .regex(/^\d+$/, { error: 'wholeNumber' })
          .transform(Number)
          .pipe(z.number().int().min(min, { error: 'outOfRange' }).max(max, { error: 'outOfRange' })),
      ),
  );

/** A US-dollar amount typed as `12`, `12.5` or `1,250.00`, kept in cents. */
const usd = bounded(NUMBER_TEXT, 'invalidPrice')
  .transform((v) =>
    latinDigits(v)
      .trim()
      .replace(/^\$|\s|,/g, ''),
  )
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .regex(/^\d{1,8}(?:\.\d{1,2})?$/, { error: 'invalidPrice' })
      .transform((s) => Math.round(Number(s) * 100))
      .pipe(
        z
          .number()
          .int()
          .min(1, { error: 'invalidPrice' })
          .max(PRODUCT_LIMITS.price * 100, { error: 'outOfRange' }),
      ),
  );

/** An eight-digit HS code; the dots and spaces of `2501.00.11` are ignored. */
const hsCode = bounded(rawLimit(8), 'invalidHsCode')
  .transform((v) => latinDigits(v).replace(/[\s.]/g, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .regex(/^\d{8}$/, { error: 'invalidHsCode' }),
  );

/**
 * The exporter's own stock-keeping code (`PS-TL-08`, `KCS/25KG`): optional, at most 40 characters, letters,
 * digits and `. _ - /`, starting with a letter or digit; unique among the exporter's products.
 */
export const SKU_MAX = 40;
const sku = bounded(SKU_MAX + 20, 'invalidSku')
  .transform((v) => v.trim())
  .pipe(
    z
      .string()
      .max(SKU_MAX, { error: 'invalidSku', abort: true })
      .regex(/^(?:[A-Za-z0-9][A-Za-z0-9._/-]*)?$/, { error: 'invalidSku' }),
  );

/** Uploaded photos (`upload:…`) and, on products that already have them, the catalog's generated pictures. */
export const IMAGE_KEY = /^(?:upload:[1-9][0-9]{0,9}\/[a-f0-9]{16}-[1-9][0-9]{0,5}x[1-9][0-9]{0,5}|demo:[a-z0-9-]{1,60}:[a-z0-9-]{1,140}:[1-9])$/;

export const specSchema = z.object({
  labelEn: plainText(TEXT_LIMITS.specLabel[0], { required: true }),
  labelZh: plainText(TEXT_LIMITS.specLabel[1]),
  valueEn: plainText(TEXT_LIMITS.specValue[0], { required: true }),
  valueZh: plainText(TEXT_LIMITS.specValue[1]),
});

export const tierSchema = z.object({ minQuantity: count(1, PRODUCT_LIMITS.moq * 1000), priceUsdCents: usd });

export const imageSchema = z.object({
  key: bounded(220, 'invalidImage').regex(IMAGE_KEY, { error: 'invalidImage' }),
  altEn: plainText(TEXT_LIMITS.imageAlt[0]),
  altZh: plainText(TEXT_LIMITS.imageAlt[1]),
});

const bilingual = (field: keyof typeof TEXT_LIMITS, options: { required?: boolean; multiline?: boolean } = {}) => ({
  en: plainText(TEXT_LIMITS[field][0], options),
  zh: plainText(TEXT_LIMITS[field][1], { multiline: options.multiline ?? false }),
});

const name = bilingual('name', { required: true });
const summary = bilingual('summary', { required: true });
const description = bilingual('description', { multiline: true });
const keywords = bilingual('keywords');
const sampleNote = bilingual('sampleNote');

/** The product form, for the given category slugs (the catalog's categories). */
export function productSchema(categories: readonly string[]) {
  return z
    .object({
      nameEn: name.en,
      nameZh: name.zh,
      summaryEn: summary.en,
      summaryZh: summary.zh,
      descriptionEn: description.en,
      descriptionZh: description.zh,
      keywordsEn: keywords.en,
      keywordsZh: keywords.zh,
      sampleNoteEn: sampleNote.en,
      sampleNoteZh: sampleNote.zh,
      // Absent from import files written before products had one.
      sku: sku.optional(),
      category: bounded(120, 'required').refine((slug) => categories.includes(slug), { error: 'required' }),
      moq: count(1, PRODUCT_LIMITS.moq),
      unit: z.enum(UNITS, { error: 'invalidUnit' }),
      priceOnRequest: z.boolean(),
      tiers: z.array(tierSchema).max(PRODUCT_LIMITS.tiers, { error: 'tooMany' }),
      incoterms: z.array(z.enum(INCOTERMS, { error: 'invalid' })).min(1, { error: 'incotermRequired' }),
      hsCode,
      leadTimeMinDays: count(1, PRODUCT_LIMITS.leadDays),
      leadTimeMaxDays: count(1, PRODUCT_LIMITS.leadDays),
      supplyQuantity: count(1, PRODUCT_LIMITS.supply),
      supplyUnit: z.enum(UNITS, { error: 'invalidUnit' }),
      supplyPeriod: z.enum(SUPPLY_PERIODS, { error: 'invalid' }),
      samplePolicy: z.enum(SAMPLE_POLICIES, { error: 'invalid' }),
      originCity: z.enum(CITY_SLUGS, { error: 'required' }),
      certifications: z.array(z.enum(CERTIFICATION_KINDS, { error: 'invalid' })),
      specs: z.array(specSchema).max(PRODUCT_LIMITS.specs, { error: 'tooMany' }),
      images: z.array(imageSchema).max(PRODUCT_LIMITS.images, { error: 'tooManyImages' }),
    })
    .superRefine((p, ctx) => {
      if (!p.priceOnRequest && p.tiers.length === 0) ctx.addIssue({ code: 'custom', path: ['tiers'], message: 'priceRequired' });
      const seen = new Set<number>();
      p.tiers.forEach((tier, i) => {
        if (seen.has(tier.minQuantity)) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'minQuantity'], message: 'duplicateQuantity' });
        seen.add(tier.minQuantity);
      });
      if (p.leadTimeMaxDays < p.leadTimeMinDays) ctx.addIssue({ code: 'custom', path: ['leadTimeMaxDays'], message: 'leadTimeOrder' });
      const keys = new Set<string>();
      p.images.forEach((img, i) => {
        if (keys.has(img.key)) ctx.addIssue({ code: 'custom', path: ['images', i, 'key'], message: 'invalidImage' });
        keys.add(img.key);
      });
    })
    .transform(({ priceOnRequest, tiers, incoterms, certifications, sku, ...rest }) => ({
      ...rest,
      sku: sku ? sku : null,
      // Price on request drops the ladder; the ladder is kept in ascending quantity.
      tiers: priceOnRequest ? [] : [...tiers].sort((a, b) => a.minQuantity - b.minQuantity),
      incoterms: INCOTERMS.filter((i) => incoterms.includes(i)),
      certifications: CERTIFICATION_KINDS.filter((c) => certifications.includes(c)),
    }));
}

export type ProductInput = z.output<ReturnType<typeof productSchema>>;
export type ProductRaw = z.input<ReturnType<typeof productSchema>>;
