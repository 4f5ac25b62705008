import type { AstroGlobal } from 'astro';
import { actions, isInputError, type SafeResult } from 'astro:actions';
import { INQUIRY_REFERENCE } from '~/features/operator/inquiry-tools-schema';
import { inquiryForOperator } from '~/features/operator/inquiry-tools.server';
import { localePath } from '~/i18n/url';
import { notYours, requireOperator } from '~/server/auth/guard.server';
import { errorResponse } from '~/server/errors.server';
import { seeOther } from '~/server/forms.server';
import { getDb } from '~/runtime.server';

/** Error codes the `console:errors` messages cover; anything else reads as “please check the form”. */
const CODES = ['unknown', 'answered', 'tooSoon', 'notCandidate'] as const;
export type InquiryToolError = (typeof CODES)[number] | 'invalid';

function codeOf(result: SafeResult<Record<string, unknown>, unknown>): InquiryToolError {
  const { error } = result;
  if (!error) return 'invalid';
  const code = isInputError(error) ? Object.values(error.fields).flat()[0] : error.message;
  return CODES.find((c) => c === code) ?? 'invalid';
}

/**
 * The operator's page of one inquiry (`/{l}/operator/inquiries/{reference}/`): its request, routing, each
 * exporter's answers and the conversation, with the reminder and reassignment forms. A form posted here
 * redirects after success (`?done=nudged|reassigned`), else the page shows the refusal and keeps the choice.
 */
export async function operatorInquiryPage(page: AstroGlobal) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  const reference = page.params.reference ?? '';
  if (reference.length > 40 || !INQUIRY_REFERENCE.test(reference)) return notYours(page);
  const self = localePath(page.locals.locale, 'operator', 'inquiries', reference);
  let error: { form: 'nudge' | 'reassign'; code: InquiryToolError } | undefined;
  let chosen = '';
  for (const [form, action] of [
    ['nudge', actions.operator.nudgeInquiry],
    ['reassign', actions.operator.reassignInquiry],
  ] as const) {
    const result = page.getActionResult(action);
    if (!result) continue;
    if (!result.error) return seeOther(`${self}?done=${result.data.done}`);
    if (result.error.code === 'SERVICE_UNAVAILABLE') return errorResponse(503, page.locals.locale, 'html');
    if (result.error.code === 'INTERNAL_SERVER_ERROR') throw result.error;
    error = { form, code: codeOf(result) };
    if (form === 'reassign') {
      const posted = await page.request
        .clone()
        .formData()
        .catch(() => null);
      const to = posted?.get('to');
      chosen = typeof to === 'string' && to.length <= 121 ? to : '';
    }
  }
  const found = await inquiryForOperator(await getDb(), reference);
  if (!found) return notYours(page);
  const done = page.url.searchParams.get('done');
  return { ...found, error, chosen, done: done === 'nudged' || done === 'reassigned' ? done : undefined };
}
