import { highlighter } from '~/server/search/text.server';
import { describe, expect, it } from 'vitest';
import { foldChinese, pinyinKeys } from '~/server/search/chinese.server';
import { hsPrefixes, kindsOf, planQuery } from '~/server/search/kinds.server';
import { planFilter, toMeiliDocument } from '~/server/search/meilisearch.server';
import type { SearchDocument } from '~/server/search/types.server';

const product = (name_en: string, name_zh: string, category: string, extra: Partial<SearchDocument> = {}): SearchDocument => ({
  id: 'product:x',
  type: 'product',
  path: 'products/x',
  name_en,
  name_zh,
  text_en: '',
  text_zh: '',
  keywords_en: '',
  keywords_zh: '',
  exporter_en: '',
  exporter_zh: '',
  category,
  category_en: '',
  category_zh: '',
  province: 'punjab',
  city: 'sialkot',
  certifications: [],
  moq: 1,
  price: 100,
  created: 0,
  ...extra,
});

describe('reading a buyer query', () => {
  it.each([
    ['盐', ['himalayan-salt']],
    ['米', ['rice']],
    ['鞋', ['footwear']],
    ['盐灯', ['salt-lamp']],
    ['鹽燈', ['salt-lamp']],
    ['家纺', ['home-textiles']],
    ['手术剪', ['surgical-scissors']],
    ['surgical scissors', ['surgical-scissors']],
    ['xiangmi', ['basmati']],
    ['fen yan', ['himalayan-salt']],
  ])('%s names the kinds %j and nothing else', (q, kinds) => {
    const plan = planQuery(q);
    expect(plan.kinds).toEqual(kinds);
    expect(plan.rest).toBe('');
  });

  it('does not read the 米 of a length as rice', () => {
    expect(planQuery('183 厘米 地毯').kinds).toEqual(['carpets-rugs']);
  });

  it('reads certificates, registrations, HS codes and places', () => {
    expect(planQuery('清真').certificates).toEqual(['halal']);
    expect(planQuery('ISO 13485').certificates).toEqual(['iso13485']);
    expect(planQuery('GACC').registrations).toEqual(['gacc']);
    expect(planQuery('2501').hs).toBe('2501');
    expect(planQuery('1121 basmati').hs).toBeNull();
    expect(planQuery('xiyaerkete').places).toEqual(['city:sialkot']);
  });

  it('reports a kind nobody sells, with the nearest category', () => {
    const plan = planQuery('医用手套', (slug) => (slug === 'medical-gloves' ? 0 : 1));
    expect(plan.kinds).toEqual([]);
    expect(plan.missing).toEqual([{ kind: 'medical-gloves', nearest: 'surgical-dental' }]);
  });

  it('keeps the words besides the kind for ranking', () => {
    expect(planQuery('pink salt grinder')).toMatchObject({ kinds: ['himalayan-salt'], rest: 'grinder' });
  });
});

describe('product kinds', () => {
  it('tells surgical scissors from manicure scissors', () => {
    expect(kindsOf(product('Mayo Dissecting Scissors, 17 cm', 'Mayo 解剖剪 17 厘米', 'surgical-dental'))).toContain('surgical-scissors');
    expect(kindsOf(product('Curved Manicure Scissors, 9 cm', '弯头美甲剪 9 厘米', 'surgical-dental'))).not.toContain('surgical-scissors');
  });

  it('puts salt lamps under salt lamps and lamps, and pink salt under salt only', () => {
    expect(kindsOf(product('Natural Himalayan Salt Lamp', '天然喜马拉雅盐灯', 'handicrafts'))).toEqual(expect.arrayContaining(['salt-lamp', 'lamp']));
    expect(kindsOf(product('Himalayan Pink Salt, Fine', '喜马拉雅粉盐 细粒', 'himalayan-salt'))).not.toContain('lamp');
  });

  it('gives exporters no kinds', () => {
    expect(kindsOf({ ...product('Salt Works', '盐业', ''), type: 'exporter' })).toEqual([]);
  });
});

describe('Chinese text', () => {
  it('folds traditional to simplified and leaves simplified alone', () => {
    expect(foldChinese('喜馬拉雅鹽燈 醫用手套')).toBe('喜马拉雅盐灯 医用手套');
    expect(foldChinese('喜马拉雅盐灯')).toBe('喜马拉雅盐灯');
  });

  it('gives full pinyin and initials', () => {
    expect(pinyinKeys('足球')).toEqual(['zuqiu', 'zq']);
    expect(pinyinKeys('锡亚尔科特')).toEqual(['xiyaerkete', 'xyekt']);
  });

  it('lists HS code prefixes from four digits', () => {
    expect(hsPrefixes('25010011')).toEqual(['2501', '25010', '250100', '2501001', '25010011']);
    expect(hsPrefixes('')).toEqual([]);
  });
});

describe('Meilisearch documents and filters', () => {
  it('carries the derived fields the embedded engine keeps in memory', () => {
    const doc = toMeiliDocument(
      product('Natural Himalayan Salt Lamp', '天然喜马拉雅盐灯', 'handicrafts', { hs_code: '94052900', certifications: ['halal'], registrations: ['gacc'] }),
    );
    expect(doc.kinds).toEqual(expect.arrayContaining(['salt-lamp', 'lamp']));
    expect(doc.kinds_text).toContain('盐灯');
    expect(doc.hs_prefixes).toContain('9405');
    expect(doc.certificate_names).toContain('清真');
    expect(doc.certificate_names).toContain('海关注册');
    expect(doc.pinyin.split(' ')).toContain('yandeng');
  });

  it('turns a plan into filters, and drops kinds and HS codes when asked to', () => {
    const plan = planQuery('清真 盐灯');
    expect(planFilter(plan, { kinds: true, hs: true })).toEqual(['kinds = "salt-lamp"', 'certifications = "halal"']);
    expect(planFilter(plan, { kinds: false, hs: false })).toEqual(['certifications = "halal"']);
    expect(planFilter(planQuery('2501'), { kinds: true, hs: true })).toEqual(['hs_prefixes = "2501"']);
    expect(planFilter(planQuery('锡亚尔科特'), { kinds: true, hs: true })).toEqual(['city = "sialkot"']);
  });
});

describe('search snippets', () => {
  it('marks the query’s words, escapes the text, and cuts the window around the first match', () => {
    const mark = highlighter('Pink SALT');
    expect(mark('Himalayan pink salt <lamp> & "bowl"')).toBe('Himalayan <mark>pink</mark> <mark>salt</mark> &#60;lamp&#62; &#38; &#34;bowl&#34;');
    const long = `${'Hand-made in Khewra. '.repeat(20)}Carved salt bowls for serving.`;
    const snippet = mark(long);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('Carved <mark>salt</mark> bowls');
    expect(snippet.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(161);
  });

  it('marks a Chinese word inside a Chinese text, and leaves a text without the words as it is', () => {
    expect(highlighter('盐灯')('天然喜马拉雅盐灯，手工雕刻')).toBe('天然喜马拉雅<mark>盐灯</mark>，手工雕刻');
    expect(highlighter('football')('Cricket bats')).toBe('Cricket bats');
    expect(highlighter('')('Cricket <bats>')).toBe('Cricket &#60;bats&#62;');
  });
});
