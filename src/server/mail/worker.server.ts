import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import * as t from '~/server/db/schema.server';
import { MAIL_CONCURRENCY, type MailMessage, type Mailer } from './transport.server';

/** Turns a queued job into the message to send; null when it has nothing left to say (e.g. its inquiry is gone). */
export type RenderMail = (db: Db, job: typeof t.outboxJobs.$inferSelect, siteUrl: string) => Promise<MailMessage | null>;

export interface WorkerOptions {
  siteUrl: string;
  /** The mails' texts belong to the features that send them (src/features/inquiry/mail.server.ts). */
  render: RenderMail;
  /** After this many failed attempts a job is parked for the operator. */
  maxAttempts?: number;
  /** Jobs claimed per round. */
  batch?: number;
  /** How long a claimed job stays reserved for this worker. */
  leaseSeconds?: number;
}

export interface RoundResult {
  sent: number;
  failed: number;
  parked: number;
}

/** Exponential backoff: 2 s, 4 s, 8 s … capped at 10 minutes. */
export function backoffSeconds(attempts: number): number {
  return Math.min(600, 2 ** Math.max(1, attempts));
}

/**
 * Sends the outbox. Each round claims due jobs with a lease (`FOR UPDATE
 * SKIP LOCKED`, so several instances never take the same job), renders and
 * sends them, and records the outcome. A failure never reaches the buyer:
 * the job is retried with backoff and parked after `maxAttempts`.
 */
export class MailWorker {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private round: Promise<RoundResult> | null = null;
  private readonly maxAttempts: number;
  private readonly batch: number;
  private readonly leaseSeconds: number;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    private readonly options: WorkerOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 8;
    this.batch = options.batch ?? 50;
    this.leaseSeconds = options.leaseSeconds ?? 60;
  }

  /** Runs one round; concurrent calls share the round in progress. */
  runOnce(): Promise<RoundResult> {
    this.round ??= this.work().finally(() => {
      this.round = null;
    });
    return this.round;
  }

  /** Sends until nothing is due (or `maxRounds`); for tests and shutdown. */
  async drain(maxRounds = 50): Promise<RoundResult> {
    const total = { sent: 0, failed: 0, parked: 0 };
    for (let i = 0; i < maxRounds; i++) {
      const r = await this.runOnce();
      total.sent += r.sent;
      total.failed += r.failed;
      total.parked += r.parked;
      if (r.sent + r.failed + r.parked === 0) break;
    }
    return total;
  }

  /** Polls every `intervalMs`; a round that found a full batch is followed at once by the next. */
  start(intervalMs = 1000): void {
    if (this.timer) clearInterval(this.timer);
    this.stopped = false;
    const tick = async () => {
      try {
        for (let round = 0; round < 100 && !this.stopped; round++) {
          const r = await this.runOnce();
          if (r.sent + r.failed + r.parked < this.batch) break;
        }
      } catch {
        // The database is unreachable: try again at the next tick.
      }
    };
    this.timer = setInterval(() => void tick(), intervalMs);
    this.timer.unref();
  }

  /** Stops polling and waits for the mails in flight, so none is left leased (and sent twice) by a shutdown. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.round?.catch(() => undefined);
  }

  private async claim() {
    const rows = await this.db.execute<{ id: number }>(sql`
      update outbox_jobs set locked_until = now() + make_interval(secs => ${this.leaseSeconds})
      where id in (
        select id from outbox_jobs
        where status = 'pending' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
        order by id
        limit ${this.batch}
        for update skip locked)
      returning id`);
    const ids = rows.rows.map((r) => Number(r.id));
    if (!ids.length) return [];
    return this.db.select().from(t.outboxJobs).where(inArray(t.outboxJobs.id, ids));
  }

  private async work(): Promise<RoundResult> {
    const result = { sent: 0, failed: 0, parked: 0 };
    const jobs = await this.claim();
    // A few mails in flight at once, each settled on its own.
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) await this.deliver(jobs[next++]!, result);
    };
    await Promise.all(Array.from({ length: Math.min(MAIL_CONCURRENCY, jobs.length) }, lane));
    return result;
  }

  private async deliver(job: typeof t.outboxJobs.$inferSelect, result: RoundResult): Promise<void> {
    try {
      const message = await this.options.render(this.db, job, this.options.siteUrl);
      if (message) await this.mailer.send(message);
      await this.db
        .update(t.outboxJobs)
        .set({ status: 'sent', sentAt: new Date(), lockedUntil: null, attempts: job.attempts + 1, lastError: null })
        .where(and(eq(t.outboxJobs.id, job.id), eq(t.outboxJobs.status, 'pending')));
      result.sent++;
    } catch (error) {
      const attempts = job.attempts + 1;
      const parked = attempts >= this.maxAttempts;
      await this.db
        .update(t.outboxJobs)
        .set({
          attempts,
          status: parked ? 'parked' : 'pending',
          lockedUntil: null,
          lastError: String((error as Error).message ?? error).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffSeconds(attempts) * 1000),
        })
        .where(eq(t.outboxJobs.id, job.id));
      if (parked) result.parked++;
      else result.failed++;
    }
  }
}

/**
 * Frees the leases of jobs claimed by a process that died (SIGKILL). Only
 * safe when no other worker can be running: the embedded database, whose
 * lock file guarantees one process. With PostgreSQL the leases expire.
 */
export async function releaseLeases(db: Db): Promise<void> {
  await db.execute(sql`update outbox_jobs set locked_until = null where status = 'pending' and locked_until is not null`);
}

/** Puts a parked job back in the queue (operator's "resend"). */
export async function resendJob(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .update(t.outboxJobs)
    .set({ status: 'pending', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null })
    .where(and(eq(t.outboxJobs.id, id), eq(t.outboxJobs.status, 'parked')))
    .returning({ id: t.outboxJobs.id });
  return rows.length > 0;
}
