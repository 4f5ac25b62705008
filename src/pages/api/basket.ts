import type { APIRoute } from 'astro';
import { BASKET_COOKIE, SAMPLES_COOKIE } from '~/features/inquiry/basket';
import { changeBasket } from '~/features/inquiry/basket-form';
import { countBasketAdd } from '~/features/operator/interest-api.server';
import { otherMethods } from '~/server/http.server';

/** Changes the basket without JavaScript: a form post, then back to the page (303). */
export const POST: APIRoute = async ({ request, cookies, clientAddress }) => {
  const change = await changeBasket(request, cookies.get(BASKET_COOKIE)?.value, cookies.get(SAMPLES_COOKIE)?.value);
  if (!change.ok) return new Response(change.message, { status: change.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // Buyer interest: an add without JavaScript counts here (with it, the product page's beacon counts it).
  await countBasketAdd(request, clientAddress, cookies.get(BASKET_COOKIE)?.value, change.location);
  cookies.set(BASKET_COOKIE, change.basket, { path: '/', maxAge: 60 * 60 * 24 * 90, sameSite: 'lax' });
  cookies.set(SAMPLES_COOKIE, change.samples, { path: '/', maxAge: 60 * 60 * 24 * 90, sameSite: 'lax' });
  return new Response(null, { status: 303, headers: { Location: change.location, 'Cache-Control': 'no-store' } });
};

/** Any other method: 405 with `Allow`, in the caller's language. */
export const ALL = otherMethods('POST');
