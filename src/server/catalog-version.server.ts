/**
 * A counter of changes to what public catalog pages show (products,
 * exporters, featured items, exchange rates). Every write in this process
 * bumps it, and so does the search indexer when its poll finds changes made
 * by another instance; the server's page cache (scripts/serve.mjs) answers
 * from memory only while the counter is unchanged. Kept on `globalThis`
 * under a registered symbol so the server wrapper outside the bundle reads
 * the same value.
 */
const KEY = Symbol.for('pavilion.catalogVersion');
type Holder = typeof globalThis & { [KEY]?: number };

export function catalogVersion(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function bumpCatalogVersion(): void {
  (globalThis as Holder)[KEY] = catalogVersion() + 1;
}
