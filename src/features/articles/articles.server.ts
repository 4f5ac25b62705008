import { getCollection, getEntry, render } from 'astro:content';
import { SITE_URL } from 'astro:env/server';
import type { T } from '~/i18n';
import { LOCALES, type Locale } from '~/i18n/locales';
import { localePath } from '~/i18n/url';
import { getDb } from '~/runtime.server';
import type { SearchDocument } from '~/server/search/types.server';
import { articleCatalogLinks } from './article-links.server';
import { type ArticlePair, articleArtUrl, pairArticles, parseArticleId, productArticleIndex, type Section } from './articles';
import type { ArticleData } from './schema';
import { articleDocuments } from './search-documents';

/**
 * The articles as the site reads them: the `articles` content collection
 * (src/content.config.ts), validated at build time, both languages paired.
 */
let articles: Promise<ArticlePair[]> | null = null;
export function allArticles(): Promise<ArticlePair[]> {
  articles ??= getCollection('articles').then((entries) => pairArticles(entries));
  return articles;
}

const site = () => SITE_URL.replace(/\/+$/, '');

/** One article in one language with what its page shows; null when there is no such article. */
export async function articlePage(locale: Locale, t: T, section: string | undefined, slug: string | undefined) {
  const key = parseArticleId(`${section}/${slug}/${locale}`);
  const entry = key && (await getEntry('articles', `${key.section}/${key.slug}/${key.lang}`));
  if (!key || !entry) return null;
  const { data } = entry;
  const [{ Content }, links] = await Promise.all([render(entry), articleCatalogLinks(await getDb(), locale, data)]);
  const url = `${site()}${localePath(locale, key.section, key.slug)}`;
  const sectionTitle = t(`content:sections.${key.section}.title`);
  const image = articleArtUrl(data.theme, key.slug);
  const publisher = { '@type': 'Organization', name: t('content:article.publisher'), url: `${site()}${localePath(locale)}` };
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    inLanguage: LOCALES[locale].tag,
    url,
    mainEntityOfPage: url,
    image: `${site()}${image}`,
    articleSection: sectionTitle,
    keywords: data.tags.join(', '),
    author: publisher,
    publisher: { ...publisher, logo: { '@type': 'ImageObject', url: `${site()}/favicon.svg` } },
  };
  return { section: key.section, slug: key.slug, data, Content, links, url, image, sectionTitle, jsonLd };
}

export type ArticlePage = NonNullable<Awaited<ReturnType<typeof articlePage>>>;

/** A section's articles in one language, and their tags (most used first) with the articles carrying each. */
export async function sectionPage(locale: Locale, t: T, section: Section) {
  const entries = (await allArticles()).filter((a) => a.section === section).map((a) => ({ slug: a.slug, data: a[locale] }));
  const byTag = new Map<string, Array<{ slug: string; data: ArticleData }>>();
  for (const entry of entries) for (const tag of entry.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en');
  const tags = [...byTag.entries()].sort((a, b) => b[1].length - a[1].length || collator.compare(a[0], b[0]));
  const title = t(`content:sections.${section}.title`);
  const intro = t(`content:sections.${section}.intro`);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: title,
    description: intro,
    url: `${site()}${localePath(locale, section)}`,
    inLanguage: LOCALES[locale].tag,
    mainEntity: {
      '@type': 'ItemList',
      itemListElement: entries.map((e, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: `${site()}${localePath(locale, section, e.slug)}`,
        name: e.data.title,
      })),
    },
  };
  return { section, title, intro, entries, tags, jsonLd };
}

let byProduct: Promise<Map<string, ArticlePair[]>> | null = null;

/** Articles whose `products` include this product, in the page's language ("Read more" on product pages). */
export async function articlesForProduct(productSlug: string, locale: Locale): Promise<Array<{ section: Section; slug: string; title: string }>> {
  byProduct ??= allArticles().then(productArticleIndex);
  return ((await byProduct).get(productSlug) ?? []).map((a) => ({ section: a.section, slug: a.slug, title: a[locale].title }));
}

/** The articles' search documents, added to the catalog's by the search indexer. */
export async function articleSearchDocuments(): Promise<SearchDocument[]> {
  return articleDocuments(await allArticles());
}
