import { z } from 'zod';
import { plainText } from '~/features/inquiry/schema';
import { posted } from '~/features/operator/schema';

/**
 * The operator's category form. Messages are codes, translated by
 * `operatorMessage`. Names are required in both languages: a category is a
 * heading buyers see on every page, never left to fall back.
 */

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
const CHAPTER = /^(?:0[1-9]|[1-8][0-9]|9[0-7])$/;

export const categorySlugSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required', abort: true })
  .max(60, { error: 'tooLong', abort: true })
  .regex(SLUG, { error: 'invalidCategorySlug' });

/** "25, 68 69" → ["25", "68", "69"]: two-digit HS chapters, separated by commas or spaces, each once. */
export const hsChaptersSchema = z
  .string({ error: 'required' })
  .max(120, { error: 'tooLong', abort: true })
  .transform((s) => s.split(/[\s,，、]+/).filter(Boolean))
  .pipe(
    z
      .array(z.string())
      .min(1, { error: 'hsChapterRequired', abort: true })
      .max(20, { error: 'tooLong', abort: true })
      // One message for the field, not one per chapter.
      .refine((chapters) => chapters.every((c) => c.length === 2 && CHAPTER.test(c) && c !== '77'), { error: 'invalidHsChapter' })
      .transform((chapters) => [...new Set(chapters)].sort()),
  );

export const categorySchema = z.object({
  nameEn: plainText(80, { required: true }),
  nameZh: plainText(80, { required: true }),
  descriptionEn: plainText(500, { multiline: true }),
  descriptionZh: plainText(500, { multiline: true }),
  hsChapters: hsChaptersSchema,
  /** A checkbox: present when ticked. */
  gaccRequired: z
    .string()
    .max(10)
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === '1'),
});
export type CategoryInput = z.output<typeof categorySchema>;

/** What the categories page's forms post. */
export const categoryActionSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({ intent: z.literal('create'), slug: categorySlugSchema, category: categorySchema }),
    z.object({ intent: z.literal('update'), slug: categorySlugSchema, category: categorySchema }),
    z.object({ intent: z.literal('move'), slug: categorySlugSchema, direction: z.enum(['up', 'down'], { error: 'invalid' }) }),
  ],
  { error: 'invalid' },
);
export type CategoryAction = z.output<typeof categoryActionSchema>;

/** The operators page: invite one, or revoke one by account id. */
export const operatorActionSchema = z.discriminatedUnion(
  'intent',
  [
    z.object({
      intent: z.literal('invite'),
      name: plainText(80, { required: true }),
      email: z
        .string({ error: 'required' })
        .trim()
        .max(254, { error: 'tooLong', abort: true })
        .min(1, { error: 'required', abort: true })
        .pipe(z.email({ error: 'invalidEmail' }))
        .transform((e) => e.toLowerCase()),
      locale: z.enum(['en', 'zh'], { error: 'invalid' }),
    }),
    z.object({
      intent: z.literal('revoke'),
      user: z
        .string({ error: 'invalid' })
        .max(64, { error: 'invalid' })
        .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid' }),
    }),
  ],
  { error: 'invalid' },
);
export type OperatorAction = z.output<typeof operatorActionSchema>;

const c = categorySchema.shape;
/** `actions.operator.createCategory` and `updateCategory`: the form's fields, flat as the browser posts them. */
export const categoryInput = z.object({
  slug: posted(categorySlugSchema),
  nameEn: posted(c.nameEn),
  nameZh: posted(c.nameZh),
  descriptionEn: posted(c.descriptionEn),
  descriptionZh: posted(c.descriptionZh),
  hsChapters: posted(c.hsChapters),
  gaccRequired: posted(c.gaccRequired),
});
/** `actions.operator.moveCategory`. */
export const moveInput = z.object({ slug: posted(categorySlugSchema), direction: posted(z.enum(['up', 'down'], { error: 'invalid' })) });

const operatorForms = operatorActionSchema.options;
/** `actions.operator.inviteOperator`. */
export const inviteInput = z.object({
  name: posted(operatorForms[0].shape.name),
  email: posted(operatorForms[0].shape.email),
  locale: posted(operatorForms[0].shape.locale),
});
/** `actions.operator.revokeOperator`. */
export const revokeInput = z.object({ user: posted(operatorForms[1].shape.user) });
