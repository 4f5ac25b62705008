import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import { inquiries, products } from '~/server/db/schema.server';
import type { ExporterRow } from '~/server/auth/guard.server';
import { profileTranslation } from './profile.server';
import { listOwnProducts } from './products.server';
import { trustFigures } from '~/features/trust/figures.server';

/** What the exporter's start page shows: unread inquiries, published products, and how much of the shop is translated. */
export async function exporterDashboard(db: Db, exporter: ExporterRow | null) {
  if (!exporter) return { stats: { unread: 0, published: 0 }, translation: null, figures: null };
  // Unread inquiries and published products, in one round trip.
  const [stats = { unread: 0, published: 0 }] = await db
    .select({
      unread: sql<number>`(select count(*) from ${inquiries} where ${inquiries.exporterId} = ${exporter.id} and ${inquiries.status} = 'new')`.mapWith(Number),
      published: sql<number>`(select count(*) from ${products} where ${products.exporterId} = ${exporter.id} and ${products.status} = 'published')`.mapWith(
        Number,
      ),
    })
    .from(sql`(select 1) as one`);
  // The whole shop: the company profile's texts and every product's, each text counted once.
  const profile = profileTranslation(exporter);
  const [shares, figures] = await Promise.all([listOwnProducts(db, exporter.id), trustFigures(db, [exporter.id])]);
  return {
    stats,
    /** What buyers see measured on the shop page: the same figures, the same words. */
    figures: figures.get(exporter.id) ?? null,
    translation: {
      done: profile.done + shares.reduce((n, p) => n + p.translation.done, 0),
      total: profile.total + shares.reduce((n, p) => n + p.translation.total, 0),
      missing: profile.missing,
      productsMissing: shares.filter((p) => p.translation.missing.length > 0),
    },
  };
}
