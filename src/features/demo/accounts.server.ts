import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { hashSecret } from '~/server/auth/auth.server';

/** The demo accounts the README lists: one operator and two exporters of the demo catalog. */
export const DEMO_ACCOUNTS = [
  { email: 'operator@pavilion.example', password: 'operator-demo-2026', name: 'Pavilion Operator', role: 'operator' as const, exporter: null },
  {
    email: 'khewra-crystal-salt-works@exporters.pavilion.example',
    password: 'exporter-demo-2026',
    name: 'Ayesha Malik',
    role: 'exporter' as const,
    exporter: 'khewra-crystal-salt-works',
  },
  {
    email: 'chenab-sports-works@exporters.pavilion.example',
    password: 'exporter-demo-2026',
    name: 'Bilal Chaudhry',
    role: 'exporter' as const,
    exporter: 'chenab-sports-works',
  },
];

/** Creates the demo accounts that do not exist yet (verified addresses, password sign-in). */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const existing = new Set(
    (
      await db
        .select({ email: t.users.email })
        .from(t.users)
        .where(
          inArray(
            t.users.email,
            DEMO_ACCOUNTS.map((a) => a.email),
          ),
        )
    ).map((r) => r.email),
  );
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (existing.has(account.email)) continue;
    const [exporter] = account.exporter ? await db.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, account.exporter)) : [];
    if (account.exporter && !exporter) continue;
    const id = randomUUID();
    const password = await hashSecret(account.password);
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(t.users)
        .values({ id, name: account.name, email: account.email, emailVerified: true, role: account.role, exporterId: exporter?.id ?? null })
        .onConflictDoNothing()
        .returning({ id: t.users.id });
      if (!inserted.length) return;
      await tx.insert(t.accounts).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password });
      created += 1;
    });
  }
  return created;
}
