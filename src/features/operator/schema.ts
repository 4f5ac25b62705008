import { z } from 'zod';
import { VERIFICATION_CHECKS } from '~/lib/trade';
import { bounded, plainText, shortNumber } from '~/features/inquiry/schema';
import { slugSchema } from '~/lib/slug-schema';

/**
 * Inputs of the operator console's forms. Messages are codes, translated by
 * `operatorMessage` (console:errors, then the portal's and the inquiry form's).
 */

const DAY = 86_400_000;
/** A `YYYY-MM-DD` day; anything longer is refused before the date pattern runs. */
const isoDate = bounded(10, 'invalidDate', 'invalidDate').pipe(z.iso.date({ error: 'invalidDate' }));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addYears = (day: string, years: number) => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/** Checks older than this are not evidence for verifying today. */
export const CHECK_MAX_AGE_YEARS = 3;
/** A check vouches for at most this long. */
export const CHECK_MAX_VALIDITY_YEARS = 10;

/**
 * The fields of a check the pavilion made: what was checked, the register's
 * reference, when it was checked (not in the future, not older than three
 * years) and until when it holds (not expired). Without `now` the dates are
 * compared with the moment of each validation, so a schema made once at
 * start-up stays right for as long as the server runs.
 */
function checkFields(now?: Date) {
  const clock = () => now ?? new Date();
  // A day of slack either way: the operator's calendar may be ahead of UTC (Pakistan +5, China +8).
  const tomorrow = () => isoDay(new Date(clock().getTime() + DAY));
  const yesterday = () => isoDay(new Date(clock().getTime() - DAY));
  const oldest = () => addYears(isoDay(clock()), -CHECK_MAX_AGE_YEARS);
  return {
    kind: z.enum(VERIFICATION_CHECKS, { error: 'invalidCheckKind' }),
    reference: plainText(80, { required: true }),
    checkedOn: isoDate.refine((d) => d <= tomorrow(), { error: 'checkInFuture' }).refine((d) => d >= oldest(), { error: 'checkTooOld' }),
    validUntil: isoDate.refine((d) => d >= yesterday(), { error: 'checkExpired' }),
  };
}

/** Valid after the check, and at most ten years after it; compared only once both are dates (a malformed one has its own message). */
function checkPeriod(check: { checkedOn: string; validUntil: string }, ctx: z.RefinementCtx) {
  if (!ISO_DAY.test(check.checkedOn) || !ISO_DAY.test(check.validUntil)) return;
  if (check.validUntil <= check.checkedOn) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validBeforeChecked' });
  else if (check.validUntil > addYears(check.checkedOn, CHECK_MAX_VALIDITY_YEARS))
    ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validTooLong' });
}

/** A check the pavilion made, valid as of `now` (default: the moment it is validated). */
export function checkSchema(now?: Date) {
  return z.object(checkFields(now)).superRefine(checkPeriod);
}
export type CheckInput = z.output<ReturnType<typeof checkSchema>>;

/** Sane bounds for units per US dollar; a typo (71.2 for 7.12) is refused, not published. */
export const RATE_BOUNDS = { cny: { min: 1, max: 20 }, pkr: { min: 50, max: 1000 } } as const;

const rate = (currency: keyof typeof RATE_BOUNDS) =>
  bounded(60, 'invalidRate')
    .trim()
    .min(1, { error: 'required', abort: true })
    .regex(/^\d{1,5}(?:\.\d{1,6})?$/, { error: 'invalidRate', abort: true })
    .refine((v) => Number(v) >= RATE_BOUNDS[currency].min && Number(v) <= RATE_BOUNDS[currency].max, { error: `${currency}Range` })
    // Stored as numeric(18, 6): a canonical decimal string, no float rounding on the way.
    .transform((v) => Number(v).toFixed(6));

export const ratesSchema = z.object({ cny: rate('cny'), pkr: rate('pkr') });
export type RatesInput = z.output<typeof ratesSchema>;

const productSlug = slugSchema(161, { error: 'unknownProduct', typeError: 'required' });

/** The product search box of the featured-products page (GET). */
export const productQuerySchema = plainText(100).catch('');

/** Send a parked mail job again. */
export const resendSchema = z.object({
  job: z.preprocess(
    shortNumber,
    z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(2_147_483_647, { error: 'invalid' }),
  ),
});

/**
 * A form field as Astro's form actions hand it over: an empty or missing
 * field arrives as null, and is read as the empty string the browser sent,
 * so each field keeps its own message ("required"…) and optional text stays optional.
 */
export function posted<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => value ?? '', schema);
}

const exporterSlug = posted(slugSchema(121, { error: 'invalid', typeError: 'invalid' }));

/** The operator's forms on an exporter's page (`actions.operator.verifyExporter`, `suspendExporter`, `reinstateExporter`). */
const check = checkFields();
export const verifyInput = z
  .object({
    exporter: exporterSlug,
    kind: posted(check.kind),
    reference: posted(check.reference),
    checkedOn: posted(check.checkedOn),
    validUntil: posted(check.validUntil),
  })
  .superRefine(checkPeriod);
export const exporterInput = z.object({ exporter: exporterSlug });

/** Feature a product or take it off (`actions.operator.featureProduct`, `unfeatureProduct`); `q` is the search to return to. */
export const featureInput = z.object({ product: posted(productSlug), q: posted(productQuerySchema) });

/** `actions.operator.saveRates`. */
export const ratesInput = z.object({ cny: posted(ratesSchema.shape.cny), pkr: posted(ratesSchema.shape.pkr) });

/** `actions.operator.resendMail`. */
export const resendInput = z.object({ job: posted(resendSchema.shape.job) });

/** Refuse an exporter or ask it for more (`actions.operator.reviewExporter`), with the note the exporter reads. */
export const reviewInput = z.object({
  exporter: exporterSlug,
  decision: posted(z.enum(['rejected', 'more-info'], { error: 'invalid' })),
  note: posted(plainText(1000, { required: true, multiline: true })),
});

/** Approve or refuse a held edit (`actions.operator.decideHeld`). */
export const heldInput = z.object({
  change: posted(resendSchema.shape.job),
  decision: posted(z.enum(['approved', 'rejected'], { error: 'invalid' })),
});
