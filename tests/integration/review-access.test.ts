/**
 * Verification documents through the built server: an exporter uploads them on its documents page (a plain
 * multipart post, refused with a message in the page's language when the file is not a PDF, JPEG or PNG);
 * only an operator can download one, as an attachment the browser never interprets. The exporter who
 * uploaded it, another exporter, a buyer and an anonymous visitor all get "not found".
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '~/features/demo/accounts.server';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { BUILT, killAllServers, launch, postgresInstallation, type Installation, type Server } from '../fixtures/server';

const [operator, khewra, chenab] = DEMO_ACCOUNTS;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe.skipIf(!BUILT)('verification documents through the server', () => {
  let install: Installation;
  let server: Server;
  const db = <T>(fn: (db: Db) => Promise<T>) => install.withDb(fn);
  const cookies: Record<string, string> = {};

  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  const get = (p: string, cookie = '') => fetch(`${server.origin}${p}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  const signIn = async (email: string, password: string) => {
    const res = await fetch(`${server.origin}/en/exporter/sign-in/?_action=exporter.signIn`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password }).toString(),
      redirect: 'manual',
    });
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/session_token=/);
    return cookie;
  };
  const upload = (locale: 'en' | 'zh', kind: string, name: string, bytes: Uint8Array<ArrayBuffer>, type: string) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', new Blob([bytes], { type }), name);
    return fetch(`${server.origin}/${locale}/exporter/documents/`, {
      method: 'POST',
      headers: { Origin: server.origin, Cookie: cookies.khewra! },
      body: form,
      redirect: 'manual',
    });
  };

  beforeAll(async () => {
    install = await postgresInstallation('pavilion_documents');
    server = await launch({ ...install.env, SIGNIN_LIMIT_PER_IP: '10000' }, { waitForSearch: false });
    cookies.operator = await signIn(operator!.email, operator!.password);
    cookies.khewra = await signIn(khewra!.email, khewra!.password);
    cookies.chenab = await signIn(chenab!.email, chenab!.password);
  });

  afterAll(async () => {
    await server?.stop();
    await killAllServers();
    await install?.dispose();
  });

  it('refuses a web page named .pdf, in the page’s language, and stores nothing', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const en = await upload('en', 'secp', 'secp.pdf', html, 'application/pdf');
    expect(en.status).toBe(400);
    expect(await en.text()).toContain('Only PDF, JPEG and PNG files are accepted.');
    const zh = await upload('zh', 'secp', 'secp.pdf', html, 'application/pdf');
    expect(zh.status).toBe(400);
    expect(await zh.text()).toContain('仅接受 PDF、JPEG 和 PNG 文件。');
    expect(await db((d) => d.select().from(t.exporterDocuments))).toEqual([]);
  });

  it('takes a scanned document of several megabytes and an Urdu product form with a large photo, as the pages promise', async () => {
    // A scan is a few megabytes: it reaches the page, which stores it (the body limit follows the page's own limit).
    const scan = new Uint8Array(3_000_000);
    scan.set(PDF);
    const stored = await upload('en', 'ntn', 'ntn-scan.pdf', scan, 'application/pdf');
    expect(stored.status).toBe(303);
    // The Urdu product editor takes a photo as large as the English one does: its own refusal, in Urdu, not a bare 413.
    const form = new FormData();
    form.set('nameEn', '');
    form.set('photo', new Blob([new Uint8Array(1_500_000)], { type: 'image/jpeg' }), 'big.jpg');
    const editor = await fetch(`${server.origin}/ur/exporter/products/new/`, {
      method: 'POST',
      headers: { Origin: server.origin, Cookie: cookies.khewra! },
      body: form,
      redirect: 'manual',
    });
    expect(editor.status).toBe(400);
    expect(await editor.text()).toContain('lang="ur"');
  });

  it('shows the whole audit log for a filter it does not know, a NUL byte included', async () => {
    for (const actor of ['role:%00', 'role:x%00y', 'role:nobody', '%00']) {
      const res = await get(`/en/operator/audit/?actor=${actor}`, cookies.operator!);
      expect(res.status, actor).toBe(200);
    }
  });

  it('lets only an operator download a document, as an attachment', async () => {
    const posted = await upload('en', 'secp', 'SECP incorporation.pdf', PDF, 'application/pdf');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/en/exporter/documents/?uploaded=1');
    const [row] = await db((d) => d.select().from(t.exporterDocuments).where(eq(t.exporterDocuments.kind, 'secp')));
    expect(row?.fileName).toBe('SECP-incorporation.pdf');
    // Kept in the private folder, not among the photos the public media route serves.
    const dataDir = install.env.DATA_DIR!;
    expect(existsSync(path.join(dataDir, 'documents', row!.storageKey))).toBe(true);
    const uploads = path.join(dataDir, 'uploads');
    const photos = existsSync(uploads) ? readdirSync(uploads, { recursive: true }).map(String) : [];
    expect(photos.filter((f) => f.endsWith('.pdf'))).toEqual([]);

    const address = `/en/operator/documents/${row!.id}/`;
    const file = await get(address, cookies.operator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="SECP-incorporation.pdf"');
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);

    // A buyer's session (signed in by link), the uploader, another exporter, nobody: all "not found".
    const asked = await fetch(`${server.origin}/en/buyer/sign-in/?_action=buyer.signIn`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: `docs-buyer-${Date.now()}@importer.example.cn` }).toString(),
    });
    expect(asked.status).toBe(200);
    const [job] = await db((d) => d.select().from(t.outboxJobs).where(eq(t.outboxJobs.kind, 'buyer.sign-in')));
    const token = decodeURIComponent(/\/en\/buyer\/verify\/\?token=(\S+)/.exec(String(job!.payload.text))![1]!);
    const confirmed = await fetch(`${server.origin}/en/buyer/verify/?_action=buyer.verify`, {
      method: 'POST',
      headers: { Origin: server.origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
      redirect: 'manual',
    });
    const buyer = cookieOf(confirmed);
    expect(buyer).toMatch(/session_token=/);
    for (const [who, cookie] of [
      ['buyer', buyer],
      ['uploader', cookies.khewra!],
      ['other exporter', cookies.chenab!],
      ['anonymous', ''],
    ] as const) {
      const res = await get(address, cookie);
      expect(res.status, who).toBe(404);
      expect(res.headers.get('content-disposition'), who).toBeNull();
    }
    // The uploader sees its document listed, by name only.
    const list = await get('/en/exporter/documents/', cookies.khewra);
    const html = await list.text();
    expect(html).toContain('SECP-incorporation.pdf');
    expect(html).not.toContain(address);
  });
});
