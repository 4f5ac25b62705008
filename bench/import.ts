/**
 * `npm run bench -- --only=import`: a 500-row product sheet read, checked and
 * imported into PostgreSQL (the embedded server on a fresh folder, with the
 * demo catalog), the way the import page does it: `createBatch` (parse,
 * store the batch) then `applyBatch` (check every row with the product
 * form's schema, create the drafts). Then the same file again, which must
 * change nothing. Target: the first import of 500 rows within 10 s.
 *
 * Results: bench/results/import.json.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Actor } from '../src/features/audit/audit.server';
import { seedDemoCatalog } from '../src/features/demo/seed.server';
import { EXAMPLE } from '../src/features/spreadsheet/columns';
import { applyBatch, createBatch, getBatch } from '../src/features/spreadsheet/import.server';
import { writeCsv } from '../src/features/spreadsheet/sheet.server';
import { openDatabase } from '../src/server/db/client.server';
import * as t from '../src/server/db/schema.server';
import { MAX_HEAVY_PIXELS, MAX_PIXELS } from '../src/server/media/images.server';
import { LocalDiskStorage } from '../src/server/media/storage.server';
import { applyReferenceData } from '../src/server/reference/reference.server';
import { ROOT, round } from './lib/server';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 500);
const TARGET_SECONDS = 10;
const ACTOR: Actor = { id: null, email: 'bench@exporters.pavilion.example', role: 'exporter' };
const LIMITS = { maxBytes: 10_000_000, maxPixels: MAX_PIXELS, maxHeavyPixels: MAX_HEAVY_PIXELS, perWindow: 30, windowSeconds: 600, quotaBytes: 250_000_000 };

const rows = Array.from({ length: ROWS }, (_, i) => ({
  ...EXAMPLE,
  sku: `BENCH-${String(i + 1).padStart(4, '0')}`,
  nameEn: `Himalayan Pink Salt Lamp, natural shape, model ${i + 1}`,
  nameZh: `喜马拉雅粉盐灯${i + 1}型`,
  moq: String(100 + i),
}));
const sheet = writeCsv(rows);

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
// As root, the database server runs as its own user, which must be able to pass through the folder.
chmodSync(dir, 0o711);
const database = await openDatabase({ dataDir: path.join(dir, 'data') });
try {
  await database.migrate();
  await applyReferenceData(database.db);
  await seedDemoCatalog(database.db);
  const [exporter] = await database.db.select({ id: t.exporters.id }).from(t.exporters).where(eq(t.exporters.slug, 'khewra-crystal-salt-works'));
  if (!exporter) throw new Error('The demo exporter is missing');
  const storage = new LocalDiskStorage(path.join(dir, 'uploads'));

  const run = async () => {
    const started = performance.now();
    const created = await createBatch(database.db, storage, ACTOR, exporter.id, { fileName: 'bench.csv', sheet }, LIMITS);
    if (!created.ok) throw new Error(`The sheet was refused: ${created.problem}`);
    const parsed = performance.now();
    const outcome = await applyBatch(database.db, storage, ACTOR, (await getBatch(database.db, exporter.id, created.id))!);
    const done = performance.now();
    return { parseMs: round(parsed - started, 1), checkAndImportMs: round(done - parsed, 1), totalSeconds: round((done - started) / 1000, 2), outcome };
  };

  const first = await run();
  const again = await run();
  if (first.outcome.created !== ROWS) throw new Error(`Expected ${ROWS} new products, got ${JSON.stringify(first.outcome)}`);
  if (again.outcome.unchanged !== ROWS) throw new Error(`Expected the second import to change nothing, got ${JSON.stringify(again.outcome)}`);
  const result = {
    rows: ROWS,
    sheetBytes: sheet.byteLength,
    targetSeconds: TARGET_SECONDS,
    first,
    again,
    withinTarget: first.totalSeconds <= TARGET_SECONDS,
  };
  console.log(
    `Import: ${ROWS} rows (${Math.round(sheet.byteLength / 1024)} KB CSV) parsed ${first.parseMs} ms, checked and imported ${first.checkAndImportMs} ms: ${first.totalSeconds} s (target ≤ ${TARGET_SECONDS} s)${first.totalSeconds <= TARGET_SECONDS ? '' : ' — OVER TARGET'}; same file again ${again.totalSeconds} s, ${again.outcome.unchanged} unchanged`,
  );
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench/results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
