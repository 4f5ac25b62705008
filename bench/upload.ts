/**
 * `npm run bench:upload`: the photo pipeline's memory and time.
 *
 * - Memory: the production build is started on a fresh installation, the demo
 *   exporter signs in and uploads a small photo (which loads the image
 *   library once per process), then a 50-megapixel JPEG (8660 × 5774,
 *   textured like a photo, under the upload limit) to `POST /api/exporter/uploads`.
 *   The server's resident memory is read from /proc/<pid>/status: VmRSS
 *   before the upload (baseline, after the start-up peak has been cleared
 *   through /proc/<pid>/clear_refs) and VmHWM after it (the peak while the
 *   photo was processed). Run once per database kind (BENCH_DATABASES,
 *   default `embedded,postgres`; PostgreSQL at BENCH_DATABASE_URL, skipped when
 *   unreachable), because the embedded database is most of the baseline.
 * - Time: the variants pipeline (`processPhoto`: checks, one decode, AVIF and
 *   WebP at 480/960/1600 px) on a typical 12-megapixel photo (4000 × 3000
 *   JPEG), in this process, BENCH_ROUNDS (5) rounds after one warm-up.
 *
 * Results: bench/results/upload.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import sharp from 'sharp';
import { processPhoto } from '../src/server/media/images.server';
import { ROOT, ensureBuild, percentile, round, startServer } from './lib/server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DATABASES = (process.env.BENCH_DATABASES ?? 'embedded,postgres').split(',').map((s) => s.trim());
const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const EXPORTER = { email: 'khewra-crystal-salt-works@exporters.pavilion.example', password: 'exporter-demo-2026' };
const MB = 1024 * 1024;

for (const name of ['DATABASE_URL', 'SMTP_URL', 'DATA_DIR', 'MEILI_HOST', 'MEILI_API_KEY', 'UPLOAD_MAX_BYTES']) delete process.env[name];

/** A photo-like JPEG: smooth colour areas with fine grain, so it compresses like a real one. */
async function photoLike(width: number, height: number, quality: number): Promise<Buffer> {
  const coarse = await sharp({
    create: {
      width: Math.ceil(width / 10),
      height: Math.ceil(height / 10),
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 6 } } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  return sharp(coarse)
    .resize(width, height, { kernel: 'cubic' })
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality })
    .toBuffer();
}

const kib = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) * 1024;
const procStatus = (pid: number) => readFileSync(`/proc/${pid}/status`, 'utf8');

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `pavilion_bench_upload_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function signIn(origin: string): Promise<string> {
  const res = await fetch(`${origin}/en/exporter/sign-in/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams(EXPORTER),
    redirect: 'manual',
  });
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (res.status !== 303 || !cookies) throw new Error(`sign-in failed: ${res.status}`);
  return cookies;
}

async function memoryRun(kind: string, photo: Buffer) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'pavilion-bench-upload-'));
  const postgres = kind === 'postgres' ? await postgresDatabase() : null;
  if (kind === 'postgres' && !postgres) {
    console.log(`${kind}: not reachable at ${POSTGRES_URL}, skipped`);
    rmSync(dataDir, { recursive: true, force: true });
    return null;
  }
  const server = await startServer({ DATA_DIR: dataDir, ...(postgres ? { DATABASE_URL: postgres.url } : {}) });
  try {
    const pid = server.process.pid!;
    const cookie = await signIn(server.origin);
    // A first small upload loads the image library (its code counts once per process, not per photo);
    // then start-up work settles and the start-up peak is forgotten.
    const warm = await fetch(`${server.origin}/api/exporter/uploads?locale=en`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: server.origin, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(
        await sharp({ create: { width: 640, height: 480, channels: 3, background: '#b07080' } })
          .jpeg()
          .toBuffer(),
      ),
    });
    if (warm.status !== 201) throw new Error(`warm-up upload refused: ${warm.status}`);
    await new Promise((r) => setTimeout(r, 3000));
    const startupPeak = kib(procStatus(pid), 'VmHWM');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const baseline = kib(procStatus(pid), 'VmRSS');
    const started = performance.now();
    const res = await fetch(`${server.origin}/api/exporter/uploads?locale=en`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: server.origin, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(photo),
    });
    const answer = (await res.json()) as { key?: string; error?: string };
    const seconds = (performance.now() - started) / 1000;
    const peak = kib(procStatus(pid), 'VmHWM');
    if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${answer.error}`);

    // A 20 MB body is refused at the limit, without being read to the end.
    const refusedStarted = performance.now();
    const big = await fetch(`${server.origin}/api/exporter/uploads?locale=en`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: server.origin, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(20 * 1000 * 1000),
    });
    const refusedMs = performance.now() - refusedStarted;
    return {
      database: kind,
      startupPeakMB: round(startupPeak / MB, 1),
      baselineRssMB: round(baseline / MB, 1),
      peakRssDuringUploadMB: round(peak / MB, 1),
      increaseMB: round((peak - baseline) / MB, 1),
      uploadSeconds: round(seconds, 2),
      stored: answer.key,
      refused20MB: { status: big.status, ms: round(refusedMs, 0) },
    };
  } finally {
    await server.stop();
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function pipelineTime(photo: Buffer) {
  await processPhoto(photo);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    const out = await processPhoto(photo);
    times.push(performance.now() - started);
    if (out.variants.length !== 6) throw new Error('expected six variants');
  }
  return { rounds: ROUNDS, medianMs: round(percentile(times, 50), 0), minMs: round(Math.min(...times), 0), maxMs: round(Math.max(...times), 0) };
}

ensureBuild();
console.log('generating photos…');
const fifty = await photoLike(8660, 5774, 80);
const twelve = await photoLike(4000, 3000, 88);
console.log(`50 MP JPEG: ${round(fifty.length / MB, 2)} MB; 12 MP JPEG: ${round(twelve.length / MB, 2)} MB`);

const memory = [];
for (const kind of DATABASES) {
  const result = await memoryRun(kind, fifty);
  if (result) {
    memory.push(result);
    console.log(
      `${kind}: baseline RSS ${result.baselineRssMB} MB → peak ${result.peakRssDuringUploadMB} MB while processing the 50 MP upload (+${result.increaseMB} MB, ${result.uploadSeconds} s); 20 MB body refused with ${result.refused20MB.status} in ${result.refused20MB.ms} ms`,
    );
  }
}
const pipeline = await pipelineTime(twelve);
console.log(`12 MP photo → 6 variants: median ${pipeline.medianMs} ms (min ${pipeline.minMs}, max ${pipeline.maxMs}, ${pipeline.rounds} rounds)`);

const results = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  photo50MB: round(fifty.length / MB, 2),
  photo12MB: round(twelve.length / MB, 2),
  memory,
  pipeline12mp: pipeline,
};
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench/results/upload.json'), `${JSON.stringify(results, null, 2)}\n`);
