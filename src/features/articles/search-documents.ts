import type { SearchDocument } from '~/server/search/types.server';
import { getT } from '~/i18n';
import type { ArticlePair } from './articles';

/** Search documents of the given articles: both languages in one document, like products. */
export function articleDocuments(articles: ArticlePair[]): SearchDocument[] {
  const en = getT('en');
  const zh = getT('zh');
  return articles.map((a) => ({
    id: `article:${a.section}:${a.slug}`,
    type: 'article',
    path: `${a.section}/${a.slug}`,
    name_en: a.en.title,
    name_zh: a.zh.title,
    text_en: `${a.en.summary} ${a.en.tags.join(' ')}`,
    text_zh: `${a.zh.summary} ${a.zh.tags.join(' ')}`,
    keywords_en: [...a.en.tags, en(`content:sections.${a.section}.title`)].join(' '),
    keywords_zh: [...a.zh.tags, zh(`content:sections.${a.section}.title`)].join(' '),
    exporter_en: '',
    exporter_zh: '',
    category: '',
    category_en: '',
    category_zh: '',
    province: '',
    city: '',
    certifications: [],
    moq: 0,
    price: null,
    created: 0,
  }));
}
