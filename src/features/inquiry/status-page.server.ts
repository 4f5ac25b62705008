import type { ActionReturnType } from 'astro:actions';
import { buyerInquiryAccess, markSeenByBuyer, type BuyerCredentials } from '~/features/buyer/access.server';
import type { Db } from '~/server/db/client.server';
import type { inquiryActions } from './actions.server';
import { loadView, type InquiryView } from './service.server';

/** What Astro tells the page about the reply form it has just handled, if any. */
export type InquiryReplyPost = ActionReturnType<typeof inquiryActions.inquiryReply> | undefined;

/**
 * The buyer's page of one inquiry, opened with the private link's token or by
 * the signed-in buyer it was sent by; null when the reference is malformed or
 * unknown, or the caller is neither. Opening it marks the conversation read.
 */
export async function inquiryStatusPage(db: Db, reference: string, credentials: BuyerCredentials): Promise<InquiryView | null> {
  const access = await buyerInquiryAccess(db, reference, credentials);
  if (!access) return null;
  await markSeenByBuyer(db, access.inquiry.id);
  return loadView(db, access);
}
