import { PROVINCE_SLUGS } from '~/lib/geo';
import { CERTIFICATION_KINDS } from '~/lib/trade';
import { REFERENCE } from '../../src/server/reference/reference.server';

const categories = REFERENCE.categories.categories;
import { readDemoCatalog } from '../../src/features/demo/files.server';

const demo = { categories, ...readDemoCatalog(categories.map((c) => c.slug)) };
import type { SearchDocument } from '../../src/server/search/types.server';

/** mulberry32: a small seeded PRNG, so every run builds the same catalog. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GRADES = [
  ['Premium', '特级'],
  ['Export grade', '出口级'],
  ['Grade A', 'A 级'],
  ['Economy', '经济型'],
  ['Organic', '有机'],
  ['Hand-finished', '手工精制'],
  ['OEM', '可贴牌'],
  ['Wholesale', '批发'],
] as const;
const PACKS = [
  ['in 25 kg bags', '25 公斤袋装'],
  ['in retail boxes', '零售盒装'],
  ['bulk pack', '散装'],
  ['in cartons of 12', '每箱 12 件'],
  ['private label', '定制包装'],
  ['gift pack', '礼盒装'],
] as const;

export interface SyntheticProduct {
  base: (typeof demo.products)[number];
  slug: string;
  nameEn: string;
  nameZh: string;
  province: string;
  certifications: string[];
  moq: number;
  price: number | null;
  created: number;
}

/**
 * A bilingual catalog of `count` products built from the demo catalog's
 * real vocabulary: each synthetic product is a demo product with another
 * grade, packing, size, province and price, so queries behave as on real data.
 */
export function syntheticProducts(count: number, seed = 7): SyntheticProduct[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const out: SyntheticProduct[] = [];
  for (let i = 0; i < count; i++) {
    const base = demo.products[i % demo.products.length]!;
    const [gradeEn, gradeZh] = pick(GRADES);
    const [packEn, packZh] = pick(PACKS);
    const size = 1 + Math.floor(rand() * 90);
    const price = base.product.tiers[0] ? Math.round(base.product.tiers[0].priceUsdCents * (0.7 + rand() * 0.6)) : null;
    out.push({
      base,
      slug: `${base.slug}-s${i}`,
      nameEn: `${gradeEn} ${base.product.nameEn} ${packEn} No. ${size}`,
      nameZh: `${gradeZh}${base.product.nameZh} ${packZh} ${size} 号`,
      province: pick(PROVINCE_SLUGS),
      certifications: CERTIFICATION_KINDS.filter(() => rand() < 0.15),
      moq: Math.max(1, Math.round(base.product.moq * (0.5 + rand() * 2))),
      price,
      created: Date.UTC(2026, 0, 1) + Math.floor(rand() * 300) * 86_400_000,
    });
  }
  return out;
}

const categoryName = new Map(demo.categories.map((c) => [c.slug, c.name]));
const exporterName = new Map(demo.exporters.map((e) => [e.slug, { en: e.profile.nameEn, zh: e.profile.nameZh }]));

/** The search documents of a synthetic catalog, as `buildSearchDocuments` would build them. */
export function syntheticDocuments(products: SyntheticProduct[]): SearchDocument[] {
  return products.map((p) => ({
    id: `product:${p.slug}`,
    type: 'product',
    path: `products/${p.slug}`,
    name_en: p.nameEn,
    name_zh: p.nameZh,
    text_en: `${p.base.product.summaryEn} ${p.base.product.specs.map((s) => `${s.labelEn} ${s.valueEn}`).join(' ')}`,
    text_zh: `${p.base.product.summaryZh} ${p.base.product.specs.map((s) => `${s.labelZh} ${s.valueZh}`).join(' ')}`,
    keywords_en: `${p.base.product.keywordsEn} ${p.base.product.hsCode}`,
    keywords_zh: p.base.product.keywordsZh,
    exporter_en: exporterName.get(p.base.exporter)?.en ?? '',
    exporter_zh: exporterName.get(p.base.exporter)?.zh ?? '',
    category: p.base.product.category,
    category_en: categoryName.get(p.base.product.category)?.en ?? '',
    category_zh: categoryName.get(p.base.product.category)?.zh ?? '',
    province: p.province,
    city: p.base.product.originCity,
    certifications: p.certifications,
    hs_code: p.base.product.hsCode,
    moq: p.moq,
    price: p.price,
    created: p.created,
  }));
}

