import type { AstroGlobal } from 'astro';
import { isInputError } from 'astro:actions';
import { readForm } from '~/server/forms.server';

type FormAction = Parameters<AstroGlobal['getActionResult']>[0];

/**
 * What a page shows after one of its forms was posted: the action's answer,
 * or what was typed with a message for each refused field, and the status of
 * the page's answer (400, 404, 429, 503…).
 *
 * A form posts to its page with `?_action=…` and Astro runs the action before
 * the page renders. A plain post to the page's own address (a page opened
 * before the forms became actions, a script) runs the same action here, so
 * both behave alike.
 */
export async function formState<A extends FormAction>(astro: AstroGlobal, action: A) {
  let result = astro.getActionResult(action);
  const values: Record<string, string> = {};
  const errors: Record<string, string> = {};
  let message: string | undefined;
  if (astro.request.method !== 'POST') return { data: undefined, values, errors, message, code: undefined };
  // Astro's action read a copy of the body, and so does this page (islands may read it again while rendering).
  const form = await readForm(astro.request.clone());
  for (const [name, value] of form ?? []) if (typeof value === 'string' && !(name in values)) values[name] = value;
  if (!result && !astro.url.searchParams.has('_action')) {
    if (!form) {
      astro.response.status = 400;
      errors.form = 'invalid';
      return { data: undefined, values, errors, message, code: 'BAD_REQUEST' };
    }
    result = await astro.callAction(action, form as Parameters<A>[0]);
  }
  const error = result?.error;
  if (error) {
    astro.response.status = error.status;
    if (isInputError(error)) for (const issue of error.issues) errors[issue.path.map(String).join('.') || 'form'] ??= issue.message;
    else if (error.code === 'INTERNAL_SERVER_ERROR') {
      console.error(`${astro.request.method} ${astro.url.pathname}: ${error.message}`);
      message = astro.locals.t('errors.internal');
    } else message = error.message;
  }
  return { data: result?.data, values, errors, message, code: error?.code };
}

/** A form's `action`: its page with the action named, keeping the page's own parameters (`next`, `status`…). */
export function actionHref(url: URL, action: FormAction, keep: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const name of keep) {
    const value = url.searchParams.get(name);
    if (value !== null) params.set(name, value);
  }
  const own = params.toString();
  return `${url.pathname}${own ? `?${own}&` : '?'}${String(action).replace(/^\?/, '')}`;
}
