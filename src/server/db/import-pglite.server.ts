import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { parseUploadKey, variantPaths } from '~/server/media/upload-keys.server';
import { PGLITE_FOLDER, type Database } from './client.server';

/**
 * Moves a data folder of the retired PGlite engine into PostgreSQL: every
 * row of every table, in one transaction, with the sequences set after the
 * copied ids; counted on both sides before it is committed. The old folder
 * is kept, marked as moved. Photos are files in `<dataDir>/uploads` and stay
 * where they are; their rows come along and are checked against the files.
 */

/** The PGlite release the earlier versions wrote with; fetched from the npm registry only for this move. */
export const PGLITE_VERSION = '0.5.16';

interface PgliteClient {
  query<T>(query: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/** Installs PGlite into a cache folder outside the project (it is no dependency of the pavilion) and loads it. */
async function loadPglite(log: (line: string) => void): Promise<{ create(dir: string): Promise<PgliteClient> }> {
  const prefix = path.join(os.tmpdir(), `pavilion-pglite-${PGLITE_VERSION}`);
  const entry = path.join(prefix, 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js');
  if (!fs.existsSync(entry)) {
    log(`Fetching @electric-sql/pglite@${PGLITE_VERSION} from the npm registry to read the old folder…`);
    fs.mkdirSync(prefix, { recursive: true });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', `@electric-sql/pglite@${PGLITE_VERSION}`], {
      stdio: 'inherit',
    });
    if (result.status !== 0 || !fs.existsSync(entry)) throw new Error('Could not install @electric-sql/pglite to read the old data folder.');
  }
  const mod = (await import(/* @vite-ignore */ pathToFileURL(entry).href)) as { PGlite: { create(dir: string): Promise<PgliteClient> } };
  return mod.PGlite;
}

export interface ImportReport {
  tables: Record<string, number>;
  photos: { referenced: number; present: number };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Copies `<dataDir>/pglite` into `database` (migrated, its tables emptied
 * first, so running it twice gives the same result) and marks the old folder
 * as moved.
 */
export async function importPglite(dataDir: string, database: Database, log: (line: string) => void = console.log): Promise<ImportReport> {
  const oldDir = path.join(path.resolve(dataDir), PGLITE_FOLDER);
  if (!fs.existsSync(path.join(oldDir, 'PG_VERSION'))) throw new Error(`No PGlite database in ${oldDir}`);
  await database.migrate();
  const PGlite = await loadPglite(log);
  const old = await PGlite.create(oldDir);
  const tables: Record<string, number> = {};
  try {
    const { rows: names } = await old.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const { rows: newNames } = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const known = new Set(newNames.map((r) => r.table_name));
    await database.db.transaction(async (tx) => {
      // Rows arrive in any order: foreign keys and triggers are checked by the source, not again here.
      await tx.execute(sql`set local session_replication_role = replica`);
      for (const table of known) await tx.execute(sql.raw(`truncate ${quote(table)} cascade`));
      for (const { table_name: table } of names) {
        if (!known.has(table)) {
          log(`Skipping ${table}: this version has no such table.`);
          continue;
        }
        const { rows: columns } = await tx.execute<{ column_name: string }>(
          sql`select column_name from information_schema.columns where table_schema = 'public' and table_name = ${table}`,
        );
        const wanted = new Set(columns.map((c) => c.column_name));
        const { rows } = await old.query<Record<string, unknown>>(`select * from ${quote(table)}`);
        for (let i = 0; i < rows.length; i += 500) {
          const batch = rows.slice(i, i + 500);
          const cols = Object.keys(batch[0]!).filter((c) => wanted.has(c));
          // JSON values go back as JSON text; everything else as node-postgres sends it.
          const values = batch.map(
            (row) =>
              sql`(${sql.join(
                cols.map((c) => sql`${toParam(row[c])}`),
                sql`, `,
              )})`,
          );
          await tx.execute(
            sql`insert into ${sql.raw(quote(table))} (${sql.raw(cols.map(quote).join(', '))}) overriding system value values ${sql.join(values, sql`, `)}`,
          );
        }
        const { rows: counted } = await tx.execute<{ n: string }>(sql.raw(`select count(*) as n from ${quote(table)}`));
        if (Number(counted[0]!.n) !== rows.length) throw new Error(`${table}: ${rows.length} rows read but ${counted[0]!.n} stored`);
        tables[table] = rows.length;
      }
      // Every sequence continues after the highest id copied.
      const { rows: serials } = await tx.execute<{ table_name: string; column_name: string; seq: string }>(sql`
        select c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
        from information_schema.columns c where c.table_schema = 'public'
          and pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) is not null`);
      for (const s of serials) {
        await tx.execute(
          sql.raw(`select setval('${s.seq.replace(/'/g, "''")}', coalesce((select max(${quote(s.column_name)}) from ${quote(s.table_name)}), 0) + 1, false)`),
        );
      }
      // Sequences the app draws on its own (inquiry references) continue where they were.
      const { rows: sequences } = await old.query<{ name: string; last: string | null }>(
        `select sequencename as name, last_value as last from pg_sequences where schemaname = 'public'`,
      );
      for (const s of sequences) {
        if (s.last !== null)
          await tx.execute(
            sql.raw(`select setval('${quote(s.name).replace(/'/g, "''")}', greatest(${Number(s.last)}, (select last_value from ${quote(s.name)})))`),
          );
      }
    });
  } finally {
    await old.close();
  }
  const photos = await countPhotos(dataDir, database);
  fs.writeFileSync(
    path.join(oldDir, 'MOVED-TO-POSTGRES'),
    `Moved into the embedded PostgreSQL on ${new Date().toISOString()}\n${JSON.stringify(tables, null, 2)}\n`,
  );
  return { tables, photos };
}

function toParam(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

/** Uploaded photos are files under `<dataDir>/uploads`, one per variant: how many the rows name, and how many of those have all their files. */
async function countPhotos(dataDir: string, database: Database): Promise<{ referenced: number; present: number }> {
  const { rows } = await database.db.execute<{ key: string }>(sql`select key from uploads`);
  const folder = path.join(path.resolve(dataDir), 'uploads');
  let present = 0;
  for (const { key } of rows) {
    const parsed = parseUploadKey(key);
    if (parsed && variantPaths(parsed).every((file) => fs.existsSync(path.join(folder, file)))) present++;
  }
  return { referenced: rows.length, present };
}
