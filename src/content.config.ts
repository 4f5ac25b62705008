import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from '~/features/articles/schema';

/**
 * Culture, cuisine and tourism articles: `src/content/articles/{section}/{slug}/{en|zh}.md`.
 * The entry id keeps that path (`cuisine/biryani/en`); `parseArticleId` in
 * `features/articles/articles.ts` reads section, slug and language from it.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '*/*/*.md',
    base: './src/content/articles',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: articleSchema,
});

export const collections = { articles };
