import type { Locale } from '~/i18n/locales';
import { pick } from '~/lib/localize';
import { highlight } from './text.server';
import type { SearchHit } from './types.server';

/** A search hit as the API and the results page show it, in one locale. */
export interface PresentedHit {
  id: string;
  type: SearchHit['type'];
  url: string;
  name: string;
  /** Language of `name` (English when the Chinese text is missing). */
  lang: string;
  exporter: string;
  category: string;
  /** Safe HTML: escaped text with the matched words in `<mark>`. */
  snippet: string;
}

export function presentHit(hit: SearchHit, locale: Locale, q: string): PresentedHit {
  const d = hit.document;
  const name = pick(locale, d.name_en, d.name_zh);
  const text = pick(locale, d.text_en, d.text_zh);
  return {
    id: hit.id,
    type: hit.type,
    url: `/${locale}/${d.path}/`,
    name: name.text,
    lang: name.lang,
    exporter: hit.type === 'product' ? pick(locale, d.exporter_en, d.exporter_zh).text : '',
    category: d.category ? pick(locale, d.category_en, d.category_zh).text : '',
    snippet: highlight(text.text.trim(), q),
  };
}
