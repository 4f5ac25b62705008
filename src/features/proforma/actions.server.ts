import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { confirmReceipt, recordPayment } from '~/features/proforma/proformas.server';
import { paymentProofForm, receiptForm } from '~/features/proforma/schema';
import { requireExporter, sessionUser } from '~/server/auth/guard.server';
import { isDatabaseUnavailable } from '~/server/errors.server';
import { getDb } from '~/runtime.server';

async function guarded<T>(context: ActionAPIContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Nothing was stored: the same form may be sent again in a moment.
    if (isDatabaseUnavailable(error)) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: context.locals.t('errors.unavailable') });
    throw error;
  }
}

const notFound = (context: ActionAPIContext) => new ActionError({ code: 'NOT_FOUND', message: context.locals.t('proforma:errors.notFound') });

/** The buyer's form of the proforma page, authorised like the status page: the inquiry's private token or the signed-in buyer who sent it. */
export const proformaBuyerActions = {
  /** The buyer records the transfer they made; a repeated post changes nothing. */
  proformaPayment: defineAction({
    accept: 'form',
    input: paymentProofForm,
    handler: (input, context) =>
      guarded(context, async () => {
        // A signed-in buyer pays for their own inquiry without the mailed link.
        if (context.locals.user === undefined && !input.token) context.locals.user = await sessionUser(context.request);
        const user = context.locals.user;
        const outcome = await recordPayment(await getDb(), input, user?.role === 'buyer' ? user.email : null);
        if (outcome === 'notFound') throw notFound(context);
        return { done: outcome };
      }),
  }),
};

/** The exporter's form of the proforma page (exposed as `exporter.proformaReceipt`, closed to signed-out callers). */
export const proformaExporterActions = {
  /** The exporter confirms the money arrived; confirming again changes nothing. */
  proformaReceipt: defineAction({
    accept: 'form',
    input: receiptForm,
    handler: (input, context) =>
      guarded(context, async () => {
        if (context.locals.user === undefined) context.locals.user = await sessionUser(context.request);
        const gate = await requireExporter(context);
        // Answered as the exporter's other forms are; another exporter's invoice is a 404 below, and nothing changes.
        if (gate instanceof Response) {
          const t = context.locals.t;
          const location = gate.headers.get('location') ?? '';
          if (location.includes('/sign-in/')) throw new ActionError({ code: 'UNAUTHORIZED', message: t('exporter:errors.signInFirst') });
          if (location.includes('/forbidden/')) throw new ActionError({ code: 'FORBIDDEN', message: t('exporter:errors.forbidden') });
          throw new ActionError({ code: 'CONFLICT', message: t('exporter:errors.profileFirst') });
        }
        const reference = input.reference || context.params.reference || '';
        const outcome = await confirmReceipt(await getDb(), gate.exporter.id, reference);
        if (outcome === 'notFound') throw notFound(context);
        return { done: outcome };
      }),
  }),
};
