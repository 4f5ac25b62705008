import type { T } from '~/i18n';
import type { SearchBoxStrings } from './search-box';

/**
 * The strings the search island shows, resolved on the server: the island ships no translations. They are the
 * layout's own (`common:header`), so the box is written in Urdu on an Urdu portal page too.
 */
export function searchBoxStrings(t: T): SearchBoxStrings {
  return {
    label: t('header.searchLabel'),
    placeholder: t('header.searchPlaceholder'),
    submit: t('header.searchButton'),
    suggestions: t('header.searchSuggestions'),
    seeAll: t('header.searchSeeAll', { q: '{{q}}', interpolation: { escapeValue: false } }),
    loading: t('header.searchLoading'),
    noResults: t('header.searchNoResults', { q: '{{q}}' }),
    typeLabel: { product: t('header.searchType.product'), exporter: t('header.searchType.exporter'), article: t('header.searchType.article') },
  };
}
