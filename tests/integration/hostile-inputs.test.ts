import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequests, HOSTILE_VALUES, type HostileRequest, type TargetContext } from '../resilience/corpus';
import { BUILT, NOT_BUILT_NOTE, killAllServers, launch, embeddedInstallation, reportCounts, type Installation, type Server } from '../fixtures/server';

/**
 * The hostile-input corpus (tests/resilience/corpus.ts) against every form,
 * API and page parameter of the built server: each answer is a clear 4xx or
 * a normal page — never a 5xx, never a hung request — and no HTML page
 * echoes injected markup unescaped.
 */

if (!BUILT) console.warn(`hostile input tests SKIPPED: ${NOT_BUILT_NOTE}.`);

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Sends exactly these bytes and this path (fetch would normalise both); gives up after 30 s. */
function send(origin: string, r: HostileRequest): Promise<Answer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: r.method,
        path: r.path,
        headers: { Origin: origin, ...(r.body && !r.headers?.['Content-Length'] ? { 'Content-Length': String(r.body.length) } : {}), ...r.headers },
        timeout: 30_000,
        // A fresh connection each time: a kept-alive one the server just closed would look like a failure here.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    // The server may answer (413) before it has read a body it will not take: stop sending then.
    req.on('response', () => undefined);
    if (r.body) req.end(r.body);
    else req.end();
  });
}

/** The session cookie of a demo account. */
async function signIn(origin: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/en/exporter/sign-in/`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password }).toString(),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const MARKUP = HOSTILE_VALUES.filter((v) => v.markup).map((v) => v.value);

describe.skipIf(!BUILT)('hostile inputs against the built server', () => {
  let installation: Installation;
  let server: Server;
  let ctx: TargetContext;

  beforeAll(async () => {
    installation = await embeddedInstallation('pavilion-hostile-');
    server = await launch({ ...installation.env, SIGNIN_LIMIT_PER_IP: '100000' }, { waitForSearch: true });
    // An inquiry of its own, so the status page and its reply form have something to show.
    const res = await fetch(`${server.origin}/api/inquiries`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        locale: 'en',
        buyer: { name: 'Wei Wang', company: 'Ningbo Salt Import Co.', email: 'hostile@example.cn', phone: '+86 138 0000 0000' },
        destinationPort: 'shanghai',
        incoterm: 'FOB',
        consent: true,
        items: [{ product: 'pink-salt-coarse-2-5mm-25kg-bags', quantity: 20, unit: 'ton' }],
      }),
    });
    const { inquiries } = (await res.json()) as { inquiries: Array<{ reference: string; statusUrl: string }> };
    // The portal's forms are tried signed in: as the exporter the inquiry went to, and as the operator.
    const exporterCookie = await signIn(server.origin, 'khewra-crystal-salt-works@exporters.pavilion.example', 'exporter-demo-2026');
    const operatorCookie = await signIn(server.origin, 'operator@pavilion.example', 'operator-demo-2026');
    const products = await (await fetch(`${server.origin}/en/exporter/products/`, { headers: { Cookie: exporterCookie } })).text();
    const exporters = await (await fetch(`${server.origin}/en/operator/exporters/?status=pending`, { headers: { Cookie: operatorCookie } })).text();
    ctx = {
      reference: inquiries[0]!.reference,
      token: new URL(inquiries[0]!.statusUrl).searchParams.get('token')!,
      exporterCookie,
      operatorCookie,
      productId: Number(/\/en\/exporter\/products\/(\d+)\//.exec(products)?.[1]),
      pendingSlug: /\/en\/operator\/exporters\/([a-z0-9-]+)\//.exec(exporters)?.[1] ?? '',
    };
    expect(ctx.productId).toBeGreaterThan(0);
    expect(ctx.pendingSlug).not.toBe('');
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
  });

  it('every input gets a 4xx or a safe page, never a 5xx', { timeout: 600_000 }, async () => {
    const requests = buildRequests(ctx);
    const failures: string[] = [];
    const byClass: Record<string, number> = {};
    let fiveHundreds = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < requests.length) {
          const r = requests[next++]!;
          const where = `${r.target} ← ${r.input} (${r.method} ${r.path.slice(0, 120)})`;
          let answer: Answer;
          try {
            answer = await send(server.origin, r);
          } catch (error) {
            // The server may close the connection on a body it refuses, after answering; anything else is a failure.
            failures.push(`${where}: ${(error as Error).message}`);
            continue;
          }
          const cls = `${Math.floor(answer.status / 100)}xx`;
          byClass[cls] = (byClass[cls] ?? 0) + 1;
          if (answer.status >= 500) {
            if (answer.status === 500) fiveHundreds++;
            failures.push(`${where}: ${answer.status} ${answer.body.slice(0, 200)}`);
          }
          if (answer.contentType.includes('text/html')) {
            // Inside a quoted attribute value (escaped quotes) markup is inert text; anywhere else it would run.
            const outsideAttributes = answer.body.replace(/="[^"]*"/g, '=""');
            const echoed = MARKUP.find((m) => outsideAttributes.includes(m));
            if (echoed) failures.push(`${where}: the page shows ${JSON.stringify(echoed)} unescaped`);
          }
        }
      }),
    );
    reportCounts('hostile-inputs', {
      'inputs tried': requests.length,
      'hostile values': HOSTILE_VALUES.length,
      targets: new Set(requests.map((r) => r.target)).size,
      ...Object.fromEntries(
        Object.entries(byClass)
          .sort()
          .map(([k, v]) => [`answered ${k}`, v]),
      ),
      '500s seen': fiveHundreds,
    });
    expect(failures).toEqual([]);
    // The server is still well afterwards.
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  });
});
