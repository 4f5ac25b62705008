import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairArticles, parseArticleArtPath, parseArticleId, productArticleIndex, SECTIONS, tagAnchor } from '~/features/articles/articles';
import { readArticleFile, readArticles } from '~/features/articles/files.server';
import { articleDocuments } from '~/features/articles/search-documents';
import { articleSchema } from '~/features/articles/schema';
import { REFERENCE } from '~/server/reference/reference.server';

const categories = REFERENCE.categories.categories;
import { readDemoCatalog } from '~/features/demo/files.server';

const root = path.resolve(import.meta.dirname, '../../src/content/articles');
const MIN_COUNT = { culture: 8, cuisine: 8, tourism: 10 } as const;
const LANGS = ['en', 'zh'] as const;

/** Frontmatter of a Markdown file as written, before validation. */
function yamlFrontmatter(file: string): Record<string, unknown> {
  return readArticleFile(file).data as Record<string, unknown>;
}

// The demo catalog: articles name some of its products, whose links are then resolved in the live catalog.
const productSlugs = new Set(readDemoCatalog(categories.map((c) => c.slug)).products.map((p) => p.slug));
const categorySlugs = new Set(categories.map((c) => c.slug));

describe('article files', () => {
  it('live only in the three sections', () => {
    expect(readdirSync(root).sort()).toEqual([...SECTIONS].sort());
  });

  for (const section of SECTIONS) {
    const dirs = readdirSync(path.join(root, section)).sort();

    it(`${section}: has at least ${MIN_COUNT[section]} articles`, () => {
      expect(dirs.length).toBeGreaterThanOrEqual(MIN_COUNT[section]);
    });

    for (const slug of dirs) {
      const id = `${section}/${slug}`;
      const file = (lang: string) => path.join(root, section, slug, `${lang}.md`);

      it(`${id}: exists in English and Chinese and nothing else`, () => {
        for (const lang of LANGS) expect(existsSync(file(lang)), `${id}/${lang}.md`).toBe(true);
        expect(readdirSync(path.join(root, section, slug)).sort()).toEqual(['en.md', 'zh.md']);
        expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      });

      it(`${id}: both languages have valid frontmatter with the same keys, theme, categories and products`, () => {
        const [en, zh] = LANGS.map((lang) => yamlFrontmatter(file(lang))) as [Record<string, unknown>, Record<string, unknown>];
        for (const [lang, data] of [
          ['en', en],
          ['zh', zh],
        ] as const) {
          const parsed = articleSchema.safeParse(data);
          expect(parsed.success, `${id}/${lang}: ${parsed.error?.message ?? ''}`).toBe(true);
        }
        expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
        expect(zh['theme']).toBe(en['theme']);
        expect(zh['categories']).toEqual(en['categories']);
        expect(zh['products']).toEqual(en['products']);
        // Tags and practical notes are translations of each other, item by item.
        expect((zh['tags'] as unknown[]).length).toBe((en['tags'] as unknown[]).length);
        expect(((zh['practical'] ?? []) as unknown[]).length).toBe(((en['practical'] ?? []) as unknown[]).length);
      });

      it(`${id}: refers only to products and categories of the catalog`, () => {
        const data = articleSchema.parse(yamlFrontmatter(file('en')));
        expect(
          data.products.filter((s) => !productSlugs.has(s)),
          'unknown products',
        ).toEqual([]);
        expect(
          data.categories.filter((s) => !categorySlugs.has(s)),
          'unknown categories',
        ).toEqual([]);
      });

      it(`${id}: the body is written in both languages`, () => {
        for (const lang of LANGS) expect(readArticleFile(file(lang)).body.trim().length, `${id}/${lang}`).toBeGreaterThan(400);
      });
    }
  }

  it('tourism articles carry practical notes', () => {
    for (const article of readArticles().filter((a) => a.section === 'tourism')) {
      expect(article.en.practical.length, article.slug).toBeGreaterThan(0);
    }
  });
});

