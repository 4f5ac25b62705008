import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: catalog slugs, illustration themes. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug');
const text = z.string().trim().min(1);

/**
 * Frontmatter of one article in one language
 * (`src/content/articles/{section}/{slug}/{en|zh}.md`). Shared by the
 * content collection, the index used by search and product pages, and the
 * unit test, so all three accept exactly the same files.
 */
export const articleSchema = z.strictObject({
  title: text,
  summary: text,
  tags: z.array(text).min(1),
  /** Illustration theme for `articleArtSvg` (e.g. `biryani`, `mountains`). */
  theme: slug,
  /** Catalog category slugs the article is about. */
  categories: z.array(slug).default([]),
  /** Catalog product slugs the article mentions. */
  products: z.array(slug).default([]),
  /** Practical notes for travellers (tourism articles). */
  practical: z.array(text).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
