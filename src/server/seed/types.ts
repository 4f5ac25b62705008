import type { CitySlug } from '../../lib/geo';
import type {
  CertificationKind,
  Incoterm,
  SamplePolicy,
  SupplyPeriod,
  Unit,
  VerificationCheck,
} from '../../lib/trade';

/** A text in both languages. Chinese is written for a native buyer, not translated word by word. */
export interface L10n {
  en: string;
  zh: string;
}

export interface SeedCategory {
  slug: string;
  name: L10n;
  description: L10n;
  /** China customs requires the overseas producer's GACC registration (Decree 248) for this category. */
  gaccRequired: boolean;
  /** Motif used by the generated demo images. */
  motif: string;
  position: number;
}

export interface SeedCertificate {
  kind: CertificationKind;
  /** Who issued it, e.g. "Pakistan Halal Authority", "SGS Pakistan", "TÜV SÜD". */
  issuer: string;
  number: string;
  /** ISO date. */
  validUntil: string;
}

export interface SeedCheck {
  kind: VerificationCheck;
  /** Registration or membership number that the check confirmed. */
  reference: string;
  /** ISO date the pavilion made the check. */
  checkedOn: string;
  /** ISO date the check must be renewed. */
  validUntil: string;
}

export interface SeedExporter {
  slug: string;
  name: L10n;
  tagline: L10n;
  description: L10n;
  city: CitySlug;
  yearFounded: number;
  employees: number;
  website?: string;
  /** GACC overseas food producer registration number (food producers only). */
  gaccNumber?: string;
  /** `pending` exporters are not public; the demo keeps a few to show the operator queue. */
  status: 'verified' | 'pending';
  checks: SeedCheck[];
  certificates: SeedCertificate[];
  /** Main markets besides China, e.g. ["EU", "Middle East"]: shown as facts. */
  markets: L10n[];
  featured?: boolean;
}

export interface SeedSpec {
  label: L10n;
  value: L10n;
}

export interface SeedPriceTier {
  /** Smallest order quantity (in the product's unit) for this price. */
  minQuantity: number;
  /** FOB price per unit in US cents. */
  priceUsdCents: number;
}

export interface SeedProduct {
  slug: string;
  exporter: string;
  category: string;
  name: L10n;
  summary: L10n;
  description: L10n;
  specs: SeedSpec[];
  moq: number;
  unit: Unit;
  /** Ascending by minQuantity; the first tier's minQuantity equals moq. Empty: price on request. */
  priceTiers: SeedPriceTier[];
  incoterms: Incoterm[];
  /** 8-digit Chinese customs tariff code (HS + 2 national digits), digits only. */
  hsCode: string;
  leadTimeDays: [number, number];
  supplyCapacity: { quantity: number; unit: Unit; per: SupplyPeriod };
  sample: { policy: SamplePolicy; note: L10n };
  originCity: CitySlug;
  /** Kinds from the exporter's certificates that cover this product. */
  certifications: CertificationKind[];
  /** Search keywords buyers use that are not in the name (synonyms, trade names). */
  keywords: L10n;
  featured?: boolean;
  /** How many generated demo images the product shows (1–3). */
  imageCount: number;
}
