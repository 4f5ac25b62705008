import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsInquirySchema } from '~/features/inquiry/schema';
import { animatedWebp, pngBomb, progressiveJpegBomb } from '../fixtures/bombs';
import { postgresReachable } from '../fixtures/databases';
import {
  BUILT,
  NOT_BUILT_NOTE,
  ROOT,
  inquiryBody,
  killAllServers,
  launch,
  embeddedInstallation,
  postgresInstallation,
  reportCounts,
  type Installation,
  type Server,
} from '../fixtures/server';
import { leaves } from '../fixtures/schema-leaves';

/**
 * Hostile load against the built server, behind one trusted proxy hop
 * (TRUST_PROXY=true): text up to the body cap that made validation backtrack, in
 * every field of the inquiry form and the partner API; image decompression
 * bombs to the upload API; and a rotating first X-Forwarded-For entry. No
 * crash, no 5xx, and the event loop — watched inside the server by
 * tests/fixtures/loop-probe.mjs — is never held for 100 ms.
 */

if (!BUILT) console.warn(`hostile load tests SKIPPED: ${NOT_BUILT_NOTE}.`);

const STALL_MS = 100;
const PER_IP = 5;
/**
 * Just under the 256 KB the production server lets a form or API body carry
 * (scripts/serve.mjs; larger ones are refused with 413 while they stream), so
 * the text reaches validation. A megabyte per field is checked against every
 * schema directly (tests/unit/schema-stall.test.ts).
 */
const SIZE = 256 * 1024 - 16 * 1024;
const HOSTILE: Array<[string, string]> = [
  ['"<a" repeated', '<a'.repeat(SIZE / 2)],
  ['"<" and spaces', `<${' '.repeat(SIZE - 2)}.`],
  ['"< " repeated', '< '.repeat(SIZE / 2)],
];

