import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A local secret for maintenance commands run on the same machine
 * (`npm run search:reindex`): kept in the data folder, readable by its owner
 * only, created on first use.
 */
export function adminToken(dataDir: string): string {
  const file = path.join(dataDir, 'admin.token');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const token = randomBytes(32).toString('base64url');
    writeFileSync(file, token, { mode: 0o600, flag: 'wx' });
    return token;
  }
}

export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
