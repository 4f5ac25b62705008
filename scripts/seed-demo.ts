/**
 * `npm run seed:demo`: loads the demo catalog (data/demo/) into the database
 * of DATA_DIR (or DATABASE_URL) and its photos into the media storage
 * (MEDIA_DIR, or the S3 bucket when S3_ENDPOINT is set), as `npm start`
 * does on a new installation with SEED_DEMO=true. Records that exist are
 * left alone; `--force` loads again even when this demo version was loaded.
 * `--art` first redraws the committed demo pictures (see seed/demo-art.ts).
 */
import path from 'node:path';
import { applyReferenceData } from '../src/server/reference/reference.server';
import { openDatabase } from '../src/server/db/client.server';
import { runningServerUrl } from '../src/server/db/embedded.server';
import { mediaStorageFor } from '../src/server/media/storage-choice.server';
import { seedDemoAccounts } from '../src/features/demo/accounts.server';
import { seedDemoCatalog } from '../src/features/demo/seed.server';

const env = process.env;
const dataDir = path.resolve(env.DATA_DIR ?? '.data');
const args = process.argv.slice(2);

if (args.includes('--art')) {
  const { drawDemoPictures } = await import('../src/features/demo/pictures.server');
  const made = await drawDemoPictures({ log: (line) => console.log(line) });
  console.log(`Drew ${made} pictures into data/demo/images/.`);
}

// With the pavilion running, load through its server; else start the embedded one for the purpose.
const url = env.DATABASE_URL || runningServerUrl(dataDir) || undefined;
const database = await openDatabase({ url, dataDir, log: (line) => console.log(line) });
try {
  await database.migrate();
  await applyReferenceData(database.db);
  const storage = mediaStorageFor({
    dataDir,
    mediaDir: env.MEDIA_DIR,
    s3: {
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
      region: env.S3_REGION,
    },
  });
  const started = performance.now();
  const result = await seedDemoCatalog(database.db, { storage, force: args.includes('--force') });
  const accounts = await seedDemoAccounts(database.db);
  console.log(
    result.applied
      ? `Demo loaded in ${Math.round(performance.now() - started)} ms: ${result.exporters} exporters, ${result.products} products, ${result.photos} photos, ${accounts} accounts.`
      : 'This version of the demo is already loaded (--force loads what is missing).',
  );
} finally {
  await database.close();
}
