import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';

/** The public products of a basket, in basket order; products no longer public are left out. */
export async function basketProducts(db: Db, slugs: string[]) {
  if (!slugs.length) return [];
  const rows = await db
    .select({
      slug: t.products.slug,
      nameEn: t.products.nameEn,
      nameZh: t.products.nameZh,
      moq: t.products.moq,
      unit: t.products.unit,
      exporterSlug: t.exporters.slug,
      exporterNameEn: t.exporters.nameEn,
      exporterNameZh: t.exporters.nameZh,
    })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .where(and(inArray(t.products.slug, slugs), eq(t.products.status, 'published'), eq(t.exporters.status, 'verified')));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return slugs.flatMap((s) => (bySlug.has(s) ? [bySlug.get(s)!] : []));
}
