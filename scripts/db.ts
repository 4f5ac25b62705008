/**
 * `npm run db -- <command>`: the embedded PostgreSQL of DATA_DIR (or the
 * server at DATABASE_URL where it applies).
 *   backup [folder]     a restorable copy while the pavilion runs (default: DATA_DIR/backups/<time>)
 *   restore <folder>    put a backup in place (the pavilion stopped; the replaced cluster is kept aside)
 *   import-pglite       move the rows of an earlier version's PGlite folder (DATA_DIR/pglite) into PostgreSQL
 *   url                 print the connection URL of the running embedded server (for psql, pg_dump)
 */
import path from 'node:path';
import { backupCluster, restoreBackup } from '../src/server/db/backup.server';
import { openDatabase } from '../src/server/db/client.server';
import { EmbeddedPostgres, runningServerUrl } from '../src/server/db/embedded.server';
import { importPglite } from '../src/server/db/import-pglite.server';

const dataDir = path.resolve(process.env.DATA_DIR ?? '.data');
const [command, arg] = process.argv.slice(2);
const log = (line: string) => console.log(line);

/** Runs `fn` with the URL of the embedded server: the running pavilion's, or one started for the purpose. */
async function withServer<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const running = runningServerUrl(dataDir);
  if (running) return fn(running);
  const server = new EmbeddedPostgres({ dataDir, log });
  try {
    return await fn(await server.start());
  } finally {
    await server.stop();
  }
}

try {
  switch (command) {
    case 'backup': {
      const target = path.resolve(arg ?? path.join(dataDir, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
      const result = await withServer((url) => backupCluster(url, dataDir, target));
      console.log(
        `Backup written to ${result.target}: ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB (WAL ${result.startLsn} → ${result.stopLsn}).`,
      );
      console.log(`Restore it with: npm run db -- restore ${result.target}`);
      break;
    }
    case 'restore': {
      if (!arg) throw new Error('Name the backup folder: npm run db -- restore <folder>');
      const { keptAside } = await restoreBackup(path.resolve(arg), dataDir);
      console.log(
        `Restored ${path.resolve(arg)} into ${dataDir}.${keptAside ? ` The cluster it replaced is kept in ${keptAside}.` : ''} Start the pavilion as usual.`,
      );
      break;
    }
    case 'import-pglite': {
      const database = await openDatabase({ dataDir, log, allowPglite: true });
      try {
        const report = await importPglite(dataDir, database, log);
        for (const [table, n] of Object.entries(report.tables)) console.log(`  ${table}: ${n} rows`);
        console.log(`Photos: ${report.photos.present} of ${report.photos.referenced} uploaded photos found in ${path.join(dataDir, 'uploads')}.`);
        console.log('Moved. The old folder is kept (marked MOVED-TO-POSTGRES); start the pavilion as usual.');
      } finally {
        await database.close();
      }
      break;
    }
    case 'url': {
      const url = runningServerUrl(dataDir);
      if (!url) throw new Error(`No embedded PostgreSQL runs on ${dataDir}: start the pavilion first.`);
      console.log(url);
      break;
    }
    default:
      console.error('Usage: npm run db -- backup [folder] | restore <folder> | import-pglite | url');
      process.exitCode = 2;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
