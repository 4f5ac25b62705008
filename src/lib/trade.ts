/**
 * The structured trade vocabulary shared by catalog, inquiries and search.
 * These codes carry meaning across languages: labels live in
 * `locales/{en,zh}/trade.json` under the same codes.
 */

export const UNITS = ['kg', 'ton', 'piece', 'pair', 'set', 'dozen', 'sqm', 'carton', 'container20'] as const;
export type Unit = (typeof UNITS)[number];

export const INCOTERMS = ['FOB', 'CFR', 'CIF', 'EXW', 'DAP'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

/** Certificates a Chinese importer asks for, by code. */
export const CERTIFICATION_KINDS = [
  'halal',
  'iso9001',
  'iso13485',
  'iso22000',
  'haccp',
  'brcgs',
  'ce',
  'fda',
  'oeko_tex',
  'gots',
  'fifa_quality',
  'leather_working_group',
  'fsc',
] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

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
