import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogChanged } from '~/server/catalog-changes.server';
import { CatalogMemo } from '~/server/catalog-memo.server';

/** A loader that counts its reads, like a database query would. */
function counting<V>(value: V) {
  const load = vi.fn(async () => value);
  return load;
}

describe('catalog reads kept in memory', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads once while the catalog is unchanged, and again after any change', async () => {
    const memo = new CatalogMemo<string>();
    const load = counting('pink salt, US$1.20');
    expect(await memo.read('pink-salt', load)).toBe('pink salt, US$1.20');
    expect(await memo.read('pink-salt', load)).toBe('pink salt, US$1.20');
    expect(load).toHaveBeenCalledTimes(1);
    catalogChanged();
    await memo.read('pink-salt', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep what was read while the catalog changed', async () => {
    const memo = new CatalogMemo<string>();
    let release: (value: string) => void = () => {};
    const first = memo.read('rice', () => new Promise((resolve) => (release = resolve)));
    catalogChanged(); // an edit lands while the old row is on its way
    release('old price');
    expect(await first).toBe('old price');
    expect(await memo.read('rice', async () => 'new price')).toBe('new price');
  });

  it('keeps nothing longer than its bound, even when no change was heard of (SQL by hand)', async () => {
    vi.useFakeTimers();
    const memo = new CatalogMemo<number>({ maxSeconds: 10 });
    const load = counting(1);
    await memo.read('ball', load);
    vi.advanceTimersByTime(9_000);
    await memo.read('ball', load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2_000);
    await memo.read('ball', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read: the next visitor tries the database again', async () => {
    const memo = new CatalogMemo<string>();
    await expect(memo.read('salt', async () => Promise.reject(new Error('database restarting')))).rejects.toThrow('database restarting');
    expect(await memo.read('salt', async () => 'back')).toBe('back');
  });

  it('holds at most maxEntries, dropping the oldest (random addresses cannot fill the memory)', async () => {
    const memo = new CatalogMemo<string>({ maxEntries: 3 });
    for (const slug of ['a', 'b', 'c', 'd', 'e']) await memo.read(slug, async () => slug);
    expect(memo.size).toBe(3);
    const load = counting('a again');
    expect(await memo.read('a', load)).toBe('a again');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
