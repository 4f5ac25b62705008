import type { APIRoute, GetStaticPaths } from 'astro';
import { allArticles } from '~/features/articles/articles.server';
import { articleArtSvg } from '~/features/demo/art.server';

/**
 * Article illustrations, `/media/article/{theme}/{slug}.svg`: drawn once at
 * build time into static files (the drawing code stays out of the server).
 */
export const prerender = true;

export const getStaticPaths = (async () => (await allArticles()).map((a) => ({ params: { theme: a.theme, file: `${a.slug}.svg` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(articleArtSvg({ theme: params.theme!, seed: params.file!.replace(/\.svg$/, '') }), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
