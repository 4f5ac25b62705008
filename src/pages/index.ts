import type { APIRoute } from 'astro';
import { negotiateLocale } from '~/i18n/locales';

/** The language choice: Chinese browsers go to /zh/, everyone else to /en/. */
export const GET: APIRoute = ({ request }) =>
  new Response(null, {
    status: 302,
    headers: { Location: `/${negotiateLocale(request.headers.get('accept-language'))}/`, Vary: 'Accept-Language', 'Cache-Control': 'no-store' },
  });
