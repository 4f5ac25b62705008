import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import { buildSearchDocuments } from './documents.server';
import type { SearchDocument, SearchEngine } from './types.server';

/** Changes are picked up with this much overlap, so a write committed late is not missed. */
const OVERLAP_MS = 5_000;

/**
 * Keeps a search engine in step with the database. `rebuild` indexes
 * everything; `sync` applies what changed since the last run, so an edit made
 * by any instance (or by hand in SQL) becomes searchable without a restart.
 */
export class SearchIndexer {
  private since: Date | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    readonly engine: SearchEngine,
    /** Documents that do not come from the database (articles), added on each rebuild. */
    private readonly extra: () => SearchDocument[] = () => [],
    /** Called when a sync found changed or removed records. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  async rebuild(): Promise<number> {
    const now = await this.databaseNow();
    const { documents } = await buildSearchDocuments(this.db);
    const all = [...documents, ...this.extra()];
    await this.engine.replaceAll(all);
    this.since = now;
    return all.length;
  }

  /**
   * Applies the changes since the last rebuild or sync. Called while a run is
   * under way, it queues one more run, so a change committed just before the
   * call is always included when the promise resolves.
   */
  sync(): Promise<void> {
    if (this.running) {
      this.queued ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.sync();
        });
      return this.queued;
    }
    this.running = (async () => {
      try {
        if (!this.since) {
          await this.rebuild();
          return;
        }
        const now = await this.databaseNow();
        const { documents, removed } = await buildSearchDocuments(this.db, { since: new Date(this.since.getTime() - OVERLAP_MS) });
        await this.engine.upsert(documents);
        await this.engine.remove(removed);
        if (documents.length || removed.length) this.onChange();
        this.since = now;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Polls for changes every `intervalMs` until stopped. */
  start(intervalMs = 2_000): void {
    this.stop();
    this.timer = setInterval(() => void this.sync().catch(() => undefined), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async databaseNow(): Promise<Date> {
    const rows = await this.db.execute<{ now: string | Date }>(sql`select now() as now`);
    const value = rows.rows[0]?.now;
    return new Date(value ?? Date.now());
  }
}
