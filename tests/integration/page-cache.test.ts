/**
 * The built server keeps catalog pages for visitors without cookies in
 * memory (scripts/serve.mjs). An edit must still show at once: a product
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

  it('renders for visitors with a basket every time, and never keeps a page for them', async () => {
    const shownAsAdded = (html: string) => /<p[^>]*role="status"(?![^>]*hidden)[^>]*>\s*<span[^>]*>✓/.test(html);
    await anonymous(`/en/products/${SALT}/`); // now kept for visitors without cookies
    const withBasket = await fetch(`${server.origin}/en/products/${SALT}/`, {
      headers: { Cookie: `pkp_basket=${encodeURIComponent(JSON.stringify([SALT]))}` },
    });
    expect(shownAsAdded(await withBasket.text())).toBe(true);
    expect(shownAsAdded(await (await anonymous(`/en/products/${SALT}/`)).text())).toBe(false);
  });
});

if (!BUILT) console.warn(NOT_BUILT_NOTE);
