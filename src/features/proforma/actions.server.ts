import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { confirmReceipt, recordPayment } from '~/features/proforma/proformas.server';
import { paymentProofForm, receiptForm } from '~/features/proforma/schema';
import { answeringBuyer } from '~/features/buyer/answering.server';
import { signedInExporter } from '~/features/exporter/actions.server';
import { guarded } from '~/server/forms.server';
import { getDb } from '~/runtime.server';

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
        const outcome = await recordPayment(await getDb(), input, await answeringBuyer(context, input.token));
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
        // Answered as the exporter's other forms are; another exporter's invoice is a 404 below, and nothing changes.
        const gate = await signedInExporter(context, true);
        const reference = input.reference || context.params.reference || '';
        const outcome = await confirmReceipt(await getDb(), gate.exporter.id, reference);
        if (outcome === 'notFound') throw notFound(context);
        return { done: outcome };
      }),
  }),
};
