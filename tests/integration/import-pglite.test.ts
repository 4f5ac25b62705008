import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '~/server/db/client.server';
import { PGLITE_VERSION, importPglite } from '~/server/db/import-pglite.server';
import { LocalDiskStorage } from '~/server/media/storage.server';
import { seedDemoCatalog } from '~/features/demo/seed.server';
import { applyReferenceData } from '~/server/reference/reference.server';
import { DATABASES } from '../fixtures/databases';

interface Pglite {
  exec(query: string): Promise<unknown>;
  query<T>(query: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

const embedded = DATABASES.find((d) => d.name === 'embedded')!;

/**
 * A data folder of the earlier PGlite engine, made the way that version made
 * it (the same migrations, the demo catalog and an uploaded photo), is
 * refused by the server with the command that moves it, and that command
 * moves every row: the counts match table by table.
 */
describe('moving a PGlite data folder into PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-pglite-move-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start beside it, then moves every row and keeps the photos', { timeout: 240_000 }, async () => {
    // The source: the demo catalog and a photo on PostgreSQL, copied into a PGlite folder table by table.
    const source = await embedded.open();
    await source.migrate();
    await applyReferenceData(source.db);
    // The demo's photos go where the moved installation keeps its uploads.
    await seedDemoCatalog(source.db, { storage: new LocalDiskStorage(path.join(dataDir, 'uploads')) });

    // Fetches PGlite through the same path as the command (it is not a dependency of the pavilion).
    const prefix = path.join(os.tmpdir(), `pavilion-pglite-${PGLITE_VERSION}`);
    const entry = path.join(prefix, 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
    const { PGlite } = (await import(pathToFileURL(entry).href).catch(async () => {
      // Not cached yet: the move installs it; do the same here first.
      const { spawnSync } = await import('node:child_process');
      mkdirSync(prefix, { recursive: true });
      spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `@electric-sql/pglite@${PGLITE_VERSION}`], { stdio: 'ignore' });
      return import(pathToFileURL(entry).href);
    })) as { PGlite: { create(dir: string): Promise<Pglite> } };
    const old = await PGlite.create(path.join(dataDir, 'pglite'));
    for (const file of readdirSync(DEFAULT_MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      for (const statement of readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, file), 'utf8').split('--> statement-breakpoint')) await old.exec(statement);
    }
    const { rows: tables } = await source.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '%migrations%'`,
    );
    const expected: Record<string, number> = {};
    await old.exec('set session_replication_role = replica');
    for (const { table_name: table } of tables) {
      const { rows } = await source.db.execute<Record<string, unknown>>(sql.raw(`select * from "${table}"`));
      expected[table] = rows.length;
      for (const row of rows) {
        const cols = Object.keys(row);
        const values = cols.map((c) => (row[c] !== null && typeof row[c] === 'object' && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c]));
        await old.query(`insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`, values);
      }
    }
    await old.close();
    await source.close();

    // The server will not start on the folder as it is, and says how to move it.
    await expect(openDatabase({ dataDir, log: () => {} })).rejects.toThrow(/npm run db -- import-pglite/);

    const target = await openDatabase({ dataDir, log: () => {}, allowPglite: true });
    try {
      const report = await importPglite(dataDir, target, () => {});
      expect(report.tables).toMatchObject(expected);
      expect(report.tables.products).toBeGreaterThan(300);
      expect(report.photos).toEqual({ referenced: expected.uploads, present: expected.uploads });
      expect(expected.uploads).toBeGreaterThan(300);
      // New rows get new ids after the copied ones.
      const { rows } = await target.db.execute<{ id: number }>(sql`insert into categories (slug, name_en) values ('moved-check', 'Moved') returning id`);
      const { rows: max } = await target.db.execute<{ n: number }>(sql`select max(id) as n from categories where slug <> 'moved-check'`);
      expect(rows[0]!.id).toBeGreaterThan(Number(max[0]!.n));
    } finally {
      await target.close();
    }
    // Marked as moved: the server starts now.
    const after = await openDatabase({ dataDir, log: () => {} });
    await after.close();
  });
});
