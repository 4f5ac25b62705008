import { describe, expect, it, vi } from 'vitest';
import { BASKET_COOKIE } from '~/features/inquiry/basket';
import { PageCache, SHARED_COOKIES } from '~/server/page-cache.server';

const shared = (bytes: number) =>
  new Response('x'.repeat(bytes), { status: 200, headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60', 'Content-Type': 'text/html' } });
const visitor = (url: string) => ({ method: 'GET', url, headers: {} });

describe('the page cache', () => {
  it('answers visitors with a basket from the same kept pages, and never one with a session', async () => {
    const cache = new PageCache();
    const page = '/en/products/pink-salt/';
    expect(cache.accepts(visitor(page))).toBe(true);
    expect(SHARED_COOKIES.has(BASKET_COOKIE)).toBe(true);
    expect(cache.accepts({ ...visitor(page), headers: { cookie: `${BASKET_COOKIE}=%5B%22pink-salt%22%5D` } })).toBe(true);
    expect(cache.accepts({ ...visitor(page), headers: { cookie: `${BASKET_COOKIE}=[]; better-auth.session_token=abc` } })).toBe(false);
    expect(cache.accepts({ ...visitor(page), headers: { cookie: 'other' } })).toBe(false);
    expect(cache.accepts({ ...visitor(page), headers: { authorization: 'Bearer x' } })).toBe(false);
    await cache.store('/en/products/pink-salt/', shared(100), new AbortController().signal);
    expect(cache.lookup('/en/products/pink-salt/')?.body.byteLength).toBe(100);
  });

  it('does not keep pages of long junk addresses', () => {
    const cache = new PageCache();
    expect(cache.accepts(visitor(`/zh/products/?category=${'b'.repeat(600)}`))).toBe(false);
  });

  it('stays within its byte budget, dropping the oldest pages first', async () => {
    const cache = new PageCache({ maxBytes: 1_000 });
    const valid = new AbortController().signal;
    for (const n of [1, 2, 3, 4]) await cache.store(`/en/p${n}/`, shared(300), valid);
    expect(cache.size).toEqual({ pages: 3, bytes: 900 });
    expect(cache.lookup('/en/p1/')).toBeUndefined();
    expect(cache.lookup('/en/p4/')).toBeDefined();
  });

  it('lets go of pages past their time or their catalog without waiting for the same address again', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PageCache({ maxSeconds: 10 });
      const catalog = new AbortController();
      await cache.store('/en/a/', shared(500), catalog.signal);
      await cache.store('/en/b/', shared(500), new AbortController().signal);
      catalog.abort();
      vi.advanceTimersByTime(11_000);
      await cache.store('/en/c/', shared(10), new AbortController().signal);
      expect(cache.size).toEqual({ pages: 1, bytes: 10 });
    } finally {
      vi.useRealTimers();
    }
  });
});
