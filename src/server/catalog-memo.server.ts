import { catalogSignal } from './catalog-changes.server';

interface Entry<V> {
  value: Promise<V>;
  valid: AbortSignal;
  expires: number;
}

/**
 * Catalog reads kept in memory while the catalog is unchanged, and never
 * longer than `maxSeconds` (the page cache's own bound). A page rendered
 * afresh (a visitor with a session, a reload asking for a fresh copy) then renders from
 * memory what every visitor sees alike — the product, its exporter, its price
 * ladder, the exchange rates — with no database round trip. An edit made in
 * this process, or found in the shared database by the search indexer's poll
 * (another instance), retires every entry at once
 * (src/server/catalog-changes.server.ts). A read that fails is not kept.
 */
export class CatalogMemo<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #maxEntries: number;
  readonly #maxSeconds: number;

  constructor({ maxEntries = 500, maxSeconds = 10 }: { maxEntries?: number; maxSeconds?: number } = {}) {
    this.#maxEntries = maxEntries;
    this.#maxSeconds = maxSeconds;
  }

  /** The kept value of `key` while it is current; otherwise `load()`, kept. */
  read(key: string, load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const kept = this.#entries.get(key);
    if (kept && !kept.valid.aborted && kept.expires > now) return kept.value;
    this.#entries.delete(key);
    // The signal of the catalog as it is before the read: a change while it runs retires what it returns.
    const valid = catalogSignal();
    const entry: Entry<V> = { value: load(), valid, expires: now + this.#maxSeconds * 1000 };
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(key, entry);
    entry.value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return entry.value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
