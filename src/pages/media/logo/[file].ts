import type { APIRoute } from 'astro';
import { exporterLogoSvg } from '../../../server/media/art';
import { parseLogoPath } from '../../../server/media/keys';
import { svgResponse, mediaNotFound } from '../../../server/media/respond';

/** Generated monogram logos of demo exporters. */
export const GET: APIRoute = ({ params, request }) => {
  const slug = parseLogoPath(params.file ?? '');
  if (!slug) return mediaNotFound();
  const name = slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return svgResponse(request, exporterLogoSvg({ name, seed: slug }));
};
