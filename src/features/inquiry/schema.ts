import { z } from 'zod';
import { FORBIDDEN_CHARACTERS, containsMarkup } from '~/lib/text-checks';
import { INCOTERMS, UNITS } from '~/lib/trade';
import { slugSchema } from '~/lib/slug-schema';
import { latinDigits } from '~/lib/digits';
import { formKeyOf } from '~/lib/form-key';
import { PRICE_CURRENCIES, PRICE_TEXT_MAX, parseDecimalMinor } from '~/lib/money';

/**
 * The inquiry: one zod schema for the form (client and server) and the
 * partner API. Error messages are codes (`required`, `tooLong`…) that the
 * caller translates into the request's language, never English sentences.
 */

export const PORTS = ['shanghai', 'ningbo-zhoushan', 'shenzhen', 'guangzhou', 'qingdao', 'tianjin', 'xiamen', 'dalian', 'khunjerab-kashgar', 'urumqi'] as const;
export type Port = (typeof PORTS)[number];

export const LIMITS = {
  items: 20,
  message: 2000,
  note: 500,
  name: 100,
  company: 150,
  quantity: 100_000_000,
  price: 100_000_000,
} as const;

/** Digits with an optional +, spaces or dashes: a phone number, never a WeChat ID (those start with a letter). */
const PHONE_LIKE = /^\+?[0-9][0-9 -]*$/;

/**
 * Room for whitespace that `plainText` trims or collapses: a raw text longer
 * than this is refused before any work is done on it.
 */
export const rawLimit = (max: number) => max * 2 + 100;

/**
 * A string of at most `max` characters, refused as soon as it is longer: the
 * check aborts, so no later check or transform of the schema runs on it.
 */
export function bounded(max: number, error = 'tooLong', typeError = 'required') {
  return z.string({ error: typeError }).max(max, { error, abort: true });
}

/**
 * Free text typed by a person: whitespace normalised (collapsed on one line,
 * line ends unified in multiline text), no control characters, no markup.
 * Length is checked first (raw, then normalised) and stops validation, so
 * the content checks only ever see short text, and they are linear.
 */
export function plainText(max: number, options: { required?: boolean; multiline?: boolean } = {}) {
  const { required = false, multiline = false } = options;
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'required' : 'invalidType') })
    .max(rawLimit(max), { error: 'tooLong', abort: true })
    .transform((s) => (multiline ? s.replace(/\r\n?/g, '\n') : s.replace(/\s+/g, ' ')).trim())
    .pipe(
      z
        .string()
        .max(max, { error: 'tooLong', abort: true })
        .refine((s) => !required || s.length > 0, { error: 'required' })
        .refine((s) => !FORBIDDEN_CHARACTERS.test(s), { error: 'forbiddenCharacters' })
        .refine((s) => !containsMarkup(s), { error: 'noHtml' })
        .refine((s) => multiline || !s.includes('\n'), { error: 'forbiddenCharacters' }),
    );
}

const slug = slugSchema(121, { error: 'unknownProduct', typeError: 'required' });
/**
 * For `z.preprocess` before a coerced number: text longer than any number
 * the pavilion takes becomes NaN (an invalid number) without being parsed.
 */
export const shortNumber = (v: unknown) => (typeof v !== 'string' ? v : v.length > 40 ? Number.NaN : latinDigits(v));

const quantity = z.preprocess(
  shortNumber,
  z.coerce.number({ error: 'invalidNumber' }).int({ error: 'wholeNumber' }).min(1, { error: 'quantityMin' }).max(LIMITS.quantity, { error: 'quantityMax' }),
);
/** Deprecated (partner API only): a target price as a whole number of US cents. */
const targetPriceUsdCents = z.preprocess(
  shortNumber,
  z.coerce.number({ error: 'invalidNumber' }).int({ error: 'wholeNumber' }).min(0, { error: 'priceMin' }).max(LIMITS.price, { error: 'priceMax' }),
);

/** A price per unit as the buyer typed it: a decimal string ("8", "1.20"), read exactly into minor units. */
const priceText = z.union([z.string(), z.number()], { error: 'priceFormat' }).transform((v, ctx) => {
  // A JSON number is taken only when it is plain: its text is what gets parsed.
  const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  if (text.length > PRICE_TEXT_MAX) {
    ctx.addIssue({ code: 'custom', message: 'tooLong' });
    return z.NEVER;
  }
  const parsed = parseDecimalMinor(text, LIMITS.price);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.code });
    return z.NEVER;
  }
  return parsed.minor;
});

/** Optional truthy flags from a form (`on`) or JSON (`true`). */
const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])], { error: 'invalid' })
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const priceFields = {
  targetPrice: priceText.optional(),
  targetCurrency: z.enum(PRICE_CURRENCIES, { error: 'invalidCurrency' }).optional(),
  targetPriceUsdCents: targetPriceUsdCents.optional(),
};

export interface TargetPrice {
  minor: number;
  currency: (typeof PRICE_CURRENCIES)[number];
}

/**
 * The target price of a line: the decimal price in the chosen currency, or
 * (older partner clients) whole US cents. A price without its currency is
 * refused rather than guessed.
 */