describe('article index', () => {
  const en = { title: 'A', summary: 'S', tags: ['x'], theme: 'city', categories: ['rice'], products: [], practical: [] };
  const zh = { ...en, title: '甲', summary: '乙', tags: ['丙'] };

  /** Reads articles from a folder holding these files (path → Markdown source). */
  function readFolder(files: Record<string, string>) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'articles-'));
    try {
      for (const [file, source] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), source);
      }
      return readArticles(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const md = (fm: string) => `---\n${fm}\n---\n\nBody.\n`;
  const enFile = md('title: "A"\nsummary: "S"\ntags: ["x"]\ntheme: city\ncategories: ["rice"]\nproducts: []\npractical: []');
  const zhFile = md("title: '甲'\nsummary: 乙\ntags:\n  - 丙\ntheme: city\ncategories: [rice]\nproducts: []\npractical: []");

  it('pairs the two languages of an article', () => {
    const [pair, ...rest] = pairArticles([
      { id: 'culture/x/en', data: en },
      { id: 'culture/x/zh', data: zh },
    ]);
    expect(rest).toEqual([]);
    expect(pair).toMatchObject({ section: 'culture', slug: 'x', theme: 'city', categories: ['rice'], en: { title: 'A' }, zh: { title: '甲' } });
  });

  it('reads files written in any YAML style', () => {
    const [pair] = readFolder({ 'culture/x/en.md': enFile, 'culture/x/zh.md': zhFile });
    expect(pair).toMatchObject({ section: 'culture', slug: 'x', en: { title: 'A', tags: ['x'] }, zh: { title: '甲', tags: ['丙'], categories: ['rice'] } });
  });

  it('refuses an article without one of its languages', () => {
    expect(() => pairArticles([{ id: 'culture/x/en', data: en }])).toThrow(/Chinese version is missing/);
    expect(() => pairArticles([{ id: 'culture/x/zh', data: zh }])).toThrow(/English version is missing/);
  });

  it('refuses a pair whose theme, categories or products differ', () => {
    expect(() =>
      pairArticles([
        { id: 'culture/x/en', data: en },
        { id: 'culture/x/zh', data: { ...zh, theme: 'lake' } },
      ]),
    ).toThrow(/theme/);
    expect(() =>
      pairArticles([
        { id: 'culture/x/en', data: en },
        { id: 'culture/x/zh', data: { ...zh, categories: [] } },
      ]),
    ).toThrow(/categories/);
  });

  it('refuses unknown keys, missing fields, files outside the sections and files without frontmatter', () => {
    expect(() => readFolder({ 'culture/x/en.md': enFile.replace('title: "A"', 'title: "A"\nauthor: "B"'), 'culture/x/zh.md': zhFile })).toThrow(
      /author|Unrecognized/i,
    );
    expect(() => readFolder({ 'culture/x/en.md': enFile.replace('title: "A"\n', ''), 'culture/x/zh.md': zhFile })).toThrow(/title/);
    expect(() => readFolder({ 'blog/x/en.md': enFile })).toThrow(/expected/);
    expect(() => readFolder({ 'culture/x/en.md': 'No frontmatter.\n' })).toThrow(/no frontmatter/);
  });

  it('reads section, slug and language from ids and paths', () => {
    expect(parseArticleId('cuisine/biryani/zh')).toEqual({ section: 'cuisine', slug: 'biryani', lang: 'zh' });
    expect(parseArticleId('/src/content/articles/tourism/hunza/en.md')).toEqual({ section: 'tourism', slug: 'hunza', lang: 'en' });
    expect(parseArticleId('products/biryani/en')).toBeNull();
    expect(parseArticleId('cuisine/biryani/fr')).toBeNull();
  });

  it('reads every article of the three sections', () => {
    const counts = Object.fromEntries(SECTIONS.map((s) => [s, readArticles().filter((a) => a.section === s).length]));
    // Every article folder is there, not just some.
    expect(counts).toEqual(Object.fromEntries(SECTIONS.map((s) => [s, readdirSync(path.join(root, s)).length])));
  });

  it('maps products back to the articles that mention them', () => {
    const index = productArticleIndex(readArticles());
    expect(index.get('1121-basmati-steam-rice')?.map((a) => a.slug)).toContain('biryani');
    for (const slug of index.keys()) expect(productSlugs.has(slug), slug).toBe(true);
  });

  it('validates illustration addresses and tag anchors', () => {
    expect(parseArticleArtPath('biryani', 'biryani.svg')).toEqual({ theme: 'biryani', seed: 'biryani' });
    expect(parseArticleArtPath('../x', 'a.svg')).toBeNull();
    expect(parseArticleArtPath('city', 'a.png')).toBeNull();
    expect(tagAnchor('Festive food')).toBe('tag-festive-food');
    expect(tagAnchor('雪山')).toBe('tag-雪山');
  });
});

describe('article search documents', () => {
  const articles = readArticles();
  const docs = articleDocuments(articles);

  it('has one bilingual document per article with its address', () => {
    expect(docs).toHaveLength(articles.length);
    const biryani = docs.find((d) => d.id === 'article:cuisine:biryani');
    expect(biryani).toMatchObject({ type: 'article', path: 'cuisine/biryani', moq: 0, price: null, category: '' });
    expect(biryani?.name_en).toMatch(/Biryani/);
    expect(biryani?.name_zh).toMatch(/比尔亚尼/);
    expect(biryani?.keywords_en).toContain('rice');
    expect(biryani?.keywords_zh).toContain('美食');
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});
