import { z } from 'zod';
import complianceFile from '../../../data/reference/compliance.json' with { type: 'json' };

/*
 * What applies when a category's goods are imported into China: food-producer
 * registration, plant quarantine, medical-device filing, CCC, labelling
 * standards, tariff preference. Reference data (`data/reference/compliance.json`),
 * each statement in both languages with its source (regulation, standard,
 * official site). A statement applies to a category ("*" for all) and, when it
 * has a `match`, only to the products it matches: by the first digits of the
 * exporter's tariff code (the HS digits are international) and by words of
 * the English product name. `food: false` marks products of a food category
 * that are not food (lick blocks, bath salt), for which GACC's food-producer
 * registration does not apply.
 */

const bilingual = z.object({ en: z.string().min(1).max(600), zh: z.string().min(1).max(400) }).strict();
const words = z.array(z.string().min(1).max(40)).min(1).max(10);

export const complianceRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    categories: z.union([z.literal('*'), z.array(z.string().min(1).max(60)).min(1)]),
    match: z
      .object({ hs: z.array(z.string().regex(/^\d{2,8}$/)).optional(), name: words.optional(), notName: words.optional() })
      .strict()
      .optional(),
    food: z.boolean().optional(),
    text: bilingual,
    source: bilingual,
  })
  .strict();
export type ComplianceRule = z.infer<typeof complianceRuleSchema>;

export const complianceFileSchema = z.object({ version: z.number().int().min(1), rules: z.array(complianceRuleSchema).max(200) }).strict();

export const COMPLIANCE = complianceFileSchema.parse(complianceFile);

const inCategory = (rule: ComplianceRule, category: string) => rule.categories === '*' || rule.categories.includes(category);

function matches(rule: ComplianceRule, product: { nameEn: string; hsCode: string }): boolean {
  const m = rule.match;
  if (!m) return true;
  const name = product.nameEn.toLowerCase();
  if (m.hs && !m.hs.some((prefix) => product.hsCode.startsWith(prefix))) return false;
  if (m.name && !m.name.some((w) => name.includes(w))) return false;
  if (m.notName?.some((w) => name.includes(w))) return false;
  return true;
}

/** Every statement for a category page: its own first, then those for all categories. */
export function complianceForCategory(category: string, rules: readonly ComplianceRule[] = COMPLIANCE.rules): ComplianceRule[] {
  const own = rules.filter((r) => r.categories !== '*' && inCategory(r, category));
  return [...own, ...rules.filter((r) => r.categories === '*')];
}

export interface ProductCompliance {
  rules: ComplianceRule[];
  /** False when a statement says this product of a food category is not food. */
  food: boolean;
}

/** The statements that apply to one product, and whether it is food. */
export function complianceForProduct(
  category: string,
  product: { nameEn: string; hsCode: string },
  rules: readonly ComplianceRule[] = COMPLIANCE.rules,
): ProductCompliance {
  const applying = complianceForCategory(category, rules).filter((r) => matches(r, product));
  return { rules: applying, food: !applying.some((r) => r.food === false) };
}
