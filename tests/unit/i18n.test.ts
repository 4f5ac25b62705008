import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getT } from '~/i18n';
import { negotiateLocale } from '~/i18n/locales';
import { requestLocale, switchLocalePath, localePath, splitLocale } from '~/i18n/url';

const root = path.resolve(import.meta.dirname, '../../locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const files = readdirSync(path.join(root, 'en')).filter((f) => f.endsWith('.json'));

  it('exist for both languages with the same names', () => {
    expect(readdirSync(path.join(root, 'zh')).sort()).toEqual(files.sort());
  });

  for (const file of files) {
    const en = flatten(JSON.parse(readFileSync(path.join(root, 'en', file), 'utf8')));
    const zh = flatten(JSON.parse(readFileSync(path.join(root, 'zh', file), 'utf8')));

    it(`${file}: zh has exactly the keys of en`, () => {
      expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    });

    it(`${file}: every zh string is written and uses the same placeholders`, () => {
      for (const [key, text] of en) {
        const other = zh.get(key) ?? '';
        expect(other.trim(), key).not.toBe('');
        expect(placeholders(other), key).toEqual(placeholders(text));
      }
    });
  }
});

describe('translation function', () => {
  it('returns Chinese text on the Chinese site and English on the English site', () => {
    expect(getT('zh')('nav.products')).toBe('产品');
    expect(getT('en')('nav.products')).toBe('Products');
    expect(getT('zh')('catalog:product.moq')).toBe('起订量');
  });

  it('handles plurals in both languages (Chinese has only the "other" form)', () => {
    expect(getT('en')('catalog:exporter.productCount', { count: 1 })).toBe('1 product');
    expect(getT('en')('catalog:exporter.productCount', { count: 3 })).toBe('3 products');
    expect(getT('zh')('catalog:exporter.productCount', { count: 1 })).toBe('1 款产品');
    expect(getT('zh')('catalog:exporter.productCount', { count: 3 })).toBe('3 款产品');
  });
});

describe('language choice', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh'],
    ['en-US,en;q=0.9,zh;q=0.8', 'en'],
    ['fr-FR,zh;q=0.5', 'zh'],
    ['de', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['zh;q=0, en', 'en'],
    ['garbage;;;q=abc', 'en'],
  ])('Accept-Language %j → /%s/', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('language of an answer to a request without a locale in its address', () => {
  const request = (url: string, headers: Record<string, string>) => new Request(`https://pavilion.test${url}`, { headers });
  it('is an explicit locale, then the page it was sent from, then the browser’s languages', () => {
    expect(requestLocale(request('/api/inquiries', { 'accept-language': 'en' }), 'zh')).toBe('zh');
    expect(requestLocale(request('/api/search?locale=zh', { 'accept-language': 'en' }))).toBe('zh');
    expect(requestLocale(request('/_actions/inquiry', { referer: 'https://pavilion.test/zh/inquiry/', 'accept-language': 'en-US' }))).toBe('zh');
    expect(requestLocale(request('/_actions/inquiry', { referer: 'https://pavilion.test/en/inquiry/', 'accept-language': 'zh-CN' }))).toBe('en');
    expect(requestLocale(request('/_actions/inquiry', { referer: 'https://other.example/zh/', 'accept-language': 'en' }))).toBe('en');
    expect(requestLocale(request('/_actions/inquiry', { referer: 'not a url', 'accept-language': 'zh-CN' }))).toBe('zh');
    expect(requestLocale(request('/api/inquiries', {}), 'fr')).toBe('en');
  });
});

describe('localized URLs', () => {
  it('builds stable addresses with a trailing slash', () => {
    expect(localePath('zh', 'products', 'basmati-1121')).toBe('/zh/products/basmati-1121/');
    expect(localePath('en')).toBe('/en/');
  });

  it('switches language on the same page, keeping the query', () => {
    const url = new URL('http://x/en/categories/rice/?province=punjab&page=2');
    expect(switchLocalePath(url, 'zh')).toBe('/zh/categories/rice/?province=punjab&page=2');
    expect(splitLocale('/fr/products/')).toBeNull();
  });
});
