import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgres, runningServerUrl, stopLeftoverServer } from '~/server/db/embedded.server';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The app's side of the embedded server, in a process of its own that the test can kill. */
function holder(dataDir: string) {
  const script = `
    import { EmbeddedPostgres } from ${JSON.stringify(path.join(ROOT, 'src/server/db/embedded.server.ts'))};
    const server = new EmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, log: () => {} });
    await server.start();
    console.log('ready ' + server.pid);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`holder exited ${code}`)));
  });
  return { child, ready };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('select count(*) as n from marks')).rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL server', () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-embedded-'));
    folders.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of folders) {
      await stopLeftoverServer(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs with fsync, synchronous_commit and full_page_writes on, UTF-8, a password and no unix socket', { timeout: 60_000 }, async () => {
    const server = new EmbeddedPostgres({ dataDir: folder(), log: () => {} });
    const url = await server.start();
    try {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const show = async (name: string) => (await client.query(`show ${name}`)).rows[0][name];
      expect(await show('fsync')).toBe('on');
      expect(await show('synchronous_commit')).toBe('on');
      expect(await show('full_page_writes')).toBe('on');
      expect(await show('server_encoding')).toBe('UTF8');
      expect(await show('listen_addresses')).toBe('127.0.0.1');
      expect((await client.query(`select '巴基斯坦 پاکستان' as s`)).rows[0].s).toBe('巴基斯坦 پاکستان');
      await client.end();
      // Without the password nobody gets in.
      const wrong = new pg.Client({ connectionString: url.replace(/:[^:@/]+@/, ':wrong@') });
      await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
      if (process.getuid?.() === 0) {
        // PostgreSQL refuses root: the server runs as the pavilion's own system user.
        const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]);
        expect(uid).not.toBe(0);
      }
    } finally {
      await server.stop();
    }
  });

  it('refuses a second app on the same folder, naming the one that holds it', { timeout: 60_000 }, async () => {
    const dataDir = folder();
    const first = holder(dataDir);
    await first.ready;
    try {
      await expect(new EmbeddedPostgres({ dataDir, log: () => {} }).start()).rejects.toThrow(new RegExp(`in use by process ${first.child.pid}`));
    } finally {
      first.child.kill('SIGKILL');
    }
  });

  it('after the app is killed, the next start shuts the left-over server down cleanly and keeps every row', { timeout: 90_000 }, async () => {
    const dataDir = folder();
    const first = holder(dataDir);
    const postmaster = await first.ready;
    const url = runningServerUrl(dataDir)!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('create table marks (n int)');
    await client.query('insert into marks select generate_series(1, 1000)');
    await client.end();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(alive(postmaster), 'the server outlives the killed app').toBe(true);

    const next = new EmbeddedPostgres({ dataDir, log: () => {} });
    const nextUrl = await next.start();
    try {
      expect(alive(postmaster), 'the left-over server was stopped').toBe(false);
      expect(next.pid).not.toBe(postmaster);
      expect(await count(nextUrl)).toBe(1000);
    } finally {
      await next.stop();
    }
  });

  it('after the app and the server are both killed (a stale postmaster.pid), it recovers', { timeout: 90_000 }, async () => {
    const dataDir = folder();
    const first = holder(dataDir);
    const postmaster = await first.ready;
    const client = new pg.Client({ connectionString: runningServerUrl(dataDir)! });
    await client.connect();
    await client.query('create table marks (n int)');
    await client.query('insert into marks select generate_series(1, 500)');
    await client.end();
    process.kill(postmaster, 'SIGKILL');
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const next = new EmbeddedPostgres({ dataDir, log: () => {} });
    const url = await next.start();
    try {
      expect(await count(url)).toBe(500);
    } finally {
      await next.stop();
    }
  });

  it('a server that dies while the app runs is started again, and connections work again', { timeout: 90_000 }, async () => {
    const server = new EmbeddedPostgres({ dataDir: folder(), log: () => {} });
    const url = await server.start();
    try {
      const before = server.pid!;
      process.kill(before, 'SIGKILL');
      for (const deadline = Date.now() + 30_000; ; ) {
        const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
        client.on('error', () => {});
        const ok = await client.connect().then(
          () => client.end().then(() => true),
          () => false,
        );
        if (ok && server.restartCount === 1) break;
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(server.restartCount).toBe(1);
      expect(server.pid).not.toBe(before);
    } finally {
      await server.stop();
    }
  });
});
