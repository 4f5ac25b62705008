/**
 * `npm run bench:password`: the cost of one password hash (scrypt through
 * Better Auth, as sign-up, sign-in and reset use it) and what happens when
 * many arrive together (at most two run at once; the rest queue).
 */
import { writeFileSync } from 'node:fs';
import { hashSecret, hashing, verifySecret } from '../src/server/auth/auth.server';

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

await hashSecret('warm-up-password'); // first call loads the crypto pool
const single: number[] = [];
let hash = '';
for (let i = 0; i < 15; i += 1) {
  const start = performance.now();
  hash = await hashSecret(`password-${i}-correct-horse`);
  single.push(performance.now() - start);
}
const verify: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const start = performance.now();
  await verifySecret({ hash, password: 'password-14-correct-horse' });
  verify.push(performance.now() - start);
}

hashing.peak = 0;
const burst = 12;
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
await Promise.all(Array.from({ length: burst }, (_, i) => hashSecret(`burst-${i}-password`)));
const burstMs = performance.now() - start;
const rssAfter = process.memoryUsage().rss;

const result = {
  measuredAt: new Date().toISOString(),
  cpus: (await import('node:os')).cpus().length,
  hashMs: { p50: +quantile(single, 0.5).toFixed(1), min: +Math.min(...single).toFixed(1), max: +Math.max(...single).toFixed(1) },
  verifyMsP50: +quantile(verify, 0.5).toFixed(1),
  burst: { requests: burst, totalMs: +burstMs.toFixed(0), peakConcurrent: hashing.peak, rssGrowthMb: +((rssAfter - rssBefore) / 1e6).toFixed(1) },
};
writeFileSync(new URL('./results/password.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(`password hash (scrypt): p50 ${result.hashMs.p50} ms (min ${result.hashMs.min}, max ${result.hashMs.max}); verify p50 ${result.verifyMsP50} ms`);
console.log(
  `${burst} at once: ${result.burst.totalMs} ms in all, at most ${result.burst.peakConcurrent} running together, RSS +${result.burst.rssGrowthMb} MB`,
);
