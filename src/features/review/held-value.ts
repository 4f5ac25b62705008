/** A held value as one line: a name or number as written, certificates as “kind number (until date)”. */
export function heldValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    if (!value.length) return empty;
    return value
      .map((c: { kind?: string; number?: string; validUntil?: string }) => `${c.kind ?? ''} ${c.number ?? ''} (${c.validUntil ?? ''})`.trim())
      .join('; ');
  }
  return String(value);
}
