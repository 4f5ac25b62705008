import path from 'node:path';
import { AUTH_SECRET, DATA_DIR, DATABASE_URL, MAIL_FROM, MAIL_MAX_ATTEMPTS, SEED_DEMO, SITE_URL, SMTP_URL } from 'astro:env/server';
import { authFor } from '~/server/auth/auth.server';
import { openDatabase, type Database } from '~/server/db/client.server';
import { createMailer, type Mailer } from '~/server/mail/transport.server';
import { MailWorker, releaseLeases } from '~/server/mail/worker.server';
import { pruneRateLimits } from '~/server/rate-limit.server';
import { getMediaStorage } from '~/server/media/media-runtime.server';
import { sweepAbandonedUploads } from '~/server/media/uploads.server';
import { applyReferenceData } from '~/server/reference/reference.server';
import { renderJob } from '~/features/inquiry/mail.server';
import { seedDemoCatalog } from '~/features/demo/seed.server';
import { seedDemoAccounts } from '~/features/demo/accounts.server';
import { startInterestFlush, stopInterestFlush } from '~/features/operator/interest.server';
import { mailExpiringSoon } from '~/features/review/mail.server';

/**
 * The process-wide services, opened once on first use: the database is
 * migrated and, on a new installation, loaded with the demo catalog.
 */
export interface Runtime {
  database: Database;
  mailer: Mailer;
  mailWorker: MailWorker;
  startedAt: Date;
}

export const siteUrl = () => SITE_URL.replace(/\/+$/, '');

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

/** Accounts and sessions (Better Auth) on the runtime's database. */
export async function getAuth() {
  return authFor({ db: await getDb(), siteUrl: siteUrl(), secret: AUTH_SECRET });
}

async function boot(): Promise<Runtime> {
  const database = await openDatabase({ url: DATABASE_URL, dataDir: path.resolve(DATA_DIR) });
  try {
    await database.migrate();
    // Categories, HS chapters and the like: every pavilion needs them, demo or not; the demo catalog refers to them.
    await applyReferenceData(database.db);
    if (SEED_DEMO) {
      await seedDemoCatalog(database.db, { storage: getMediaStorage() });
      await seedDemoAccounts(database.db);
    }
  } catch (error) {
    // The next request tries again from the start: the embedded server must not be left running under this one.
    await database.close().catch(() => undefined);
    throw error;
  }
  const mailer = createMailer({ smtpUrl: SMTP_URL, outboxDir: path.resolve(DATA_DIR, 'outbox'), from: MAIL_FROM });
  const mailWorker = new MailWorker(database.db, mailer, { siteUrl: siteUrl(), maxAttempts: MAIL_MAX_ATTEMPTS, render: renderJob });
  // The data folder's lock makes this process the only worker of the embedded database: leases left by a killed one are stale.
  if (database.kind === 'embedded') await releaseLeases(database.db);
  mailWorker.start(1000);
  // Buyer-interest counts are summed in memory and added to the database every 10 seconds (and at shutdown).
  startInterestFlush(database.db);
  // Hourly housekeeping: old rate-limit windows, photos uploaded a day ago for products never saved.
  setInterval(() => {
    void pruneRateLimits(database.db).catch(() => undefined);
    void sweepAbandonedUploads(database.db, getMediaStorage()).catch(() => undefined);
  }, 3_600_000).unref();
  // Daily: exporters are told of certificates and checks expiring within 30 days, each expiry once (any instance may run it).
  const expiring = () => void mailExpiringSoon(database.db, siteUrl()).catch(() => undefined);
  setTimeout(expiring, 60_000).unref();
  setInterval(expiring, 86_400_000).unref();
  installShutdown(database, mailWorker, mailer);
  return { database, mailer, mailWorker, startedAt: new Date() };
}

/**
 * How the process ends on SIGTERM/SIGINT: the HTTP server (scripts/serve.mjs)
 * stops taking requests and lets the running ones finish, then calls this
 * hook; it stops the mail worker, closes the pool and shuts the embedded
 * PostgreSQL down cleanly. Without that server (astro dev) the signal is
 * handled here directly.
 */
const SHUTDOWN = Symbol.for('pavilion.shutdown');
let shutdownInstalled = false;
function installShutdown(database: Database, mailWorker: MailWorker, mailer: Mailer) {
  if (shutdownInstalled) return;
  shutdownInstalled = true;
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= mailWorker
      .stop()
      .then(() => stopInterestFlush(database.db))
      .then(() => mailer.close())
      .then(() => database.close()));
  (globalThis as Record<symbol, unknown>)[SHUTDOWN] = close;
  const stop = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return; // the HTTP server drains first, then calls the hook
    void close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
