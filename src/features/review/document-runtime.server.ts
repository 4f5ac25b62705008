import { DATA_DIR, DOCUMENTS_DIR } from 'astro:env/server';
import type { MediaStorage } from '~/server/media/storage.server';
import { documentStorageFor } from './documents.server';

let storage: MediaStorage | null = null;

/** This process's private store of verification documents (`DOCUMENTS_DIR`, default `DATA_DIR/documents`; a shared volume when several instances run). */
export function getDocumentStorage(): MediaStorage {
  storage ??= documentStorageFor(DATA_DIR, DOCUMENTS_DIR);
  return storage;
}
