import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { errorMessage } from '~/i18n/errors';
import { copyCookies } from '~/server/auth/cookies.server';
import { guarded } from '~/server/forms.server';
import { endSession } from '~/features/exporter/actions.server';
import { clientIp } from '~/server/request.server';
import { getAuth, getDb } from '~/runtime.server';
import { requestSignInLink, verifySignInLink } from './accounts.server';
import { createApiToken, revokeApiToken } from './api-tokens.server';
import { linkRequestForm, linkVerifyForm, tokenCreateForm, tokenRevokeForm } from './schema';
import { requireBuyer, sessionUser } from '~/server/auth/guard.server';

/** The signed-in buyer (a page's form carries the account already; a direct call reads it here), or a refusal. */
async function signedInBuyer(context: ActionAPIContext) {
  if (context.locals.user === undefined) context.locals.user = await sessionUser(context.request);
  const gate = await requireBuyer(context);
  if (!(gate instanceof Response)) return gate;
  const t = context.locals.t;
  throw context.locals.user
    ? new ActionError({ code: 'FORBIDDEN', message: t('exporter:errors.forbidden') })
    : new ActionError({ code: 'UNAUTHORIZED', message: t('buyer:errors.signInFirst') });
}

/** The buyer's way in and out: a link by e-mail, no password; and the desk's partner-API tokens. */
export const buyerActions = {
  /** Mails a sign-in link; the same answer for every address. */
  signIn: defineAction({
    accept: 'form',
    input: linkRequestForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const { t, locale } = context.locals;
        const ip = clientIp(context.request, context.clientAddress);
        const wait = await requestSignInLink(await getDb(), await getAuth(), { email: input.email, locale }, ip, context.request.headers);
        if (wait) {
          throw new ActionError({
            code: 'TOO_MANY_REQUESTS',
            message: errorMessage(t, 'buyer', 'tooManyLinks', { minutes: Math.max(1, Math.ceil(wait / 60)) }),
          });
        }
        return { sentTo: input.email };
      }),
  }),

  /** Opens the session of a mailed link (confirmed with a button, so a mail scanner opening the link signs nobody in). */
  verify: defineAction({
    accept: 'form',
    input: linkVerifyForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const answer = await verifySignInLink(await getAuth(), input.token, context.locals.locale, context.request.headers);
        if (!answer) throw new ActionError({ code: 'BAD_REQUEST', message: errorMessage(context.locals.t, 'buyer', 'linkInvalid') });
        copyCookies(answer.headers, context.cookies);
        return { signedIn: true as const };
      }),
  }),

  /** Ends the session (deleted from the database, so every instance forgets it) and clears the cookie. */
  signOut: defineAction({ accept: 'form', handler: (_form, context) => endSession(context) }),

  /** Makes a partner-API token; the page shows it once. */
  createToken: defineAction({
    accept: 'form',
    input: tokenCreateForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const buyer = await signedInBuyer(context);
        const made = await createApiToken(await getDb(), buyer.id, input.label);
        if (!made) throw new ActionError({ code: 'CONFLICT', message: errorMessage(context.locals.t, 'buyer', 'tooManyTokens') });
        return { token: made.token, label: input.label };
      }),
  }),

  /** Revokes one of the buyer's tokens: calls made with it are refused from now on. */
  revokeToken: defineAction({
    accept: 'form',
    input: tokenRevokeForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const buyer = await signedInBuyer(context);
        if (!(await revokeApiToken(await getDb(), buyer.id, Number(input.id)))) {
          throw new ActionError({ code: 'NOT_FOUND', message: context.locals.t('buyer:errors.tokenNotFound') });
        }
        return { revoked: true as const };
      }),
  }),
};
