import { z } from 'zod';
import { bounded, plainText, shortNumber } from '~/features/inquiry/schema';
import { UNITS } from '~/lib/trade';
import { lineAmount, sumMinor } from '~/lib/money';
import { MAX_UNIT_PRICE_MINOR, parseMinor, QUOTE_CURRENCIES } from './money';
import { TERM_VALUES } from './terms';

/**
 * The exporter's quotation form, validated on the server (the form posts
 * `lines.0.price`, `lines.0.tiers.1.min`…; `formToQuote` nests them). Every
 * text is length-checked first; prices are decimal strings read digit by
 * digit into minor units. Error messages are codes for `errorMessage(t, 'quotes', code)`.
 */

export const QUOTE_LIMITS = { lines: 20, tiers: 3, name: 150, packing: 500, notes: 2000, leadTime: 365, validityDays: 366, revision: 2000 } as const;

/** The form shows this many tier rows per line. */
export const TIER_ROWS = 2;

/** Today's date (YYYY-MM-DD) in China, where the buyer reads "valid until". */
export function shanghaiDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `day` + `days` calendar days, as YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A whole number typed into a field: empty is `required`, text longer than any number is not parsed. */
const whole = (min: number, max: number, minError: string, maxError: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : shortNumber(v)),
    z
      .any()
      .refine((v) => v !== undefined && v !== null, { error: 'required', abort: true })
      .pipe(z.coerce.number({ error: 'invalidNumber' }).int({ error: 'wholeNumber' }).min(min, { error: minError }).max(max, { error: maxError })),
  );

/** A price typed as a decimal ("1,234.56"), as minor units. */
const price = (required: boolean) =>
  bounded(40, 'invalidPrice', 'required')
    .trim()
    .refine((s) => !required || s !== '', { error: 'required', abort: true })
    .transform((s, ctx) => {
      if (s === '') return null;
      const minor = parseMinor(s);
      if (minor === null) {
        ctx.addIssue({ code: 'custom', message: 'invalidPrice' });
        return z.NEVER;
      }
      if (minor > MAX_UNIT_PRICE_MINOR) {
        ctx.addIssue({ code: 'custom', message: 'priceMax' });
        return z.NEVER;
      }
      return minor;
    });

const tierSchema = z.object({
  min: whole(2, 100_000_000, 'tierMin', 'quantityMax'),
  price: price(true),
});

const lineSchema = z.object({
  /** The line's row in the editor, so a refusal is shown at the row it concerns even when blank rows were left out. */
  row: z.number().int().min(0).max(49).default(0),
  /** The inquiry item quoted (its id); empty on a category request, which names the product instead. */
  item: bounded(12)
    .regex(/^[0-9]*$/, { error: 'unknownProduct' })
    .transform((s) => (s ? Number(s) : null))
    .prefault(''),
  name: plainText(QUOTE_LIMITS.name).default(''),
  hsCode: bounded(20, 'invalidHsCode')
    .trim()
    .regex(/^$|^[0-9]{4,10}$/, { error: 'invalidHsCode' })
    .default(''),
  quantity: whole(1, 100_000_000, 'quantityMin', 'quantityMax'),
  unit: z.enum(UNITS, { error: 'invalidUnit' }),
  price: price(true),
  tiers: z.array(tierSchema).max(QUOTE_LIMITS.tiers, { error: 'tooManyTiers' }).default([]),
});

const terms = z.enum(TERM_VALUES, { error: 'invalidTerm' });

