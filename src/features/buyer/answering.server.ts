import type { ActionAPIContext } from 'astro:actions';
import { sessionUser } from '~/server/auth/guard.server';
import { buyerCredentials } from './access.server';

/**
 * The signed-in buyer's address for an action posted without the mailed token (the session is read once, if
 * the middleware has not already), else null.
 */
export async function answeringBuyer(context: ActionAPIContext, token: string | null | undefined): Promise<string | null> {
  if (context.locals.user === undefined && !token) context.locals.user = await sessionUser(context.request);
  return buyerCredentials(token, context.locals.user).buyerEmail ?? null;
}
