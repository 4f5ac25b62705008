/**
 * A deliberately small frontmatter reader for the article Markdown files,
 * usable where Astro's content layer is not (the search index in plain Node
 * scripts, unit tests). It accepts the subset of YAML the articles use:
 *
 *   key: "double-quoted string"        (JSON string syntax)
 *   key: ["flow", "list"]              (JSON array syntax)
 *   key: bare-word
 *   key:                               followed by block items
 *     - "item"
 *
 * Anything else is an error, so a file it cannot read fails loudly instead
 * of being misread. The unit test checks it agrees with a full YAML parser.
 */
export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const ITEM = /^[ \t]+-[ \t]+(.*)$/;

function scalar(raw: string, where: string): unknown {
  const value = raw.trim();
  if (value.startsWith('"') || value.startsWith('[')) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new Error(`${where}: cannot read ${value.slice(0, 40)}`);
    }
  }
  if (/^['{|>&*!%@`]/.test(value) || value.includes(': ') || value.includes(' #')) {
    throw new Error(`${where}: unsupported YAML ${value.slice(0, 40)}`);
  }
  return value;
}

export function parseFrontmatter(source: string, file = 'article'): Frontmatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  const data: Record<string, unknown> = {};
  let list: unknown[] | null = null;
  match[1]!.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 2}`;
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const item = ITEM.exec(line);
    if (item) {
      if (!list) throw new Error(`${where}: list item outside a list`);
      list.push(scalar(item[1]!, where));
      return;
    }
    const key = KEY.exec(line);
    if (!key) throw new Error(`${where}: cannot read line`);
    if (Object.hasOwn(data, key[1]!)) throw new Error(`${where}: duplicate key ${key[1]}`);
    const value = key[2]?.trim() ?? '';
    if (value) {
      data[key[1]!] = scalar(value, where);
      list = null;
    } else {
      list = [];
      data[key[1]!] = list;
    }
  });
  return { data, body: text.slice(match[0].length) };
}
