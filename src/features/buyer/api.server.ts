import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getT } from '~/i18n';
import { negotiateLocale } from '~/i18n/locales';
import { loadView } from '~/features/inquiry/service.server';
import type { SignedInUser } from '~/server/auth/guard.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { json } from '~/server/http.server';
import { buyerInquiryAccess } from './access.server';
import { tokenBuyer } from './api-tokens.server';
import { buyerDesk, quoteState, today } from './desk.server';
import { unitPriceAt } from '~/lib/money';
import { bounded } from '~/features/inquiry/schema';

/** The reference in `/api/buyer/inquiries/{reference}`. */
export const referenceParam = bounded(40).regex(/^PKP-\d{4}-\d{6,}$/, { error: 'notFound' });
/** `Authorization: Bearer pkp_…` */
const bearer = z
  .string()
  .max(120)
  .regex(/^Bearer (pkp_[A-Za-z0-9_-]{20,100})$/);

const PRIVATE = { 'Cache-Control': 'private, no-store', Vary: 'Authorization, Cookie, Accept-Language' };

function error(request: Request, status: 401 | 404, key: 'buyer:errors.apiSignIn' | 'buyer:errors.apiNotFound'): Response {
  const t = getT(negotiateLocale(request.headers.get('accept-language')));
  return json({ error: t(key) }, { status, headers: { ...PRIVATE, ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}) } });
}

/**
 * The buyer calling the partner API: a bearer token made on the desk, or the
 * signed-in buyer's session (a mini-program's web view). Anything else is a
 * 401 in the caller's language (Accept-Language).
 */
export async function apiBuyer(db: Db, request: Request, sessionUser: SignedInUser | null | undefined): Promise<{ email: string } | Response> {
  const header = request.headers.get('authorization');
  if (header) {
    const parsed = bearer.safeParse(header);
    const buyer = parsed.success ? await tokenBuyer(db, /^Bearer (.+)$/.exec(parsed.data)![1]!) : null;
    return buyer ?? error(request, 401, 'buyer:errors.apiSignIn');
  }
  if (sessionUser?.role === 'buyer') return { email: sessionUser.email };
  return error(request, 401, 'buyer:errors.apiSignIn');
}

/** `GET /api/buyer/inquiries`: the desk as JSON. */
export async function apiInquiries(db: Db, request: Request, sessionUser: SignedInUser | null | undefined): Promise<Response> {
  const buyer = await apiBuyer(db, request, sessionUser);
  if (buyer instanceof Response) return buyer;
  const entries = await buyerDesk(db, buyer.email);
  return json(
    {
      inquiries: entries.map((e) => ({
        reference: e.reference,
        createdAt: e.createdAt.toISOString(),
        status: e.status,
        kind: e.kind,
        category: e.category,
        exporter: {
          slug: e.exporter.slug,
          nameEn: e.exporter.nameEn,
          nameZh: e.exporter.nameZh,
          verified: e.exporter.status === 'verified',
          verifiedAt: e.exporter.verifiedAt?.toISOString() ?? null,
        },
        products: e.products,
        latestQuote: e.quote,
        unread: e.unread,
      })),
    },
    { headers: PRIVATE },
  );
}

/** `GET /api/buyer/inquiries/{reference}`: one inquiry, its conversation and every quote version sent. */
export async function apiInquiry(db: Db, request: Request, reference: string, sessionUser: SignedInUser | null | undefined): Promise<Response> {
  const buyer = await apiBuyer(db, request, sessionUser);
  if (buyer instanceof Response) return buyer;
  const ref = referenceParam.safeParse(reference);
  const access = ref.success ? await buyerInquiryAccess(db, ref.data, { buyerEmail: buyer.email }) : null;
  if (!access) return error(request, 404, 'buyer:errors.apiNotFound');
  const view = await loadView(db, access);
  const quotes = await db.select().from(t.quotes).where(eq(t.quotes.inquiryId, access.inquiry.id)).orderBy(asc(t.quotes.version));
  const sent = quotes.filter((q) => q.status !== 'draft' && q.sentAt !== null);
  const lines = sent.length
    ? await db
        .select()
        .from(t.quoteLines)
        .where(
          inArray(
            t.quoteLines.quoteId,
            sent.map((q) => q.id),
          ),
        )
        .orderBy(asc(t.quoteLines.position))
    : [];
  const day = today();
  return json(
    {
      reference: view.inquiry.reference,
      createdAt: view.inquiry.createdAt.toISOString(),
      status: view.inquiry.status,
      exporter: { slug: view.exporter.slug, nameEn: view.exporter.nameEn, nameZh: view.exporter.nameZh, verified: view.exporter.status === 'verified' },
      destinationPort: view.submission.destinationPort,
      incoterm: view.submission.incoterm,
      items: view.items.map((i) => ({
        productSlug: i.productSlug || null,
        nameEn: i.productNameEn,
        nameZh: i.productNameZh,
        quantity: i.quantity,
        unit: i.unit,
      })),
      messages: view.messages.map((m) => ({ author: m.author, body: m.body, createdAt: m.createdAt.toISOString() })),
      quotes: sent.map((q) => {
        const own = lines
          .filter((l) => l.quoteId === q.id)
          .map((l) => ({
            nameEn: l.productNameEn,
            nameZh: l.productNameZh,
            hsCode: l.hsCode,
            quantity: l.quantity,
            unit: l.unit,
            unitPriceMinor: unitPriceAt(l.unitPriceMinor, l.tiers, l.quantity),
            tiers: l.tiers,
          }));
        return {
          // What the app posts to …/quotes/{id}/accept|decline|revision.
          id: q.id,
          version: q.version,
          state: quoteState(q.status, q.validUntil, day),
          currency: q.currency,
          incoterm: q.incoterm,
          namedPlace: q.namedPlace,
          leadTimeDays: q.leadTimeDays,
          validUntil: q.validUntil,
          paymentTerms: q.paymentTerms,
          sentAt: q.sentAt?.toISOString() ?? null,
          lines: own,
          totalMinor: own.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0),
        };
      }),
    },
    { headers: PRIVATE },
  );
}
