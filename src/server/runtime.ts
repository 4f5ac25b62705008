import path from 'node:path';
import { DATA_DIR, DATABASE_URL, SEED_DEMO } from 'astro:env/server';
import { openDatabase, type Database } from './db/client';
import { seedDemoCatalog } from './seed/seed';

/**
 * The process-wide services, opened once on first use: the database is
 * migrated and, on a new installation, loaded with the demo catalog.
 */
export interface Runtime {
  database: Database;
  startedAt: Date;
}

let runtime: Promise<Runtime> | null = null;

export function getRuntime(): Promise<Runtime> {
  runtime ??= boot().catch((error) => {
    runtime = null;
    throw error;
  });
  return runtime;
}

export async function getDb() {
  return (await getRuntime()).database.db;
}

async function boot(): Promise<Runtime> {
  const database = await openDatabase({
    url: DATABASE_URL,
    dataDir: path.resolve(DATA_DIR, 'pglite'),
  });
  installShutdown(database);
  await database.migrate();
  if (SEED_DEMO) await seedDemoCatalog(database.db);
  return { database, startedAt: new Date() };
}

let shutdownInstalled = false;
function installShutdown(database: Database) {
  if (shutdownInstalled) return;
  shutdownInstalled = true;
  const stop = (signal: NodeJS.Signals) => {
    // Close the embedded database cleanly so its folder is consistent, then leave.
    void database.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
