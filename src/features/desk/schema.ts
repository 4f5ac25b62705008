import { z } from 'zod';

/** The longest Chinese text the desk writes: a product description's bound. */
export const DESK_TEXT_MAX = 5000;

export const suggestionInput = z.object({
  body: z.string().max(DESK_TEXT_MAX, 'tooLong').trim().min(1, 'required'),
});

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
