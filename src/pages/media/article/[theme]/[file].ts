import type { APIRoute } from 'astro';
import { parseArticleArtPath } from '../../../../features/content/articles';
import { allArticles } from '../../../../features/content/library';
import { articleArtSvg } from '../../../../server/media/art';
import { svgResponse, mediaNotFound } from '../../../../server/media/respond';

/**
 * Generated article illustrations, `/media/article/{theme}/{slug}.svg`.
 * Deterministic, so cached for a year; only the illustrations of existing
 * articles are drawn, anything else is a 404.
 */
export const GET: APIRoute = ({ params, request }) => {
  const parsed = parseArticleArtPath(params.theme ?? '', params.file ?? '');
  if (!parsed || !allArticles().some((a) => a.theme === parsed.theme && a.slug === parsed.seed)) {
    return mediaNotFound();
  }
  return svgResponse(request, articleArtSvg({ theme: parsed.theme, seed: parsed.seed }));
};
