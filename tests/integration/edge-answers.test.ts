/**
 * Answers at the edges of the site, as a visitor or a stranger meets them:
 * bodies that are no form sent to a form, a form sent from another site,
 * actions of the signed-in areas called by strangers, not-found pages under
 * a section, private answers to posts, and junk addresses that must not fill
 * the page cache.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, NOT_BUILT_NOTE, embeddedInstallation, killAllServers, launch, type Installation, type Server } from '../fixtures/server';

if (!BUILT) console.warn(`edge answer tests SKIPPED: ${NOT_BUILT_NOTE}.`);

describe.skipIf(!BUILT)('answers at the edges of the built server', () => {
  let installation: Installation;
  let server: Server;

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-edges-');
    server = await launch(installation.env, { waitForSearch: false });
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  const post = (path: string, headers: Record<string, string>, body: string) =>
    fetch(`${server.origin}${path}`, { method: 'POST', headers: { Origin: server.origin, ...headers }, body, redirect: 'manual' });

  it('refuses a body that is no form, sent to any action, with 415 in the visitor’s language — never a 500', async () => {
    for (const path of [
      '/_actions/inquiry',
      '/_actions/inquiryReply',
      '/_actions/quoteAnswer',
      '/_actions/exporter.quote',
      '/_actions/exporter.signIn',
      '/_actions/operator.saveRates',
      '/zh/inquiry/?_action=inquiry',
      '/en/exporter/sign-in/?_action=exporter.signIn',
    ]) {
      for (const [type, body] of [
        ['application/json', '{bad'],
        ['APPLICATION/JSON; charset=utf-8', '{"email":"a@b.example"}'],
        ['text/plain', 'hello'],
      ]) {
        const res = await post(path, { 'Content-Type': type as string, 'Accept-Language': 'zh-CN' }, body as string);
        expect(res.status, `${path} ${type}`).toBe(415);
        expect(res.headers.get('cache-control')).toContain('no-store');
        expect(await res.text()).toContain(path.startsWith('/en/') ? 'forms only' : '只接受表单');
      }
    }
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });

  it('refuses a form sent from another site with a page in the visitor’s language', async () => {
    const res = await post(
      '/zh/inquiry/?_action=inquiry',
      { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', Accept: 'text/html' },
      'buyer.name=x',
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('来自其他网站');
    const api = await post('/api/inquiries', { 'Content-Type': 'application/json', Origin: 'https://evil.example', 'Accept-Language': 'en' }, '{}');
    expect(api.status).toBe(403);
    expect((await api.json()).errors.form).toMatch(/another website/);
  });

  it('refuses a stranger’s call of a signed-in action before reading its fields, in their language', async () => {
    const res = await post('/_actions/operator.verifyExporter', { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'zh-CN' }, 'slug=');
    expect(res.status).toBe(401);
    const body = await res.text();
    expect(body).not.toMatch(/slug|regex|pattern/i);
    expect(JSON.parse(body).errors.form).toMatch(/[\u4e00-\u9fff]/);
    // The way in stays open.
    const signIn = await post(
      '/_actions/exporter.signIn',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'email=nobody%40example.com&password=wrong-password',
    );
    expect([400, 401]).toContain(signIn.status);
  });

  it('answers an unknown address under a section with the not-found page in that section’s language', async () => {
    for (const path of ['/zh/culture/nope/', '/zh/nonexistent/deeper/', '/zh/culture/mangoes/']) {
      const res = await fetch(`${server.origin}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html, path).toContain('lang="zh-Hans"');
      expect(html, path).toContain('页面不存在');
    }
    const en = await fetch(`${server.origin}/en/tourism/nope/`);
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('Page not found');
  });

  it('answers a call made from a Chinese page in Chinese, whatever languages the browser lists', async () => {
    const fromZh = { Referer: `${server.origin}/zh/inquiry/`, 'Accept-Language': 'en-US,en;q=0.9' };
    const action = await post('/_actions/inquiry', { ...fromZh, 'Content-Type': 'application/json' }, '{bad');
    expect(action.status).toBe(415);
    expect((await action.json()).errors.form).toContain('只接受表单');
    const crossSite = await post(
      '/_actions/inquiry',
      { ...fromZh, 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      'a=b',
    );
    expect(crossSite.status).toBe(403);
    expect((await crossSite.json()).errors.form).toContain('由其他网站提交');
    // Another site's page does not choose the language.
    const foreign = await post('/_actions/inquiry', { Referer: 'https://evil.example/zh/', 'Accept-Language': 'en', 'Content-Type': 'text/plain' }, 'x');
    expect((await foreign.json()).errors.form).toMatch(/forms only/);
    // The API: an inquiry's own `locale` field names its buyer's language.
    const api = await post('/api/inquiries', { 'Content-Type': 'application/json', 'Accept-Language': 'en' }, JSON.stringify({ locale: 'zh', items: [] }));
    expect(api.status).toBe(400);
    expect(JSON.stringify(await api.json())).toMatch(/[\u4e00-\u9fff]/);
    const notJson = await post('/api/inquiries?locale=zh', { 'Content-Type': 'text/plain' }, 'x');
    expect(notJson.status).toBe(415);
    expect((await notJson.json()).errors.form).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps answers to posts private', async () => {
    const res = await post('/api/basket', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'add=no-such-product');
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
  });
});
