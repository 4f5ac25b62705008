/**
 * The structured trade vocabulary shared by catalog, inquiries and search.
 * These codes carry meaning across languages: labels live in
 * `locales/{en,zh}/trade.json` under the same codes.
 */
import { z } from 'zod';
import certificateKindsFile from '../../data/reference/certificate-kinds.json' with { type: 'json' };

export const UNITS = ['kg', 'ton', 'piece', 'pair', 'set', 'dozen', 'sqm', 'metre', 'carton', 'container20'] as const;
export type Unit = (typeof UNITS)[number];

export const INCOTERMS = ['FOB', 'CFR', 'CIF', 'EXW', 'DAP'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/**
 * Certificates a Chinese importer asks for, by code: reference data in
 * `data/reference/certificate-kinds.json`, validated when loaded (a malformed
 * file stops the start-up instead of producing a pavilion without choices).
 * Each code needs its label under `certification` in `locales/{en,zh}/trade.json`.
 */
export const certificateKindsFileSchema = z.object({
  version: z.number().int().min(1),
  kinds: z
    .array(
      z
        .object({
          code: z
            .string()
            .max(40)
            .regex(/^[a-z][a-z0-9_]*$/),
        })
        .strict(),
    )
    .min(1)
    .max(200)
    .refine((kinds) => new Set(kinds.map((k) => k.code)).size === kinds.length, { message: 'duplicate certificate code' }),
});
export type CertificationKind = string;
export const CERTIFICATION_KINDS = certificateKindsFileSchema.parse(certificateKindsFile).kinds.map((k) => k.code) as [
  CertificationKind,
  ...CertificationKind[],
];

/**
 * Checks the pavilion makes before an exporter is shown as verified.
 * `tdap`: membership of the Trade Development Authority of Pakistan;
 * `chamber`: registration with a chamber of commerce and industry;
 * `gacc`: China customs registration of an overseas food producer;
 * `secp`: company registration with the Securities and Exchange Commission of Pakistan;
 * `site_visit`: a visit to the factory by pavilion staff.
 */
export const VERIFICATION_CHECKS = ['tdap', 'chamber', 'secp', 'gacc', 'site_visit'] as const;
export type VerificationCheck = (typeof VERIFICATION_CHECKS)[number];

export const SAMPLE_POLICIES = ['free', 'paid', 'none'] as const;
export type SamplePolicy = (typeof SAMPLE_POLICIES)[number];

export const SUPPLY_PERIODS = ['month', 'year'] as const;
export type SupplyPeriod = (typeof SUPPLY_PERIODS)[number];
