import { describe, expect, it } from 'vitest';
import { parseCatalogFilters, filtersToQuery } from '~/features/catalog/filters';
import { formatDate, formatMoney } from '~/lib/format';
import { pick } from '~/lib/localize';

const rates = { CNY: 7.12, PKR: 281.5, asOf: null };

describe('money', () => {
  it('shows USD cents with CNY and PKR equivalents in each locale', () => {
    expect(formatMoney(12050, 'en')).toBe('$120.50');
    expect(formatMoney(12050, 'zh')).toBe('US$120.50');
    expect(formatMoney(12050, 'zh', 'CNY', rates)).toBe('¥857.96');
    expect(formatMoney(12050, 'en', 'CNY', rates)).toBe('CN¥857.96');
    expect(formatMoney(12050, 'en', 'PKR', rates)).toMatch(/PKR\s?33,921/);
  });
});

describe('dates', () => {
  it('formats calendar dates per locale', () => {
    expect(formatDate('2027-03-12', 'en')).toBe('Mar 12, 2027');
    expect(formatDate('2027-03-12', 'zh')).toBe('2027年3月12日');
  });
});

describe('bilingual fields', () => {
  it('falls back to English for a missing Chinese text and says so', () => {
    expect(pick('zh', 'Pink salt', '')).toEqual({ text: 'Pink salt', lang: 'en', fallback: true });
    expect(pick('zh', 'Pink salt', '粉盐')).toEqual({ text: '粉盐', lang: 'zh-Hans', fallback: false });
  });
});

describe('catalog filters', () => {
  it('keeps valid filters', () => {
    const { filters, ignored } = parseCatalogFilters(new URLSearchParams('category=rice&province=sindh&certification=halal&moqMax=100&sort=newest&page=3'));
    expect(filters).toEqual({ category: 'rice', province: 'sindh', certification: 'halal', moqMax: 100, sort: 'newest', page: 3 });
    expect(ignored).toEqual([]);
    expect(filtersToQuery(filters)).toBe('?category=rice&province=sindh&certification=halal&moqMax=100&sort=newest&page=3');
  });

  it.each([
    'page=-1',
    'page=99999999999999999999',
    'moqMax=-5',
    'moqMax=1e99',
    'province=<script>alert(1)</script>',
    'category=../../etc/passwd',
    'certification=%00',
    'sort=DROP TABLE',
  ])('ignores the bad value in %s', (query) => {
    const { filters } = parseCatalogFilters(new URLSearchParams(query));
    expect(filters.page).toBe(1);
    expect(filters.sort).toBe('featured');
    expect(filters.moqMax).toBeUndefined();
    expect(filters.province).toBeUndefined();
    expect(filters.category).toBeUndefined();
    expect(filters.certification).toBeUndefined();
  });
});
