import { z } from 'zod';
import { TEXT_LIMITS } from '~/features/exporter/product-schema';
import { plainText } from '~/features/inquiry/schema';
import type { DeskEntity, FieldKey } from './fields';

/** The longest Chinese text the desk writes: a product description's bound. */
export const DESK_TEXT_MAX = 5000;

/**
 * The Chinese of a queued field, held to the rules of the exporter's own form for that field (length, plain
 * text, one line where the form has one line), so an accepted suggestion never blocks the exporter's next save.
 */
const CHINESE_RULES: Record<DeskEntity, Record<string, { max: number; multiline: boolean }>> = {
  product: {
    name: { max: TEXT_LIMITS.name[1], multiline: false },
    summary: { max: TEXT_LIMITS.summary[1], multiline: false },
    description: { max: TEXT_LIMITS.description[1], multiline: true },
    keywords: { max: TEXT_LIMITS.keywords[1], multiline: false },
    sampleNote: { max: TEXT_LIMITS.sampleNote[1], multiline: false },
  },
  exporter: {
    tagline: { max: 80, multiline: false },
    description: { max: 2000, multiline: true },
  },
};

export function chineseFieldInput(key: FieldKey) {
  const rule = CHINESE_RULES[key.entity][key.field] ?? { max: DESK_TEXT_MAX, multiline: true };
  return z.object({ body: plainText(rule.max, { required: true, multiline: rule.multiline }) });
}

export const decisionInput = z.object({
  suggestion: z
    .string()
    .max(12, 'invalid')
    .regex(/^[1-9][0-9]{0,9}$/, 'invalid')
    .transform(Number),
  decision: z.enum(['accept', 'reject'], { error: 'invalid' }),
});

export const messageRequestInput = z.object({
  message: z
    .string()
    .max(12, 'invalid')
    .regex(/^[1-9][0-9]{0,9}$/, 'invalid')
    .transform(Number),
});

export const messageTranslationInput = z.object({
  body: z.string().max(2000, 'tooLong').trim().min(1, 'required'),
});

export const grantInput = z.object({
  email: z.string().max(254, 'invalidEmail').trim().toLowerCase().email('invalidEmail'),
  grant: z.enum(['grant', 'revoke'], { error: 'invalid' }),
});

/** The words a term look-up is asked for: up to 200 characters. */
export const termQuery = z.string().max(200, 'tooLong').trim();
