import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** Fails on axe violations of serious or critical impact. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    ),
  ).toEqual([]);
}

/** Every URL in src/href/action/srcset attributes (and CSS url()) of an HTML document that leaves the site. */
export function foreignReferences(html: string, origin: string): string[] {
  const urls = [...html.matchAll(/\s(?:src|href|action|poster|data)=["']([^"']+)["']/gi), ...html.matchAll(/url\(["']?([^"')]+)["']?\)/gi)].map((m) => m[1]!);
  return urls.filter((u) => /^(https?:)?\/\//i.test(u) && new URL(u, origin).origin !== origin);
}
