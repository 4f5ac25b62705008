/**
 * Checks on untrusted text that take time linear in its length, whatever it
 * holds: no pattern here can backtrack over its input more than once. Every
 * schema runs them only after its length check has passed (see `plainText`).
 */

/** NUL and other controls, and the bidirectional overrides that can disguise text. */
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * Where a tag could begin: `<`, optional spaces, an optional `/` and spaces,
 * then a letter, `!` or `?`. The spaces and the `/` are disjoint, so a failed
 * match backtracks over one run of spaces only: linear.
 */
const TAG_START = /<\s*(?:\/\s*)?[a-z!?]/i;

/**
 * True when the text holds something a browser could read as markup: a tag
 * start followed, anywhere later, by `>`. Same verdict as the pattern
 * `<\s*\/?\s*[a-z!?][^>]*>`, which took quadratic time on `<a<a<a…`; here the
 * first tag start decides (a later one could only see fewer `>`), so one scan
 * for it and one for `>` suffice.
 */
export function containsMarkup(text: string): boolean {
  const start = TAG_START.exec(text);
  return start !== null && text.indexOf('>', start.index + start[0].length) !== -1;
}
