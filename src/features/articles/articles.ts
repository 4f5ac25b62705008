import { LOCALE_SLUGS, type Locale } from '~/i18n/locales';
import type { ArticleData } from './schema';
import { isSlug } from '~/lib/slug';

/** The three article sections, in navigation order. They are also the URL segment: `/{locale}/{section}/`. */
export const SECTIONS = ['culture', 'cuisine', 'tourism'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (SECTIONS as readonly string[]).includes(value);
}

export interface ArticleKey {
  section: Section;
  slug: string;
  lang: Locale;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads section, slug and language from an entry id (`cuisine/biryani/en`)
 * or a file path ending in `{section}/{slug}/{lang}.md`; null for anything else.
 */
export function parseArticleId(idOrPath: string): ArticleKey | null {
  const parts = idOrPath.replace(/\\/g, '/').replace(/\.md$/, '').split('/');
  const [section, slug, lang] = parts.slice(-3);
  if (!isSection(section) || !slug || !SLUG.test(slug)) return null;
  if (!(LOCALE_SLUGS as readonly string[]).includes(lang ?? '')) return null;
  return { section, slug, lang: lang as Locale };
}

/** One article with both of its language versions. */
export interface ArticlePair {
  section: Section;
  slug: string;
  /** Shared by both languages. */
  theme: string;
  categories: string[];
  products: string[];
  en: ArticleData;
  zh: ArticleData;
}

/** Fields that must be identical in the English and Chinese files of one article. */
export const SHARED_FIELDS = ['theme', 'categories', 'products'] as const;

/**
 * Pairs the two language versions of each article, from content-collection
 * entries or files (`cuisine/biryani/en`, `…/cuisine/biryani/en.md`) whose
 * frontmatter is already validated. Throws when an id is not an article's, a
 * language is missing or the two languages disagree on theme, categories or
 * products. Sorted by section, then slug.
 */
export function pairArticles(entries: Iterable<{ id: string; data: ArticleData }>): ArticlePair[] {
  const bySlug = new Map<string, Partial<Record<Locale, ArticleData>> & { key: ArticleKey }>();
  for (const { id: file, data } of entries) {
    const key = parseArticleId(file);
    if (!key) throw new Error(`${file}: expected src/content/articles/{section}/{slug}/{en|zh}.md`);
    const id = `${key.section}/${key.slug}`;
    const entry = bySlug.get(id) ?? { key };
    entry[key.lang] = data;
    bySlug.set(id, entry);
  }
  const pairs: ArticlePair[] = [];
  for (const [id, entry] of bySlug) {
    const { en, zh } = entry;
    if (!en || !zh) throw new Error(`${id}: the ${en ? 'Chinese' : 'English'} version is missing`);
    for (const field of SHARED_FIELDS) {
      if (JSON.stringify(en[field]) !== JSON.stringify(zh[field])) throw new Error(`${id}: "${field}" differs between en and zh`);
    }
    pairs.push({ section: entry.key.section, slug: entry.key.slug, theme: en.theme, categories: en.categories, products: en.products, en, zh });
  }
  return pairs.sort((a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || a.slug.localeCompare(b.slug));
}

/** Product slug → the articles that mention it. */
export function productArticleIndex(articles: ArticlePair[]): Map<string, ArticlePair[]> {
  const index = new Map<string, ArticlePair[]>();
  for (const article of articles) {
    for (const product of article.products) index.set(product, [...(index.get(product) ?? []), article]);
  }
  return index;
}

/** Address of an article's generated illustration (1200×630 SVG). */
export function articleArtUrl(theme: string, slug: string): string {
  return `/media/article/${theme}/${slug}.svg`;
}

/** Parses `/media/article/{theme}/{slug}.svg` path parts; null for anything else. */
export function parseArticleArtPath(theme: string, file: string): { theme: string; seed: string } | null {
  const seed = file.endsWith('.svg') ? file.slice(0, -'.svg'.length) : '';
  if (!isSlug(seed, 121) || !isSlug(theme, 41)) return null;
  return { theme, seed };
}

/** Anchor id of a tag on a section page (`#tag-…`), stable across the section and article pages. */
export function tagAnchor(tag: string): string {
  return `tag-${tag
    .trim()
    .toLowerCase()
    .replace(/[\s/#?%"'<>&]+/g, '-')}`;
}
