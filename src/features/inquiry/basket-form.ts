import { z } from 'zod';
import { getT } from '~/i18n';
import { negotiateLocale } from '~/i18n/locales';
import { slugSchema } from '~/lib/slug-schema';
import { ADDED_PARAM, addSlug, decodeBasket, encodeBasket, removeSlug } from './basket';

const schema = z.object({
  op: z.enum(['add', 'remove']),
  product: slugSchema(121),
  // Only a path on this site: never an open redirect.
  return: z
    .string()
    .max(2000, { abort: true })
    .regex(/^\/(en|zh)\/[^\s\\]*$/)
    .refine((p) => !p.startsWith('//'))
    .catch('/en/inquiry/'),
});

/** The page to go back to, marked with the product just added (shared pages do not read the basket cookie). */
function withAdded(path: string, product: string): string {
  const url = new URL(path, 'http://pavilion.invalid');
  url.searchParams.set(ADDED_PARAM, product);
  return `${url.pathname}${url.search}${url.hash}`;
}

export type BasketChange =
  /** The new basket cookie's value, and the page to go back to. */
  | { ok: true; basket: string; location: string }
  /** Refused, with a message in the visitor's language. */
  | { ok: false; status: 400 | 415; message: string };

/**
 * A form post that adds a product to the basket or removes one (the inquiry
 * form's per-product "remove" buttons post the whole form with `remove=<slug>`).
 */
export async function changeBasket(request: Request, current: string | undefined): Promise<BasketChange> {
  let form: Record<string, FormDataEntryValue>;
  try {
    form = Object.fromEntries(await request.formData());
  } catch {
    // Not a form (JSON, plain text, broken multipart): the basket takes form posts only.
    return { ok: false, status: 415, message: getT(negotiateLocale(request.headers.get('accept-language')))('errors.badRequest') };
  }
  const parsed = schema.safeParse(typeof form.remove === 'string' ? { op: 'remove', product: form.remove, return: form.return } : form);
  if (!parsed.success) {
    const locale = /^\/zh\//.test(String(form.return ?? '')) ? 'zh' : negotiateLocale(request.headers.get('accept-language'));
    return { ok: false, status: 400, message: getT(locale)('errors.badRequest') };
  }
  const { op, product } = parsed.data;
  const basket = decodeBasket(current);
  const next = op === 'add' ? addSlug(basket, product) : removeSlug(basket, product);
  return {
    ok: true,
    basket: decodeURIComponent(encodeBasket(next)),
    location: op === 'add' && next.includes(product) ? withAdded(parsed.data.return, product) : parsed.data.return,
  };
}
