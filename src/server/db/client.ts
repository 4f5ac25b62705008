import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the services see, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Folder with the committed SQL migrations. */
  migrationsDir?: string | undefined;
  poolSize?: number | undefined;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs the pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), 'drizzle');

/**
 * Opens the configured database. PGlite is one session in one process, so its
 * data folder is guarded by a lock file: a second process gets a clear error
 * instead of a corrupted folder.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const migrationsFolder = config.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  if (config.url) {
    const pg = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      // While the server is away or restarting, a request waits at most this long for a connection
      // (then answers 503) instead of queueing forever behind broken ones.
      connectionTimeoutMillis: 10_000,
    });
    // A broken idle connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    // Nor one checked out between two queries (a transaction, the mail worker's claim) when the server
    // restarts: the pool listens only to idle clients. The next query on it fails (→ 503) and the pool
    // drops it when it is released.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: async () => {
        await migrate(drizzle({ client: pool, schema }), { migrationsFolder });
      },
      ping: async () => {
        try {
          await pool.query('select 1');
          return true;
        } catch {
          return false;
        }
      },
      close: () => pool.end(),
    };
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const dataDir = config.dataDir ?? path.resolve(process.cwd(), '.data/pglite');
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireLock(dataDir);
  let client: InstanceType<typeof PGlite>;
  try {
    if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
    client = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzle({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    },
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * Takes an exclusive lock on an embedded data folder. A lock left by a process
 * that no longer runs (killed with SIGKILL) is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lockPath = `${dataDir.replace(/\/+$/, '')}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${dataDir} is in use by process ${holder}. ` +
            'Stop it first, or set DATABASE_URL to share a PostgreSQL server between instances.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
