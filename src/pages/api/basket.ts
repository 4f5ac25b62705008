import type { APIRoute } from 'astro';
import { z } from 'zod';
import { getT } from '~/i18n';
import { negotiateLocale } from '~/i18n/locales';
import { addSlug, BASKET_COOKIE, decodeBasket, encodeBasket, removeSlug } from '~/features/inquiry/basket';
import { otherMethods } from '~/server/http.server';
import { slugSchema } from '~/lib/slug-schema';

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

/** Changes the basket without JavaScript: a form post, then back to the page (303). */
export const POST: APIRoute = async ({ request, cookies }) => {
  let form: Record<string, FormDataEntryValue>;
  try {
    form = Object.fromEntries(await request.formData());
  } catch {
    // Not a form (JSON, plain text, broken multipart): the basket takes form posts only.
    const locale = negotiateLocale(request.headers.get('accept-language'));
    return new Response(getT(locale)('errors.badRequest'), { status: 415, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  // The inquiry form's per-product "remove" buttons post the whole form here with `remove=<slug>`.
  const parsed = schema.safeParse(typeof form.remove === 'string' ? { op: 'remove', product: form.remove, return: form.return } : form);
  if (!parsed.success) {
    const locale = /^\/zh\//.test(String(form.return ?? '')) ? 'zh' : negotiateLocale(request.headers.get('accept-language'));
    return new Response(getT(locale)('errors.badRequest'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const { op, product } = parsed.data;
  const current = decodeBasket(cookies.get(BASKET_COOKIE)?.value);
  const next = op === 'add' ? addSlug(current, product) : removeSlug(current, product);
  cookies.set(BASKET_COOKIE, decodeURIComponent(encodeBasket(next)), { path: '/', maxAge: 60 * 60 * 24 * 90, sameSite: 'lax' });
  return new Response(null, { status: 303, headers: { Location: parsed.data.return, 'Cache-Control': 'no-store' } });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
