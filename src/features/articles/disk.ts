import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticles, type ArticlePair } from './articles';

export const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../content/articles');

/** Every `{section}/{slug}/{lang}.md` under the articles folder, as [relative path, source]. */
export function readArticleFiles(root = ARTICLES_DIR): Array<[string, string]> {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => [file.split(path.sep).join('/'), readFileSync(path.join(root, file), 'utf8')]);
}

/** The articles read straight from disk, for Node scripts run from the repository (no Vite). */
export function loadArticlesFromDisk(root = ARTICLES_DIR): ArticlePair[] {
  return buildArticles(readArticleFiles(root));
}
