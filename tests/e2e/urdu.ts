import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Urdu text of a key, read from locales/ur/*.json with its {{variables}} filled in, so browser tests read
 * the Urdu pages as their readers do whatever the state of the translation.
 */
const root = path.resolve(import.meta.dirname, '../../locales/ur');

export function ur(ns: string, key: string, values: Record<string, string | number> = {}): string {
  let value: unknown = JSON.parse(readFileSync(path.join(root, `${ns}.json`), 'utf8'));
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no Urdu text ${ns}:${key}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${ns}:${key} needs {{${name}}}`);
    return String(values[name]);
  });
}

/** A pattern matching `text` literally. */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
