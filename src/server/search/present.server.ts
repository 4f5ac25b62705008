import type { Locale } from '~/i18n/locales';
import { pick, pickText } from '~/lib/localize';
import { highlighter } from './text.server';
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

/** The hits of one answer as the API and the results page show them, in one locale. */
export function presentHits(hits: readonly SearchHit[], locale: Locale, q: string): PresentedHit[] {
  const highlight = highlighter(q);
  return hits.map((hit) => {
    const d = hit.document;
    const name = pick(locale, d.name_en, d.name_zh);
    return {
      id: hit.id,
      type: hit.type,
      url: `/${locale}/${d.path}/`,
      name: name.text,
      lang: name.lang,
      exporter: hit.type === 'product' ? pickText(locale, d.exporter_en, d.exporter_zh) : '',
      category: d.category ? pickText(locale, d.category_en, d.category_zh) : '',
      snippet: highlight(pickText(locale, d.text_en, d.text_zh).trim()),
    };
  });
}
