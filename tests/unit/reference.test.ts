import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CERTIFICATION_KINDS } from '~/lib/trade';
import { synonymsOf } from '~/server/search/text.server';

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
