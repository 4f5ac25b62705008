/**
 * Changes to what public catalog pages show (products, exporters, featured
 * items, exchange rates). Every write in this process calls
 * `catalogChanged()`, and so does the search indexer when its poll finds
 * changes made by another instance. A page rendered now is current until
 * the signal `catalogSignal()` returns aborts; the page cache
 * (src/server/page-cache.server.ts) keeps pages only that long.
 */
let current = new AbortController();

/** Aborts at the next change of the catalog. */
export function catalogSignal(): AbortSignal {
  return current.signal;
}

export function catalogChanged(): void {
  const previous = current;
  current = new AbortController();
  previous.abort();
}
