import { and, eq, inArray } from 'drizzle-orm';
import type { T } from '~/i18n';
import { tradeLabel } from '~/i18n/labels';
import type { Locale } from '~/i18n/locales';
import { formatNumber } from '~/lib/format';
import { pick } from '~/lib/localize';
import { belowMoq } from './moq';
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

/**
 * The lines of inquiries just sent that are below their product's MOQ (samples aside), as sentences
 * for the confirmation: a buyer without JavaScript never saw the warning while typing.
 */
export async function belowMoqNotes(db: Db, references: string[], locale: Locale, tr: T): Promise<string[]> {
  if (!references.length) return [];
  const rows = await db
    .select({
      quantity: t.inquiryItems.quantity,
      unit: t.inquiryItems.unit,
      sample: t.inquiryItems.sampleRequested,
      nameEn: t.inquiryItems.productNameEn,
      nameZh: t.inquiryItems.productNameZh,
      moq: t.products.moq,
      moqUnit: t.products.unit,
    })
    .from(t.inquiryItems)
    .innerJoin(t.inquiries, eq(t.inquiryItems.inquiryId, t.inquiries.id))
    .innerJoin(t.products, eq(t.inquiryItems.productId, t.products.id))
    .where(inArray(t.inquiries.reference, references.slice(0, 50)))
    .orderBy(t.inquiryItems.id);
  return rows
    .filter((r) => !r.sample && belowMoq({ moq: r.moq, unit: r.moqUnit }, String(r.quantity), r.unit))
    .map((r) =>
      tr('inquiry:sent.belowMoq', {
        product: pick(locale, r.nameEn, r.nameZh).text,
        moq: `${formatNumber(r.moq, locale)} ${tradeLabel(tr, 'unit', r.moqUnit)}`,
      }),
    );
}
