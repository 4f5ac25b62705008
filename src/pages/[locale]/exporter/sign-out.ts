import type { APIRoute } from 'astro';
import { localePath } from '~/i18n/url';
import { seeOther } from '~/server/forms.server';
import { getAuth } from '~/runtime.server';

/** Ends the session (deleted from the database, so every instance forgets it) and clears the cookie. */
export const POST: APIRoute = async ({ request, locals }) => {
  const target = `${localePath(locals.uiLocale, 'exporter', 'sign-in')}?signedOut=1`;
  if (!locals.user) return seeOther(target);
  const answer = await (await getAuth()).api.signOut({ headers: request.headers, asResponse: true });
  return seeOther(target, answer);
};
