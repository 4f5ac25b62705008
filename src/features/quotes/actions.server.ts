import { ActionError, defineAction } from 'astro:actions';
import { signedInExporter } from '~/features/exporter/actions.server';
import { answeringBuyer } from '~/features/buyer/answering.server';
import { getDb } from '~/runtime.server';
import { guarded, routeId } from '~/server/forms.server';
import { answerQuote, ownsInquiry, saveQuote, withdrawQuote } from './quotes.server';
import { parseQuoteForm, quoteAnswerSchema } from './schema';

const REFERENCE = /^PKP-\d{4}-\d{6,}$/;
const FORM_TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/** What the exporter's quote form answers: done, or error codes by field (`form` for the whole form). */
export type QuoteFormAnswer = { done: 'saved' | 'sent' | 'withdrawn' } | { errors: Record<string, string> };

/** The exporter's quotation forms on an inquiry's page (exposed as `exporter.quote`). */
export const exporterQuoteActions = {
  /** `intent=save` keeps a draft, `intent=send` sends it to the buyer, `intent=withdraw` takes a sent version back. */
  quote: defineAction({
    accept: 'form',
    handler: (form: FormData, context): Promise<QuoteFormAnswer> =>
      guarded(context, async () => {
        const { exporter } = await signedInExporter(context, true);
        const posted = form.get('reference');
        const reference = (typeof posted === 'string' && posted) || context.params.reference || '';
        // Another exporter's inquiry looks exactly like one that does not exist, and nothing about it changes.
        const notFound = () => new ActionError({ code: 'NOT_FOUND', message: context.locals.t('exporter:errors.notFound') });
        if (!REFERENCE.test(reference)) throw notFound();
        const intent = form.get('intent');
        const db = await getDb();
        if (!(await ownsInquiry(db, exporter.id, reference))) throw notFound();
        if (intent === 'withdraw') {
          const quote = form.get('quote');
          const result = await withdrawQuote(db, exporter.id, reference, routeId(typeof quote === 'string' ? quote : ''));
          if (!result.ok && result.error === 'notFound') throw notFound();
          return result.ok ? { done: 'withdrawn' } : { errors: { form: result.error } };
        }
        if (intent !== 'save' && intent !== 'send') return { errors: { form: 'invalid' } };
        const key = form.get('formToken');
        if (typeof key !== 'string' || !FORM_TOKEN.test(key)) return { errors: { form: 'invalid' } };
        const parsed = parseQuoteForm(form);
        if ('errors' in parsed) return { errors: parsed.errors };
        const result = await saveQuote(db, exporter.id, reference, parsed.data, { send: intent === 'send', idempotencyKey: key });
        if (result.ok) return { done: result.status === 'sent' ? 'sent' : 'saved' };
        if (result.error === 'notFound') throw notFound();
        return { errors: result.error === 'fields' ? result.errors : { form: result.error } };
      }),
  }),
};

/** The buyer's answer to a quotation on the private status page (exposed as `quoteAnswer`). */
export const buyerQuoteActions = {
  quoteAnswer: defineAction({
    accept: 'form',
    input: quoteAnswerSchema,
    handler: (answer, context) =>
      guarded(context, async () => {
        // A signed-in buyer answers in their own inquiries without the mailed link.
        const result = await answerQuote(await getDb(), answer, await answeringBuyer(context, answer.token));
        // Another buyer's inquiry or quote looks exactly like one that does not exist: a 404, also to a direct call.
        if (!result.ok && result.error === 'notFound') throw new ActionError({ code: 'NOT_FOUND', message: context.locals.t('inquiry:statusPage.invalid') });
        return result.ok
          ? { ok: true as const, done: result.done, number: 'proformaNumber' in result ? result.proformaNumber : '' }
          : { ok: false as const, error: result.error };
      }),
  }),
};
