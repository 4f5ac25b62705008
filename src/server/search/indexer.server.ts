import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/client.server';
import { createHash } from 'node:crypto';
import { buildSearchDocuments, type DocumentBatch } from './documents.server';
import type { SearchDocument, SearchEngine } from './types.server';

/** Changes are picked up with this much overlap, so a write committed late is not missed. */
const OVERLAP_MS = 5_000;

const REMOVED = 'removed';

/** What a document says, in a few bytes: equal prints, equal documents. */
function fingerprint(doc: SearchDocument): string {
  return createHash('sha1').update(JSON.stringify(doc)).digest('base64');
}

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
  /**
   * What was applied of the records changed within the overlap: the next
   * sync reads them again, and skips those whose document is the same rather
   * than re-indexing, say, a whole import twice. Entries the next sync can
   * no longer read are dropped.
   */
  private readonly applied = new Map<string, { stamp: number; print: string }>();

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
    const { documents, removed, stamps } = await buildSearchDocuments(this.db);
    const all = [...documents, ...this.extra()];
    await this.engine.replaceAll(all);
    this.applied.clear();
    this.remember({ documents, removed, stamps }, now);
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
        const batch = await buildSearchDocuments(this.db, { since: new Date(this.since.getTime() - OVERLAP_MS) });
        const prints = new Map(batch.documents.map((doc) => [doc, fingerprint(doc)]));
        const documents = batch.documents.filter((doc) => this.applied.get(doc.id)?.print !== prints.get(doc));
        const removed = batch.removed.filter((id) => this.applied.get(id)?.print !== REMOVED);
        await this.engine.upsert(documents);
        await this.engine.remove(removed);
        if (documents.length || removed.length) this.onChange();
        this.remember(batch, now, (doc) => prints.get(doc)!);
        this.since = now;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Notes the changes just applied; those the next sync can no longer read again are forgotten. */
  private remember({ documents, removed, stamps }: DocumentBatch, now: Date, printOf: (doc: SearchDocument) => string = fingerprint): void {
    // A record changed within the last millisecond of the horizon may be read once more: it is then applied again, never missed.
    const horizon = now.getTime() - OVERLAP_MS;
    const note = (id: string, print: () => string) => {
      const stamp = stamps.get(id) ?? 0;
      if (stamp > horizon) this.applied.set(id, { stamp, print: print() });
    };
    for (const doc of documents) note(doc.id, () => printOf(doc));
    for (const id of removed) note(id, () => REMOVED);
    for (const [id, { stamp }] of this.applied) if (stamp <= horizon) this.applied.delete(id);
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
