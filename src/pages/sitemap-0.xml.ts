import type { APIRoute } from 'astro';
import { SITE_URL } from 'astro:env/server';
import { SECTIONS } from '~/features/articles/articles';
import { allArticles } from '~/features/articles/articles.server';
import { sitemapEntries } from '~/features/catalog/queries.server';
import { getDb } from '~/runtime.server';
import { renderSitemap, type SitemapPage } from '~/server/sitemap.server';

/** Content pages that exist in both locales besides the catalog. */
const STATIC_PAGES: string[][] = [[], ['products'], ['exporters'], ['about'], ...SECTIONS.map((section) => [section])];

export const GET: APIRoute = async () => {
  const entries = await sitemapEntries(await getDb());
  const pages: SitemapPage[] = [
    ...STATIC_PAGES.map((segments) => ({ segments })),
    ...(await allArticles()).map((a) => ({ segments: [a.section, a.slug] })),
    { segments: ['pavilions'] },
    ...entries.categories.map((c) => ({ segments: ['categories', c.slug] })),
    ...entries.products.map((p) => ({ segments: ['products', p.slug], lastModified: p.updatedAt })),
    ...entries.exporters.map((e) => ({ segments: ['exporters', e.slug], lastModified: e.updatedAt })),
  ];
  return new Response(renderSitemap(SITE_URL.replace(/\/+$/, ''), pages), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
};
