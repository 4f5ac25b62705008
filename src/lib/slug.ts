/*
 * Slugs name products, exporters, categories and article pictures in links:
 * lower-case letters, digits and hyphens, not starting with a hyphen. Each
 * kind has its own upper bound on length; the pattern is one character class
 * with a bounded count, so matching is linear.
 */

const patterns = new Map<number, RegExp>();

/** The pattern of a slug of 1 to `maxLength` characters. */
export function slugPattern(maxLength: number): RegExp {
  let pattern = patterns.get(maxLength);
  if (!pattern) {
    pattern = new RegExp(`^[a-z0-9][a-z0-9-]{0,${maxLength - 1}}$`);
    patterns.set(maxLength, pattern);
  }
  return pattern;
}

/** Whether `value` is a slug of at most `maxLength` characters. */
export function isSlug(value: string, maxLength: number): boolean {
  return value.length <= maxLength && slugPattern(maxLength).test(value);
}

/*
 * Romanisation of the Urdu letters, one Latin spelling each, so a name written
 * only in Urdu still gives a readable, stable address (خیبر نمک → khybr-nmk).
 * Short vowels are not written in Urdu and do not appear here either.
 */
const URDU_LATIN: Record<string, string> = {
  ا: 'a',
  آ: 'a',
  أ: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  و: 'o',
  ؤ: 'o',
  ہ: 'h',
  ھ: 'h',
  ۃ: 'h',
  ة: 'h',
  ء: '',
  ی: 'i',
  ي: 'i',
  ئ: 'i',
  ے: 'e',
  ۓ: 'e',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

/**
 * The Latin spelling of a name for its address: Chinese by its pinyin (without
 * tones, a space between syllables), Urdu by the table above, other letters as
 * they are. The caller reduces the result to a slug.
 */
export function romanise(name: string, pinyinOf: (han: string) => string[]): string {
  let out = '';
  let han = '';
  const flush = () => {
    if (han) out += ` ${pinyinOf(han).join(' ')} `;
    han = '';
  };
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) {
      han += ch;
      continue;
    }
    flush();
    out += URDU_LATIN[ch] ?? ch;
  }
  flush();
  return out;
}

/**
 * A slug from a name in any of the pavilion's scripts (at most 80 characters),
 * or `fallback` when nothing of it can be spelt in Latin letters.
 */
export function slugOf(name: string, fallback: string, pinyinOf: (han: string) => string[]): string {
  const base = romanise(name.slice(0, 200), pinyinOf)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return base || fallback;
}
