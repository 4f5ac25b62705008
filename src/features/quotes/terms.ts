import { CITIES, type CitySlug } from '~/lib/geo';

/**
 * The delivery terms a quote may name: an Incoterms 2020 rule with its named
 * place, from a fixed list that fits the routes from Pakistan to China — by
 * sea from Karachi or Port Qasim, or by road over the Khunjerab Pass. EXW is
 * the exporter's own city. The rule and the place are stored apart; a form
 * posts them together as `RULE:place`.
 */
export const PLACES = {
  karachi: { en: 'Karachi', zh: '卡拉奇' },
  'port-qasim': { en: 'Port Qasim', zh: '卡西姆港' },
  shanghai: { en: 'Shanghai', zh: '上海' },
  ningbo: { en: 'Ningbo', zh: '宁波' },
  qingdao: { en: 'Qingdao', zh: '青岛' },
  nansha: { en: 'Nansha (Guangzhou)', zh: '广州南沙' },
  tianjin: { en: 'Tianjin', zh: '天津' },
  sost: { en: 'Sost (Khunjerab)', zh: '苏斯特（红其拉甫）' },
  kashgar: { en: 'Kashgar', zh: '喀什' },
} as const;
export type PlaceCode = keyof typeof PLACES;

const CHINA_PORTS = ['shanghai', 'ningbo', 'qingdao', 'nansha', 'tianjin'] as const satisfies PlaceCode[];

/** Every rule with the places it may name; `exw` stands for the exporter's city. */
export const DELIVERY_TERMS: ReadonlyArray<{ incoterm: string; place: PlaceCode | 'exw' }> = [
  { incoterm: 'FOB', place: 'karachi' },
  { incoterm: 'FOB', place: 'port-qasim' },
  ...CHINA_PORTS.map((place) => ({ incoterm: 'CFR', place })),
  ...CHINA_PORTS.map((place) => ({ incoterm: 'CIF', place })),
  { incoterm: 'FCA', place: 'sost' },
  { incoterm: 'DAP', place: 'kashgar' },
  { incoterm: 'EXW', place: 'exw' },
];

/** The form's value of a term: `FOB:karachi`, `EXW:exw`. */
export const termValue = (term: { incoterm: string; place: string }) => `${term.incoterm}:${term.place}`;
export const TERM_VALUES = DELIVERY_TERMS.map(termValue) as [string, ...string[]];

/** A place's name in one language; the exporter's city for EXW, by its slug. */
export function placeName(place: string, lang: 'en' | 'zh'): string {
  if (Object.hasOwn(PLACES, place)) return PLACES[place as PlaceCode][lang];
  if (Object.hasOwn(CITIES, place)) return CITIES[place as CitySlug][lang];
  return place;
}

/** The inquiry's destination ports (see the inquiry form) by name, for the port of discharge. */
const DESTINATIONS: Record<string, { en: string; zh: string }> = {
  shanghai: PLACES.shanghai,
  'ningbo-zhoushan': { en: 'Ningbo-Zhoushan', zh: '宁波舟山' },
  shenzhen: { en: 'Shenzhen', zh: '深圳' },
  guangzhou: { en: 'Guangzhou', zh: '广州' },
  qingdao: PLACES.qingdao,
  tianjin: PLACES.tianjin,
  xiamen: { en: 'Xiamen', zh: '厦门' },
  dalian: { en: 'Dalian', zh: '大连' },
  'khunjerab-kashgar': PLACES.kashgar,
  urumqi: { en: 'Urumqi', zh: '乌鲁木齐' },
};

/**
 * The ports printed on a proforma, from the quote's term and the buyer's
 * destination: sea freight loads at Karachi unless the exporter named Port
 * Qasim; road freight loads at Sost and discharges at Kashgar. Names are in
 * English, the language of the shipping documents.
 */
export function portsOf(incoterm: string, place: string, destinationPort: string): { loading: string; discharge: string } {
  const destination = DESTINATIONS[destinationPort]?.en ?? destinationPort;
  if (place === 'sost' || place === 'kashgar') return { loading: PLACES.sost.en, discharge: PLACES.kashgar.en };
  if (incoterm === 'CFR' || incoterm === 'CIF') return { loading: PLACES.karachi.en, discharge: placeName(place, 'en') };
  if (incoterm === 'FOB') return { loading: placeName(place, 'en'), discharge: destination };
  return { loading: placeName(place, 'en'), discharge: destination };
}
