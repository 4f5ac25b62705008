import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CERTIFICATION_KINDS } from '~/lib/trade';
import { synonymsOf } from '~/server/search/text.server';
import { categoryName, urduCategoryName } from '~/server/reference/category-names.server';
import { categoriesFileSchema, REFERENCE } from '~/server/reference/reference.server';

const labels = (locale: string) => JSON.parse(readFileSync(`locales/${locale}/trade.json`, 'utf8')).certification as Record<string, string>;

describe('reference data files', () => {
  it('name certificate kinds that every language can show', () => {
    expect(CERTIFICATION_KINDS).toContain('halal');
    for (const locale of ['en', 'zh']) expect(CERTIFICATION_KINDS.filter((code) => !labels(locale)[code])).toEqual([]);
  });

  it('feed the search synonyms both ways', () => {
    expect(synonymsOf('玫瑰盐')).toContain('pink salt');
    expect(synonymsOf('soccer ball')).toContain('足球');
  });
});

describe('category names in the Urdu exporter portal', () => {
  const categories = REFERENCE.categories.categories;

  it('are written in Urdu for every reference category (a category added to the file needs its Urdu name too)', () => {
    const missing = categories.filter((c) => !urduCategoryName(c.slug)).map((c) => c.slug);
    expect(missing).toEqual([]);
    // Urdu letters, none of the English name left in Latin.
    for (const c of categories) expect(c.name.ur, c.slug).toMatch(/^[\u0600-\u06ff\s،]+$/);
  });

  it('show Urdu on an Urdu page and the catalog names on English and Chinese ones', () => {
    const rice = { slug: 'rice', nameEn: 'Rice', nameZh: '大米' };
    expect(categoryName('ur', rice)).toEqual({ text: 'چاول', lang: 'ur', fallback: false, dir: 'rtl' });
    expect(categoryName('en', rice)).toMatchObject({ text: 'Rice', lang: 'en' });
    expect(categoryName('zh', rice)).toMatchObject({ text: '大米', lang: 'zh-Hans' });
  });

  it('fall back to English, marked as English, for a category without an Urdu name (one the operator added)', () => {
    const added = { slug: 'marble-onyx', nameEn: 'Marble & Onyx', nameZh: '大理石与缟玛瑙' };
    expect(categoryName('ur', added)).toEqual({ text: 'Marble & Onyx', lang: 'en', fallback: true });
  });

  it('may leave Urdu out of the file, but never empty', () => {
    const file = (name: object) => ({
      version: 1,
      categories: [{ slug: 'rice', name, description: { en: 'x', zh: 'x' }, hsChapters: ['10'], gaccRequired: true, motif: 'rice', position: 1 }],
    });
    expect(categoriesFileSchema.safeParse(file({ en: 'Rice', zh: '大米' })).success).toBe(true);
    expect(categoriesFileSchema.safeParse(file({ en: 'Rice', zh: '大米', ur: ' ' })).success).toBe(false);
    expect(categoriesFileSchema.safeParse(file({ en: 'Rice', zh: '大米', fr: 'Riz' })).success).toBe(false);
  });
});
