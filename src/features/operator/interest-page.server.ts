import type { AstroGlobal } from 'astro';
import { interestByCategoryAndMonth } from '~/features/operator/interest-stats.server';
import { requireOperator } from '~/server/auth/guard.server';
import { getDb } from '~/runtime.server';

/** Buyer interest per category and month and by buyer province, operators only. */
export async function interestPage(page: AstroGlobal) {
  const gate = await requireOperator(page);
  if (gate instanceof Response) return gate;
  return interestByCategoryAndMonth(await getDb(), new Date());
}

/** The exports page: operators only, nothing to read. */
export async function exportsPage(page: AstroGlobal) {
  const gate = await requireOperator(page);
  return gate instanceof Response ? gate : {};
}
