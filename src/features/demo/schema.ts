import { z } from 'zod';
import { profileSchema } from '~/features/exporter/schema';
import { productSchema } from '~/features/exporter/product-schema';
import { plainText } from '~/features/inquiry/schema';
import { VERIFICATION_CHECKS } from '~/lib/trade';
import { slugSchema } from '~/lib/slug-schema';

/**
 * The demo catalog's files (`data/demo/`). Each record's company profile or
 * product is exactly what the exporter portal accepts (`profileSchema`,
 * `productSchema`); the few facts only the pavilion itself records —
 * verification checks, markets, status, featured, the demo photos — are
 * beside it and validated here.
 */

const slug = slugSchema(121);
/** A picture in `data/demo/images/manifest.json`. */
const photoName = z.string().regex(/^[a-z0-9][a-z0-9/-]{0,160}$/);
const bilingual = z.object({ en: plainText(60, { required: true }), zh: plainText(30, { required: true }) });

export const verificationCheckSchema = z.object({
  kind: z.enum(VERIFICATION_CHECKS),
  reference: plainText(60, { required: true }),
  checkedOn: z.iso.date(),
  validUntil: z.iso.date(),
});

export const demoExporterSchema = z.object({
  slug,
  status: z.enum(['verified', 'pending']),
  featured: z.boolean().default(false),
  markets: z.array(bilingual).max(12),
  checks: z.array(verificationCheckSchema).max(10),
  logo: photoName,
  profile: profileSchema,
});
export type DemoExporter = z.output<typeof demoExporterSchema>;

/** The product itself is checked by `productSchema(categories)`, which needs the catalog's category slugs. */
export const demoProductSchema = z.object({
  slug,
  exporter: slug,
  featured: z.boolean().default(false),
  /** When the product was listed: orders the "newest" sorting. */
  listedAt: z.iso.datetime(),
  photos: z.array(photoName).min(1).max(8),
  product: z.unknown(),
});

export function parseDemoProduct(record: unknown, categories: readonly string[]) {
  const { product, ...rest } = demoProductSchema.parse(record);
  return { ...rest, product: productSchema(categories).parse(product) };
}
export type DemoProduct = ReturnType<typeof parseDemoProduct>;

export const exchangeRatesSchema = z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^\d{1,6}\.\d{1,6}$/));

/** Pictures made once by the portal's photo pipeline: `name` → its upright size and variant files. */
export const imageManifestSchema = z.record(
  photoName,
  z.object({
    width: z.number().int().min(64).max(4000),
    height: z.number().int().min(64).max(4000),
    variants: z
      .array(
        z.object({
          width: z.number().int().min(1),
          format: z.enum(['avif', 'webp']),
          file: z
            .string()
            .regex(/^[a-z0-9][a-z0-9/.-]{0,200}$/)
            .refine((f) => !f.includes('..')),
        }),
      )
      .min(1),
  }),
);
export type ImageManifest = z.output<typeof imageManifestSchema>;
