import { buildArticles, type ArticlePair } from './articles';

let cache: ArticlePair[] | null = null;

/**
 * Every article, both languages, read from the Markdown files at build time
 * (Vite inlines the files into the server bundle). For on-demand pages and
 * server code; prerendered pages use the `articles` content collection.
 * Plain Node scripts cannot use this (no Vite): see `./disk.ts`.
 */
export function allArticles(): ArticlePair[] {
  cache ??= buildArticles(Object.entries(import.meta.glob<string>('/src/content/articles/*/*/*.md', { query: '?raw', import: 'default', eager: true })));
  return cache;
}
