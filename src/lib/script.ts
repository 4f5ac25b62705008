/*
 * Which writing system a text is in. A trader may type Chinese or Urdu into
 * an English field (or English into a Chinese one); the editor warns, and a
 * buyer's page marks such text with its own language and direction, so a
 * screen reader and the browser's fonts treat it right.
 *
 * Each check is one pass over the text's code points: no pattern backtracks.
 */

export type Script = 'latin' | 'han' | 'arabic';

/** Chinese characters (CJK ideographs, extension A, compatibility) and the CJK punctuation and full-width forms. */
function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ebef);
}

/** Arabic script as Urdu writes it: Arabic, its supplement and extended blocks, presentation forms. */
function isArabic(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0x08a0 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  );
}

function isLatinLetter(cp: number): boolean {
  return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
}

/** How many letters of each script a text has (digits, spaces and punctuation count for none). */
export function scriptCounts(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { latin: 0, han: 0, arabic: 0 };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isLatinLetter(cp)) counts.latin += 1;
    else if (isHan(cp)) counts.han += 1;
    else if (isArabic(cp)) {
      // The Arabic-Indic digits (٠-٩, ۰-۹) are numbers, not Urdu words.
      if (!((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9))) counts.arabic += 1;
    }
  }
  return counts;
}

/** The scripts a text uses, most letters first; empty for a text of digits and punctuation only. */
export function scriptsOf(text: string): Script[] {
  const counts = scriptCounts(text);
  return (Object.keys(counts) as Script[]).filter((s) => counts[s] > 0).sort((a, b) => counts[b] - counts[a]);
}

/** The script most of a text's letters are in, or null when it has none. */
export function mainScript(text: string): Script | null {
  return scriptsOf(text)[0] ?? null;
}

/** The field language a script belongs to. */
const SCRIPT_OF_FIELD = { en: 'latin', zh: 'han' } as const;

/**
 * The scripts in a field that do not belong to its language: Chinese or Urdu
 * in an English field, Urdu in a Chinese one. Latin letters in a Chinese field
 * are normal (brand names, units, HS codes, MOQ) and are not flagged.
 */
export function foreignScripts(text: string, field: 'en' | 'zh'): Array<'han' | 'arabic'> {
  const own = SCRIPT_OF_FIELD[field];
  return scriptsOf(text).filter((s): s is 'han' | 'arabic' => s !== own && s !== 'latin');
}

/** The language attributes of text whose letters are mostly in one script. */
export const SCRIPT_LANG = {
  latin: { lang: 'en', dir: 'ltr' },
  han: { lang: 'zh-Hans', dir: 'ltr' },
  arabic: { lang: 'ur', dir: 'rtl' },
} as const satisfies Record<Script, { lang: string; dir: 'ltr' | 'rtl' }>;

/**
 * The `lang` and `dir` a text must be marked with on a page in `pageLang`
 * (`en` or `zh-Hans`), or null when the page's own language fits it. A text
 * mostly in another script than the page's gets that script's language.
 */
export function langOverride(text: string, pageLang: 'en' | 'zh-Hans'): { lang: string; dir: 'ltr' | 'rtl' } | null {
  const main = mainScript(text);
  if (!main) return null;
  const wanted = SCRIPT_LANG[main];
  if (wanted.lang === pageLang) return null;
  // Latin on a Chinese page is brand names and units far more often than English prose: left alone.
  if (main === 'latin' && pageLang === 'zh-Hans') return null;
  return wanted;
}
