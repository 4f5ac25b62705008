import type { products } from '~/server/db/schema.server';

/** One bilingual text of a product that has English but no Chinese yet. */
export interface MissingText {
  field: 'name' | 'summary' | 'description' | 'keywords' | 'sampleNote' | 'spec' | 'imageAlt';
  /** Row number (from 1) of a specification or photo. */
  n?: number;
}

export interface ProductTranslation {
  /** Texts written in English, each counted once whatever its length. */
  total: number;
  /** Of those, the ones that have their Chinese version. */
  done: number;
  percent: number;
  missing: MissingText[];
}

/** The bilingual texts of a product row (or of the editor's values), as stored. */
type Texts = Pick<
  typeof products.$inferSelect,
  | 'nameEn'
  | 'nameZh'
  | 'summaryEn'
  | 'summaryZh'
  | 'descriptionEn'
  | 'descriptionZh'
  | 'keywordsEn'
  | 'keywordsZh'
  | 'sampleNoteEn'
  | 'sampleNoteZh'
  | 'specs'
  | 'images'
>;

const has = (s: string) => s.trim() !== '';

/**
 * How much of a product a Chinese buyer reads in Chinese: the share of its
 * English texts (name, summary, description, keywords, sample note, each
 * specification, each photo's description) that have a Chinese version.
 * A specification counts as translated when its label and its value are.
 */
export function productTranslation(p: Texts): ProductTranslation {
  const items: Array<MissingText & { en: boolean; zh: boolean }> = [
    { field: 'name', en: has(p.nameEn), zh: has(p.nameZh) },
    { field: 'summary', en: has(p.summaryEn), zh: has(p.summaryZh) },
    { field: 'description', en: has(p.descriptionEn), zh: has(p.descriptionZh) },
    { field: 'keywords', en: has(p.keywordsEn), zh: has(p.keywordsZh) },
    { field: 'sampleNote', en: has(p.sampleNoteEn), zh: has(p.sampleNoteZh) },
    ...p.specs.map((s, i) => ({
      field: 'spec' as const,
      n: i + 1,
      en: has(s.label.en) || has(s.value.en),
      zh: (!has(s.label.en) || has(s.label.zh)) && (!has(s.value.en) || has(s.value.zh)),
    })),
    ...p.images.map((img, i) => ({ field: 'imageAlt' as const, n: i + 1, en: has(img.altEn), zh: has(img.altZh) })),
  ];
  const counted = items.filter((item) => item.en);
  const missing = counted.filter((item) => !item.zh).map(({ field, n }) => (n === undefined ? { field } : { field, n }));
  const done = counted.length - missing.length;
  return { total: counted.length, done, percent: counted.length ? Math.floor((done / counted.length) * 100) : 100, missing };
}
