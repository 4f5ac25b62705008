import { describe, it, expect } from 'vitest';
import { articleArtSvg, exporterLogoSvg, productArtSvg } from '~/features/demo/art.server';

const MOTIFS = [
  'salt',
  'rice',
  'fruit',
  'seeds',
  'fish',
  'ball',
  'instrument',
  'textile',
  'jacket',
  'pottery',
  'carpet',
  'furniture',
  'shoe',
  'knife',
  'yarn',
  'fabric',
  'copper',
  'ore',
] as const;

const THEMES = [
  'music',
  'truck-art',
  'pottery',
  'festival',
  'architecture',
  'language',
  'sport',
  'gandhara',
  'biryani',
  'tea',
  'sweets',
  'mango',
  'kebab',
  'mountains',
  'lake',
  'highway',
  'city',
  'ruins',
  'valley',
] as const;

const MAX_BYTES = 12 * 1024;
const XMLNS = 'http://www.w3.org/2000/svg';

/**
 * A small well-formedness check: tags nest and close, attributes are quoted,
 * text holds no raw markup characters, every `url(#id)` points at a defined id
 * and ids are unique.
 */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m !== null; m = tag.exec(svg)) {
    const text = svg.slice(last, m.index);
    expect(text, `stray markup before ${m[0]}`).not.toMatch(/[<>]/);
    expect(text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      expect(stack.pop(), `unbalanced </${name}>`).toBe(name);
    } else if (!selfClosing) {
      stack.push(name ?? '');
    }
  }
  expect(svg.slice(last)).toBe('');
  expect(stack).toEqual([]);
  // every '<' starts a tag the regex understood
  expect(svg.match(/</g)?.length).toBe(svg.match(tag)?.length);

  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
}

function expectSafeSvg(svg: string, w: number, h: number): void {
  expect(svg.startsWith(`<svg xmlns="${XMLNS}"`)).toBe(true);
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toContain(`width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"`);
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg).not.toMatch(/href|@import|<image/i);
  expect(svg.replace(`xmlns="${XMLNS}"`, '')).not.toMatch(/http/i);
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
  expect(new TextEncoder().encode(svg).length).toBeLessThan(MAX_BYTES);
  expectWellFormed(svg);
}

describe('productArtSvg', () => {
  it.each(MOTIFS)('draws a safe, well-formed 800×800 SVG for %s', (motif) => {
    for (let i = 0; i < 12; i++) {
      expectSafeSvg(productArtSvg({ motif, seed: `p-${motif}-${i}`, variant: i % 4 }), 800, 800);
    }
  });

  it('falls back to an abstract design for an unknown motif', () => {
    const svg = productArtSvg({ motif: 'spaceship', seed: 'x', variant: 0 });
    expectSafeSvg(svg, 800, 800);
    expect(svg).not.toBe(productArtSvg({ motif: 'salt', seed: 'x', variant: 0 }));
    expectSafeSvg(productArtSvg({ motif: '', seed: '', variant: 0 }), 800, 800);
    expectSafeSvg(productArtSvg({ motif: 'constructor', seed: '<&>', variant: -1 }), 800, 800);
  });

  it('is deterministic', () => {
    for (const motif of MOTIFS) {
      const a = productArtSvg({ motif, seed: 'same-seed', variant: 2 });
      const b = productArtSvg({ motif, seed: 'same-seed', variant: 2 });
      expect(a).toBe(b);
    }
  });

  it('changes with the seed and with the variant', () => {
    for (const motif of MOTIFS) {
      const base = productArtSvg({ motif, seed: 'seed-a', variant: 0 });
      expect(productArtSvg({ motif, seed: 'seed-b', variant: 0 })).not.toBe(base);
      expect(productArtSvg({ motif, seed: 'seed-a', variant: 1 })).not.toBe(base);
    }
  });

  it('gives 300 distinct images for 300 seeds over the motifs', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const motif = MOTIFS[i % MOTIFS.length] ?? 'salt';
      seen.add(productArtSvg({ motif, seed: `product-${i}`, variant: i % 3 }));
    }
    expect(seen.size).toBe(300);
  });

  it('stays under the size bound across many seeds', () => {
    for (const motif of MOTIFS) {
      for (let i = 0; i < 40; i++) {
        const svg = productArtSvg({ motif, seed: `size-${i}`, variant: i % 5 });
        expect(svg.length, `${motif} #${i}`).toBeLessThan(MAX_BYTES);
      }
    }
  });
});

describe('articleArtSvg', () => {
  it.each([...THEMES, 'something-else'])('draws a safe, well-formed 1200×630 SVG for %s', (theme) => {
    for (let i = 0; i < 10; i++) expectSafeSvg(articleArtSvg({ theme, seed: `a-${theme}-${i}` }), 1200, 630);
  });

  it('is deterministic and varies with the seed', () => {
    const seen = new Set<string>();
    for (const theme of THEMES) {
      const a = articleArtSvg({ theme, seed: 'article-1' });
      expect(articleArtSvg({ theme, seed: 'article-1' })).toBe(a);
      seen.add(a);
      seen.add(articleArtSvg({ theme, seed: 'article-2' }));
    }
    expect(seen.size).toBe(THEMES.length * 2);
  });
});

describe('exporterLogoSvg', () => {
  const monogramOf = (svg: string): string | undefined => /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1];

  it('draws a safe, well-formed 240×240 SVG', () => {
    for (let i = 0; i < 40; i++) expectSafeSvg(exporterLogoSvg({ name: `Exporter Number ${i}`, seed: `e-${i}` }), 240, 240);
  });

  it('uses the initials of the first two words', () => {
    expect(monogramOf(exporterLogoSvg({ name: 'Sialkot Sports Works', seed: '1' }))).toBe('SS');
    expect(monogramOf(exporterLogoSvg({ name: 'al-noor textiles (pvt) ltd', seed: '2' }))).toBe('AT');
    expect(monogramOf(exporterLogoSvg({ name: 'M. Ali & Sons', seed: '3' }))).toBe('MA');
    expect(monogramOf(exporterLogoSvg({ name: 'Khewra', seed: '4' }))).toBe('K');
  });

  it('falls back to PK when the name has no latin letters', () => {
    expect(monogramOf(exporterLogoSvg({ name: '巴基斯坦盐业', seed: '5' }))).toBe('PK');
    expect(monogramOf(exporterLogoSvg({ name: '', seed: '6' }))).toBe('PK');
  });

  it('escapes and sanitises hostile names', () => {
    const names = ['<script>alert(1)</script> & Co', "\"><svg onload=x> 'q'", '& &amp; <', ']]> <!-- -->'];
    for (const name of names) {
      const svg = exporterLogoSvg({ name, seed: 'evil' });
      expectSafeSvg(svg, 240, 240);
      expect(monogramOf(svg)).toMatch(/^[A-Z]{1,2}$/);
    }
  });

  it('is deterministic and varies with the seed', () => {
    const a = exporterLogoSvg({ name: 'Hunza Dry Fruits', seed: 's1' });
    expect(exporterLogoSvg({ name: 'Hunza Dry Fruits', seed: 's1' })).toBe(a);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) seen.add(exporterLogoSvg({ name: 'Hunza Dry Fruits', seed: `s${i}` }));
    expect(seen.size).toBeGreaterThan(40);
  });
});