/** The form as posted (after `formToQuote`), before it becomes a quote. */
export const quoteFormSchema = z
  .object({
    currency: z.enum(QUOTE_CURRENCIES, { error: 'invalidCurrency' }),
    term: terms,
    leadTimeDays: whole(1, QUOTE_LIMITS.leadTime, 'leadTimeMin', 'leadTimeMax'),
    validUntil: bounded(10, 'invalidDate')
      .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, { error: 'invalidDate', abort: true })
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
        error: 'invalidDate',
        abort: true,
      })
      .refine((s) => s >= shanghaiDay(), { error: 'validityPast', abort: true })
      .refine((s) => s <= addDays(shanghaiDay(), QUOTE_LIMITS.validityDays), { error: 'validityTooFar' }),
    payment: z.enum(['tt', 'lc-sight', 'dp'], { error: 'invalidPayment' }),
    depositPercent: bounded(10).default(''),
    sampleCost: price(false).prefault(''),
    sampleCurrency: z.enum(QUOTE_CURRENCIES, { error: 'invalidCurrency' }).default('USD'),
    sampleDays: bounded(10).default(''),
    packing: plainText(QUOTE_LIMITS.packing, { multiline: true }).default(''),
    notes: plainText(QUOTE_LIMITS.notes, { multiline: true }).default(''),
    lines: z.array(lineSchema, { error: 'linesRequired' }).min(1, { error: 'linesRequired' }).max(QUOTE_LIMITS.lines, { error: 'tooManyLines' }),
  })
  .transform((form, ctx) => {
    const deposit =
      form.payment === 'tt' ? whole(0, 100, 'depositRange', 'depositRange').safeParse(form.depositPercent === '' ? undefined : form.depositPercent) : null;
    if (deposit && !deposit.success)
      ctx.addIssue({ code: 'custom', path: ['depositPercent'], message: form.depositPercent === '' ? 'required' : 'depositRange' });
    let sampleDays: number | null = null;
    if (form.sampleCost !== null) {
      const days = whole(1, 365, 'sampleDaysRange', 'sampleDaysRange').safeParse(form.sampleDays === '' ? undefined : form.sampleDays);
      if (days.success) sampleDays = days.data;
      else ctx.addIssue({ code: 'custom', path: ['sampleDays'], message: form.sampleDays === '' ? 'required' : 'sampleDaysRange' });
    } else if (form.sampleDays !== '') ctx.addIssue({ code: 'custom', path: ['sampleCost'], message: 'required' });
    const amounts: number[] = [];
    form.lines.forEach((line, i) => {
      if (line.item === null && !line.name) ctx.addIssue({ code: 'custom', path: ['lines', i, 'name'], message: 'required' });
      const seen = new Set<number>();
      line.tiers.forEach((tier, j) => {
        if (seen.has(tier.min)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'tiers', j, 'min'], message: 'tierDuplicate' });
        seen.add(tier.min);
      });
      const amount = lineAmount(line.quantity, line.price!);
      if (amount === null) ctx.addIssue({ code: 'custom', path: ['lines', i, 'price'], message: 'amountTooLarge' });
      else amounts.push(amount);
    });
    if (sumMinor(amounts) === null) ctx.addIssue({ code: 'custom', path: ['lines', 0, 'price'], message: 'amountTooLarge' });
    const [incoterm, namedPlace] = form.term.split(':') as [string, string];
    return {
      currency: form.currency,
      incoterm,
      namedPlace,
      leadTimeDays: form.leadTimeDays,
      validUntil: form.validUntil,
      paymentTerms: form.payment === 'tt' ? { kind: 'tt' as const, depositPercent: deposit?.success ? deposit.data : 0 } : { kind: form.payment },
      sampleOffer: form.sampleCost !== null && sampleDays !== null ? { costMinor: form.sampleCost, currency: form.sampleCurrency, days: sampleDays } : null,
      packing: form.packing,
      notes: form.notes,
      lines: form.lines.map((line) => ({
        row: line.row,
        item: line.item,
        name: line.name,
        hsCode: line.hsCode,
        quantity: line.quantity,
        unit: line.unit,
        unitPriceMinor: line.price!,
        tiers: [...line.tiers].sort((a, b) => a.min - b.min).map((tier) => ({ minQuantity: tier.min, unitPriceMinor: tier.price! })),
      })),
    };
  });
export type QuoteInput = z.output<typeof quoteFormSchema>;

