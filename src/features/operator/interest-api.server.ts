import type { APIContext } from 'astro';
import { z } from 'zod';
import { countProductInterest, interestLimiter, isRobot } from '~/features/operator/interest.server';
import { ADDED_PARAM, decodeBasket } from '~/features/inquiry/basket';
import { slugSchema } from '~/lib/slug-schema';
import { getDb } from '~/runtime.server';
import { clientIp } from '~/server/request.server';

/** What the product page's beacon sends: what happened, to which product. Nothing about the visitor. */
const beaconSchema = z.object({ kind: z.enum(['view', 'basket']), product: slugSchema(121) });

/** The beacon body is tiny; anything larger is not one. */
const MAX_BODY = 512;

const answer = (status: number) => new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * `POST /api/interest`: counts a product page view or a basket add sent by the product page
 * (`navigator.sendBeacon`). Robots are answered like anyone but not counted; the answer never says whether
 * anything was counted. A malformed beacon is a 400.
 *
 * Beacons over the per-address limit (`INTEREST_LIMIT`), or arriving while the database cannot be reached, are
 * answered 204 like any other and not counted: a beacon is sent by the visitor's page, which must never show an
 * error for it, and a script inflating the figures learns nothing from the answer.
 */
export async function interestBeacon({ request, clientAddress }: APIContext): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!Number.isFinite(length) || length > MAX_BODY) return answer(413);
  let body: unknown;
  try {
    const text = await request.text();
    if (text.length > MAX_BODY) return answer(413);
    body = JSON.parse(text);
  } catch {
    return answer(400);
  }
  const parsed = beaconSchema.safeParse(body);
  if (!parsed.success) return answer(400);
  if (isRobot(request.headers.get('user-agent'))) return answer(204);
  await countFrom(clientIp(request, clientAddress), parsed.data.kind, parsed.data.product);
  return answer(204);
}

/**
 * Counts an add made by the basket's form post (no JavaScript): the product named as added in the address the
 * visitor is sent back to, unless it was in the basket already. Counting never stands in the way of the basket.
 */
export async function countBasketAdd(request: Request, clientAddress: string, basketBefore: string | undefined, location: string): Promise<void> {
  if (isRobot(request.headers.get('user-agent'))) return;
  const added = new URL(location, 'http://pavilion.invalid').searchParams.get(ADDED_PARAM);
  if (!added || added.length > 121 || decodeBasket(basketBefore).includes(added)) return;
  await countFrom(clientIp(request, clientAddress), 'basket', added);
}

/**
 * Counts a view or basket add from one client (its address, see `clientIp`), within the per-address limit shared
 * by the beacon and the basket's form post. Never throws: with the database away nothing is counted.
 */
async function countFrom(client: string, kind: 'view' | 'basket', product: string): Promise<void> {
  try {
    if (interestLimiter.admit(client)) await countProductInterest(await getDb(), kind, product);
  } catch {
    // The database away: not counted, and the visitor's page or basket goes on as if it had been.
  }
}
