import { describe, expect, it } from 'vitest';
import { chineseFieldInput } from '~/features/desk/schema';
import { parseFieldKey, worstState } from '~/features/desk/fields';
import { suggestTerms, TRADE_TERMS } from '~/features/desk/terms';
import { slugify } from '~/features/exporter/profile.server';
import { pick } from '~/lib/localize';
import { foreignScripts, langOverride, mainScript, scriptsOf } from '~/lib/script';

describe('mixed-script detection', () => {
  it('names the script of English, Chinese and Urdu texts', () => {
    expect(mainScript('Himalayan pink salt')).toBe('latin');
    expect(mainScript('喜马拉雅粉盐')).toBe('han');
    expect(mainScript('ہمالیائی گلابی نمک')).toBe('arabic');
    expect(mainScript('2501.00.90 — 25')).toBeNull();
  });

  it('finds Chinese or Urdu typed into an English field, even among English words', () => {
    expect(foreignScripts('Pink salt 粉盐 lamp', 'en')).toEqual(['han']);
    expect(foreignScripts('Basmati rice چاول', 'en')).toEqual(['arabic']);
    expect(foreignScripts('Pink salt lamp, 5–7 kg', 'en')).toEqual([]);
  });

  it('leaves Latin brand names and units in a Chinese field alone but flags Urdu there', () => {
    expect(foreignScripts('Khewra 粉盐灯，MOQ 500 pcs', 'zh')).toEqual([]);
    expect(foreignScripts('粉盐 نمک', 'zh')).toEqual(['arabic']);
  });

  it('does not count Urdu digits as Urdu words', () => {
    expect(scriptsOf('Lot ۱۲۳')).toEqual(['latin']);
  });

  it('marks text in another script than the page with its own language and direction', () => {
    expect(langOverride('خیبر نمک', 'en')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(langOverride('خیبر نمک', 'zh-Hans')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(langOverride('粉盐灯', 'en')).toEqual({ lang: 'zh-Hans', dir: 'ltr' });
    expect(langOverride('Salt lamp', 'en')).toBeNull();
    expect(langOverride('粉盐灯', 'zh-Hans')).toBeNull();
    expect(langOverride('Khewra', 'zh-Hans')).toBeNull();
  });
});

describe('catalog text served under its own language', () => {
  it('marks Urdu typed into an English field as Urdu, right to left, on both pages', () => {
    expect(pick('en', 'خیبر نمک', '')).toEqual({ text: 'خیبر نمک', lang: 'ur', dir: 'rtl', fallback: false });
    expect(pick('zh', 'خیبر نمک', '')).toEqual({ text: 'خیبر نمک', lang: 'ur', dir: 'rtl', fallback: true });
  });

  it('marks Chinese in the English field as Chinese on the English page', () => {
    expect(pick('en', '喜马拉雅粉盐', '')).toEqual({ text: '喜马拉雅粉盐', lang: 'zh-Hans', fallback: false });
  });

  it('leaves texts in their own language as they were', () => {
    expect(pick('en', 'Pink salt', '粉盐')).toEqual({ text: 'Pink salt', lang: 'en', fallback: false });
    expect(pick('zh', 'Pink salt', '粉盐')).toEqual({ text: '粉盐', lang: 'zh-Hans', fallback: false });
    expect(pick('zh', 'Pink salt', '')).toEqual({ text: 'Pink salt', lang: 'en', fallback: true });
  });
});

describe('addresses from names in any script', () => {
  it('spells a Chinese name in pinyin', () => {
    expect(slugify('巴基斯坦粉盐')).toBe('ba-ji-si-tan-fen-yan');
  });

  it('romanises an Urdu name, the same way every time', () => {
    const slug = slugify('خیبر نمک');
    expect(slug).toBe('khibr-nmk');
    expect(slugify('خیبر نمک')).toBe(slug);
  });

  it('keeps English names as they were and falls back for names with nothing to spell', () => {
    expect(slugify('Khewra Crystal Salt & Co.')).toBe('khewra-crystal-salt-and-co');
    expect(slugify('★★★')).toBe('exporter');
    expect(slugify('★★★', 'product')).toBe('product');
  });
});

describe('the term base', () => {
  const terms = [...TRADE_TERMS, { en: 'Basmati rice', zh: '巴斯马蒂香米' }, { en: 'Himalayan pink salt', zh: '喜马拉雅粉盐' }];

  it('finds the terms a source text contains, as whole words', () => {
    const found = suggestTerms(terms, 'Premium Basmati rice, FOB Karachi, MOQ 20 metric tons');
    expect(found.map((t) => t.zh)).toEqual(expect.arrayContaining(['巴斯马蒂香米', '离岸价', '起订量']));
    expect(suggestTerms(terms, 'FOBX price').map((t) => t.en)).not.toContain('FOB');
  });

  it('completes a word being typed', () => {
    expect(suggestTerms(terms, 'basm').map((t) => t.zh)).toEqual(['巴斯马蒂香米']);
    expect(suggestTerms(terms, 'h')).toEqual([]);
  });
});

describe('queue keys', () => {
  it('reads only keys of fields the desk works on', () => {
    expect(parseFieldKey('product-12-name')).toEqual({ entity: 'product', entityId: 12, field: 'name' });
    expect(parseFieldKey('exporter-3-tagline')).toEqual({ entity: 'exporter', entityId: 3, field: 'tagline' });
    expect(parseFieldKey('product-12-hsCode')).toBeNull();
    expect(parseFieldKey('product-99999999999-name')).toBeNull();
    expect(parseFieldKey('user-1-name')).toBeNull();
  });

  it('sums a product up by its worst field', () => {
    expect(worstState(['done', 'outdated', 'done'])).toBe('outdated');
    expect(worstState(['outdated', 'missing'])).toBe('missing');
    expect(worstState([])).toBe('done');
  });
});

describe('the Chinese a translator sends', () => {
  it('is held to the rules of the exporter’s own field: length, plain text, one line', () => {
    const name = chineseFieldInput({ entity: 'product', entityId: 1, field: 'name' });
    expect(name.safeParse({ body: '喜马拉雅粉盐灯' }).success).toBe(true);
    expect(name.safeParse({ body: '盐'.repeat(81) }).error?.issues[0]?.message).toBe('tooLong');
    expect(name.safeParse({ body: '粉盐</textarea><script>alert(1)</script>' }).error?.issues[0]?.message).toBe('noHtml');
    expect(name.safeParse({ body: '   ' }).error?.issues[0]?.message).toBe('required');
    const description = chineseFieldInput({ entity: 'exporter', entityId: 1, field: 'description' });
    expect(description.safeParse({ body: '第一行。\n第二行。' }).success).toBe(true);
    expect(description.safeParse({ body: '字'.repeat(2001) }).success).toBe(false);
  });
});
