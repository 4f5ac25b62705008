import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { z } from 'zod';
import { errorMessage } from '~/i18n/errors';
import { addExporterReply, closeInquiry, inquiryForExporter } from '~/features/inquiry/service.server';
import {
  authErrorCode,
  isBuyerAccount,
  minutes,
  resetLimit,
  signInFailed,
  signInLimit,
  signUpExporter,
  signUpLimit,
} from '~/features/exporter/accounts.server';
import { inquiryActionForm } from '~/features/exporter/inbox.server';
import { setProductStatus } from '~/features/exporter/products.server';
import { saveProfileHeld } from '~/features/exporter/profile.server';
import { accountSettingsForm, forgotForm, profileForm, resetForm, signInForm, signUpForm } from '~/features/exporter/schema';
import { saveAccountSettings } from '~/features/exporter/account-settings.server';
import { searchChanged } from '~/features/search/runtime.server';
import { copyCookies } from '~/server/auth/cookies.server';
import { requireExporter, requireExporterAccount, sessionUser } from '~/server/auth/guard.server';
import { isDatabaseUnavailable } from '~/server/errors.server';
import { guarded, routeId } from '~/server/forms.server';
import { clientIp, signInLimitPerIp } from '~/server/request.server';
import { getAuth, getDb, siteUrl } from '~/runtime.server';

/** A refusal in the page's language: its code becomes the answer's status (429, 404, 503…). */
const refuse = (code: ActionError['code'], message: string) => new ActionError({ code, message });

/** Ends the session (deleted from the database, so every instance forgets it) and clears the cookie. */
export async function endSession(context: ActionAPIContext): Promise<{ signedOut: true }> {
  if (!/pavilion[.-]session_token=/.test(context.request.headers.get('cookie') ?? '')) return { signedOut: true };
  const answer = await (await getAuth()).api.signOut({ headers: context.request.headers, asResponse: true });
  copyCookies(answer.headers, context.cookies);
  return { signedOut: true };
}

/**
 * The signed-in exporter, with the checks of the exporter's pages: a form
 * posted to a page carries the account already; a call to `/_actions/…`
 * reads it here. Nothing changes for anyone else.
 */
export async function signedInExporter(context: ActionAPIContext, company: true): Promise<Exclude<Awaited<ReturnType<typeof requireExporter>>, Response>>;
export async function signedInExporter(
  context: ActionAPIContext,
  company: false,
): Promise<Exclude<Awaited<ReturnType<typeof requireExporterAccount>>, Response>>;
export async function signedInExporter(context: ActionAPIContext, company: boolean) {
  if (context.locals.user === undefined) context.locals.user = await sessionUser(context.request);
  const gate = company ? await requireExporter(context) : await requireExporterAccount(context);
  if (!(gate instanceof Response)) return gate;
  const t = context.locals.t;
  const location = gate.headers.get('location') ?? '';
  if (location.includes('/sign-in/')) throw refuse('UNAUTHORIZED', t('exporter:errors.signInFirst'));
  if (location.includes('/forbidden/')) throw refuse('FORBIDDEN', t('exporter:errors.forbidden'));
  throw refuse('CONFLICT', t('exporter:errors.profileFirst'));
}

/** A refused sign-in: a wrong password counts against the address (see `signInFailed`). */
async function refuseSignIn(
  db: Awaited<ReturnType<typeof getDb>>,
  ip: string,
  email: string,
  code: string,
  t: ActionAPIContext['locals']['t'],
): Promise<never> {
  if (code === 'invalidCredentials') await signInFailed(db, ip, email, siteUrl());
  throw refuse(code === 'tooManyAttempts' ? 'TOO_MANY_REQUESTS' : 'BAD_REQUEST', errorMessage(t, 'exporter', code, { minutes: 1 }));
}

