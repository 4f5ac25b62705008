import { Unzip, UnzipInflate, unzipSync } from 'fflate';

/**
 * Reading ZIP files (photo archives, and XLSX workbooks, which are ZIP files)
 * without trusting them. The sizes the archive declares are checked before
 * anything is inflated; inflating then counts the bytes it really produces
 * and stops at the declared size or the limit, whichever is smaller, so an
 * archive that lies about its sizes is refused too.
 */

export interface ZipLimits {
  /** Most files the archive may hold. */
  maxEntries: number;
  /** Largest size of one file, inflated. */
  maxEntryBytes: number;
  /** Largest size of all files together, inflated. */
  maxTotalBytes: number;
  /** Largest inflated / compressed ratio of a file (deflate rarely passes 20 on photos, 100 on XML). */
  maxRatio: number;
}

export type ZipProblem = 'zipDamaged' | 'zipTooManyFiles' | 'zipBomb';

export class ZipRefused extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly entry?: string,
  ) {
    super(problem);
  }
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

interface Declared {
  name: string;
  size: number;
  originalSize: number;
}

/** The archive's table of contents, as it declares it; nothing is inflated. */
function contents(bytes: Uint8Array): Declared[] {
  const declared: Declared[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        declared.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    throw new ZipRefused('zipDamaged');
  }
  return declared;
}

/** Checks the declared sizes against the limits: throws `ZipRefused` before anything is inflated. */
export function checkDeclared(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean = () => true): Declared[] {
  const all = contents(bytes).filter((e) => !e.name.endsWith('/'));
  if (all.length > limits.maxEntries) throw new ZipRefused('zipTooManyFiles');
  let total = 0;
  for (const entry of all) {
    if (!wanted(entry.name)) continue;
    total += entry.originalSize;
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes || ratio > limits.maxRatio) throw new ZipRefused('zipBomb', entry.name);
  }
  return all;
}

/**
 * The files of the archive that `wanted` picks, inflated. Throws `ZipRefused`
 * for a damaged archive, too many files, or sizes over the limits (declared
 * or real).
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, wanted: (name: string) => boolean = () => true, skipped?: (name: string) => void): ZipEntry[] {
  const declared = new Map(checkDeclared(bytes, limits, wanted).map((e) => [e.name, e]));
  if (skipped) for (const name of declared.keys()) if (!wanted(name)) skipped(name);
  const out: ZipEntry[] = [];
  let total = 0;
  let failure: ZipRefused | null = null;
  const unzip = new Unzip((file) => {
    if (failure || !wanted(file.name) || file.name.endsWith('/')) return;
    const cap = Math.min(declared.get(file.name)?.originalSize ?? 0, limits.maxEntryBytes);
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = new ZipRefused('zipDamaged', file.name);
        return;
      }
      length += chunk.byteLength;
      total += chunk.byteLength;
      if (length > cap || total > limits.maxTotalBytes) {
        failure = new ZipRefused('zipBomb', file.name);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) {
        const data = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          data.set(c, at);
          at += c.byteLength;
        }
        out.push({ name: file.name, data });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Small pieces: no single push can inflate to more than a few megabytes before the count above sees it.
    const piece = 16 * 1024;
    for (let at = 0; at < bytes.byteLength && !failure; at += piece) unzip.push(bytes.subarray(at, at + piece), at + piece >= bytes.byteLength);
  } catch {
    throw failure ?? new ZipRefused('zipDamaged');
  }
  if (failure) throw failure;
  return out;
}
