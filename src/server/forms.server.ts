/** Helpers for the portal's server-rendered forms (post, then redirect). */
import { ActionError, type ActionAPIContext } from 'astro:actions';
import { isDatabaseUnavailable } from '~/server/errors.server';

/**
 * Runs an action's work; the database being away is a 503 the visitor can
 * retry (nothing was stored), shown with the form and what they typed.
 */
export async function guarded<T>(context: ActionAPIContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: context.locals.t('errors.unavailable') });
    throw error;
  }
}

/** The posted form, or null when the body is not a form (wrong type, malformed, too large). */
export async function readForm(request: Request, maxBytes = 200_000): Promise<FormData | null> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBytes) return null;
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

/** The string values of a form as a plain object (files and repeated names ignored). */
export function formStrings(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    out[name] = typeof value === 'string' ? value : '';
  }
  return out;
}

/** 303 See Other to `location`, carrying the Set-Cookie headers of an authentication answer. */
export function seeOther(location: string, from?: Response | Headers): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'private, no-store' });
  const source = from instanceof Response ? from.headers : from;
  for (const cookie of source?.getSetCookie() ?? []) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

/** Only same-site paths are followed after sign-in. */
export function safeNext(next: string | null, fallback: string): string {
  return next && /^\/(?:en|zh)\/(?:exporter|operator|translator)(?:\/[^\s\\]*)?$/.test(next) && !next.startsWith('//') ? next : fallback;
}

/** Largest value of a PostgreSQL `integer` (`serial` ids): a bigger id would make the query fail, not miss. */
const MAX_ROW_ID = 2_147_483_647;

/** A row id from a route parameter: a positive integer that fits a `serial` column, or 0 (which matches nothing, so the route answers 404). */
export function routeId(param: string | undefined): number {
  if (!/^[1-9][0-9]{0,9}$/.test(param ?? '')) return 0;
  const id = Number(param);
  return id <= MAX_ROW_ID ? id : 0;
}
