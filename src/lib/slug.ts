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