function targetOf(
  v: { targetPrice?: number | undefined; targetCurrency?: TargetPrice['currency'] | undefined; targetPriceUsdCents?: number | undefined },
  ctx: z.RefinementCtx,
): TargetPrice | null {
  if (v.targetPrice !== undefined) {
    if (!v.targetCurrency) {
      ctx.addIssue({ code: 'custom', message: 'currencyRequired', path: ['targetCurrency'] });
      return null;
    }
    return { minor: v.targetPrice, currency: v.targetCurrency };
  }
  if (v.targetPriceUsdCents !== undefined && v.targetPriceUsdCents > 0) return { minor: v.targetPriceUsdCents, currency: 'USD' };
  return null;
}

export const buyerSchema = z.object({
  name: plainText(LIMITS.name, { required: true }),
  company: plainText(LIMITS.company, { required: true }),
  email: bounded(rawLimit(200))
    .trim()
    .min(1, { error: 'required' })
    .max(200, { error: 'tooLong', abort: true })
    .pipe(z.email({ error: 'invalidEmail' })),
  phone: bounded(rawLimit(25))
    .trim()
    .min(1, { error: 'required', abort: true })
    .regex(/^\+?[0-9][0-9 ()-]{5,24}$/, { error: 'invalidPhone' }),
  wechat: bounded(rawLimit(20), 'invalidWechat', 'invalidWechat')
    .trim()
    // Buyers often type their mobile number here (WeChat accounts are opened with one): say where it belongs.
    .refine((v) => !PHONE_LIKE.test(v), { error: 'wechatIsPhone', abort: true })
    .regex(/^$|^[a-zA-Z][-_a-zA-Z0-9]{5,19}$/, { error: 'invalidWechat' })
    .default(''),
  province: plainText(50).default(''),
  city: plainText(50).default(''),
});

export const itemSchema = z
  .object({
    product: slug,
    quantity,
    unit: z.enum(UNITS, { error: 'invalidUnit' }),
    ...priceFields,
    /** The buyer asks for a sample first. */
    sampleRequested: flag.default(false),
    note: plainText(LIMITS.note, { multiline: true }).default(''),
  })
  .transform(({ targetPrice, targetCurrency, targetPriceUsdCents, ...item }, ctx) => ({
    ...item,
    target: targetOf({ targetPrice, targetCurrency, targetPriceUsdCents }, ctx),
  }));

const common = {
  locale: z.enum(['en', 'zh']).default('en'),
  buyer: buyerSchema,
  destinationPort: z.enum(PORTS, { error: 'invalidPort' }),
  incoterm: z.enum(INCOTERMS, { error: 'invalidIncoterm' }),
  message: plainText(LIMITS.message, { multiline: true }).default(''),
  consent: z.literal(true, { error: 'consentRequired' }),
};

/** A basket of products, possibly from several exporters. */
export const itemsInquirySchema = z.object({
  ...common,
  items: z.array(itemSchema, { error: 'itemsRequired' }).min(1, { error: 'itemsRequired' }).max(LIMITS.items, { error: 'tooManyItems' }),
});

/** "Find me suppliers of…": routed to the verified exporters of a category. */
export const categoryInquirySchema = z
  .object({
    ...common,
    category: slugSchema(81, { error: 'unknownCategory', typeError: 'required' }),
    quantity,
    unit: z.enum(UNITS, { error: 'invalidUnit' }),
    ...priceFields,
  })
  .transform(({ targetPrice, targetCurrency, targetPriceUsdCents, ...rest }, ctx) => ({
    ...rest,
    target: targetOf({ targetPrice, targetCurrency, targetPriceUsdCents }, ctx),
  }));

export const inquirySchema = z.union([itemsInquirySchema, categoryInquirySchema], { error: 'invalidInquiry' });
export type InquiryInput = z.output<typeof inquirySchema>;
export type ItemsInquiry = z.output<typeof itemsInquirySchema>;
export type CategoryInquiry = z.output<typeof categoryInquirySchema>;

export function isCategoryInquiry(input: InquiryInput): input is CategoryInquiry {
  return 'category' in input;
}

/**
 * Validates a request, choosing the schema by shape so that errors name the
 * fields of the form the buyer actually filled in. Returns error codes by
 * field path (`buyer.email`, `items.0.quantity`).
 */
export function parseInquiry(body: unknown): { data: InquiryInput } | { errors: Record<string, string> } {
  const isCategory = !!body && typeof body === 'object' && 'category' in body && !Array.isArray((body as { items?: unknown }).items);
  const schema = isCategory ? categoryInquirySchema : itemsInquirySchema;
  const result = schema.safeParse(body);
  if (result.success) return { data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || 'form';
    errors[path] ??= issue.message && /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return { errors };
}

/** A message in an inquiry's conversation (buyer or exporter). */
export const messageSchema = plainText(LIMITS.message, { required: true, multiline: true });

/** The buyer's reply on the private status page. */
export const buyerReplySchema = z.object({
  reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/),
  /** The private link's token; empty when a signed-in buyer writes in their own inquiry. */
  token: bounded(200).default(''),
  body: messageSchema,
  /** The form's key (see `formKeyOf`): the same message sent twice is stored once. A key that is not one is ignored. */
  clientKey: z.string().max(200).nullish().transform(formKeyOf),
});
