import { ActionError, defineAction, type ActionAPIContext } from 'astro:actions';
import { eq } from 'drizzle-orm';
import { categoryInput, inviteInput, moveInput, revokeInput } from '~/features/operator/category-schema';
import { createCategory, moveCategory, updateCategory } from '~/features/operator/categories.server';
import { inviteOperator, revokeOperator } from '~/features/operator/operators.server';
import { exporterIdOf, ratesForOperator, reinstateExporter, saveRates, setFeatured } from '~/features/operator/operator.server';
import { exporterInput, featureInput, heldInput, ratesInput, resendInput, reviewInput, verifyInput } from '~/features/operator/schema';
import { actorOf, recordAudit } from '~/features/audit/audit.server';
import { decideHeldChange } from '~/features/review/held.server';
import { decideReview, suspendWithNotice, verifyAfterReview } from '~/features/review/review.server';
import { nudgeInput, reassignInput } from '~/features/operator/inquiry-tools-schema';
import { nudgeInquiry, reassignInquiry } from '~/features/operator/inquiry-tools.server';
import { searchChanged } from '~/features/search/runtime.server';
import { requireOperator, type SignedInUser } from '~/server/auth/guard.server';
import type { Db } from '~/server/db/client.server';
import { isDatabaseUnavailable } from '~/server/errors.server';
import { resendJob } from '~/server/mail/worker.server';
import { products } from '~/server/db/schema.server';
import { getDb, siteUrl } from '~/runtime.server';

/*
 * The operator console's forms. Each works as a plain form post to its page
 * (`<form method="post" action={actions.operator.saveRates}>`, the page reads
 * the result and redirects) and as a call to `/_actions/operator.…`. Every
 * action checks the signed-in operator itself: anyone may call it directly.
 * Refusals are ActionErrors whose message is an error code of the `operator`
 * area (BAD_REQUEST), like the field messages of a refused input; the pages
 * translate them with `errorMessage(t, 'operator', code)`.
 */

/** The signed-in operator, or the action is refused: 401 signed out, 403 for any other account (the pages' guard). */
async function signedInOperator(context: ActionAPIContext): Promise<SignedInUser> {
  const gate = await requireOperator(context);
  if (!(gate instanceof Response)) return gate;
  const { t, user } = context.locals;
  throw user
    ? new ActionError({ code: 'FORBIDDEN', message: t('exporter:errors.forbidden') })
    : new ActionError({ code: 'UNAUTHORIZED', message: t('exporter:errors.signInFirst') });
}

/** A refusal the operator can correct: `code` is an error code of the operator area. */
const refused = (code: string) => new ActionError({ code: 'BAD_REQUEST', message: code });

/**
 * Runs a change as the signed-in operator. The database away is a 503 the
 * operator can retry; a catalog change reaches search and the page cache
 * before the operator sees the answer.
 */
async function asOperator<O>(context: ActionAPIContext, changes: 'catalog' | 'other', change: (db: Db, me: SignedInUser) => Promise<O>): Promise<O> {
  const me = await signedInOperator(context);
  try {
    const output = await change(await getDb(), me);
    if (changes === 'catalog') await searchChanged();
    return output;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: context.locals.t('errors.unavailable') });
    throw error;
  }
}

async function exporterId(db: Db, slug: string): Promise<number> {
  const id = await exporterIdOf(db, slug);
  if (id === null) throw new ActionError({ code: 'NOT_FOUND', message: 'invalid' });
  return id;
}

/** Logs featuring a product (or taking it off), with its exporter. */
async function auditProduct(db: Db, me: SignedInUser, slug: string, featured: boolean) {
  const [row] = await db.select({ id: products.id, exporterId: products.exporterId }).from(products).where(eq(products.slug, slug));
  if (!row) return;
  await recordAudit(db, actorOf(me), {
    action: featured ? 'product.feature' : 'product.unfeature',
    entity: 'product',
    entityId: row.id,
    exporterId: row.exporterId,
    before: { featured: !featured },
    after: { featured, slug },
  });
}

