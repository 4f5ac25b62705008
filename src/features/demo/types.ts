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
