import type { APIContext } from 'astro';
import { z } from 'zod';
import { countProductInterest, isRobot } from '~/features/operator/interest.server';
import { ADDED_PARAM, decodeBasket } from '~/features/inquiry/basket';
import { slugSchema } from '~/lib/slug-schema';
import { getDb } from '~/runtime.server';

/** What the product page's beacon sends: what happened, to which product. Nothing about the visitor. */
const beaconSchema = z.object({ kind: z.enum(['view', 'basket']), product: slugSchema(121) });

/** The beacon body is tiny; anything larger is not one. */
const MAX_BODY = 512;

const answer = (status: number) => new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * `POST /api/interest`: counts a product page view or a basket add sent by the product page
 * (`navigator.sendBeacon`). Robots are answered like anyone but not counted; the answer never says whether
 * anything was counted. A malformed beacon is a 400.
 */
export async function interestBeacon({ request }: APIContext): Promise<Response> {
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
  await countProductInterest(await getDb(), parsed.data.kind, parsed.data.product);
  return answer(204);
}

/**
 * Counts an add made by the basket's form post (no JavaScript): the product named as added in the address the
 * visitor is sent back to, unless it was in the basket already. Counting never stands in the way of the basket.
 */
export async function countBasketAdd(request: Request, basketBefore: string | undefined, location: string): Promise<void> {
  if (isRobot(request.headers.get('user-agent'))) return;
  const added = new URL(location, 'http://pavilion.invalid').searchParams.get(ADDED_PARAM);
  if (!added || added.length > 121 || decodeBasket(basketBefore).includes(added)) return;
  try {
    await countProductInterest(await getDb(), 'basket', added);
  } catch {
    // The database away: the add is not counted, the basket still changes.
  }
}
