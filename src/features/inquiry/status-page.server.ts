import type { ActionReturnType } from 'astro:actions';
import type { Db } from '~/server/db/client.server';
import type { inquiryActions } from './actions.server';
import { inquiryForBuyer, type InquiryView } from './service.server';

/** What Astro tells the page about the reply form it has just handled, if any. */
export type InquiryReplyPost = ActionReturnType<typeof inquiryActions.inquiryReply> | undefined;

const REFERENCE = /^PKP-\d{4}-\d{6,}$/;

/** The buyer's page of one inquiry; null when the reference is malformed or unknown, or the token wrong. */
export async function inquiryStatusPage(db: Db, reference: string, token: string): Promise<InquiryView | null> {
  return REFERENCE.test(reference) ? inquiryForBuyer(db, reference, token) : null;
}
