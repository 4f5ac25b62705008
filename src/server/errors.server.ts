import { getT } from '~/i18n';
import { direction, UI_LOCALES, type UiLocale } from '~/i18n/locales';

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATE classes and codes that mean "the database is not there right now",
 * not "this query is wrong": connection exceptions (08), the server shutting
 * down, starting up or out of connections (57P01–57P03, 53300).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end|database system is (starting up|shutting down)/i;

/**
 * Whether an error (or one it wraps: Drizzle puts the driver's error in
 * `cause`) says the database is unreachable, so the request may simply be
 * retried: the answer is 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
  }
  return false;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The answer when a request fails: 503 with `Retry-After` while the database
 * is away, 500 for anything else — in the visitor's language, JSON for API and
 * action calls, a small page (no script, no style, nothing to load) for the rest.
 */
/** Each answer's title and message: 400 a form body that could not be parsed (a broken upload), 403 a form sent from another site, 415 a body that is no form to a form. */
const ERROR_TEXTS = {
  400: ['errors.malformedFormTitle', 'errors.malformedForm'],
  403: ['errors.crossSiteTitle', 'errors.crossSite'],
  415: ['errors.malformedFormTitle', 'errors.notAForm'],
  500: ['errors.internalTitle', 'errors.internal'],
  503: ['errors.unavailableTitle', 'errors.unavailable'],
} as const;

export function errorResponse(status: keyof typeof ERROR_TEXTS, locale: UiLocale, format: 'json' | 'html', retryUrl?: string): Response {
  const t = getT(locale);
  const [titleKey, messageKey] = ERROR_TEXTS[status];
  const message = t(messageKey);
  const title = t(titleKey);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...(status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}) };
  if (format === 'json') {
    return new Response(JSON.stringify({ error: message, errors: { form: message } }), {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
    });
  }
  const lang = UI_LOCALES[locale].tag;
  const html = `<!DOCTYPE html>
<html lang="${lang}" dir="${direction(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${escapeHtml(t('site.name'))}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
${retryUrl ? `<p><a href="${escapeHtml(retryUrl)}">${escapeHtml(t('errors.retry'))}</a></p>` : ''}</main></body></html>
`;
  return new Response(html, {
    status,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
    },
  });
}
