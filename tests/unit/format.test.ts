import { describe, expect, it } from 'vitest';
import { parseCatalogFilters, filtersToQuery } from '~/features/catalog/filters';
import { formatApproxMoney, formatDate, formatMoney, joinEnumeration, joinList } from '~/lib/format';
import { around, HOLE, pick, typedLang } from '~/lib/localize';
import { getT } from '~/i18n';

const rates = { CNY: 7.12, PKR: 281.5, asOf: null };

describe('money', () => {
  it('shows USD cents with CNY and PKR equivalents in each locale', () => {
    expect(formatMoney(12050, 'en')).toBe('$120.50');
    expect(formatMoney(12050, 'zh')).toBe('US$120.50');
    expect(formatMoney(12050, 'zh', 'CNY', rates)).toBe('¥857.96');
    expect(formatMoney(12050, 'en', 'CNY', rates)).toBe('CN¥857.96');
    expect(formatMoney(12050, 'en', 'PKR', rates)).toMatch(/PKR\s?33,921/);
  });

  it('shows two decimals below 10,000 and none from 10,000 up, in every currency', () => {
    expect(formatMoney(999_999, 'zh')).toBe('US$9,999.99');
    expect(formatMoney(1_000_000, 'zh')).toBe('US$10,000');
    expect(formatMoney(1_234_567, 'en')).toBe('$12,346');
    expect(formatMoney(150_000, 'zh', 'CNY', rates)).toBe('¥10,680');
  });

  it('rounds a converted estimate to whole yuan from 1,000 up, the same on every page', () => {
    // 1,100.00 USD at 7.12 = 7,832 yuan: an estimate at the operator's rate, not exact to the fen.
    expect(formatApproxMoney(110_000, 'zh', 'CNY', rates)).toBe('¥7,832');
    expect(formatApproxMoney(110_000, 'en', 'CNY', rates)).toBe('CN¥7,832');
    expect(formatApproxMoney(120, 'zh', 'CNY', rates)).toBe('¥8.54');
    expect(formatApproxMoney(12050, 'zh', 'PKR', rates)).toMatch(/PKR\s?33,921$/);
  });
});

describe('lists', () => {
  it('joins places and enumerations with Chinese punctuation on Chinese pages', () => {
    expect(joinList(['锡亚尔科特', '旁遮普省'], 'zh')).toBe('锡亚尔科特，旁遮普省');
    expect(joinList(['Sialkot', undefined, 'Punjab'], 'en')).toBe('Sialkot, Punjab');
    expect(joinEnumeration(['25', '68'], 'zh')).toBe('25、68');
    expect(joinEnumeration(['25', '68'], 'en')).toBe('25, 68');
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

describe('values typed by an exporter inside a translated phrase', () => {
  it('splits the phrase around the value, which keeps its own language', () => {
    expect(around(getT('zh')('catalog:product.issuer', { issuer: HOLE }))).toEqual(['发证机构：', '']);
    expect(around(getT('en')('catalog:product.issuer', { issuer: HOLE }))).toEqual(['Issued by ', '']);
    expect(typedLang('Bureau Veritas Pakistan')).toBe('en');
    expect(typedLang('中国质量认证中心')).toBe('zh-Hans');
  });
});
