import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import { meta } from '~/server/db/schema.server';

const cache = new WeakMap<Db, Map<string, string>>();

/**
 * A random secret generated once per installation and kept in the database,
 * so every instance sharing the database signs and checks alike.
 */
export async function installationSecret(db: Db, name: string): Promise<string> {
  const known = cache.get(db)?.get(name);
  if (known) return known;
  const key = `secret:${name}`;
  await db
    .insert(meta)
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(meta).where(eq(meta.key, key));
  if (!row) throw new Error(`Secret ${name} could not be stored`);
  if (!cache.has(db)) cache.set(db, new Map());
  cache.get(db)!.set(name, row.value);
  return row.value;
}
