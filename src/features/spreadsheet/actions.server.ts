import { ActionError, defineAction } from 'astro:actions';
import { z } from 'zod';
import { actorOf } from '~/features/audit/audit.server';
import { signedInExporter } from '~/features/exporter/actions.server';
import { searchChanged } from '~/features/search/runtime.server';
import { guarded, routeId } from '~/server/forms.server';
import { getDb } from '~/runtime.server';
import { publishDrafts } from './import.server';

/** The product list's bulk form: the exporter's chosen drafts, published one by one (each as the publish button does). */
export const spreadsheetActions = {
  publishDrafts: defineAction({
    accept: 'form',
    input: z.object({ id: z.array(z.string().max(12)).max(1000).optional() }),
    handler: (input, context) =>
      guarded(context, async () => {
        const { user, exporter } = await signedInExporter(context, true);
        const ids = (input.id ?? []).map((id) => routeId(id)).filter((id) => id > 0);
        if (!ids.length) throw new ActionError({ code: 'BAD_REQUEST', message: context.locals.t('import:bulk.noneSelected') });
        const { published } = await publishDrafts(await getDb(), actorOf(user), exporter.id, ids);
        if (published.length) await searchChanged();
        return { count: published.length };
      }),
  }),
};
