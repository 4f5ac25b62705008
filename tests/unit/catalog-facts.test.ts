import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDemoCatalog } from '~/features/demo/files.server';
import { PROVINCES } from '~/lib/geo';
import { REFERENCE } from '~/server/reference/reference.server';

/** Text files of the product: code, data and both languages' strings (pictures and other binaries left out). */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'images' ? [] : textFiles(file);
    return /\.(?:ts|tsx|astro|json|md|mdx)$/.test(name) ? [file] : [];
  });
}
const FILES = ['src', 'data', 'locales'].flatMap(textFiles);

describe('names a Chinese reader sees', () => {
  it('never say 自由克什米尔, nor the old spelling of Khyber Pakhtunkhwa', () => {
    const offending = FILES.filter((f) => /自由克什米尔|普赫图赫瓦/.test(readFileSync(f, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('spell the provinces and territories as Xinhua does', () => {
    expect(Object.values(PROVINCES).map((p) => p.zh)).toEqual([
      '旁遮普省',
      '信德省',
      '开伯尔-普什图赫瓦省',
      '俾路支省',
      '吉尔吉特-巴尔蒂斯坦',
      '巴控克什米尔',
      '伊斯兰堡首都区',
    ]);
  });
});

describe('the catalog China buys', () => {
  const categories = REFERENCE.categories.categories;
  const demo = readDemoCatalog(categories.map((c) => c.slug));

  it.each([
    ['cotton-yarn', '棉纱', 'Cotton Yarn', ['棉纱']],
    ['cotton-fabrics', '坯布与牛仔布', 'Grey Fabric & Denim', ['坯布', '牛仔布']],
    ['refined-copper', '精炼铜', 'Refined Copper', ['电解铜', '精炼铜', '阴极铜']],
    ['chrome-ore', '铬矿砂', 'Chrome Ore', ['铬矿', '铬矿砂']],
  ] as const)('has the category %s in both languages, with demo products a Chinese search finds', (slug, zh, en, words) => {
    const category = categories.find((c) => c.slug === slug);
    expect(category?.name).toMatchObject({ en, zh });
    expect(category?.name.ur).toMatch(/[\u0600-\u06ff]/);
    expect(category?.description.zh).toMatch(/[\u4e00-\u9fff]/);
    const products = demo.products.filter((p) => p.product.category === slug);
    expect(products.length).toBeGreaterThanOrEqual(3);
    for (const word of words) expect(products.filter((p) => `${p.product.nameZh} ${p.product.keywordsZh}`.includes(word)).length, word).toBeGreaterThan(0);
    for (const p of products) {
      expect(p.product.incoterms).toContain('FOB');
      expect(p.product.specs.some((s) => s.valueEn.includes('Port Qasim'))).toBe(true);
      expect(p.product.tiers.length).toBeGreaterThan(0);
    }
  });

  it('sells each new kind of goods from exporters with three to six products each', () => {
    const NEW = new Set(['cotton-yarn', 'cotton-fabrics', 'refined-copper', 'chrome-ore']);
    const perExporter = new Map<string, number>();
    for (const p of demo.products.filter((x) => NEW.has(x.product.category))) perExporter.set(p.exporter, (perExporter.get(p.exporter) ?? 0) + 1);
    expect(perExporter.size).toBeGreaterThanOrEqual(5);
    for (const [exporter, n] of perExporter) {
      expect(n, exporter).toBeGreaterThanOrEqual(3);
      expect(n, exporter).toBeLessThanOrEqual(6);
    }
  });

  it('still offers sesame and seafood from GACC-registered producers', () => {
    for (const slug of ['seeds-nuts-spices', 'seafood']) {
      const sellers = new Set(demo.products.filter((p) => p.product.category === slug && /芝麻|冻|干/.test(p.product.nameZh)).map((p) => p.exporter));
      expect(sellers.size).toBeGreaterThan(0);
      for (const e of sellers) expect(demo.exporters.find((x) => x.slug === e)?.profile.gaccNumber).toMatch(/^[A-Z]{4}\d{8,12}$/);
    }
  });
});
