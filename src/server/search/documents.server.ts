import { and, eq, gt, or } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import type { SearchDocument } from './types.server';

export interface DocumentBatch {
  /** Public records to add or replace. */
  documents: SearchDocument[];
  /** Records that changed but are no longer public (unpublished, exporter suspended): to remove. */
  removed: string[];
  /** For each id above, when what it is built from last changed (epoch ms): a change already applied is not applied again. */
  stamps: Map<string, number>;
}

/**
 * Builds the search documents of products and exporters from the database —
 * the one place that decides what is searchable. With `since`, only records
 * changed after it (a product also counts as changed when its exporter did).
 */
export async function buildSearchDocuments(db: Db, options: { since?: Date } = {}): Promise<DocumentBatch> {
  const { since } = options;
  const productRows = await db
    .select({ product: t.products, exporter: t.exporters, category: t.categories })
    .from(t.products)
    .innerJoin(t.exporters, eq(t.products.exporterId, t.exporters.id))
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(since ? or(gt(t.products.updatedAt, since), gt(t.exporters.updatedAt, since)) : undefined);
  const exporterRows = await db
    .select()
    .from(t.exporters)
    .where(since ? gt(t.exporters.updatedAt, since) : undefined);

  const documents: SearchDocument[] = [];
  const removed: string[] = [];
  const stamps = new Map<string, number>();
  for (const { product: p, exporter: e, category: c } of productRows) {
    const id = `product:${p.slug}`;
    stamps.set(id, Math.max(p.updatedAt.getTime(), e.updatedAt.getTime()));
    if (p.status !== 'published' || e.status !== 'verified') {
      removed.push(id);
      continue;
    }
    documents.push({
      id,
      type: 'product',
      path: `products/${p.slug}`,
      name_en: p.nameEn,
      name_zh: p.nameZh,
      text_en: `${p.summaryEn} ${p.specs.map((s) => `${s.label.en} ${s.value.en}`).join(' ')}`,
      text_zh: `${p.summaryZh} ${p.specs.map((s) => `${s.label.zh} ${s.value.zh}`).join(' ')}`,
      keywords_en: `${p.keywordsEn} ${p.hsCode}`,
      keywords_zh: p.keywordsZh,
      exporter_en: e.nameEn,
      exporter_zh: e.nameZh,
      category: c.slug,
      category_en: c.nameEn,
      category_zh: c.nameZh,
      province: p.originProvince,
      city: p.originCity,
      certifications: p.certifications,
      hs_code: p.hsCode,
      registrations: e.gaccNumber ? ['gacc'] : [],
      moq: p.moq,
      price: p.priceMinUsdCents,
      created: p.createdAt.getTime(),
    });
  }
  const categoryNames = await categoriesOfExporters(
    db,
    exporterRows.map((e) => e.id),
  );
  for (const e of exporterRows) {
    const id = `exporter:${e.slug}`;
    stamps.set(id, e.updatedAt.getTime());
    if (e.status !== 'verified') {
      removed.push(id);
      continue;
    }
    const cats = categoryNames.get(e.id) ?? [];
    documents.push({
      id,
      type: 'exporter',
      path: `exporters/${e.slug}`,
      name_en: e.nameEn,
      name_zh: e.nameZh,
      text_en: e.taglineEn,
      text_zh: e.taglineZh,
      keywords_en: cats.map((c) => c.en).join(' '),
      keywords_zh: cats.map((c) => c.zh).join(' '),
      exporter_en: e.nameEn,
      exporter_zh: e.nameZh,
      category: '',
      category_en: '',
      category_zh: '',
      province: e.province,
      city: e.city,
      certifications: [],
      moq: 0,
      price: null,
      created: e.createdAt.getTime(),
    });
  }
  return { documents, removed, stamps };
}

async function categoriesOfExporters(db: Db, ids: number[]) {
  const out = new Map<number, Array<{ en: string; zh: string }>>();
  if (!ids.length) return out;
  const rows = await db
    .selectDistinct({ exporterId: t.products.exporterId, en: t.categories.nameEn, zh: t.categories.nameZh })
    .from(t.products)
    .innerJoin(t.categories, eq(t.products.categoryId, t.categories.id))
    .where(and(eq(t.products.status, 'published')));
  for (const row of rows) {
    if (!ids.includes(row.exporterId)) continue;
    out.set(row.exporterId, [...(out.get(row.exporterId) ?? []), { en: row.en, zh: row.zh }]);
  }
  return out;
}
