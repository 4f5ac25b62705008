/**
 * Tariff codes on product pages. The code an exporter types is its own
 * country's: the 8-digit Pakistan Customs Tariff (PCT) line, written
 * `1234.5678`. Only its first six digits are the international Harmonized
 * System subheading; the digits after them are national and mean something
 * else in China's tariff. So a Chinese buyer is shown:
 * - China's 10-digit commodity number (商品编号) where the subheading maps to
 *   exactly one line of China's import tariff, checked in the tariff schedule
 *   (《中华人民共和国进出口税则》, GACC commodity code look-up), and
 * - otherwise only the 6-digit HS subheading: the importer's declaration
 *   settles China's 10-digit line (for rice, for instance, it depends on grain
 *   length and on whether the lot is imported within the tariff quota).
 */

/** HS subheading (6 digits) → China's single 10-digit commodity number for it. */
export const CHINA_COMMODITY_NUMBERS: Readonly<Record<string, string>> = {
  // Cotton yarn, ≥ 85 % cotton, single, uncombed, not for retail sale (非零售粗梳纯棉单纱), by count.
  '520511': '5205110000',
  '520512': '5205120000',
  '520513': '5205130000',
  '520514': '5205140000',
  '520515': '5205150000',
  // Unbleached woven cotton fabric, ≥ 85 % cotton, > 200 g/m² (未漂白棉机织物): plain, 3- or 4-thread twill, other.
  '520911': '5209110000',
  '520912': '5209120000',
  '520919': '5209190000',
};

export type ChinaCode = { kind: 'commodityNumber'; code: string } | { kind: 'subheading'; code: string };

/** `10063020` → `1006.3020`, as Pakistan's tariff writes its lines. */
export function formatPct(code: string): string {
  return /^\d{8}$/.test(code) ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

/** What China's customs code for a product with this PCT line is known to be. */
export function chinaCode(pct: string): ChinaCode {
  const subheading = pct.replace(/\D/g, '').slice(0, 6);
  const line = CHINA_COMMODITY_NUMBERS[subheading];
  if (line) return { kind: 'commodityNumber', code: `${line.slice(0, 4)}.${line.slice(4, 6)}.${line.slice(6, 8)}.${line.slice(8)}` };
  return { kind: 'subheading', code: `${subheading.slice(0, 4)}.${subheading.slice(4)}` };
}
