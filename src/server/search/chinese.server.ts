/**
 * Chinese-specific text work for search: traditional → simplified folding
 * (OpenCC's tables through `opencc-js`) and pinyin keys (`pinyin-pro`), used
 * at index time only, so queries in either script or in pinyin reach the same
 * simplified index terms.
 */
import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';
import { pinyin } from 'pinyin-pro';

/** Taiwan variants and phrases first, then OpenCC's traditional → simplified characters and phrases. */
const toSimplified = Converter({ from: 'tw', to: 'cn' });

/** Every character (in the BMP) that the conversion tables would change: text without one is left alone, at no cost. */
const TRADITIONAL = (() => {
  const table = new Uint8Array(0x10000);
  for (const group of [...(from.tw ?? []), ...(to.cn ?? [])]) {
    for (const dict of group) {
      const keys = typeof dict === 'string' ? dict.split('|').map((pair) => pair.split(' ')[0] ?? '') : dict.map(([key]) => key);
      // Single characters only: phrase keys also hold characters that are the same in both scripts.
      for (const key of keys) if (key.length === 1 && key.charCodeAt(0) >= 0x3400) table[key.charCodeAt(0)] = 1;
    }
  }
  return table;
})();

function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL[text.charCodeAt(i)]) return true;
  return false;
}

/** Folds traditional Chinese (Taiwan and Hong Kong forms) to simplified; other text is returned as is. */
export function foldChinese(text: string): string {
  return hasTraditional(text) ? toSimplified(text) : text;
}

/**
 * The pinyin keys of a Chinese word: full pinyin without tones or spaces
 * (粉盐 → `fenyan`) and, for words of two or more characters, the initials
 * (`fy`). Latin letters and digits in the word are dropped.
 */
export function pinyinKeys(word: string): string[] {
  const syllables = pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) => /^[a-z]+$/.test(s));
  if (!syllables.length) return [];
  const full = syllables.join('');
  return syllables.length >= 2 ? [full, syllables.map((s) => s[0]).join('')] : [full];
}