const FIELD = /^lines\.([0-9]{1,2})\.(item|name|hsCode|quantity|unit|price)$/;
const TIER = /^lines\.([0-9]{1,2})\.tiers\.([0-9])\.(min|price)$/;
const TOP = ['currency', 'term', 'leadTimeDays', 'validUntil', 'payment', 'depositPercent', 'sampleCost', 'sampleCurrency', 'sampleDays', 'packing', 'notes'];

/**
 * The editor's fields (`lines.0.price`, `lines.0.tiers.1.min`) as the nested
 * shape of `quoteFormSchema`. A line left blank (no quantity, no price) is
 * dropped, and so is a blank tier row: the form always shows a few spare rows.
 */
export function formToQuote(form: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const lines: Array<Record<string, unknown> & { row: number; tiers: Array<Record<string, string>> }> = [];
  for (const [key, raw] of form.entries()) {
    if (typeof raw !== 'string') continue;
    const field = FIELD.exec(key);
    const tier = field ? null : TIER.exec(key);
    const index = Number((field ?? tier)?.[1] ?? -1);
    if (index >= 0 && index < 50) lines[index] ??= { row: index, tiers: [] };
    if (field) lines[index]![field[2]!] = raw;
    else if (tier) {
      const tiers = lines[index]!.tiers;
      const at = Number(tier[2]);
      tiers[at] = { ...tiers[at], [tier[3]!]: raw };
    } else if (TOP.includes(key) && !(key in out)) out[key] = raw;
  }
  out.lines = lines
    .filter((line) => line && (String(line.quantity ?? '').trim() !== '' || String(line.price ?? '').trim() !== ''))
    .map((line) => ({ ...line, tiers: line.tiers.filter((t) => t && ((t.min ?? '').trim() !== '' || (t.price ?? '').trim() !== '')) }));
  return out;
}

/** The error key of a validation issue, naming the editor's row of a line (`lines.3.price`), not its place among the lines kept. */
function errorKey(path: ReadonlyArray<PropertyKey>, lines: unknown): string {
  const parts = path.map(String);
  if (parts[0] === 'lines' && parts.length > 1 && Array.isArray(lines)) {
    const row = (lines[Number(parts[1])] as { row?: unknown } | undefined)?.row;
    if (typeof row === 'number') parts[1] = String(row);
  }
  return parts.join('.') || 'form';
}

/** Parses the posted editor: the quote, or error codes by field path (`lines.0.price`). */
export function parseQuoteForm(form: FormData | URLSearchParams): { data: QuoteInput } | { errors: Record<string, string> } {
  const raw = formToQuote(form);
  const result = quoteFormSchema.safeParse(raw);
  if (result.success) return { data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    errors[errorKey(issue.path, raw.lines)] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return { errors };
}

/**
 * The private link's token; empty for the signed-in buyer who sent the inquiry.
 * Astro reads an empty form field as null: that is the signed-in buyer's empty token too.
 */
const quoteToken = z.preprocess(
  (v) => v ?? '',
  bounded(200).refine((s) => s === '' || s.length >= 10, { error: 'invalid' }),
);

/** The buyer's answer to a quote on the status page. */
export const quoteAnswerSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({
      intent: z.literal('accept'),
      reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/),
      token: quoteToken,
      quote: whole(1, 2_147_483_647, 'invalid', 'invalid'),
    }),
    z.object({
      intent: z.literal('decline'),
      reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/),
      token: quoteToken,
      quote: whole(1, 2_147_483_647, 'invalid', 'invalid'),
    }),
    z.object({
      intent: z.literal('revise'),
      reference: bounded(40).regex(/^PKP-\d{4}-\d{6,}$/),
      token: quoteToken,
      quote: whole(1, 2_147_483_647, 'invalid', 'invalid'),
      message: plainText(QUOTE_LIMITS.revision, { required: true, multiline: true }),
    }),
  ],
  { error: 'invalid' },
);
export type QuoteAnswer = z.output<typeof quoteAnswerSchema>;
