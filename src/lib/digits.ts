/**
 * Numbers typed by people on phones in Pakistan and China: Urdu (Extended Arabic-Indic ۰–۹), Arabic-Indic (٠–٩)
 * and full-width (０–９) digits, with their decimal and thousands marks, read as the ASCII a number parser
 * expects. Every numeric field's schema runs its text through this before parsing it; nothing else changes.
 */
const ZERO_POINTS = [0x06f0, 0x0660, 0xff10] as const;
const MARKS: Record<string, string> = { '\u066B': '.', '\uFF0E': '.', '\u066C': ',', '\uFF0C': ',' };
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19\u066B\u066C\uFF0C\uFF0E]/g;

export function latinDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (c) => {
    const mark = MARKS[c];
    if (mark) return mark;
    const code = c.charCodeAt(0);
    const zero = ZERO_POINTS.find((z) => code >= z && code <= z + 9) ?? 0x30;
    return String(code - zero);
  });
}

const URDU_MARKS: Record<string, string> = { '.': '\u066B', ',': '\u066C' };

/**
 * A number written with Latin digits (`1,234.56`) in Urdu digits with the Arabic decimal and thousands marks
 * (`۱٬۲۳۴٫۵۶`), as `Intl` writes `ur-PK-u-nu-arabext`; `latinDigits` reads it back.
 */
export function urduDigits(text: string): string {
  return text.replace(/[0-9.,]/g, (c) => URDU_MARKS[c] ?? String.fromCharCode(0x06f0 + c.charCodeAt(0) - 0x30));
}
