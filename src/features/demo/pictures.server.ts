import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { processPhoto } from '~/server/media/images.server';
import { REFERENCE } from '~/server/reference/reference.server';
import { exporterLogoSvg, productArtSvg } from './art.server';
import { DEMO_DIR } from './files.server';

/**
 * Draws the demo catalog's pictures (seed-only: nothing in the server
 * imports this or `art.ts`). Each picture is rasterised and passed through
 * the portal's photo pipeline, and its AVIF and WebP variants are written
 * under `data/demo/images/` with a manifest, where the seed copies them
 * into the media storage. The output is deterministic and committed:
 * drawing ~700 pictures takes minutes, copying them a second or two.
 * Also writes the home page's category tiles (`public/media/motif/`).
 */
export async function drawDemoPictures(options: { dir?: string; log?: (line: string) => void } = {}): Promise<number> {
  const dir = options.dir ?? DEMO_DIR;
  const images = path.join(dir, 'images');
  const exporters = JSON.parse(await readFile(path.join(dir, 'exporters.json'), 'utf8')) as Array<{ slug: string; logo: string }>;
  const products: Array<{ slug: string; photos: string[]; product: { category: string } }> = [];
  for (const file of (await readdir(path.join(dir, 'products'))).filter((f) => f.endsWith('.json')).sort()) {
    products.push(...JSON.parse(await readFile(path.join(dir, 'products', file), 'utf8')));
  }
  const motif = new Map(REFERENCE.categories.categories.map((c) => [c.slug, c.motif]));
  await rm(images, { recursive: true, force: true });

  const manifest: Record<string, unknown> = {};
  const draw = async (name: string, svg: string, width: number) => {
    const raster = await sharp(Buffer.from(svg)).resize({ width, height: width }).png().toBuffer();
    const photo = await processPhoto(raster);
    const variants = [];
    for (const v of photo.variants) {
      const file = `${name}-${v.width}.${v.format}`;
      await mkdir(path.dirname(path.join(images, file)), { recursive: true });
      await writeFile(path.join(images, file), v.data);
      variants.push({ width: v.width, format: v.format, file });
    }
    manifest[name] = { width: photo.width, height: photo.height, variants };
  };
  for (const e of exporters) {
    // The monogram comes from the slug's words, as the logos always have.
    const name = e.slug
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    await draw(e.logo, exporterLogoSvg({ name, seed: e.slug }), 240);
  }
  for (const p of products) {
    const m = motif.get(p.product.category);
    if (!m) throw new Error(`Demo product ${p.slug}: unknown category ${p.product.category}`);
    for (const photo of p.photos) {
      const n = Number(/-([1-9])$/.exec(photo)?.[1] ?? 1);
      await draw(photo, productArtSvg({ motif: m, seed: p.slug, variant: n }), 480);
    }
    options.log?.(`${p.slug}: ${p.photos.length}`);
  }
  await writeFile(path.join(images, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);

  await mkdir('public/media/motif', { recursive: true });
  for (const c of REFERENCE.categories.categories) {
    const svg = productArtSvg({ motif: c.motif, seed: c.slug, variant: 1 });
    await writeFile(
      path.join('public/media/motif', `${c.motif}.webp`),
      await sharp(Buffer.from(svg)).resize({ width: 192, height: 192 }).webp({ quality: 80, effort: 6 }).toBuffer(),
    );
  }
  return Object.keys(manifest).length;
}