/** The exporter's forms (sign-in, profile, products, inbox), as Astro Actions. */
export const exporterActions = {
  /** Signs in (exporter or operator); the page then goes on to `next` or the account's start page. */
  signIn: defineAction({
    accept: 'form',
    input: signInForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const t = context.locals.t;
        const db = await getDb();
        const ip = clientIp(context.request, context.clientAddress);
        const wait = await signInLimit(db, ip, input.email, signInLimitPerIp());
        if (wait) throw refuse('TOO_MANY_REQUESTS', errorMessage(t, 'exporter', 'tooManyAttempts', { minutes: minutes(wait) }));
        // A buyer's account signs in by e-mail link on the buyer's desk, never here with a password.
        if (await isBuyerAccount(db, input.email)) return refuseSignIn(db, ip, input.email, 'invalidCredentials', t);
        let code: string;
        try {
          const answer = await (await getAuth()).api.signInEmail({ body: input, headers: context.request.headers, asResponse: true });
          if (answer.ok) {
            copyCookies(answer.headers, context.cookies);
            const signedIn = (await answer.json().catch(() => null))?.user as { role?: unknown; locale?: unknown } | undefined;
            const role = signedIn?.role === 'operator' || signedIn?.role === 'translator' ? signedIn.role : ('exporter' as const);
            // An exporter who reads the portal in Urdu lands in Urdu from any sign-in page; otherwise the page's
            // language was the choice (every account reads English until it picks a language, so English says little).
            const urdu = role === 'exporter' && signedIn?.locale === 'ur';
            return { role, locale: urdu ? ('ur' as const) : role === 'exporter' ? context.locals.uiLocale : context.locals.locale };
          }
          code = authErrorCode({ body: await answer.json().catch(() => ({})), statusCode: answer.status });
        } catch (error) {
          code = authErrorCode(error);
        }
        return refuseSignIn(db, ip, input.email, code, t);
      }),
  }),

  /** Ends the session and clears the cookie. */
  signOut: defineAction({ accept: 'form', handler: (_form, context) => endSession(context) }),

  /** Creates an exporter account; the same answer whether or not the address has one already. */
  signUp: defineAction({
    accept: 'form',
    input: signUpForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const t = context.locals.t;
        const db = await getDb();
        const wait = await signUpLimit(db, clientIp(context.request, context.clientAddress));
        if (wait) throw refuse('TOO_MANY_REQUESTS', errorMessage(t, 'exporter', 'tooManyAttempts', { minutes: minutes(wait) }));
        try {
          await signUpExporter(db, await getAuth(), input, context.request.headers);
        } catch (error) {
          const code = authErrorCode(error);
          throw refuse(code === 'tooManyAttempts' ? 'TOO_MANY_REQUESTS' : 'BAD_REQUEST', errorMessage(t, 'exporter', code, { minutes: 1 }));
        }
        return { sentTo: input.email };
      }),
  }),

  /** Mails a link to set a new password; the same answer whether or not the account exists. */
  forgotPassword: defineAction({
    accept: 'form',
    input: forgotForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const { t, uiLocale } = context.locals;
        const wait = await resetLimit(await getDb(), clientIp(context.request, context.clientAddress), input.email, signInLimitPerIp());
        if (wait) throw refuse('TOO_MANY_REQUESTS', errorMessage(t, 'exporter', 'tooManyAttempts', { minutes: minutes(wait) }));
        await (await getAuth()).api.requestPasswordReset({
          body: { email: input.email, redirectTo: `/${uiLocale}/exporter/reset-password/` },
          headers: context.request.headers,
        });
        return { sent: true };
      }),
  }),

  /** Sets a new password with the token of the mailed link. */
  resetPassword: defineAction({
    accept: 'form',
    input: resetForm,
    handler: (input, context) =>
      guarded(context, async () => {
        try {
          await (await getAuth()).api.resetPassword({ body: { newPassword: input.password, token: input.token }, headers: context.request.headers });
        } catch (error) {
          if (isDatabaseUnavailable(error)) throw error;
          throw refuse('BAD_REQUEST', context.locals.t('exporter:reset.invalid'));
        }
        return { reset: true };
      }),
  }),

  /** Writes the company profile; the first save creates the company (pending until verified). */
  profile: defineAction({
    accept: 'form',
    input: profileForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const { user, exporter } = await signedInExporter(context, false);
        const { held } = await saveProfileHeld(await getDb(), user.id, exporter?.id ?? null, input);
        await searchChanged();
        return { created: exporter === null, held: held.length > 0 };
      }),
  }),

  /** Keeps the account's language and digits; the page then opens again in the language chosen. */
  account: defineAction({
    accept: 'form',
    input: accountSettingsForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const { user } = await signedInExporter(context, false);
        await saveAccountSettings(await getDb(), user.id, input);
        return { locale: input.locale };
      }),
  }),

  /** Publishes or withdraws one of the exporter's products. */
  productStatus: defineAction({
    accept: 'form',
    input: z.object({ id: z.string().max(12), status: z.enum(['published', 'draft'], { error: 'invalid' }) }),
    handler: (input, context) =>
      guarded(context, async () => {
        const { user, exporter } = await signedInExporter(context, true);
        const id = routeId(input.id);
        if (!id || !(await setProductStatus(await getDb(), exporter.id, id, input.status, user)))
          throw refuse('NOT_FOUND', context.locals.t('exporter:errors.notFound'));
        await searchChanged();
        return { id, done: input.status === 'published' ? ('published' as const) : ('unpublished' as const) };
      }),
  }),

  /** Answers the buyer of an inquiry (`intent=reply`) or closes it (`intent=close`). */
  inquiry: defineAction({
    accept: 'form',
    input: inquiryActionForm,
    handler: (input, context) =>
      guarded(context, async () => {
        const { exporter } = await signedInExporter(context, true);
        const reference = input.reference || context.params.reference || '';
        const db = await getDb();
        // Another exporter's inquiry looks exactly like one that does not exist, and nothing about it changes.
        const view = /^PKP-\d{4}-\d{6,}$/.test(reference) ? await inquiryForExporter(db, exporter.id, reference) : null;
        if (!view) throw refuse('NOT_FOUND', context.locals.t('exporter:errors.notFound'));
        if (input.intent === 'reply') {
          await addExporterReply(db, exporter.id, view.inquiry.id, input.body, new Date(), input.clientKey);
          return { done: 'sent' as const };
        }
        return { done: (await closeInquiry(db, exporter.id, view.inquiry.id)) ? ('closed' as const) : ('alreadyClosed' as const) };
      }),
  }),
};
