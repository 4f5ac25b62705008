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

/** `actions.operator.inviteOperator`: a colleague's name, address and the language of the invitation. */
export const inviteInput = z.object({
  name: posted(plainText(80, { required: true })),
  email: posted(
    z
      .string({ error: 'required' })
      .trim()
      .max(254, { error: 'tooLong', abort: true })
      .min(1, { error: 'required', abort: true })
      .pipe(z.email({ error: 'invalidEmail' }))
      .transform((e) => e.toLowerCase()),
  ),
  locale: posted(z.enum(['en', 'zh'], { error: 'invalid' })),
});
/** `actions.operator.revokeOperator`: an operator's account id. */
export const revokeInput = z.object({
  user: posted(
    z
      .string({ error: 'invalid' })
      .max(64, { error: 'invalid' })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid' }),
  ),
});
