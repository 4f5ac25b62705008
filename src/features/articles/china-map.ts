/**
 * A simplified outline of China for small decorative maps (the pavilion
 * locator). Vertices are [longitude, latitude] in degrees, listed clockwise
 * with north up, accurate to roughly ±0.5°. Derived from the public-domain
 * Natural Earth 1:110m boundaries, simplified, with the south-eastern
 * Xizang segment following the boundary line shown on maps published in China.
 * Not for navigation or any use where a precise boundary matters.
 */

/** Mainland border and coastline, clockwise (north up), starting on the Amur near Heihe. */
// biome-ignore format: rows of points read as a table; one per line would triple the length
export const CHINA_OUTLINE: Array<[number, number]> = [
  [127.66, 49.76], [129.4, 49.44], [130.58, 48.73], [130.99, 47.79], [135.03, 48.48], [133.77, 46.12],
  [133.1, 45.14], [131.03, 44.97], [131.14, 42.93], [130.63, 42.9], [130.64, 42.4], [129.99, 42.99],
  [129.6, 42.42], [128.05, 41.99], [128.21, 41.47], [126.87, 41.82], [124.27, 39.93], [121.05, 38.9],
  [122.17, 40.42], [121.64, 40.95], [117.53, 38.74], [119.7, 37.16], [120.82, 37.87], [122.36, 37.45],
  [122.52, 36.93], [121.1, 36.65], [119.15, 34.91], [120.23, 34.36], [121.91, 31.69], [121.89, 30.95],
  [121.26, 30.68], [122.09, 29.83], [121.68, 28.23], [121.13, 28.14], [118.66, 24.55], [115.89, 22.78],
  [114.15, 22.22], [113.81, 22.55], [110.79, 21.4], [110.44, 20.34], [109.89, 20.28], [109.86, 21.4],
  [107.04, 21.81], [106.57, 22.22], [106.73, 22.79], [105.33, 23.35], [101.65, 22.32], [101.8, 21.17],
  [101.27, 21.2], [101.15, 21.85], [100.42, 21.56], [99.24, 22.12], [99.53, 22.95], [98.9, 23.14],
  [98.66, 24.06], [97.6, 23.9], [97.72, 25.08], [98.67, 25.92], [98.68, 27.51], [97.91, 28.34],
  [96.2, 27.55], [95.3, 27.75], [92.1, 26.9], [91.7, 27.77], [90.02, 28.3], [88.81, 27.3],
  [88.73, 28.09], [85.82, 28.2], [82.33, 30.12], [79.72, 30.88], [78.74, 31.52], [78.46, 32.62],
  [79.18, 32.48], [78.91, 34.32], [77.84, 35.49], [76.19, 35.9], [74.98, 37.42], [74.86, 38.38],
  [73.93, 38.51], [73.68, 39.43], [74.78, 40.37], [76.53, 40.43], [76.9, 41.07], [80.12, 42.12],
  [80.18, 42.92], [80.87, 43.18], [79.97, 44.92], [82.46, 45.54], [83.18, 47.33], [85.16, 47],
  [85.72, 47.45], [85.77, 48.46], [87.75, 49.3], [88.01, 48.6], [90.28, 47.69], [90.97, 46.89],
  [90.59, 45.72], [90.95, 45.29], [95.31, 44.24], [96.35, 42.73], [100.85, 42.66], [104.96, 41.6],
  [110.41, 42.87], [111.83, 43.74], [111.35, 44.46], [111.87, 45.1], [113.46, 44.81], [117.42, 46.67],
  [119.66, 46.69], [119.77, 47.05], [118.06, 48.07], [115.74, 47.73], [115.49, 48.14], [116.68, 49.89],
  [117.88, 49.51], [119.29, 50.14], [120.74, 51.96], [120.73, 52.52], [120.18, 52.75], [121, 53.25],
  [123.57, 53.46], [125.95, 52.79],
];

/** Hainan Island. */
// biome-ignore format: rows of points read as a table
export const HAINAN: Array<[number, number]> = [
  [110.34, 18.68], [109.48, 18.2], [108.66, 18.51], [108.63, 19.37], [109.12, 19.82], [110.21, 20.1],
  [110.79, 20.08], [111.01, 19.7], [110.57, 19.26],
];

/** Taiwan Island. */
// biome-ignore format: rows of points read as a table
export const TAIWAN: Array<[number, number]> = [
  [121.5, 25.3], [121.95, 25], [121.78, 24.39], [121.18, 22.79], [120.75, 21.97], [120.22, 22.81],
  [120.11, 23.56], [120.69, 24.54],
];

/** Bounding box of the projection, in degrees. */
const LON_MIN = 73;
const LON_MAX = 135;
const LAT_MIN = 18;
const LAT_MAX = 54;

/**
 * Equirectangular projection of a point onto a width × height box covering
 * lon 73–135°E, lat 18–54°N: x grows east, y grows south.
 */
export function project(lon: number, lat: number, width: number, height: number): [number, number] {
  const x = ((lon - LON_MIN) / (LON_MAX - LON_MIN)) * width;
  const y = ((LAT_MAX - lat) / (LAT_MAX - LAT_MIN)) * height;
  return [x, y];
}

const round1 = (n: number): string => {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};

/** SVG path data ("M x y L x y … Z") for a closed ring of [lon, lat] points, rounded to 0.1. */
export function outlinePath(points: Array<[number, number]>, width: number, height: number): string {
  if (points.length === 0) return '';
  const parts = points.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat, width, height);
    return `${i === 0 ? 'M' : 'L'}${round1(x)} ${round1(y)}`;
  });
  return `${parts.join(' ')} Z`;
}
