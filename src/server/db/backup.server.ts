import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { CLUSTER_FOLDER, stopLeftoverServer } from './embedded.server';

/**
 * Backups of the embedded PostgreSQL while it runs, with PostgreSQL's
 * low-level backup API (the shipped binaries have no pg_dump or
 * pg_basebackup): `pg_backup_start`, a copy of the cluster's files,
 * `pg_backup_stop`, then the WAL written meanwhile. Started from such a
 * copy, PostgreSQL replays that WAL and is consistent as of the end of the
 * backup; full_page_writes repairs pages copied while being written.
 */

/** Contents PostgreSQL rebuilds on start (per the documentation of base backups): the folders are kept, empty. */
const SKIPPED_CONTENTS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);

export interface BackupResult {
  target: string;
  files: number;
  bytes: number;
  startLsn: string;
  stopLsn: string;
}

function copyTree(from: string, to: string, skipContents: boolean, counts: { files: number; bytes: number }) {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (skipContents && SKIPPED_CONTENTS.has(entry.name)) fs.mkdirSync(dest, { mode: 0o700 });
      else copyTree(source, dest, false, counts);
    } else if (entry.isFile() && !(skipContents && SKIPPED_FILES.has(entry.name)) && !entry.name.startsWith('pgsql_tmp')) {
      try {
        fs.copyFileSync(source, dest);
        counts.files++;
        counts.bytes += fs.statSync(dest).size;
      } catch (error) {
        // A file PostgreSQL removed while we copied (a dropped relation, a finished temp file) is not needed.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}

/**
 * Copies the running cluster of `dataDir` (server at `url`, a superuser) into
 * `target`, a new folder, with the password file beside it. The copy is a
 * whole data folder: `restoreBackup` puts it in place.
 */
export async function backupCluster(url: string, dataDir: string, target: string): Promise<BackupResult> {
  const cluster = path.join(path.resolve(dataDir), CLUSTER_FOLDER);
  if (fs.existsSync(target) && fs.readdirSync(target).length) throw new Error(`${target} is not empty`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts = { files: 0, bytes: 0 };
  try {
    // One session for start and stop (a non-exclusive backup); `true`: checkpoint now rather than when due.
    const started = await client.query<{ lsn: string }>(`select pg_backup_start($1, true) as lsn`, [`pavilion ${new Date().toISOString()}`]);
    const data = path.join(target, CLUSTER_FOLDER);
    try {
      copyTree(cluster, data, true, counts);
    } catch (error) {
      await client.query('select pg_backup_stop(false)').catch(() => {});
      throw error;
    }
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(`select * from pg_backup_stop(false)`);
    const { lsn, labelfile, spcmapfile } = stopped.rows[0]!;
    fs.writeFileSync(path.join(data, 'backup_label'), labelfile, { mode: 0o600 });
    if (spcmapfile) fs.writeFileSync(path.join(data, 'tablespace_map'), spcmapfile, { mode: 0o600 });
    // The WAL from the backup's start to its stop (pg_backup_stop has switched segments, so it is all on disk).
    copyTree(path.join(cluster, 'pg_wal'), path.join(data, 'pg_wal'), false, counts);
    fs.copyFileSync(path.join(path.resolve(dataDir), 'postgres-password'), path.join(target, 'postgres-password'));
    return { target, ...counts, startLsn: started.rows[0]!.lsn, stopLsn: lsn };
  } finally {
    await client.end();
  }
}

/**
 * Puts a backup in place as the cluster of `dataDir` while no app runs on
 * it. The cluster it replaces is kept beside it (`postgres.before-restore-…`),
 * never deleted.
 */
export async function restoreBackup(backup: string, dataDir: string): Promise<{ keptAside: string | null }> {
  const root = path.resolve(dataDir);
  const lock = path.join(root, 'postgres.lock');
  if (fs.existsSync(lock)) {
    const holder = Number(fs.readFileSync(lock, 'utf8').trim());
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = true;
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (alive) throw new Error(`The pavilion (process ${holder}) runs on ${root}: stop it before restoring.`);
  }
  if (!fs.existsSync(path.join(backup, CLUSTER_FOLDER, 'backup_label'))) throw new Error(`${backup} is not a backup made by db:backup`);
  await stopLeftoverServer(root);
  fs.mkdirSync(root, { recursive: true });
  const cluster = path.join(root, CLUSTER_FOLDER);
  let keptAside: string | null = null;
  if (fs.existsSync(cluster)) {
    keptAside = `${cluster}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(cluster, keptAside);
  }
  copyTree(path.join(backup, CLUSTER_FOLDER), cluster, false, { files: 0, bytes: 0 });
  const password = path.join(root, 'postgres-password');
  if (fs.existsSync(password)) fs.copyFileSync(password, `${password}.before-restore`);
  fs.copyFileSync(path.join(backup, 'postgres-password'), password);
  fs.chmodSync(password, 0o600);
  return { keptAside };
}
