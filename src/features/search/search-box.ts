/** The strings the search box shows, resolved on the server: the browser gets no translations. */
export interface SearchBoxStrings {
  label: string;
  placeholder: string;
  submit: string;
  suggestions: string;
  /** With `{{q}}` for the query. */
  seeAll: string;
  loading: string;
  /** With `{{q}}` for the query. */
  noResults: string;
  typeLabel: Record<string, string>;
}