export const operatorActions = {
  /**
   * Records a check and verifies the exporter (again); its shop and products become public. Refused
   * (`notReady`) while an account's e-mail is unconfirmed, the profile incomplete or a document missing.
   */
  verifyExporter: defineAction({
    accept: 'form',
    input: verifyInput,
    handler: ({ exporter, ...check }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        const result = await verifyAfterReview(db, actorOf(me), await exporterId(db, exporter), check, siteUrl());
        if (!result.ok) throw refused(result.gaps ? 'notReady' : 'invalid');
        return { done: 'verified' as const };
      }),
  }),

  /** Refuses the exporter, or asks it for more, with a note it reads by mail and in its portal. */
  reviewExporter: defineAction({
    accept: 'form',
    input: reviewInput,
    handler: ({ exporter, decision, note }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await decideReview(db, actorOf(me), await exporterId(db, exporter), decision, note, siteUrl()))) throw refused('invalid');
        return { done: decision };
      }),
  }),

  /** Approves (applies) or refuses a verified exporter's held edit of a public fact. */
  decideHeld: defineAction({
    accept: 'form',
    input: heldInput,
    handler: ({ change, decision }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await decideHeldChange(db, actorOf(me), change, decision))) throw refused('unknownChange');
        return { done: decision };
      }),
  }),

  /** Hides the exporter's shop and products; the exporter is told by mail. */
  suspendExporter: defineAction({
    accept: 'form',
    input: exporterInput,
    handler: ({ exporter }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        const id = await exporterId(db, exporter);
        const suspended = await suspendWithNotice(db, actorOf(me), id, siteUrl());
        return { done: suspended ? ('suspended' as const) : ('alreadySuspended' as const) };
      }),
  }),

  /** Makes a suspended exporter public again while one of its checks holds. */
  reinstateExporter: defineAction({
    accept: 'form',
    input: exporterInput,
    handler: ({ exporter }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        const id = await exporterId(db, exporter);
        const result = await reinstateExporter(db, id);
        if (result !== 'reinstated') throw refused(result);
        await recordAudit(db, actorOf(me), {
          action: 'exporter.reinstate',
          entity: 'exporter',
          entityId: id,
          exporterId: id,
          before: { status: 'suspended' },
          after: { status: 'verified' },
        });
        return { done: 'reinstated' as const };
      }),
  }),

  featureProduct: defineAction({
    accept: 'form',
    input: featureInput,
    handler: ({ product, q }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await setFeatured(db, product, true))) throw refused('unknownProduct');
        await auditProduct(db, me, product, true);
        return { done: 'feature' as const, q };
      }),
  }),

  unfeatureProduct: defineAction({
    accept: 'form',
    input: featureInput,
    handler: ({ product, q }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await setFeatured(db, product, false))) throw refused('unknownProduct');
        await auditProduct(db, me, product, false);
        return { done: 'unfeature' as const, q };
      }),
  }),

  createCategory: defineAction({
    accept: 'form',
    input: categoryInput,
    handler: (category, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        const created = await createCategory(db, category);
        if (!created.ok) throw refused(created.error);
        await recordAudit(db, actorOf(me), { action: 'category.create', entity: 'category', entityId: category.slug, after: { ...category } });
        return { done: 'created' as const, slug: category.slug };
      }),
  }),

  updateCategory: defineAction({
    accept: 'form',
    input: categoryInput,
    handler: ({ slug, ...category }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await updateCategory(db, slug, category))) throw refused('unknownCategory');
        await recordAudit(db, actorOf(me), { action: 'category.update', entity: 'category', entityId: slug, after: { ...category } });
        return { done: 'saved' as const, slug };
      }),
  }),

  moveCategory: defineAction({
    accept: 'form',
    input: moveInput,
    handler: ({ slug, direction }, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        if (!(await moveCategory(db, slug, direction))) throw refused('categoryEnd');
        await recordAudit(db, actorOf(me), { action: 'category.move', entity: 'category', entityId: slug, after: { direction } });
        return { done: 'moved' as const, slug };
      }),
  }),

  saveRates: defineAction({
    accept: 'form',
    input: ratesInput,
    handler: (rates, context) =>
      asOperator(context, 'catalog', async (db, me) => {
        const before = Object.fromEntries((await ratesForOperator(db)).map((r) => [r.currency.toLowerCase(), r.perUsd]));
        await saveRates(db, rates);
        await recordAudit(db, actorOf(me), {
          action: 'rates.save',
          entity: 'exchange_rates',
          entityId: 'usd',
          before,
          after: { cny: rates.cny, pkr: rates.pkr },
        });
        return { saved: true as const };
      }),
  }),

  /** Queues a parked mail job again. */
  resendMail: defineAction({
    accept: 'form',
    input: resendInput,
    handler: ({ job }, context) =>
      asOperator(context, 'other', async (db) => {
        if (!(await resendJob(db, job))) throw refused('jobNotParked');
        return { job };
      }),
  }),

  /** Reminds the exporter of an unanswered inquiry (at most once a day per inquiry and exporter). */
  nudgeInquiry: defineAction({
    accept: 'form',
    input: nudgeInput,
    handler: ({ reference }, context) =>
      asOperator(context, 'other', async (db, me) => {
        const result = await nudgeInquiry(db, actorOf(me), reference, siteUrl());
        if (result !== 'nudged') throw refused(result);
        return { done: 'nudged' as const, reference };
      }),
  }),

  /** Passes an unanswered inquiry to another verified exporter of its category. */
  reassignInquiry: defineAction({
    accept: 'form',
    input: reassignInput,
    handler: ({ reference, to }, context) =>
      asOperator(context, 'other', async (db, me) => {
        const result = await reassignInquiry(db, actorOf(me), reference, to);
        if (result !== 'reassigned') throw refused(result);
        return { done: 'reassigned' as const, reference };
      }),
  }),

  /** Makes an operator account and mails its one-time link. */
  inviteOperator: defineAction({
    accept: 'form',
    input: inviteInput,
    handler: (invite, context) =>
      asOperator(context, 'other', async (db, me) => {
        const issued = await inviteOperator(db, invite, { name: me.name }, siteUrl());
        await recordAudit(db, actorOf(me), {
          action: 'operator.invite',
          entity: 'user',
          entityId: issued.userId,
          after: { email: invite.email, role: 'operator' },
        });
        return { email: invite.email };
      }),
  }),

  /** Takes the operator role from an account (never one's own, never the last operator's). */
  revokeOperator: defineAction({
    accept: 'form',
    input: revokeInput,
    handler: ({ user }, context) =>
      asOperator(context, 'other', async (db, me) => {
        const result = await revokeOperator(db, me.id, user);
        if (result !== 'revoked') throw refused(result === 'self' ? 'revokeSelf' : result === 'last' ? 'lastOperator' : 'unknownOperator');
        await recordAudit(db, actorOf(me), {
          action: 'operator.revoke',
          entity: 'user',
          entityId: user,
          before: { role: 'operator' },
          after: { role: 'exporter' },
        });
        return { revoked: true as const };
      }),
  }),
};
