import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupCluster, restoreBackup } from '~/server/db/backup.server';
import { EmbeddedPostgres } from '~/server/db/embedded.server';

/**
 * `npm run db:backup` copies the embedded cluster while it serves writes;
 * the copy, restored into a data folder, starts and holds every row
 * committed before the backup began, and none written after it ended.
 */
describe('backup and restore of the embedded PostgreSQL', () => {
  const folders: string[] = [];
  const servers: EmbeddedPostgres[] = [];
  const folder = (name: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `pavilion-${name}-`));
    folders.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('a backup taken under writes restores to a server with the rows committed before it', { timeout: 120_000 }, async () => {
    const dataDir = folder('backup-source');
    const source = new EmbeddedPostgres({ dataDir, log: () => {} });
    servers.push(source);
    const client = new pg.Client({ connectionString: await source.start() });
    await client.connect();
    await client.query('create table orders (id serial primary key, phase text not null, note text not null)');
    await client.query(`insert into orders (phase, note) select 'before', repeat('盐', 200) from generate_series(1, 5000)`);

    // Writes go on while the backup copies the files.
    const writer = new pg.Client({ connectionString: source.url });
    await writer.connect();
    let writing = true;
    const during = (async () => {
      while (writing) await writer.query(`insert into orders (phase, note) values ('during', 'x')`);
    })();
    const backupDir = path.join(folder('backup-copy'), 'copy');
    const result = await backupCluster(source.url, dataDir, backupDir);
    writing = false;
    await during;
    await writer.end();
    await client.query(`insert into orders (phase, note) select 'after', 'x' from generate_series(1, 100)`);
    await client.end();
    expect(result.files).toBeGreaterThan(100);

    const restoredDir = folder('backup-restored');
    await restoreBackup(backupDir, restoredDir);
    const restored = new EmbeddedPostgres({ dataDir: restoredDir, log: () => {} });
    servers.push(restored);
    const check = new pg.Client({ connectionString: await restored.start() });
    await check.connect();
    const counts = Object.fromEntries(
      (await check.query<{ phase: string; n: string }>('select phase, count(*) as n from orders group by phase')).rows.map((r) => [r.phase, Number(r.n)]),
    );
    expect(counts.before).toBe(5000);
    expect(counts.after).toBeUndefined();
    // The sequence and the index agree with the table: a new row gets a fresh id.
    const { rows } = await check.query<{ id: number }>(`insert into orders (phase, note) values ('new', 'x') returning id`);
    expect(rows[0]!.id).toBeGreaterThan(5000 + (counts.during ?? 0) - 1);
    expect((await check.query<{ fsync: string }>('show fsync')).rows[0]!.fsync).toBe('on');
    await check.end();
  });

  it('refuses to restore over a folder an app is running on', async () => {
    const dataDir = folder('backup-busy');
    const server = new EmbeddedPostgres({ dataDir, log: () => {} });
    servers.push(server);
    await server.start();
    await expect(restoreBackup(folder('nothing'), dataDir)).rejects.toThrow(/stop it before restoring/);
  });
});
