import type { APIRoute } from 'astro';
import { SITE_URL } from 'astro:env/server';
import { renderSitemapIndex } from '~/server/sitemap.server';

export const GET: APIRoute = () =>
  new Response(renderSitemapIndex(SITE_URL.replace(/\/+$/, ''), ['/sitemap-0.xml']), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
