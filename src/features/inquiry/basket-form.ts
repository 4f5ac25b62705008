import { z } from 'zod';
import { getT } from '~/i18n';
import { requestLocale } from '~/i18n/url';
import { slugSchema } from '~/lib/slug-schema';
import { ADDED_PARAM, addSlug, decodeBasket, encodeBasket, removeSlug, SAMPLE_PARAM } from './basket';

const schema = z.object({
  op: z.enum(['add', 'sample', 'remove']),
  product: slugSchema(121),
  // Only a path on this site: never an open redirect.
  return: z
    .string()
    .max(2000, { abort: true })
    .regex(/^\/(en|zh)\/[^\s\\]*$/)
    .refine((p) => !p.startsWith('//'))
    .catch('/en/inquiry/'),
});

/** The page to go back to, marked with the product just added, and its sample (shared pages do not read the basket cookies). */
function withAdded(path: string, product: string, sample: boolean): string {
  const url = new URL(path, 'http://pavilion.invalid');
  url.searchParams.set(ADDED_PARAM, product);
  if (sample) url.searchParams.set(SAMPLE_PARAM, product);
  return `${url.pathname}${url.search}${url.hash}`;
}

export type BasketChange =
  /** The new basket and sample cookies' values, and the page to go back to. */
  | { ok: true; basket: string; samples: string; location: string }
  /** Refused, with a message in the visitor's language. */
  | { ok: false; status: 400 | 415; message: string };

/**
 * A form post that adds a product to the basket (`sample`: with a sample asked for first) or removes one (the inquiry
 * form's per-product "remove" buttons post the whole form with `remove=<slug>`).
 */
export async function changeBasket(request: Request, current: string | undefined, currentSamples?: string): Promise<BasketChange> {
  let form: Record<string, FormDataEntryValue>;
  try {
    form = Object.fromEntries(await request.formData());
  } catch {
    // Not a form (JSON, plain text, broken multipart): the basket takes form posts only.
    return { ok: false, status: 415, message: getT(requestLocale(request))('errors.badRequest') };
  }
  const parsed = schema.safeParse(typeof form.remove === 'string' ? { op: 'remove', product: form.remove, return: form.return } : form);
  if (!parsed.success) {
    const locale = /^\/zh\//.test(String(form.return ?? '')) ? 'zh' : requestLocale(request);
    return { ok: false, status: 400, message: getT(locale)('errors.badRequest') };
  }
  const { op, product } = parsed.data;
  const basket = decodeBasket(current);
  const next = op === 'remove' ? removeSlug(basket, product) : addSlug(basket, product);
  // A sample is asked for a product in the basket only; removing the product drops its sample request.
  const samples = decodeBasket(currentSamples).filter((s) => next.includes(s) && !(op === 'remove' && s === product));
  const nextSamples = op === 'sample' && next.includes(product) ? addSlug(samples, product) : samples;
  const added = op !== 'remove' && next.includes(product);
  return {
    ok: true,
    basket: decodeURIComponent(encodeBasket(next)),
    samples: decodeURIComponent(encodeBasket(nextSamples)),
    location: added ? withAdded(parsed.data.return, product, op === 'sample') : parsed.data.return,
  };
}
