/**
 * Storage keys of images and the public URLs that serve them. Generated demo
 * art is keyed `demo:{motif}:{slug}:{n}` and rendered on request; uploaded
 * photos are keyed `upload:{path}`.
 */

const SAFE = /^[a-z0-9][a-z0-9-]{0,120}$/;

export function demoImageKey(motif: string, slug: string, n: number): string {
  return `demo:${motif}:${slug}:${n}`;
}

export function demoLogoKey(slug: string): string {
  return `logo:${slug}`;
}

export function imageUrl(key: string): string {
  const [kind, ...rest] = key.split(':');
  if (kind === 'demo') {
    const [motif, slug, n] = rest;
    return `/media/demo/${motif}/${slug}-${n}.svg`;
  }
  if (kind === 'logo') return `/media/logo/${rest[0]}.svg`;
  if (kind === 'upload') return `/media/uploads/${rest.join(':')}`;
  return '';
}

/** Parses `/media/demo/{motif}/{slug}-{n}.svg` path parts; null for anything else. */
export function parseDemoImagePath(motif: string, file: string): { motif: string; slug: string; variant: number } | null {
  const match = /^(.+)-([1-9])\.svg$/.exec(file);
  if (!match || !SAFE.test(motif) || !SAFE.test(match[1]!)) return null;
  return { motif, slug: match[1]!, variant: Number(match[2]) };
}

export function parseLogoPath(file: string): string | null {
  const match = /^(.+)\.svg$/.exec(file);
  return match && SAFE.test(match[1]!) ? match[1]! : null;
}
