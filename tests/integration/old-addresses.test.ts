/**
 * The exporter's pages moved from `/{locale}/trader/…` to `/{locale}/exporter/…`.
 * Links in mails already sent (an inquiry to answer, a password reset) must
 * still lead there, with the query string kept, and a form posted from a page
 * opened before the move must reach its new address with its body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, NOT_BUILT_NOTE, embeddedInstallation, killAllServers, launch, type Installation, type Server } from '../fixtures/server';

if (!BUILT) console.warn(`old address tests SKIPPED: ${NOT_BUILT_NOTE}.`);

describe.skipIf(!BUILT)('addresses of the exporter pages from before the move', () => {
  let installation: Installation;
  let server: Server;

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-old-addresses-');
    server = await launch(installation.env, { waitForSearch: false });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('sends a link from an old mail to the same page at its new address, in both languages', async () => {
    for (const [old, now] of [
      ['/en/trader/inquiries/PK-2026-ABCD/', '/en/exporter/inquiries/PK-2026-ABCD/'],
      ['/zh/trader/reset-password/?token=abc&next=%2Fzh%2Fexporter%2F', '/zh/exporter/reset-password/?token=abc&next=%2Fzh%2Fexporter%2F'],
      ['/en/trader', '/en/exporter'],
    ]) {
      const res = await fetch(`${server.origin}${old}`, { redirect: 'manual' });
      expect(res.status, old).toBe(301);
      expect(res.headers.get('location'), old).toBe(now);
    }
    const followed = await fetch(`${server.origin}/zh/trader/sign-in/`);
    expect(followed.status).toBe(200);
    expect(new URL(followed.url).pathname).toBe('/zh/exporter/sign-in/');
    expect(await followed.text()).toContain('出口商');
  });

  it('keeps the method of a form posted to an old address (308), and leaves look-alike addresses alone', async () => {
    const res = await fetch(`${server.origin}/en/trader/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.example&password=x',
      redirect: 'manual',
    });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/en/exporter/sign-in/');
    const api = await fetch(`${server.origin}/api/trader/uploads`, { method: 'POST', headers: { Origin: server.origin }, redirect: 'manual' });
    expect(api.status).toBe(308);
    expect(api.headers.get('location')).toBe('/api/exporter/uploads');
    const lookAlike = await fetch(`${server.origin}/en/traders/`, { redirect: 'manual' });
    expect(lookAlike.status).toBe(404);
  });
});