/** The fixed mixed query set: Chinese, English, typos, cross-language, and filtered queries. */
export const QUERY_SET: Array<{ q: string; filters?: Record<string, string | number> }> = [
  { q: '粉红盐' },
  { q: '喜马拉雅盐 25公斤' },
  { q: '巴斯马蒂香米' },
  { q: '锡亚尔科特足球' },
  { q: '手术剪' },
  { q: '牙科器械' },
  { q: '芒果' },
  { q: '椰枣' },
  { q: '冻虾' },
  { q: '毛巾' },
  { q: '皮衣' },
  { q: '手工地毯' },
  { q: '蓝陶' },
  { q: 'pink salt' },
  { q: 'basmati rice' },
  { q: 'football' },
  { q: 'surgical scissors' },
  { q: 'leather jacket' },
  { q: 'bed sheets' },
  { q: 'hand knotted carpet' },
  { q: 'chef knife' },
  { q: 'dates' },
  { q: 'basmatti' },
  { q: 'footbal' },
  { q: 'himalyan salt' },
  { q: 'surgicl instruments' },
  { q: 'leathr gloves' },
  { q: 'soccer ball' },
  { q: '玫瑰盐' },
  { q: 'rice', filters: { province: 'punjab' } },
  { q: '足球', filters: { certification: 'fifa_quality' } },
  { q: 'salt', filters: { category: 'himalayan-salt', moqMax: 50 } },
  { q: 'towel', filters: { priceMax: 2000 } },
  { q: '芝麻', filters: { category: 'seeds-nuts-spices' } },
];

/**
 * The demo catalog's own search documents (products and exporters), as
 * `buildSearchDocuments` builds them from the database once the demo is
 * seeded — for measuring relevance without a database.
 */
export function demoDocuments(): SearchDocument[] {
  const exporters = new Map(demo.exporters.map((e) => [e.slug, e]));
  const products: SearchDocument[] = demo.products.map((p) => ({
    id: `product:${p.slug}`,
    type: 'product',
    path: `products/${p.slug}`,
    name_en: p.product.nameEn,
    name_zh: p.product.nameZh,
    text_en: `${p.product.summaryEn} ${p.product.specs.map((s) => `${s.labelEn} ${s.valueEn}`).join(' ')}`,
    text_zh: `${p.product.summaryZh} ${p.product.specs.map((s) => `${s.labelZh} ${s.valueZh}`).join(' ')}`,
    keywords_en: `${p.product.keywordsEn} ${p.product.hsCode}`,
    keywords_zh: p.product.keywordsZh,
    exporter_en: exporterName.get(p.exporter)?.en ?? '',
    exporter_zh: exporterName.get(p.exporter)?.zh ?? '',
    category: p.product.category,
    category_en: categoryName.get(p.product.category)?.en ?? '',
    category_zh: categoryName.get(p.product.category)?.zh ?? '',
    province: '',
    city: p.product.originCity,
    certifications: p.product.certifications,
    hs_code: p.product.hsCode,
    registrations: exporters.get(p.exporter)?.profile.gaccNumber ? ['gacc'] : [],
    moq: p.product.moq,
    price: p.product.tiers[0] ? Number(p.product.tiers[0].priceUsdCents) : null,
    created: Date.parse(p.listedAt ?? '2026-01-01'),
  }));
  const exporterDocs: SearchDocument[] = demo.exporters.map((e) => ({
    id: `exporter:${e.slug}`,
    type: 'exporter',
    path: `exporters/${e.slug}`,
    name_en: e.profile.nameEn,
    name_zh: e.profile.nameZh,
    text_en: e.profile.taglineEn ?? '',
    text_zh: e.profile.taglineZh ?? '',
    keywords_en: '',
    keywords_zh: '',
    exporter_en: e.profile.nameEn,
    exporter_zh: e.profile.nameZh,
    category: '',
    category_en: '',
    category_zh: '',
    province: '',
    city: e.profile.city,
    certifications: [],
    moq: 0,
    price: null,
    created: 0,
  }));
  return [...products, ...exporterDocs];
}
