/**
 * The built server keeps catalog pages in memory for visitors without a
 * session (scripts/serve.mjs); a basket cookie changes nothing, since shared
 * pages are the same for everyone. An edit must still show at once: a product
 * withdrawn by its exporter disappears for the very next anonymous visitor,
 * and comes back when it is published again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, NOT_BUILT_NOTE, SALT, killAllServers, launch, embeddedInstallation, type Installation, type Server } from '../fixtures/server';

describe.skipIf(!BUILT)('page cache of the built server', () => {
  let install: Installation;
  let server: Server;
  let cookie = '';

  beforeAll(async () => {
    install = await embeddedInstallation('pavilion-cache-');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '1000' });
    const res = await fetch(`${server.origin}/en/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' }).toString(),
      redirect: 'manual',
    });
    cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  const anonymous = (path: string) => fetch(`${server.origin}${path}`);

  it('shows an exporter’s change to the next anonymous visitor', async () => {
    const page = `/zh/products/${SALT}/`;
    const first = await anonymous(page);
    const second = await anonymous(page);
    expect(first.status).toBe(200);
    expect(await second.text()).toBe(await first.text());

    // The exporter's editor links: the one whose editor names this product.
    const list = await (await fetch(`${server.origin}/en/exporter/products/`, { headers: { Cookie: cookie } })).text();
    let id = '';
    for (const [, candidate] of list.matchAll(/\/en\/exporter\/products\/(\d+)\/"/g)) {
      const editor = await (await fetch(`${server.origin}/en/exporter/products/${candidate}/`, { headers: { Cookie: cookie } })).text();
      if (editor.includes(`/en/products/${SALT}/`)) {
        id = candidate!;
        break;
      }
    }
    expect(id).not.toBe('');
    const withdraw = async (status: 'draft' | 'published') => {
      const res = await fetch(`${server.origin}/en/exporter/products/${id}/status`, {
        method: 'POST',
        headers: { Origin: server.origin, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ status, return: 'list' }).toString(),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
    };
    await withdraw('draft');
    expect((await anonymous(page)).status).toBe(404);
    await withdraw('published');
    expect((await anonymous(page)).status).toBe(200);
  });

  it('answers a visitor with a basket from the same kept page as everyone: same body and headers, no cookie set, public', async () => {
    const page = `/en/products/${SALT}/`;
    const basket = { Cookie: `pkp_basket=${encodeURIComponent(JSON.stringify([SALT]))}` };
    await anonymous(page); // kept now
    const without = await anonymous(page);
    const withBasket = await fetch(`${server.origin}${page}`, { headers: basket });
    expect(withBasket.status).toBe(200);
    // Answered from the page cache (which says how old its copy is), not rendered for this visitor.
    expect(withBasket.headers.get('age')).toMatch(/^\d+$/);
    expect(without.headers.get('age')).toMatch(/^\d+$/);
    expect(await withBasket.text()).toBe(await without.text());
    const headers = (res: Response) => [...res.headers].filter(([name]) => !['date', 'age', 'keep-alive', 'connection'].includes(name));
    expect(headers(withBasket)).toEqual(headers(without));
    expect(withBasket.headers.get('set-cookie')).toBeNull();
    expect(withBasket.headers.get('cache-control')).toMatch(/^public\b.*s-maxage=\d+/);
    expect(withBasket.headers.get('vary') ?? '').not.toMatch(/cookie/i);

    // A page of the catalog rendered for a visitor with a basket (a fresh copy asked for) is the shared page too.
    const rendered = await fetch(`${server.origin}${page}`, { headers: { ...basket, 'Cache-Control': 'no-cache' } });
    expect(rendered.headers.get('age')).toBeNull();
    expect(rendered.headers.get('cache-control')).toMatch(/^public\b/);
    expect(rendered.headers.get('set-cookie')).toBeNull();
    expect(await rendered.text()).toBe(await (await anonymous(page)).text());
  });

  it('answers the search API the same way whether the app’s pipeline or the server’s short way answers it', async () => {
    const fresh = { 'Cache-Control': 'no-cache' };
    for (const path of ['/api/search?q=salt&locale=zh&limit=3', '/api/search?q=salt&locale=xx', '/api/search/?q=football&locale=en']) {
      // The first answer in a fresh process runs the route in Astro; later ones take the server's short way.
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await fetch(`${server.origin}${path}`, { headers: fresh }));
      // Framing aside (the short way knows its length, Astro's sends it chunked).
      const framing = ['date', 'content-length', 'transfer-encoding', 'keep-alive', 'connection'];
      const heads = answers.map((res) => [...res.headers].filter(([name]) => !framing.includes(name)));
      expect(heads[1], path).toEqual(heads[0]);
      expect(heads[2], path).toEqual(heads[0]);
      const bodies = await Promise.all(answers.map(async (res) => ({ status: res.status, body: (await res.json()) as { tookMs?: number } })));
      for (const { body } of bodies) delete body.tookMs;
      expect(bodies[1], path).toEqual(bodies[0]);
    }
    // Kept for visitors without a session, like the pages.
    await fetch(`${server.origin}/api/search?q=mango&locale=en`);
    const kept = await fetch(`${server.origin}/api/search?q=mango&locale=en`, { headers: { Cookie: 'pkp_basket=%5B%5D' } });
    expect(kept.headers.get('age')).toMatch(/^\d+$/);
    expect(kept.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('never shares a signed-in page: the exporter’s desk is private, no-store, and not kept', async () => {
    for (const path of ['/en/exporter/products/', '/zh/exporter/profile/']) {
      const first = await fetch(`${server.origin}${path}`, { headers: { Cookie: cookie } });
      const second = await fetch(`${server.origin}${path}`, { headers: { Cookie: `${cookie}; pkp_basket=%5B%5D` } });
      for (const res of [first, second]) {
        expect(res.status, path).toBe(200);
        expect(res.headers.get('cache-control'), path).toBe('private, no-store');
        expect(res.headers.get('age'), path).toBeNull();
      }
    }
    // The buyer's desk is a signed-in area too, whatever it answers a stranger.
    for (const path of ['/en/buyer/', '/zh/buyer/inquiries/']) {
      expect((await anonymous(path)).headers.get('cache-control'), path).toBe('private, no-store');
    }
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
