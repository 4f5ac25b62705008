import path from 'node:path';
import { DATA_DIR } from 'astro:env/server';
import { LocalDiskStorage, type MediaStorage } from './storage';

let storage: MediaStorage | null = null;

/** The media storage of this process: files under `DATA_DIR/uploads`. */
export function getMediaStorage(): MediaStorage {
  storage ??= new LocalDiskStorage(path.resolve(DATA_DIR, 'uploads'));
  return storage;
}
