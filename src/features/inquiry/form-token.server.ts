import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '~/server/db/client.server';
import { installationSecret } from '~/server/secrets.server';

/**
 * The inquiry form carries when it was shown as a signed token
 * (`{ms}.{HMAC-SHA256}`), so the minimum fill time cannot be skipped by
 * leaving the field out or by writing an old time into it: only a time this
 * installation signed counts.
 */
const TOKEN = /^([1-9][0-9]{11,13})\.([A-Za-z0-9_-]{43})$/;

async function mac(db: Db, ms: string): Promise<string> {
  const secret = await installationSecret(db, 'inquiry-form');
  return createHmac('sha256', secret).update(`shown:${ms}`).digest('base64url');
}

/** A token saying the form was shown at `ms` (ms since the epoch). */
export async function signShownAt(db: Db, ms = Date.now()): Promise<string> {
  const time = String(Math.floor(ms));
  return `${time}.${await mac(db, time)}`;
}

/** When the form was shown, from a token this installation signed; null when missing, malformed, forged or from the future. */
export async function readShownAt(db: Db, token: unknown, now = Date.now()): Promise<number | null> {
  if (typeof token !== 'string' || token.length > 80) return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const expected = Buffer.from(await mac(db, match[1]!));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const ms = Number(match[1]);
  return ms <= now + 60_000 ? ms : null;
}
