import type { T } from '~/i18n';
import type { SearchBoxStrings } from './search-box';

/** The strings the search island shows, resolved on the server: the island ships no translations. */
export function searchBoxStrings(t: T): SearchBoxStrings {
  return {
    label: t('search:label'),
    placeholder: t('search:placeholder'),
    submit: t('search:submit'),
    suggestions: t('search:suggestions'),
    seeAll: t('search:seeAll', { q: '{{q}}', interpolation: { escapeValue: false } }),
    loading: t('search:loading'),
    noResults: t('search:noResults', { q: '{{q}}' }),
    typeLabel: { product: t('search:typeLabel.product'), exporter: t('search:typeLabel.exporter'), article: t('search:typeLabel.article') },
  };
}
