import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pavilions } from '~/features/articles/pavilions';
import { ROOT } from '../fixtures/server';

/**
 * The pavilions page is prerendered: the built file is what every visitor
 * gets. It draws a route diagram, never a map: no outline of China (or of
 * any country) is drawn, so there are no borders, islands or map-approval
 * questions to get wrong.
 */
const page = (locale: string) => path.join(ROOT, 'dist/client', locale, 'pavilions/index.html');
const BUILT = existsSync(page('zh'));
if (!BUILT) console.warn('pavilions page tests SKIPPED: build first with `ASTRO_TELEMETRY_DISABLED=1 npx astro build`.');

describe.skipIf(!BUILT).each(['en', 'zh'])('the %s pavilions page', (locale) => {
  const html = BUILT ? readFileSync(page(locale), 'utf8') : '';
  const svg = /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

  it('draws routes between cities and no country outline', () => {
    expect(svg).not.toBe('');
    const paths = [...svg.matchAll(/<path\b[^>]*>/g)].map((m) => m[0]);
    expect(paths).toHaveLength(pavilions.length);
    for (const p of paths) {
      expect(p).toMatch(/data-route="(?:sea|road)"/);
      // A route is one curve or a two-leg line; an outline has dozens of vertices and is closed.
      const d = /\sd="([^"]*)"/.exec(p)?.[1] ?? '';
      expect(d).not.toMatch(/z/i);
      expect(d.match(/[MLC]/g)?.length ?? 0).toBeLessThanOrEqual(3);
    }
    expect(svg).not.toMatch(/<polygon|<polyline/);
    for (const p of pavilions) expect(svg).toContain(p.city[locale as 'en' | 'zh']);
  });

  it('calls it a route diagram, not a map of China', () => {
    expect(html).not.toContain('中国地图');
    expect(html).not.toContain('Map of China');
    expect(html).not.toContain('自由克什米尔');
  });
});
