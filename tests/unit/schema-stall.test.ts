import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as consoleSchemas from '~/features/operator/schema';
import * as inquirySchemas from '~/features/inquiry/schema';
import * as portalSchemas from '~/features/exporter/schema';
import * as productSchemas from '~/features/exporter/product-schema';
import { containsMarkup } from '~/lib/text-checks';
import * as inboxSchemas from '~/features/exporter/inbox.server';
import * as searchSchemas from '~/server/search/types.server';
import { startLoopProbe } from '../fixtures/loop-probe.mjs';
import { leaves } from '../fixtures/schema-leaves';

/**
 * Every text field of every form and API schema, fed a megabyte of hostile
 * text, must not hold the event loop for 100 ms: the length check comes first
 * and stops validation, and the checks after it are linear. The schemas and
 * their fields are found by walking the modules' exports and zod's shapes, so
 * a new schema or field is covered without touching this file.
 */

const STALL_MS = 100;
const MB = 2 ** 20;

/** Texts that made the old checks backtrack (or that reach other parsers: numbers, e-mail, dates, URLs). */
const HOSTILE: Array<[string, string]> = [
  ['"<a" repeated', '<a'.repeat(MB / 2)],
  ['"<" and spaces', `<${' '.repeat(MB - 2)}.`],
  ['"< " repeated', `${'< '.repeat(MB / 2)}.`],
  ['"</ " and tabs', `</${'\t'.repeat(MB - 3)}.`],
  ['combining marks after "<"', `<${'\u0301'.repeat(MB - 2)}a`],
  ['CJK and "<" repeated', '盐<'.repeat(MB / 2)],
  ['digits', '9'.repeat(MB)],
  ['e-mail-like', `${'a.'.repeat(MB / 2)}@x`],
  ['URL-like', `https://${'a'.repeat(MB)}.example/`],
];

/** Every zod schema the modules export, and those their `…Schema()` factories make. */
function schemasOf(modules: Record<string, Record<string, unknown>>): Array<[string, z.ZodType]> {
  const found: Array<[string, z.ZodType]> = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (value instanceof z.ZodType) found.push([`${file}.${name}`, value]);
      else if (typeof value === 'function' && /Schema$/.test(name)) {
        // The product form's factory takes the catalog's category slugs; the console's take "now".
        const made = (value as (arg?: unknown) => unknown)(name === 'productSchema' ? ['himalayan-salt'] : undefined);
        if (made instanceof z.ZodType) found.push([`${file}.${name}()`, made]);
      }
    }
  }
  return found;
}

const SCHEMAS = schemasOf({
  inquiry: inquirySchemas,
  portal: portalSchemas,
  product: productSchemas,
  console: consoleSchemas,
  inbox: inboxSchemas,
  search: searchSchemas,
});

const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));

describe('validation of hostile text', () => {
  it('finds the forms and APIs and their fields', () => {
    const names = SCHEMAS.map(([name]) => name);
    for (const expected of [
      'inquiry.itemsInquirySchema',
      'inquiry.categoryInquirySchema',
      'inquiry.buyerReplySchema',
      'portal.profileSchema',
      'product.productSchema()',
      'console.checkSchema()',
      'inbox.inquiryActionSchema',
    ]) {
      expect(names).toContain(expected);
    }
    const paths = SCHEMAS.flatMap(([name, schema]) => leaves(schema).map((leaf) => `${name}:${leaf.path}`));
    expect(paths).toContain('inquiry.itemsInquirySchema:items.0.note');
    expect(paths).toContain('product.productSchema():specs.0.valueZh');
    expect(paths).toContain('console.verifyInput:reference');
    expect(paths.length).toBeGreaterThan(100);
  });

  it(`never holds the event loop for ${STALL_MS} ms on a megabyte in any field`, async () => {
    const probe = startLoopProbe();
    const slowest = { ms: 0, where: '' };
    let parses = 0;
    try {
      for (const [name, schema] of SCHEMAS) {
        for (const leaf of leaves(schema)) {
          for (const [label, text] of HOSTILE) {
            // A 64 KB piece first: a quadratic check shows in seconds there instead of in minutes on the megabyte.
            for (const value of [text.slice(0, 64 * 1024), text]) {
              const where = `${name} ${leaf.path} ← ${label} (${value.length} chars)`;
              // The main thread's CPU time: what the parse holds the loop for, however busy the machine is.
              const before = process.threadCpuUsage();
              const result = schema.safeParse(leaf.build(value));
              const spent = process.threadCpuUsage(before);
              const ms = (spent.user + spent.system) / 1000;
              parses++;
              if (ms > slowest.ms) Object.assign(slowest, { ms, where });
              expect(ms, where).toBeLessThan(STALL_MS);
              // Hostile text is never accepted as it is (a search query may be cut short, or a filter dropped).
              if (result.success) expect(JSON.stringify(result.data).length, where).toBeLessThan(64 * 1024);
              await yieldToLoop();
            }
          }
        }
      }
    } finally {
      probe.stop();
    }
    const { delayMs, busyMs } = probe.read();
    console.info(
      `[schema-stall] ${parses} parses; slowest ${slowest.ms.toFixed(1)} ms CPU (${slowest.where}); loop held at most ${busyMs.toFixed(1)} ms (CPU), loop delay max ${delayMs.toFixed(1)} ms (wall)`,
    );
    expect(busyMs).toBeLessThan(STALL_MS);
  });

  it('still tells an overlong text from markup, in the buyer’s words', () => {
    const errors = (message: string) => {
      const parsed = inquirySchemas.parseInquiry({ message });
      return 'errors' in parsed ? parsed.errors.message : undefined;
    };
    expect(errors('<a'.repeat(5000))).toBe('tooLong');
    expect(errors(`Hello ${' '.repeat(3000)}`)).toBeUndefined();
    expect(errors('Price <b>now</b>')).toBe('noHtml');
    expect(errors('1 < 2 and 3 > 2')).toBeUndefined();
  });

  it('finds markup exactly where the former pattern did', () => {
    const former = /<\s*\/?\s*[a-z!?][^>]*>/i;
    const samples = [
      '<b>',
      '< / b >',
      '<!-- x -->',
      '<?xml?>',
      'a < b',
      'a <b',
      'a < b > c',
      '< 3 >',
      '</',
      '<\n/\nscript\n>',
      '<1>',
      'x<y',
      'x<y>',
      '<<a>',
      '<a <b',
      '<<<>>>',
      '盐<脚本>',
      '<\u00a0a>',
      '> <a',
    ];
    for (const s of samples) expect(containsMarkup(s), JSON.stringify(s)).toBe(former.test(s));
  });
});
