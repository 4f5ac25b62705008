/**
 * HTTP load with autocannon and resident memory of a process from
 * `/proc/<pid>/status`, for the page and soak benchmarks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { round } from './server';

export interface LoadSettings {
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Completed requests per second over the whole run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Drives `origin` with the given paths (each connection cycles through them in order). */
export async function load(origin: string, paths: string[], settings: LoadSettings, headers: Record<string, string> = {}): Promise<LoadResult> {
  const result = await autocannon({
    url: origin,
    connections: settings.connections,
    duration: settings.seconds,
    requests: paths.map((path) => ({ method: 'GET', path, headers })),
  });
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requests,
    seconds: round(result.duration, 2),
    rps: round(requests / result.duration, 1),
    p50Ms: round(result.latency.p50, 2),
    p99Ms: round(result.latency.p99, 2),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Resident set size of a process in MB (VmRSS), or NaN once it is gone. */
export function rssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface RssSample {
  /** Seconds since sampling started. */
  t: number;
  mb: number;
}

/** Samples a process' RSS every `intervalMs` until `stop()` is called. */
export function sampleRss(pid: number, intervalMs = 1000): { stop(): RssSample[] } {
  const started = performance.now();
  const samples: RssSample[] = [];
  const take = () => samples.push({ t: round((performance.now() - started) / 1000, 2), mb: round(rssMb(pid), 1) });
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Least-squares slope of RSS over time, in MB per minute. */
export function slopeMbPerMinute(samples: RssSample[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mt = samples.reduce((s, p) => s + p.t, 0) / n;
  const mm = samples.reduce((s, p) => s + p.mb, 0) / n;
  const num = samples.reduce((s, p) => s + (p.t - mt) * (p.mb - mm), 0);
  const den = samples.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  return den ? (num / den) * 60 : 0;
}

/** The process ids of `pid` and all its descendants (the app and its PostgreSQL server with its backends). */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent is the fourth field, after the command in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

/**
 * Proportional set size (MB) of a process and its descendants: shared pages
 * (PostgreSQL's shared buffers, libraries) counted once across them, unlike RSS.
 */
export function pssTreeMb(pid: number): { totalMb: number; processes: number } {
  let kb = 0;
  const pids = processTree(pid);
  for (const p of pids) {
    try {
      const match = /^Pss:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {
      // gone meanwhile
    }
  }
  return { totalMb: round(kb / 1024, 1), processes: pids.length };
}
