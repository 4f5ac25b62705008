import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type ArticlePair, pairArticles } from './articles';
import { articleSchema } from './schema';

/**
 * The article files read straight from disk, for code that runs outside
 * Astro (`npm run search:reindex`, unit tests). The site reads the same files
 * through the `articles` content collection (src/content.config.ts), with the
 * same schema and pairing.
 */
export const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../content/articles');

/** One Markdown file: its YAML frontmatter (not validated yet) and its body. */
export function readArticleFile(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { data: parse(match[1]!) as unknown, body: text.slice(match[0].length) };
}

/** Every article under `root`, both languages, validated and paired; throws on the first invalid file. */
export function readArticles(root = ARTICLES_DIR): ArticlePair[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
  return pairArticles(
    files.map((file) => {
      const id = file.split(path.sep).join('/');
      const parsed = articleSchema.safeParse(readArticleFile(path.join(root, file)).data);
      if (!parsed.success) {
        throw new Error(`${id}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
      }
      return { id, data: parsed.data };
    }),
  );
}
