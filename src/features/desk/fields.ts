/*
 * The texts the translation desk works on: a product's and a company's
 * public texts that have an English and a Chinese column. Specifications and
 * photo descriptions stay with the exporter's own editor.
 */

export const DESK_FIELDS = {
  product: ['name', 'summary', 'description', 'keywords', 'sampleNote'],
  exporter: ['tagline', 'description'],
} as const;

export type DeskEntity = keyof typeof DESK_FIELDS;
export type DeskField<E extends DeskEntity = DeskEntity> = (typeof DESK_FIELDS)[E][number];

/** A field of the queue, written in links as `product-12-name`. */
export interface FieldKey {
  entity: DeskEntity;
  entityId: number;
  field: string;
}

export const fieldKey = (k: FieldKey) => `${k.entity}-${k.entityId}-${k.field}`;

/** The field a link names, or null for anything else (so the page answers 404). */
export function parseFieldKey(value: string | undefined): FieldKey | null {
  if (!value || value.length > 40) return null;
  const m = /^(product|exporter)-([1-9][0-9]{0,9})-([a-zA-Z]{1,20})$/.exec(value);
  if (!m) return null;
  const entity = m[1] as DeskEntity;
  const entityId = Number(m[2]);
  const field = m[3] as string;
  if (entityId > 2_147_483_647 || !(DESK_FIELDS[entity] as readonly string[]).includes(field)) return null;
  return { entity, entityId, field };
}

/** Where a field's Chinese stands: none yet, written from an older English, or up to date. */
export type ChineseState = 'missing' | 'outdated' | 'done';

/** The state of a product's Chinese as a whole: the worst of its fields. */
export function worstState(states: ChineseState[]): ChineseState {
  if (states.includes('missing')) return 'missing';
  if (states.includes('outdated')) return 'outdated';
  return 'done';
}
