import { LOCALES, LOCALE_SLUGS } from '~/i18n/locales';
import { localePath } from '~/i18n/url';

export interface SitemapPage {
  /** Path segments after the locale, e.g. ['products', 'basmati-1121']. */
  segments: string[];
  lastModified?: Date | undefined;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A sitemap listing every page in every locale, each with its `hreflang`
 * alternates, so search engines pair the English and Chinese versions.
 */
export function renderSitemap(site: string, pages: SitemapPage[]): string {
  const urls = pages.flatMap((page) => {
    const links = LOCALE_SLUGS.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${LOCALES[l].tag}" href="${escapeXml(site + localePath(l, ...page.segments))}"/>`,
    ).join('');
    return LOCALE_SLUGS.map(
      (l) =>
        `<url><loc>${escapeXml(site + localePath(l, ...page.segments))}</loc>` +
        (page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : '') +
        `${links}</url>`,
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

export function renderSitemapIndex(site: string, sitemaps: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    sitemaps.map((s) => `<sitemap><loc>${escapeXml(site + s)}</loc></sitemap>`).join('\n') +
    '\n</sitemapindex>\n'
  );
}