describe.skipIf(!BUILT)('hostile load against the built server', () => {
  let installation: Installation;
  let server: Server;
  let probeFile: string;
  let proxied = 0;
  const statuses: number[] = [];
  /** A request as the trusted proxy forwards it: the client's claim first, then the address the proxy saw. */
  const viaProxy = (client: string, claimed = '192.0.2.1') => ({ 'X-Forwarded-For': `${claimed}, ${client}` });
  const nextClient = () => `203.0.113.${(proxied++ % 200) + 1}`;

  /** The most main-thread CPU time between two ticks of the loop inside the server, over the windows since `from`. */
  const heldSince = (from: number) => {
    const lines = readFileSync(probeFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { at: number; busyMs: number; delayMs: number; gcMs: number });
    const windows = lines.filter((l) => l.at >= from);
    return {
      busyMs: Math.max(0, ...windows.map((l) => l.busyMs)),
      delayMs: Math.max(0, ...windows.map((l) => l.delayMs)),
      gcMs: Math.max(0, ...windows.map((l) => l.gcMs)),
      windows: windows.length,
    };
  };
  /** Waits for the probe to write the window that covers what just happened. */
  const settle = () => new Promise((r) => setTimeout(r, 250));
  /**
   * Waits (at most a minute) until the server has done nothing heavy for five
   * seconds: in its first seconds the search indexer, polling every 2 s,
   * indexes the freshly seeded catalog again, holding the loop ~0.5 s each time.
   */
  const quiet = async () => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      if (heldSince(Date.now() - 5000).busyMs < 50) return;
    }
  };

  beforeAll(async () => {
    // PostgreSQL when there is one: the embedded database runs its queries on the server's main thread, which is not what is measured here.
    installation = (await postgresReachable()) ? await postgresInstallation('pavilion_hostile_load') : await embeddedInstallation('pavilion-hostile-load-');
    probeFile = path.join(os.tmpdir(), `pavilion-loop-${process.pid}-${Date.now()}.jsonl`);
    server = await launch(
      {
        ...installation.env,
        TRUST_PROXY: 'true',
        INQUIRY_LIMIT_PER_IP: String(PER_IP),
        SIGNIN_LIMIT_PER_IP: '100000',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(path.join(ROOT, 'tests/fixtures/loop-probe.mjs')).href}`.trim(),
        LOOP_PROBE_FILE: probeFile,
      },
      { waitForSearch: true },
    );
    await settle();
  });
  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await installation?.dispose();
    if (probeFile) rmSync(probeFile, { force: true });
  });

  it(`answers hostile text up to the body cap in every inquiry field without holding the loop for ${STALL_MS} ms`, { timeout: 600_000 }, async () => {
    const fields = leaves(itemsInquirySchema).map((leaf) => leaf.path);
    expect(fields).toEqual(expect.arrayContaining(['buyer.name', 'buyer.email', 'message', 'items.0.note', 'items.0.quantity']));
    const base: Record<string, string> = {
      locale: 'en',
      'buyer.name': 'Wei Wang',
      'buyer.company': 'Ningbo Salt Import Co.',
      'buyer.email': 'load@example.cn',
      'buyer.phone': '+86 138 0000 0000',
      destinationPort: 'shanghai',
      incoterm: 'FOB',
      consent: 'on',
      'items.0.product': 'pink-salt-coarse-2-5mm-25kg-bags',
      'items.0.quantity': '20',
      'items.0.unit': 'ton',
      shownAt: '1',
    };
    const callAction = async (field: string, text: string) => {
      // The form action as the island calls it (multipart, so the text is sent as it is), with the text in this field.
      const form = new FormData();
      for (const [key, value] of Object.entries({ ...base, [field]: text })) form.set(key, value);
      const res = await fetch(`${server.origin}/_actions/inquiry`, {
        method: 'POST',
        headers: { Origin: server.origin, ...viaProxy(nextClient()) },
        body: form,
      });
      await res.arrayBuffer();
      return res.status;
    };
    const callApi = async (body: unknown) => {
      const res = await fetch(`${server.origin}/api/inquiries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...viaProxy(nextClient()) },
        body: JSON.stringify(body),
      });
      await res.arrayBuffer();
      return res.status;
    };
    // Warm-up: the first calls of a route, in each language, load and compile code and translations — not what is measured.
    for (const locale of ['en', 'zh']) {
      base.locale = locale;
      for (const text of ['<b>', HOSTILE[0]![1]]) {
        await callAction('message', text);
        await callAction('buyer.name', text);
      }
      // Refused ones only: an accepted submission sets off background work (search, mail) for seconds after it.
      await callApi({ ...inquiryBody('warm', 0), locale, consent: false });
      await callApi({ ...inquiryBody('warm', 1), locale, message: '<b>' });
    }
    base.locale = 'en';
    // Without consent every submission below is refused, whichever field holds the text (the schema still checks them all):
    // an accepted one does work (storage, mail, search) that is not what is measured here.
    delete base.consent;
    await quiet();
    const start = Date.now();
    let sent = 0;
    for (const field of fields) {
      for (const [, text] of HOSTILE) {
        const action = await callAction(field, text);
        statuses.push(action);
        expect(action, field).not.toBe(413);
        // The partner API takes 64 KB bodies: just under that, so the text is validated rather than refused by size.
        const body = inquiryBody('load', sent) as unknown as Record<string, unknown>;
        const at = field.split('.');
        let target = body as Record<string, unknown>;
        for (const key of at.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[at.at(-1)!] = text.slice(0, 60 * 1024);
        body.consent = false;
        statuses.push(await callApi(body));
        sent += 2;
      }
    }
    await settle();
    const held = heldSince(start);
    reportCounts('hostile-load-text', {
      requests: sent,
      fields: fields.length,
      '5xx': statuses.filter((s) => s >= 500).length,
      'loop held max ms (CPU)': Math.round(held.busyMs),
      'loop delay max ms (wall)': Math.round(held.delayMs),
      'longest GC pause ms': Math.round(held.gcMs),
    });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(held.windows).toBeGreaterThan(0);
    expect(held.busyMs).toBeLessThan(STALL_MS);
  });

  it('does not let a rotating first X-Forwarded-For entry bypass the per-address inquiry limit', async () => {
    const client = '198.51.100.200';
    const answers = [];
    for (let i = 0; i < PER_IP + 3; i++) {
      const res = await fetch(`${server.origin}/api/inquiries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...viaProxy(client, `10.${i}.${i}.${i}`) },
        body: JSON.stringify(inquiryBody('rotate', i)),
      });
      answers.push({ status: res.status, retryAfter: res.headers.get('retry-after') });
      await res.arrayBuffer();
    }
    statuses.push(...answers.map((a) => a.status));
    expect(answers.slice(0, PER_IP).map((a) => a.status)).toEqual(Array(PER_IP).fill(201));
    expect(answers.slice(PER_IP).map((a) => a.status)).toEqual([429, 429, 429]);
    expect(Number(answers.at(-1)!.retryAfter)).toBeGreaterThan(0);
    // The same client's IPv6 neighbours in its /64 share its limit too.
    const v6 = async (address: string) => {
      const res = await fetch(`${server.origin}/api/inquiries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...viaProxy(address) },
        body: '{}',
      });
      await res.arrayBuffer();
      return res.status;
    };
    const net: number[] = [];
    for (let i = 1; i <= PER_IP + 1; i++) net.push(await v6(`2001:db8:7:7::${i.toString(16)}`));
    statuses.push(...net);
    expect(net).toEqual([...Array(PER_IP).fill(400), 429]);
  });

  it('refuses image bombs quickly with a translated message, in bounded memory and without holding the loop', { timeout: 300_000 }, async () => {
    const signIn = await fetch(`${server.origin}/en/exporter/sign-in/`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' }).toString(),
      redirect: 'manual',
    });
    expect(signIn.status).toBe(303);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const bombs: Array<[string, Buffer, string, number]> = [
      ['png', await pngBomb(), 'zh', 422],
      ['jpeg', await progressiveJpegBomb(), 'en', 422],
      ['webp', await animatedWebp(), 'zh', 415],
    ];
    const peak = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1000;
    // Warm-up, as above.
    await (
      await fetch(`${server.origin}/api/exporter/uploads?locale=en`, {
        method: 'POST',
        headers: { Origin: server.origin, Cookie: cookie },
        body: new Uint8Array(await animatedWebp()),
      })
    ).arrayBuffer();
    await quiet();
    const peakBefore = peak();
    const start = Date.now();
    for (const [name, bytes, locale, status] of bombs) {
      const res = await fetch(`${server.origin}/api/exporter/uploads?locale=${locale}`, {
        method: 'POST',
        headers: { Origin: server.origin, Cookie: cookie, 'Content-Type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      });
      const answer = (await res.json()) as { error: string; code: string };
      statuses.push(res.status);
      expect(res.status, name).toBe(status);
      expect(answer.error, name).toMatch(locale === 'zh' ? /[\u4e00-\u9fff]/ : /^[\x20-\x7e]+$/);
    }
    await settle();
    const held = heldSince(start);
    const growthMb = peak() - peakBefore;
    reportCounts('hostile-load-images', {
      bombs: bombs.length,
      'peak memory growth MB': Math.round(growthMb),
      'loop held max ms (CPU)': Math.round(held.busyMs),
    });
    // Decoding the PNG alone took ~1 GB.
    expect(growthMb).toBeLessThan(100);
    expect(held.busyMs).toBeLessThan(STALL_MS);
  });

  it('is still up, and answered no request with a 5xx', async () => {
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    reportCounts('hostile-load', {
      requests: statuses.length,
      crashes: server.child.exitCode === null ? 0 : 1,
      '5xx': statuses.filter((s) => s >= 500).length,
    });
  });
});
