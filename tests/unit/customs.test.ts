import { describe, expect, it } from 'vitest';
import { chinaCode, formatPct } from '~/lib/customs';

describe('tariff codes on product pages', () => {
  it("write the exporter's code as Pakistan's tariff line", () => {
    expect(formatPct('10063020')).toBe('1006.3020');
  });

  it("never pass Pakistan's national digits off as China's: only the international subheading, unless China's line is known", () => {
    // Rice: China's line depends on grain length and on the tariff quota, so only the HS subheading is shown.
    expect(chinaCode('10063020')).toEqual({ kind: 'subheading', code: '1006.30' });
    expect(chinaCode('95066230')).toEqual({ kind: 'subheading', code: '9506.62' });
    // Carded cotton yarn of 232.56–714.29 dtex (about Ne 8–25): one line in China's tariff.
    expect(chinaCode('52051200')).toEqual({ kind: 'commodityNumber', code: '5205.12.00.00' });
    expect(chinaCode('52091100')).toEqual({ kind: 'commodityNumber', code: '5209.11.00.00' });
  });
});
