import type { Locale } from '~/i18n/locales';
import type { ArticlePair, Section } from './articles';
import { allArticles } from './library';

export interface RelatedArticle {
  section: Section;
  slug: string;
  title: string;
  summary: string;
}

/** Product slug → the articles that mention it, built from a list of articles. */
export function productArticleIndex(articles: ArticlePair[]): Map<string, ArticlePair[]> {
  const index = new Map<string, ArticlePair[]>();
  for (const article of articles) {
    for (const product of article.products) index.set(product, [...(index.get(product) ?? []), article]);
  }
  return index;
}

let index: Map<string, ArticlePair[]> | null = null;

/** Articles whose `products` include this product, in the page's language ("Read more" on product pages). */
export function articlesForProduct(productSlug: string, locale: Locale): RelatedArticle[] {
  index ??= productArticleIndex(allArticles());
  return (index.get(productSlug) ?? []).map((a) => ({ section: a.section, slug: a.slug, title: a[locale].title, summary: a[locale].summary }));
}
