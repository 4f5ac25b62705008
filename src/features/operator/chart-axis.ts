/**
 * Scales for the console's server-rendered SVG charts: plain arithmetic, so
 * the charts need no library and render without JavaScript.
 */

export interface Axis {
  /** The value at the top (or right end) of the axis. */
  max: number;
  /** Gridline values from 0 to `max`. */
  ticks: number[];
}

/** A rounded axis covering `max`, with about `count` steps of 1, 2 or 5 × 10ⁿ (whole steps when `integer`). */
export function niceAxis(max: number, count = 4, integer = false): Axis {
  const safe = Number.isFinite(max) && max > 0 ? max : 0;
  if (safe === 0) return { max: integer ? count : 1, ticks: Array.from({ length: count + 1 }, (_, i) => (integer ? i : i / count)) };
  const raw = safe / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (integer) step = Math.max(1, Math.ceil(step));
  const top = Math.ceil(safe / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { max: top, ticks };
}

/** Position of `value` on an axis of `length` units. */
export function scale(value: number, axis: Axis, length: number): number {
  return axis.max > 0 ? (Math.max(0, value) / axis.max) * length : 0;
}
