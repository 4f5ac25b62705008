import fs from 'node:fs';
import path from 'node:path';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { EmbeddedPostgres } from './embedded.server';
import * as schema from './schema.server';

export type Schema = typeof schema;
/** The one database type the services see. */
export type Db = NodePgDatabase<Schema>;

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PostgreSQL server in `dataDir` is started. */
  url?: string | undefined;
  /** The app's data folder: the embedded server's cluster is `<dataDir>/postgres`. */
  dataDir?: string | undefined;
  /** Folder with the committed SQL migrations. */
  migrationsDir?: string | undefined;
  poolSize?: number | undefined;
  /** Where the embedded server's messages go. */
  log?: ((line: string) => void) | undefined;
  /** Opens the embedded server even beside an unmoved PGlite folder (only the command that moves it does). */
  allowPglite?: boolean | undefined;
}

export interface Database {
  db: Db;
  /** `embedded`: the server this process started and supervises; `postgres`: a server at DATABASE_URL. */
  kind: 'embedded' | 'postgres';
  /** The embedded server, when this process runs one. */
  server?: EmbeddedPostgres;
  /** Runs the pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  /** Ends the pool, then (embedded) shuts the server down cleanly. */
  close(): Promise<void>;
}

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), 'drizzle');

/**
 * Opens the configured database through node-postgres: the PostgreSQL server
 * at `url`, or else the embedded server of `dataDir`, started (and created on
 * first use) here. A data folder of the retired PGlite engine is refused with
 * the command that moves it over, never silently ignored.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.url) return connect(config.url, config, 'postgres');
  const dataDir = path.resolve(config.dataDir ?? '.data');
  if (!config.allowPglite) refuseUnmigratedPglite(dataDir);
  const server = new EmbeddedPostgres({ dataDir, log: config.log });
  const url = await server.start();
  try {
    const database = await connect(url, config, 'embedded');
    return {
      ...database,
      server,
      close: async () => {
        try {
          await database.close();
        } finally {
          await server.stop();
        }
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** The folder the PGlite engine used before; `npm run db -- import-pglite` moves its rows into PostgreSQL. */
export const PGLITE_FOLDER = 'pglite';

function refuseUnmigratedPglite(dataDir: string) {
  const old = path.join(dataDir, PGLITE_FOLDER);
  if (fs.existsSync(path.join(old, 'PG_VERSION')) && !fs.existsSync(path.join(old, 'MOVED-TO-POSTGRES'))) {
    throw new Error(
      `${old} holds a database of the earlier embedded engine (PGlite), which this version no longer runs. ` +
        'Move its rows into the embedded PostgreSQL with `npm run db -- import-pglite` (nothing is deleted), then start again.',
    );
  }
}

async function connect(url: string, config: DatabaseConfig, kind: Database['kind']): Promise<Database> {
  const migrationsFolder = config.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const pg = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({
    connectionString: url,
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
  const db = drizzle({ client: pool, schema });
  return {
    db,
    kind,
    migrate: async () => {
      await migrate(db, { migrationsFolder });
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
