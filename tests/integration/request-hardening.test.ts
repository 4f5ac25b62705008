/**
 * Attacks on the built server that need no database access to notice: broken
 * form uploads, out-of-range ids, shared caching of personal pages, the
 * inquiry form's minimum fill time, and a confirmation link opened in another
 * browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT, EXPORTERS, NOT_BUILT_NOTE, SALT, killAllServers, launch, embeddedInstallation, type Installation, type Server } from '../fixtures/server';

if (!BUILT) console.warn(`request hardening tests SKIPPED: ${NOT_BUILT_NOTE}.`);

const EXPORTER = { email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' };

/** Sends exactly these bytes (fetch would fix up a broken multipart body); resolves with what came back, however it ended. */
function rawPost(
  origin: string,
  pathname: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string; complete: boolean }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: pathname,
        agent: false,
        timeout: 30_000,
        headers: { Origin: origin, 'Content-Length': String(Buffer.byteLength(body)), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), complete: res.complete }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), complete: false }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}

const cookiesOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');

describe.skipIf(!BUILT)('request hardening of the built server', () => {
  let installation: Installation;
  let server: Server;
  let session = '';

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-hardening-');
    server = await launch({ ...installation.env, SIGNIN_LIMIT_PER_IP: '100000' });
    const res = await fetch(`${server.origin}/en/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(EXPORTER).toString(),
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    session = cookiesOf(res);
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('answers a broken multipart body to a page or action with a translated 400, and logs nothing uncaught', async () => {
    const broken = '--x\r\nContent-Disposition: form-data; name="buyer.name"\r\n\r\nWang Wei';
    const targets = [
      { path: '/en/exporter/sign-up/', cookie: '', text: 'The form could not be read' },
      { path: '/zh/inquiry/?_action=inquiry', cookie: '', text: '无法读取表单' },
      { path: '/_actions/inquiry', cookie: '', text: 'The form arrived damaged' },
      { path: '/en/exporter/products/new/', cookie: session, text: 'The form could not be read' },
      { path: '/zh/exporter/profile/', cookie: session, text: '无法读取表单' },
    ];
    for (const target of targets) {
      const answer = await rawPost(
        server.origin,
        target.path,
        { 'Content-Type': 'multipart/form-data; boundary=x', ...(target.cookie ? { Cookie: target.cookie } : {}) },
        broken,
      );
      expect(answer, target.path).toMatchObject({ status: 400, complete: true });
      expect(answer.body, target.path).toContain(target.text);
    }
    expect(server.stderr()).not.toMatch(/uncaught|Failed to parse body/i);
    // The server is still there for the next visitor.
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });

  it('answers ids beyond the database integer range with 404, not 500', async () => {
    for (const id of ['2147483648', '9999999999']) {
      for (const page of [`/en/exporter/products/${id}/`, `/en/exporter/products/${id}/preview/`]) {
        const res = await fetch(`${server.origin}${page}`, { headers: { Cookie: session } });
        expect(res.status, page).toBe(404);
      }
      const status = await fetch(`${server.origin}/en/exporter/products/${id}/status`, {
        method: 'POST',
        headers: { Origin: server.origin, Cookie: session, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'status=draft&return=list',
        redirect: 'manual',
      });
      expect(status.status).toBe(404);
      const upload = await fetch(`${server.origin}/api/exporter/uploads/${id}`, { method: 'DELETE', headers: { Origin: server.origin, Cookie: session } });
      expect(upload.status).toBe(404);
    }
    // The largest id that fits is an ordinary miss.
    expect((await fetch(`${server.origin}/en/exporter/products/2147483647/`, { headers: { Cookie: session } })).status).toBe(404);
  });

  it('shows a visitor with a basket the very page everyone gets: shared pages never depend on a cookie', async () => {
    const home = await (await fetch(`${server.origin}/en/`)).text();
    const category = /\/en\/categories\/([a-z0-9-]+)\//.exec(home)?.[1];
    expect(category).toBeTruthy();
    const pages = [
      '/en/',
      '/zh/',
      '/en/products/',
      `/en/products/${SALT}/`,
      `/zh/products/${SALT}/`,
      `/en/categories/${category}/`,
      '/en/exporters/',
      `/en/exporters/${EXPORTERS[0]}/`,
      '/en/search/?q=salt',
    ];
    const basket = `pkp_basket=${encodeURIComponent(JSON.stringify([SALT]))}`;
    for (const page of pages) {
      // Both rendered afresh (no page cache): the renderer itself gives a basket's visitor the shared page.
      const anonymous = await fetch(`${server.origin}${page}`, { headers: { 'Cache-Control': 'no-cache' } });
      const withBasket = await fetch(`${server.origin}${page}`, { headers: { Cookie: basket, 'Cache-Control': 'no-cache' } });
      expect(withBasket.status, page).toBe(200);
      expect(withBasket.headers.get('cache-control'), page).toMatch(/^public\b/);
      expect(withBasket.headers.get('set-cookie'), page).toBeNull();
      // The search page says how long the engine took, which differs from one run to the next.
      const same = (html: string) => html.replace(/· in [\d.]+ ms/, '· in … ms');
      expect(same(await withBasket.text()), `${page} is public but differs for a basket`).toBe(same(await anonymous.text()));
      expect(anonymous.headers.get('vary') ?? '', page).not.toMatch(/cookie/i);
    }
    // The basket page is the visitor's own: rendered for them, private, with the basket's product.
    const basketPage = await fetch(`${server.origin}/en/inquiry/`, { headers: { Cookie: basket } });
    expect(basketPage.headers.get('cache-control')).toBe('private, no-store');
    expect(await basketPage.text()).toContain(`value="${SALT}"`);
  });

  it('refuses an inquiry form post without a signed shown-at time as too fast, keeping what the buyer typed', async () => {
    const form = new URLSearchParams({
      locale: 'zh',
      'buyer.name': '王伟',
      'buyer.company': '上海海盐贸易有限公司',
      'buyer.email': 'fast-bot@importer.example.cn',
      'buyer.phone': '+86 138 0000 0000',
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      message: '请报价',
      consent: 'on',
      category: '',
      quantity: '100',
      unit: 'ton',
      idempotencyKey: 'form-timing-0001',
    });
    const home = await (await fetch(`${server.origin}/en/`)).text();
    form.set('category', /\/en\/categories\/([a-z0-9-]+)\//.exec(home)![1]!);
    for (const shownAt of [null, '1', `${Date.now() - 60_000}.${'A'.repeat(43)}`]) {
      const body = new URLSearchParams(form);
      if (shownAt !== null) body.set('shownAt', shownAt);
      const res = await fetch(`${server.origin}/zh/inquiry/?_action=inquiry`, {
        method: 'POST',
        headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        redirect: 'manual',
      });
      const page = await res.text();
      expect(res.status, String(shownAt)).toBe(400);
      expect(page).toContain('提交速度过快');
      expect(page).toContain('上海海盐贸易有限公司');
      expect(page).toContain('fast-bot@importer.example.cn');
      expect(page).not.toContain('PKP-');
      // The form sent back carries a signed time of its own, so the buyer can simply send again.
      expect(page).toMatch(/name="shownAt" value="\d{13}\.[A-Za-z0-9_-]{43}"/);
    }
  });

  it('confirms an address from a link opened in another browser without signing that browser in', async () => {
    const email = `verify-${Date.now()}@towels.example`;
    const signUp = await fetch(`${server.origin}/en/exporter/sign-up/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'Ravi Towels',
        company: `Ravi Towels ${Date.now()}`,
        email,
        password: 'towels-from-faisalabad',
        locale: 'zh',
      }).toString(),
      redirect: 'manual',
    });
    expect(signUp.status).toBeLessThan(400);
    const outbox = path.join(installation.env.DATA_DIR!, 'outbox');
    let link = '';
    // The mail worker writes the .eml within a few seconds.
    for (let i = 0; i < 300 && !link; i += 1) {
      for (const file of (() => {
        try {
          return readdirSync(outbox);
        } catch {
          return [];
        }
      })()) {
        const raw = readFileSync(path.join(outbox, file), 'utf8').replace(/=\r?\n/g, '');
        if (raw.includes(email)) link = /\/zh\/exporter\/verify\/\?token=([A-Za-z0-9._~%=-]+)/.exec(raw)?.[0] ?? '';
      }
      if (!link) await new Promise((r) => setTimeout(r, 100));
    }
    expect(link).not.toBe('');
    const res = await fetch(`${server.origin}${link.replace(/=3D/g, '=')}`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c))).toEqual([]);
    const page = await res.text();
    expect(page).toContain('您的电子邮箱已确认');
    expect(page).toContain('/zh/exporter/sign-in/');
  });
});
