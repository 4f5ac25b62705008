import { ActionError, defineAction } from 'astro:actions';
import { getT } from '~/i18n';
import { buyerReplySchema } from '~/features/inquiry/schema';
import { storeBuyerMessage } from '~/features/inquiry/service.server';
import { buyerInquiryAccess } from '~/features/buyer/access.server';
import { answeringBuyer } from '~/features/buyer/answering.server';
import { formToInquiry, valuesForDisplay } from '~/features/inquiry/form-data';
import { handleInquiry } from '~/features/inquiry/handle.server';
import { readShownAt } from '~/features/inquiry/form-token.server';
import { clientIp } from '~/server/request.server';
import { inquiryLimits } from '~/features/inquiry/limits.server';
import { getDb, siteUrl } from '~/runtime.server';
import { isLocale } from '~/i18n/locales';
import { isDatabaseUnavailable } from '~/server/errors.server';

/** The buyer's forms: each works as a plain form post and from its island. */
export const inquiryActions = {
  /**
   * The inquiry form (basket or category request). Works as a plain form
   * post and from the island; validation, routing and storage are the same
   * code path as `POST /api/inquiries`.
   */
  inquiry: defineAction({
    accept: 'form',
    handler: async (form: FormData, context) => {
      // A JSON body reaches a form action as a plain object: that is the partner API's job (POST /api/inquiries).
      if (!(form instanceof FormData)) throw new ActionError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: getT(context.locals.locale)('errors.badRequest') });
      const locale = isLocale(form.get('locale')) ? (form.get('locale') as 'en' | 'zh') : context.locals.locale;
      const shownToken = form.get('shownAt');
      const key = form.get('idempotencyKey');
      const values = formToInquiry(form);
      let db: Awaited<ReturnType<typeof getDb>>;
      let shownAt: number | null;
      try {
        db = await getDb();
        shownAt = await readShownAt(db, shownToken);
      } catch {
        return { status: 503 as const, errors: { form: getT(locale)('errors.unavailable') }, values: valuesForDisplay(values) };
      }
      const result = await handleInquiry(db, {
        body: values,
        locale,
        ip: clientIp(context.request, context.clientAddress),
        idempotencyKey: typeof key === 'string' && key ? key : null,
        channel: 'web',
        honeypot: typeof form.get('website') === 'string' ? (form.get('website') as string) : undefined,
        shownAt,
        siteUrl: siteUrl(),
        limits: inquiryLimits(),
      });
      // On failure the page shows the form again with everything the buyer entered (and the time it was
      // first shown, when that was signed by us, so sending again in a moment goes through).
      if (result.status === 201) return result;
      return { ...result, values: { ...valuesForDisplay(values), shownAt: shownAt === null ? undefined : (shownToken as string) } };
    },
  }),

  /** The buyer answers an exporter on the private status page. */
  inquiryReply: defineAction({
    accept: 'form',
    input: buyerReplySchema,
    handler: async ({ reference, token, body, clientKey }, context) => {
      const t = getT(context.locals.locale);
      let ok: boolean;
      try {
        const db = await getDb();
        // A signed-in buyer writes in their own inquiries without the mailed link.
        const access = await buyerInquiryAccess(db, reference, { token, buyerEmail: await answeringBuyer(context, token) });
        if (access) await storeBuyerMessage(db, access.inquiry, body, new Date(), clientKey);
        ok = access !== null;
      } catch (error) {
        // Nothing was stored: the buyer may send the same message again in a moment.
        if (isDatabaseUnavailable(error)) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: t('errors.unavailable') });
        throw error;
      }
      return ok ? { ok: true as const } : { ok: false as const, error: t('inquiry:statusPage.invalid') };
    },
  }),
};
