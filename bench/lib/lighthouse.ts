/**
 * Lighthouse through its Node API, default (mobile) configuration, against
 * Chromium at CHROMIUM_PATH started by chrome-launcher. One browser serves
 * all pages; Lighthouse resets storage before each run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './weight';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string;
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Audits that count towards a category and did not pass, with their score (0–1). */
  failing: Array<{ category: Category; id: string; title: string; score: number; displayValue?: string }>;
}

/** One Lighthouse run; a run whose trace recording failed (it happens under load) is tried again. */
async function audit(port: number, url: string, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (!run.lhr.runtimeError) return run.lhr;
    if (attempt >= attempts) throw new Error(`Lighthouse failed on ${url}: ${run.lhr.runtimeError.message}`);
    console.log(`  (${run.lhr.runtimeError.code} on ${url}, trying again)`);
  }
}

export async function runLighthouse(origin: string, pages: Array<{ name: string; url: string }>): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'] });
  const results: LighthouseResult[] = [];
  try {
    for (const { name, url } of pages) {
      const lhr = await audit(chrome.port, origin + url);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing: LighthouseResult['failing'] = [];
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
          failing.push({ category, id: ref.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
        }
      }
      const metric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? Number.NaN) * 1000) / 1000;
      results.push({
        name,
        url,
        scores,
        metrics: {
          fcpMs: Math.round(metric('first-contentful-paint')),
          lcpMs: Math.round(metric('largest-contentful-paint')),
          tbtMs: Math.round(metric('total-blocking-time')),
          cls: metric('cumulative-layout-shift'),
          speedIndexMs: Math.round(metric('speed-index')),
        },
        failing,
      });
      console.log(`  ${name.padEnd(14)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
