import type { APIRoute } from 'astro';
import { productArtSvg } from '../../../../server/media/art';
import { parseDemoImagePath } from '../../../../server/media/keys';
import { svgResponse, mediaNotFound } from '../../../../server/media/respond';

/** Generated demo product art: deterministic, so it may be cached for a year. */
export const GET: APIRoute = ({ params, request }) => {
  const parsed = parseDemoImagePath(params.motif ?? '', params.file ?? '');
  if (!parsed) return mediaNotFound();
  return svgResponse(request, productArtSvg({ motif: parsed.motif, seed: parsed.slug, variant: parsed.variant }));
};
