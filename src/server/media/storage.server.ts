import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded media is kept, by key (`12/3f9a…-960.avif`). The local disk
 * is the default; an object store implements the same three calls.
 */
export interface MediaStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The stored bytes, or null when there is nothing under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are relative paths of safe segments: nothing can reach outside the storage folder. */
const KEY = /^[a-z0-9][a-z0-9_-]{0,80}(?:\/[a-z0-9][a-z0-9_.-]{0,80})*$/i;

export function isStorageKey(key: string): boolean {
  return KEY.test(key) && !key.split('/').some((segment) => segment.startsWith('.') || segment.includes('..'));
}

/** Media as files under one folder (`DATA_DIR/uploads`). Writes are atomic: a reader never sees half a file. */
export class LocalDiskStorage implements MediaStorage {
  constructor(readonly root: string) {}

  private file(key: string): string {
    if (!isStorageKey(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isStorageKey(key)) return null;
    try {
      return await readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
