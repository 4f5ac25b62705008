/**
 * Deterministic demo artwork as standalone SVG documents.
 *
 * The pavilion ships no photographs: every product, exporter logo and
 * article illustration is drawn here from a seed. The same input always
 * gives the same bytes; different seeds change palette, background
 * pattern, composition and details, so each product looks distinct while
 * all of them belong to one flat-vector family.
 *
 * Pure TypeScript: no imports, no Node APIs, no external references in
 * the output (no fonts, links, scripts or foreign objects).
 */

// ───────────────────────── PRNG ─────────────────────────

/** FNV-1a 32-bit hash of a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, fast 32-bit PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly r: () => number;
  constructor(seed: string) {
    this.r = mulberry32(fnv1a(seed));
  }
  next(): number {
    return this.r();
  }
  range(a: number, b: number): number {
    return a + (b - a) * this.r();
  }
  /** Integer in [a, b], both inclusive. */
  int(a: number, b: number): number {
    return a + Math.floor((b - a + 1) * this.r());
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  sign(): number {
    return this.r() < 0.5 ? -1 : 1;
  }
  pick<T>(arr: readonly T[]): T {
    return at(arr, Math.floor(this.r() * arr.length));
  }
}

function at<T>(arr: readonly T[], i: number): T {
  const v = arr[i];
  if (v === undefined) throw new Error(`art: index ${i} out of range`);
  return v;
}

// ───────────────────────── formatting & geometry ─────────────────────────

/** One decimal is plenty at these sizes and keeps documents small. */
const f = (n: number): string => String(Math.round(n * 10) / 10);
const f2 = (n: number): string => String(Math.round(n * 100) / 100);

type P = readonly [number, number];

const pts = (a: readonly P[]): string => a.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');
const line = (a: readonly P[], close = true): string => a.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${f(x)} ${f(y)}`).join('') + (close ? 'Z' : '');

const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Regular polygon. */
function ngon(cx: number, cy: number, r: number, n: number, rotDeg = -90): P[] {
  const out: P[] = [];
  for (let i = 0; i < n; i++) {
    const a = rad(rotDeg + (360 / n) * i);
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return out;
}

/** Star polygon alternating outer and inner radius. */
function star(cx: number, cy: number, ro: number, ri: number, n: number, rotDeg = -90): P[] {
  const out: P[] = [];
  for (let i = 0; i < n * 2; i++) {
    const a = rad(rotDeg + (180 / n) * i);
    const r = i % 2 === 0 ? ro : ri;
    out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return out;
}

/** The classic eight-pointed star of two overlapping squares. */
const star8 = (cx: number, cy: number, r: number, rotDeg = -90): P[] => star(cx, cy, r, r * 0.765, 8, rotDeg);

/** Smooth open path through points (Catmull-Rom as cubic Béziers). */
function smooth(p: readonly P[]): string {
  if (p.length < 2) return '';
  const first = at(p, 0);
  let s = `M${f(first[0])} ${f(first[1])}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[i - 1] ?? at(p, i);
    const p1 = at(p, i);
    const p2 = at(p, i + 1);
    const p3 = p[i + 2] ?? p2;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    s += `C${f(c1x)} ${f(c1y)} ${f(c2x)} ${f(c2y)} ${f(p2[0])} ${f(p2[1])}`;
  }
  return s;
}

// ───────────────────────── colour ─────────────────────────

function rgbOf(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hexOf(r: number, g: number, b: number): string {
  const c = (v: number): string =>
    Math.max(0, Math.min(255, Math.round(v)))
      .toString(16)
      .padStart(2, '0');
  return `#${c(r)}${c(g)}${c(b)}`;
}

function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = rgbOf(a);
  const [br, bg, bb] = rgbOf(b);
  return hexOf(ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t);
}

const lighten = (c: string, t: number): string => mix(c, '#ffffff', t);
const darken = (c: string, t: number): string => mix(c, '#000000', t);
const luma = (c: string): number => {
  const [r, g, b] = rgbOf(c);
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
};

const PK_GREEN = '#01411C';
const GOLD = '#C99A45';

// ───────────────────────── document builder ─────────────────────────

type Stop = readonly [offset: number, color: string, opacity?: number];

class Doc {
  readonly rng: Rng;
  private readonly defs: string[] = [];
  private readonly pfx: string;
  private n = 0;

  constructor(key: string) {
    this.rng = new Rng(key);
    this.pfx = `a${fnv1a(`id|${key}`).toString(36)}`;
  }

  id(): string {
    this.n += 1;
    return `${this.pfx}${this.n.toString(36)}`;
  }

  private stops(s: readonly Stop[]): string {
    return s.map(([o, c, op]) => `<stop offset="${f2(o)}" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${f2(op)}"`}/>`).join('');
  }

  /** Linear gradient in bounding-box units; returns the `url(#…)` paint. */
  lin(s: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
    const id = this.id();
    this.defs.push(`<linearGradient id="${id}" x1="${f2(x1)}" y1="${f2(y1)}" x2="${f2(x2)}" y2="${f2(y2)}">${this.stops(s)}</linearGradient>`);
    return `url(#${id})`;
  }

  /** Radial gradient in bounding-box units. */
  rad(s: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy): string {
    const id = this.id();
    this.defs.push(`<radialGradient id="${id}" cx="${f2(cx)}" cy="${f2(cy)}" r="${f2(r)}" fx="${f2(fx)}" fy="${f2(fy)}">${this.stops(s)}</radialGradient>`);
    return `url(#${id})`;
  }

  /** Tiled pattern in user space. */
  pattern(w: number, h: number, content: string, transform = ''): string {
    const id = this.id();
    const tr = transform ? ` patternTransform="${transform}"` : '';
    this.defs.push(`<pattern id="${id}" width="${f(w)}" height="${f(h)}" patternUnits="userSpaceOnUse"${tr}>${content}</pattern>`);
    return `url(#${id})`;
  }

  clip(content: string): string {
    const id = this.id();
    this.defs.push(`<clipPath id="${id}">${content}</clipPath>`);
    return `url(#${id})`;
  }

  render(w: number, h: number, body: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` + `<defs>${this.defs.join('')}</defs>${body}</svg>`;
  }
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

// ───────────────────────── shared backgrounds ─────────────────────────

interface Palette {
  a: string;
  b: string;
  ink: string;
  dark: boolean;
}

const LIGHT_BG: readonly Palette[] = [
  { a: '#F8F1E5', b: '#EAD8BC', ink: '#9C7A4E', dark: false },
  { a: '#F5E7D3', b: '#E3C49C', ink: '#8F6437', dark: false },
  { a: '#EAF0E4', b: '#C9D9BF', ink: '#4E6B45', dark: false },
  { a: '#F8E6DD', b: '#EABFAD', ink: '#9A5540', dark: false },
  { a: '#FCEFCB', b: '#F1CD83', ink: '#A06A12', dark: false },
  { a: '#E6F0F1', b: '#BFD7DB', ink: '#3F6A72', dark: false },
  { a: '#F1ECF3', b: '#D8CADF', ink: '#6B4F7A', dark: false },
  { a: '#F3F1EC', b: '#D9D3C7', ink: '#6E6453', dark: false },
];

const DARK_BG: readonly Palette[] = [
  { a: '#0E5A31', b: PK_GREEN, ink: '#D8E8C8', dark: true },
  { a: '#2D3B60', b: '#1B2440', ink: '#D9BF84', dark: true },
  { a: '#4B372A', b: '#2C1F18', ink: '#E6C690', dark: true },
  { a: '#1E5E5E', b: '#113D3E', ink: '#EADBA8', dark: true },
  { a: '#5A2430', b: '#36141C', ink: '#F0CFA0', dark: true },
];

type PatternKind = 'star' | 'lattice' | 'dots' | 'stripes' | 'circles' | 'chevron' | 'girih' | 'none';

/** A subtle repeating background pattern; returns a paint or '' for none. */
function bgPattern(d: Doc, kind: PatternKind, ink: string): string {
  const r = d.rng;
  const s = r.pick([44, 52, 60, 72, 84]);
  const h = s / 2;
  const sw = f2(r.range(1.2, 2));
  const rot = r.pick([0, 0, 15, 30, 45]);
  const tr = rot ? `rotate(${rot})` : '';
  switch (kind) {
    case 'star':
      return d.pattern(
        s,
        s,
        `<g fill="none" stroke="${ink}" stroke-width="${sw}"><polygon points="${pts(star8(h, h, s * 0.36))}"/>` +
          `<path d="M0 ${f(h)}L${f(s * 0.14)} ${f(h)}M${f(s)} ${f(h)}L${f(s * 0.86)} ${f(h)}M${f(h)} 0L${f(h)} ${f(s * 0.14)}M${f(h)} ${f(s)}L${f(h)} ${f(s * 0.86)}"/>` +
          `<circle cx="${f(h)}" cy="${f(h)}" r="${f(s * 0.08)}"/></g>`,
        tr,
      );
    case 'girih':
      return d.pattern(
        s,
        s,
        `<g fill="none" stroke="${ink}" stroke-width="${sw}"><polygon points="${pts(star8(h, h, s * 0.3, -67.5))}"/>` +
          `<polygon points="${pts(ngon(h, h, s * 0.5, 8, -67.5))}"/></g>`,
        tr,
      );
    case 'lattice':
      return d.pattern(
        s,
        s,
        `<path d="M${f(h)} 0L${f(s)} ${f(h)}L${f(h)} ${f(s)}L0 ${f(h)}Z" fill="none" stroke="${ink}" stroke-width="${sw}"/>` +
          `<circle cx="${f(h)}" cy="${f(h)}" r="${f(s * 0.06)}" fill="${ink}"/>`,
        tr,
      );
    case 'dots': {
      const rr = f(s * r.range(0.05, 0.09));
      return d.pattern(
        s,
        s,
        `<g fill="${ink}"><circle cx="${f(h)}" cy="${f(h)}" r="${rr}"/><circle cx="0" cy="0" r="${rr}"/><circle cx="${f(s)}" cy="0" r="${rr}"/><circle cx="0" cy="${f(s)}" r="${rr}"/><circle cx="${f(s)}" cy="${f(s)}" r="${rr}"/></g>`,
        tr,
      );
    }
    case 'stripes':
      return d.pattern(s, s, `<rect width="${f(s * r.range(0.15, 0.4))}" height="${f(s)}" fill="${ink}"/>`, `rotate(${r.pick([30, 45, 60, 90, 135])})`);
    case 'circles':
      return d.pattern(
        s,
        s,
        `<g fill="none" stroke="${ink}" stroke-width="${sw}"><circle cx="${f(h)}" cy="${f(h)}" r="${f(h)}"/><circle cx="0" cy="0" r="${f(h)}"/><circle cx="${f(s)}" cy="0" r="${f(h)}"/><circle cx="0" cy="${f(s)}" r="${f(h)}"/><circle cx="${f(s)}" cy="${f(s)}" r="${f(h)}"/></g>`,
        tr,
      );
    case 'chevron':
      return d.pattern(
        s,
        h,
        `<path d="M0 ${f(h * 0.75)}L${f(h)} ${f(h * 0.25)}L${f(s)} ${f(h * 0.75)}" fill="none" stroke="${ink}" stroke-width="${sw}"/>`,
        tr,
      );
    case 'none':
      return '';
  }
}

// ───────────────────────── products ─────────────────────────

interface Art {
  body: string;
  /** y of the surface the object stands on, in local units; null for flat-lay art with its own shadow. */
  ground: number | null;
  /** half width of the contact shadow. */
  shadowW: number;
}

interface PCtx {
  dark: boolean;
  bg: string;
  /** The picture's seed (the product's slug), for motifs whose look follows the product. */
  seed: string;
}

type Drawer = (d: Doc, c: PCtx) => Art;

const steel = (d: Doc, horizontal = false): string =>
  d.lin(
    [
      [0, '#F4F6F8'],
      [0.45, '#B9C0C7'],
      [0.55, '#A3ABB3'],
      [1, '#E8EBEE'],
    ],
    0,
    0,
    horizontal ? 1 : 0,
    horizontal ? 0 : 1,
  );

/** Himalayan salt: stacked pink crystal blocks with a few loose chunks. */
const drawSalt: Drawer = (d) => {
  const r = d.rng;
  const base = r.pick(['#F2A7A0', '#EE9A8F', '#F4B8AE', '#E88D83', '#F6C3B5', '#EFA58C']);
  const alt = mix(base, r.pick(['#FFFFFF', '#D9735F', '#F7D2C4']), 0.3);
  const w = r.range(118, 140);
  const h = r.range(88, 108);
  const dx = w * r.range(0.28, 0.36);
  const dy = w * r.range(0.2, 0.26);
  const g = r.range(6, 16);
  const rows = r.pick([
    [3, 2, 1],
    [3, 2],
    [2, 1],
    [3, 2, 1],
    [2, 2, 1],
    [3, 3, 2],
  ] as const);
  const front = [
    d.lin([
      [0, lighten(base, 0.12)],
      [1, darken(base, 0.06)],
    ]),
    d.lin([
      [0, lighten(alt, 0.12)],
      [1, darken(alt, 0.06)],
    ]),
  ] as const;
  const y0 = (rows.length * h + dy) / 2 - dy / 2;
  let out = '';
  let k = 0;
  rows.forEach((m, ri) => {
    for (let j = 0; j < m; j++) {
      const col = (k + ri) % 2 === 0 ? base : alt;
      const fr = (k + ri) % 2 === 0 ? front[0] : front[1];
      k += 1;
      const x = (j - (m - 1) / 2) * (w + g) - dx / 2 + r.range(-4, 4);
      const y = y0 - ri * h;
      const l = x - w / 2;
      const rr = x + w / 2;
      const t = y - h;
      const top: P[] = [
        [l, t],
        [rr, t],
        [rr + dx, t - dy],
        [l + dx, t - dy],
      ];
      const side: P[] = [
        [rr, y],
        [rr + dx, y - dy],
        [rr + dx, t - dy],
        [rr, t],
      ];
      const yy = (): number => t + h * r.range(0.2, 0.8);
      const vein = (): string => `M${f(l + 3)} ${f(yy())}Q${f(l + w * r.range(0.3, 0.7))} ${f(yy())} ${f(rr - 3)} ${f(yy())}`;
      out +=
        `<polygon points="${pts(top)}" fill="${lighten(col, 0.38)}"/>` +
        `<polygon points="${pts(side)}" fill="${darken(col, 0.16)}"/>` +
        `<rect x="${f(l)}" y="${f(t)}" width="${f(w)}" height="${f(h)}" fill="${fr}"/>` +
        `<path d="${vein()}" fill="none" stroke="#fff" stroke-opacity=".45" stroke-width="2.5"/>` +
        `<path d="${vein()}" fill="none" stroke="${darken(col, 0.3)}" stroke-opacity=".18" stroke-width="4"/>` +
        `<path d="M${f(l)} ${f(t)}H${f(rr)}L${f(rr + dx)} ${f(t - dy)}" fill="none" stroke="#fff" stroke-opacity=".55" stroke-width="2"/>`;
    }
  });
  // loose crystals in front
  const chunks = r.int(3, 6);
  for (let i = 0; i < chunks; i++) {
    const cx = r.range(-230, 230);
    const cy = y0 + r.range(-2, 24);
    const s = r.range(14, 26);
    const p: P[] = ngon(cx, cy, s, 6, r.range(0, 60)).map(([x, y]) => [x + r.range(-4, 4), y + r.range(-4, 4)] as const);
    const p0 = at(p, 0);
    const p1 = at(p, 1);
    out += `<polygon points="${pts(p)}" fill="${darken(base, 0.05)}"/>` + `<polygon points="${pts([[cx, cy], p0, p1])}" fill="${lighten(base, 0.4)}"/>`;
  }
  return { body: out, ground: y0 + 10, shadowW: 240 };
};

/** Rice grains as round-capped strokes: two paths (outline, fill) for the whole lot. */
function grains(r: Rng, n: number, place: () => P, len: [number, number], fill: string, edge: string, width = 6.5): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const [x, y] = place();
    const a = rad(r.range(0, 180));
    const l = r.range(len[0], len[1]) / 2;
    s += `M${f(x - Math.cos(a) * l)} ${f(y - Math.sin(a) * l)}l${f(Math.cos(a) * l * 2)} ${f(Math.sin(a) * l * 2)}`;
  }
  return (
    `<path d="${s}" stroke="${edge}" stroke-width="${f(width + 2)}" stroke-linecap="round"/>` +
    `<path d="${s}" stroke="${fill}" stroke-width="${f(width)}" stroke-linecap="round"/>`
  );
}

/** A round bowl heaped with something, used for rice and biryani. */
function heapedBowl(d: Doc, opts: { w: number; depth: number; heap: number; bowl: string; band: string; heapFill: string; heapTop: string }): string {
  const { w, depth, heap, bowl, band } = opts;
  const ry = w * 0.17;
  const mw = w - 10;
  const body = d.lin(
    [
      [0, darken(bowl, 0.18)],
      [0.35, lighten(bowl, 0.16)],
      [1, darken(bowl, 0.32)],
    ],
    0,
    0,
    1,
    0,
  );
  const heapPaint = d.rad(
    [
      [0, opts.heapTop],
      [1, opts.heapFill],
    ],
    0.4,
    0.3,
    0.75,
  );
  const bx = w * 0.96;
  const by = depth * 0.28;
  return (
    `<path d="M${f(-w * 0.36)} ${f(depth - 10)}L${f(-w * 0.42)} ${f(depth + 18)}H${f(w * 0.42)}L${f(w * 0.36)} ${f(depth - 10)}Z" fill="${darken(bowl, 0.35)}"/>` +
    `<ellipse rx="${f(w)}" ry="${f(ry)}" fill="${darken(bowl, 0.45)}"/>` +
    `<path d="M${f(-mw)} 0C${f(-mw * 0.85)} ${f(-heap * 0.9)} ${f(-mw * 0.3)} ${f(-heap)} 0 ${f(-heap)}C${f(mw * 0.3)} ${f(-heap)} ${f(mw * 0.85)} ${f(-heap * 0.9)} ${f(mw)} 0A${f(mw)} ${f(ry - 4)} 0 0 1 ${f(-mw)} 0Z" fill="${heapPaint}"/>` +
    `<path d="M${f(-w)} 0C${f(-w)} ${f(depth * 0.75)} ${f(-w * 0.55)} ${f(depth)} 0 ${f(depth)}C${f(w * 0.55)} ${f(depth)} ${f(w)} ${f(depth * 0.75)} ${f(w)} 0A${f(w)} ${f(ry)} 0 0 1 ${f(-w)} 0Z" fill="${body}"/>` +
    `<path d="M${f(-bx)} ${f(by)}A${f(bx)} ${f(ry * 1.1)} 0 0 0 ${f(bx)} ${f(by)}" fill="none" stroke="${band}" stroke-width="12"/>` +
    `<path d="M${f(-bx)} ${f(by)}A${f(bx)} ${f(ry * 1.1)} 0 0 0 ${f(bx)} ${f(by)}" fill="none" stroke="${lighten(band, 0.55)}" stroke-width="5" stroke-dasharray="1 13" stroke-linecap="round"/>` +
    `<path d="M${f(-w * 0.9)} ${f(by + 22)}A${f(w * 0.9)} ${f(ry * 1.1)} 0 0 0 ${f(w * 0.9)} ${f(by + 22)}" fill="none" stroke="${band}" stroke-width="3"/>` +
    `<path d="M${f(-w)} 0A${f(w)} ${f(ry)} 0 0 0 ${f(w)} 0" fill="none" stroke="${lighten(bowl, 0.45)}" stroke-width="4"/>`
  );
}

/** A stylised rice panicle for the sack label. */
function panicle(col: string): string {
  let g = '';
  for (let i = 0; i < 8; i++) {
    const t = 0.25 + i * 0.1;
    // quadratic from (0,40) via (-14,0) to (12,-34)
    const x = (1 - t) * (1 - t) * 0 + 2 * (1 - t) * t * -14 + t * t * 12;
    const y = (1 - t) * (1 - t) * 40 + 2 * (1 - t) * t * 0 + t * t * -34;
    const side = i % 2 === 0 ? -1 : 1;
    g += `<ellipse cx="${f(x + side * 7)}" cy="${f(y)}" rx="3.5" ry="8" transform="rotate(${side * 35} ${f(x + side * 7)} ${f(y)})"/>`;
  }
  return `<path d="M0 40Q-14 0 12-34" fill="none" stroke="${col}" stroke-width="3"/><g fill="${col}">${g}</g>`;
}

const drawRice: Drawer = (d) => {
  const r = d.rng;
  const grainFill = r.pick(['#FFFDF6', '#FBF5E6', '#F6ECD2']);
  const grainEdge = darken(grainFill, 0.14);
  if (r.chance(0.5)) {
    // bowl of basmati
    const w = r.range(180, 210);
    const depth = r.range(140, 175);
    const heap = r.range(110, 160);
    const bowl = r.pick(['#B5562F', '#2F5C9A', '#C79A3B', '#F2EEE6', PK_GREEN, '#7A2E2E']);
    const band = luma(bowl) > 0.6 ? r.pick([PK_GREEN, '#2F5C9A', '#B5562F']) : r.pick(['#E8C77A', '#F5EFE1']);
    const off = (heap - depth - 18) / 2;
    const mw = w - 20;
    const top = (x: number): number => -heap * Math.max(0, 1 - (x / mw) ** 2) ** 0.7;
    let body = heapedBowl(d, { w, depth, heap, bowl, band, heapFill: '#E9DEC6', heapTop: '#FFFDF7' });
    // draw grains on the heap under the bowl front: insert before body path by drawing after and clipping is costly; draw over heap only above rim
    body += grains(
      r,
      r.int(55, 75),
      () => {
        const x = r.range(-mw * 0.9, mw * 0.9);
        return [x, r.range(top(x) + 8, -6)];
      },
      [11, 15],
      grainFill,
      grainEdge,
      5,
    );
    body += grains(r, r.int(5, 10), () => [r.range(-w, w), depth + r.range(34, 62)], [14, 20], grainFill, grainEdge);
    return { body: `<g transform="translate(0 ${f(off)})">${body}</g>`, ground: depth + 20 + off, shadowW: w * 1.05 };
  }
  // jute sack with an open top
  const jute = r.pick(['#C9A46A', '#B8915A', '#D4B483', '#A8824E']);
  const sw = r.range(148, 172);
  const rim = -110;
  const bot = 190;
  const sackPath = `M${f(-sw)} ${rim}C${f(-sw - 45)} ${rim + 90} ${f(-sw - 52)} ${bot - 70} ${f(-sw + 10)} ${bot}Q0 ${bot + 22} ${f(sw - 10)} ${bot}C${f(sw + 52)} ${bot - 70} ${f(sw + 45)} ${rim + 90} ${f(sw)} ${rim}Z`;
  const weave = d.pattern(8, 8, `<path d="M0 4H8M4 0V8" stroke="${darken(jute, 0.35)}" stroke-width="1.3"/>`);
  const label = r.pick([PK_GREEN, '#9E2A2B', '#1F4E79', '#8A5A12']);
  const heapH = r.range(70, 100);
  const iw = sw - 4;
  let body =
    `<path d="${sackPath}" fill="${d.lin([
      [0, lighten(jute, 0.1)],
      [1, darken(jute, 0.2)],
    ])}"/>` +
    `<path d="${sackPath}" fill="${weave}" opacity=".35"/>` +
    `<path d="M${f(-sw * 0.6)} ${rim + 60}Q${f(-sw * 0.5)} 60 ${f(-sw * 0.75)} ${bot - 20}M${f(sw * 0.62)} ${rim + 70}Q${f(sw * 0.55)} 70 ${f(sw * 0.8)} ${bot - 30}" fill="none" stroke="${darken(jute, 0.3)}" stroke-width="3" opacity=".5"/>` +
    `<ellipse cy="${rim}" rx="${f(sw + 12)}" ry="30" fill="${darken(jute, 0.25)}"/>` +
    `<path d="M${f(-iw)} ${rim}C${f(-iw * 0.7)} ${f(rim - heapH)} ${f(iw * 0.7)} ${f(rim - heapH)} ${f(iw)} ${rim}A${f(iw)} 20 0 0 1 ${f(-iw)} ${rim}Z" fill="${d.rad(
      [
        [0, '#FFFDF7'],
        [1, '#E6DAC0'],
      ],
      0.45,
      0.3,
      0.8,
    )}"/>`;
  body += grains(
    r,
    r.int(45, 60),
    () => {
      const x = r.range(-iw * 0.85, iw * 0.85);
      const t = 1 - (x / iw) ** 2;
      return [x, r.range(rim - heapH * 0.72 * t + 6, rim + 8)];
    },
    [11, 15],
    grainFill,
    grainEdge,
    5,
  );
  body +=
    `<path d="M${f(-sw - 12)} ${rim}A${f(sw + 12)} 30 0 0 0 ${f(sw + 12)} ${rim}" fill="none" stroke="${darken(jute, 0.12)}" stroke-width="16"/>` +
    `<path d="M${f(-sw - 12)} ${rim}A${f(sw + 12)} 30 0 0 0 ${f(sw + 12)} ${rim}" fill="none" stroke="${darken(jute, 0.4)}" stroke-width="2" stroke-dasharray="6 6" transform="translate(0 6)"/>` +
    `<g transform="translate(0 ${f(r.range(40, 70))}) rotate(${f(r.range(-3, 3))})">` +
    `<rect x="-88" y="-62" width="176" height="124" rx="10" fill="#F7F1E3" stroke="${darken(jute, 0.3)}" stroke-width="2"/>` +
    `<path d="M-88 -52a10 10 0 0 1 10-10h156a10 10 0 0 1 10 10v18h-176Z" fill="${label}"/>` +
    panicle(GOLD) +
    `<rect x="-52" y="44" width="104" height="5" rx="2.5" fill="${label}" opacity=".6"/>` +
    `<circle cy="-48" r="5" fill="#F7F1E3"/></g>`;
  body += grains(r, r.int(6, 12), () => [r.range(-sw - 30, sw + 30), bot + r.range(26, 50)], [14, 20], grainFill, grainEdge);
  return { body, ground: bot + 14, shadowW: sw + 40 };
};

const MANGO = 'M10-130C60-132 96-80 96-20C96 40 70 100 22 128C8 136-4 126-12 112C-24 90-40 82-60 50C-84 12-94-50-70-95C-55-122-25-130 10-130Z';

const drawFruit: Drawer = (d) => {
  const r = d.rng;
  const [c1, c2, blush] = r.pick([
    ['#FFE27A', '#F4A91E', ''],
    ['#FFD86B', '#F58A1F', '#E2572B'],
    ['#D4DE7A', '#F2B134', ''],
    ['#FFC861', '#F08030', '#D6402E'],
    ['#E6E37A', '#F6C243', '#EE8A2A'],
  ] as const);
  const fill = d.rad(
    [
      [0, lighten(c1, 0.35)],
      [0.45, c1],
      [1, c2],
    ],
    0.38,
    0.3,
    0.8,
  );
  const blushPaint = blush
    ? d.rad(
        [
          [0, blush, 0.75],
          [1, blush, 0],
        ],
        0.8,
        0.22,
        0.6,
      )
    : '';
  const leafCol = r.pick(['#2F7D3B', '#3B8A3F', '#24663A']);
  const leaf = d.lin(
    [
      [0, lighten(leafCol, 0.2)],
      [1, darken(leafCol, 0.2)],
    ],
    0,
    0,
    1,
    1,
  );
  const one = (x: number, y: number, s: number, rot: number, withLeaf: boolean): string => {
    let dots = '';
    for (let i = 0; i < 8; i++) dots += `M${f(r.range(-55, 70))} ${f(r.range(-95, 70))}h.1`;
    const lf = withLeaf
      ? `<path d="M16-146C52-206 142-211 192-176C142-146 68-134 16-146Z" fill="${leaf}"/><path d="M16-146Q102-171 192-176" fill="none" stroke="${darken(leafCol, 0.35)}" stroke-width="3"/>` +
        (r.chance(0.5)
          ? `<path d="M12-146C-26-206 4-266 54-290C59-240 44-180 12-146Z" fill="${leaf}"/><path d="M12-146Q38-220 54-290" fill="none" stroke="${darken(leafCol, 0.35)}" stroke-width="3"/>`
          : '')
      : '';
    return (
      `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(rot)}) scale(${f2(s)})">` +
      `<path d="${MANGO}" transform="translate(10 16)" fill="#000" opacity=".14"/>` +
      `<path d="${MANGO}" fill="${fill}"/>` +
      (blushPaint ? `<path d="${MANGO}" fill="${blushPaint}"/>` : '') +
      `<path d="${dots}" stroke="#FFF6D8" stroke-width="3.5" stroke-linecap="round" opacity=".6"/>` +
      `<ellipse cx="-42" cy="-48" rx="16" ry="42" transform="rotate(15 -42 -48)" fill="#fff" opacity=".35"/>` +
      lf +
      `<path d="M10-126q2-16 10-28" fill="none" stroke="#6B4A2B" stroke-width="8" stroke-linecap="round"/></g>`
    );
  };
  const n = r.pick([1, 2, 2, 3, 3]);
  const tilt = (): number => r.range(-35, 35);
  let body = '';
  if (n === 1) body = one(0, 30, 1.35, tilt(), true);
  else if (n === 2) body = one(-105, -15, 1, r.range(-35, -10), true) + one(105, 45, 1.02, r.range(5, 35), false);
  else body = one(-115, -30, 0.85, r.range(-40, -15), true) + one(115, -20, 0.85, r.range(15, 40), r.chance(0.4)) + one(0, 70, 0.9, r.range(-15, 15), false);
  return { body, ground: null, shadowW: 0 };
};

const drawSeeds: Drawer = (d) => {
  const r = d.rng;
  const [kind, seedCol] = r.pick([
    ['sesame', '#F1E3C2'],
    ['sesame', '#E9D3A2'],
    ['sesame', '#3A3130'],
    ['melon', '#F4EEDD'],
    ['chickpea', '#D9B27C'],
    ['cumin', '#8A6A45'],
  ] as const);
  const dry = r.chance(0.5);
  const podCol = dry ? r.pick(['#C8A86B', '#B8955A']) : r.pick(['#7DA453', '#5E8C3A', '#8DB360']);
  const edge = darken(seedCol, 0.3);
  const shape =
    kind === 'sesame'
      ? 'M0-10C6-6 6 6 0 10C-6 6-6-6 0-10Z'
      : kind === 'melon'
        ? 'M0-13C8-12 8 10 0 13C-8 10-8-12 0-13Z'
        : kind === 'cumin'
          ? 'M0-14C4-8 4 8 0 14C-4 8-4-8 0-14Z'
          : 'M0-12C9-12 12-3 11 3C10 10 4 12 0 12C-6 12-12 8-11 0C-10-6-6-9-3-9L0-12Z';
  const size = kind === 'chickpea' ? 1.5 : 1.6;
  let scatter = '';
  const n = r.int(22, 30);
  const biasX = r.range(-60, 60);
  for (let i = 0, tries = 0; i < n && tries < 400; tries++) {
    const a = r.range(0, Math.PI * 2);
    const rr = Math.sqrt(r.next()) * 270;
    const x = biasX + Math.cos(a) * rr * 1.05;
    const y = Math.sin(a) * rr;
    if (Math.abs(y) < 90 && Math.abs(x) < 240) continue;
    if (Math.abs(x) > 300 || Math.abs(y) > 290) continue;
    i++;
    scatter += `<path d="${shape}" transform="translate(${f(x)} ${f(y)}) rotate(${f(r.range(0, 360))}) scale(${f2(size * r.range(0.85, 1.15))})"/>`;
  }
  const podPath = 'M-215 0C-130-82 130-82 215 0C130 72-130 72-215 0Z';
  const inner = 'M-178-3C-110-50 110-50 178-3C110 40-110 40-178-3Z';
  const seedPaint = d.rad(
    [
      [0, lighten(seedCol, 0.3)],
      [1, darken(seedCol, 0.12)],
    ],
    0.4,
    0.35,
    0.65,
  );
  let podSeeds = '';
  const count = r.int(5, 6);
  for (let i = 0; i < count; i++) {
    const x = (i - (count - 1) / 2) * 50;
    podSeeds += `<ellipse cx="${f(x)}" cy="-4" rx="22" ry="19" fill="${seedPaint}" stroke="${edge}" stroke-width="1.5"/>`;
  }
  const pod =
    `<g transform="rotate(${f(r.range(-18, 18))})">` +
    `<path d="${podPath}" transform="translate(8 12)" fill="#000" opacity=".13"/>` +
    `<path d="${podPath}" fill="${d.lin([
      [0, lighten(podCol, 0.15)],
      [1, darken(podCol, 0.22)],
    ])}"/>` +
    `<path d="${inner}" fill="${lighten(podCol, 0.55)}"/>` +
    podSeeds +
    `<path d="M-178-3C-110-50 110-50 178-3" fill="none" stroke="${darken(podCol, 0.2)}" stroke-width="4"/>` +
    `<path d="M215 0q30-6 48-30" fill="none" stroke="${darken(podCol, 0.3)}" stroke-width="8" stroke-linecap="round"/></g>`;
  const body = `<g fill="${seedCol}" stroke="${edge}" stroke-width="1.2">${scatter}</g>${pod}`;
  return { body, ground: null, shadowW: 0 };
};

const drawFish: Drawer = (d) => {
  const r = d.rng;
  const [top, belly, fin, stripes] = r.pick([
    ['#5D7080', '#E9EEF1', '#7F93A3', false],
    ['#2F5D73', '#DDE9EB', '#4C7D8E', true],
    ['#C8423A', '#F7CDBE', '#D65A4A', false],
    ['#B9821F', '#F8E4A8', '#C99530', false],
    ['#6F7F8C', '#F1F3F2', '#9AA8B3', true],
  ] as const);
  const bodyPath = 'M178 4C130-82-30-96-118 0C-30 94 130 84 178 4Z';
  const tail = 'M-104 0L-190-78Q-168 0-190 78Z';
  const paint = d.lin([
    [0, top],
    [0.55, mix(top, belly, 0.6)],
    [1, belly],
  ]);
  const clip = d.clip(`<path d="${bodyPath}"/>`);
  const scales = d.pattern(
    22,
    18,
    `<path d="M0 9A11 11 0 0 0 22 9M-11 18A11 11 0 0 0 11 18M11 18A11 11 0 0 0 33 18M-11 0A11 11 0 0 0 11 0M11 0A11 11 0 0 0 33 0" fill="none" stroke="#fff" stroke-width="1.4"/>`,
  );
  let stripe = '';
  if (stripes) {
    for (let x = -70; x < 140; x += 26) stripe += `M${x} -80q12 25 0 50t0 40`;
  }
  const fish =
    `<path d="${bodyPath}" transform="translate(10 16)" fill="#000" opacity=".13"/>` +
    `<path d="${tail}" fill="${fin}"/><path d="M-180-60L-126-4M-180 60L-126 4M-184 0H-120" stroke="${darken(fin, 0.25)}" stroke-width="2.5"/>` +
    `<path d="M-2-80Q30-140 96-68Z" fill="${fin}"/><path d="M24 56Q34 100 76 58Z" fill="${fin}"/>` +
    `<path d="${bodyPath}" fill="${paint}"/>` +
    `<g clip-path="${clip}"><rect x="-120" y="-90" width="300" height="180" fill="${scales}" opacity=".28"/>` +
    (stripe ? `<path d="${stripe}" fill="none" stroke="${darken(top, 0.35)}" stroke-width="6" opacity=".6"/>` : '') +
    `<path d="M-118 6C-20 30 100 28 178 6" fill="none" stroke="#fff" stroke-width="3" opacity=".45"/></g>` +
    `<path d="M40-30Q70-20 56 6" fill="none" stroke="${fin}" stroke-width="10" stroke-linecap="round"/>` +
    `<path d="M112-48Q92 0 112 46" fill="none" stroke="${darken(top, 0.25)}" stroke-width="4" stroke-linecap="round"/>` +
    `<circle cx="138" cy="-14" r="13" fill="#fff"/><circle cx="140" cy="-14" r="7" fill="#1E1E1E"/><circle cx="137" cy="-17" r="2.5" fill="#fff"/>` +
    `<path d="M166 14q6 2 10-2" fill="none" stroke="${darken(top, 0.4)}" stroke-width="3" stroke-linecap="round"/>`;
  const n = r.pick([1, 1, 2, 3]);
  const placements: [number, number, number][] =
    n === 1
      ? [[0, -10, 1.3]]
      : n === 2
        ? [
            [-40, -95, 1],
            [45, 90, 1],
          ]
        : [
            [-70, -130, 0.85],
            [80, -5, 0.9],
            [-50, 120, 0.85],
          ];
  let body = '';
  const waves = r.chance(0.6);
  if (waves) {
    let w = '';
    for (let i = 0; i < 3; i++) {
      const y = -200 + i * 190 + r.range(-20, 20);
      const x0 = r.range(-280, -180);
      w += `M${f(x0)} ${f(y)}q25-14 50 0t50 0t50 0t50 0`;
    }
    body += `<path d="${w}" fill="none" stroke="${mix(top, '#4A90A4', 0.5)}" stroke-width="5" stroke-linecap="round" opacity=".3"/>`;
  }
  for (const [x, y, s] of placements) {
    body += `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(r.range(-10, 10))}) scale(${f2(s)})">${fish}</g>`;
  }
  if (r.chance(0.5)) {
    let b = '';
    for (let i = 0; i < r.int(3, 6); i++) b += `<circle cx="${f(r.range(150, 260))}" cy="${f(r.range(-260, -120))}" r="${f(r.range(6, 16))}"/>`;
    body += `<g fill="none" stroke="${mix(top, '#4A90A4', 0.5)}" stroke-width="3" opacity=".4">${b}</g>`;
  }
  return { body, ground: null, shadowW: 0 };
};

const drawBall: Drawer = (d) => {
  const r = d.rng;
  const R = 190;
  const panel = r.pick(['#1C1C1C', '#1C1C1C', PK_GREEN, '#1F3A6B', '#9B1C1C']);
  const hexAccent = r.chance(0.35) ? r.pick([GOLD, '#D7263D', PK_GREEN, '#2F6DB5', '#F2A541']) : '';
  const rot = r.range(0, 72);
  const r1 = 0.3 * R;
  const dd = 0.84 * R;
  const r2 = 0.3 * R;
  const squash = 0.7;
  const central: P[] = [];
  const outer: P[][] = [];
  for (let k = 0; k < 5; k++) {
    const a = rad(rot - 90 + 72 * k);
    const ca = Math.cos(a);
    const sa = Math.sin(a);
    central.push([r1 * ca, r1 * sa]);
    const pent: P[] = [];
    for (let j = 0; j < 5; j++) {
      const phi = rad(180 + 72 * j);
      const u = dd + r2 * Math.cos(phi) * squash;
      const v = r2 * Math.sin(phi);
      pent.push([u * ca - v * sa, u * sa + v * ca]);
    }
    outer.push(pent);
  }
  let seams = '';
  let hexes = '';
  for (let k = 0; k < 5; k++) {
    const pk = at(outer, k);
    const pn = at(outer, (k + 1) % 5);
    const ck = at(central, k);
    const cn = at(central, (k + 1) % 5);
    const pk0 = at(pk, 0);
    seams += line([ck, pk0], false) + line([at(pk, 4), at(pn, 1)], false);
    for (const j of [2, 3]) {
      const [x, y] = at(pk, j);
      const len = Math.hypot(x, y);
      seams += line(
        [
          [x, y],
          [(x / len) * R * 1.2, (y / len) * R * 1.2],
        ],
        false,
      );
    }
    if (hexAccent && k % 2 === 0) hexes += line([ck, cn, at(pn, 0), at(pn, 1), at(pk, 4), pk0]);
  }
  const clip = d.clip(`<circle r="${R}"/>`);
  const shade = d.rad(
    [
      [0, '#fff', 0],
      [0.6, '#000', 0],
      [1, '#000', 0.38],
    ],
    0.38,
    0.35,
    0.7,
  );
  const body =
    `<circle r="${R}" fill="#FBFBF8"/>` +
    `<g clip-path="${clip}">` +
    (hexes ? `<path d="${hexes}" fill="${hexAccent}"/>` : '') +
    `<polygon points="${pts(central)}" fill="${panel}"/>` +
    outer.map((p) => `<polygon points="${pts(p)}" fill="${panel}"/>`).join('') +
    `<path d="${seams}" fill="none" stroke="#2A2A2A" stroke-width="3.5" stroke-linecap="round"/>` +
    `<circle r="${R}" fill="${shade}"/>` +
    `<ellipse cx="-70" cy="-95" rx="60" ry="30" transform="rotate(-35 -70 -95)" fill="#fff" opacity=".35"/></g>` +
    `<circle r="${R}" fill="none" stroke="#2A2A2A" stroke-width="3" opacity=".5"/>`;
  return { body, ground: R, shadowW: R * 0.9 };
};

const drawInstrument: Drawer = (d) => {
  const r = d.rng;
  const metal = steel(d, true);
  const edge = '#6B747D';
  const open = r.range(4, 11);
  const half = (sgn: number): string =>
    `<g transform="rotate(${f(sgn * open)}) scale(${sgn} 1)">` +
    `<path d="M-10 10C-24 50-34 100-44 148" fill="none" stroke="${edge}" stroke-width="19" stroke-linecap="round"/>` +
    `<path d="M-10 10C-24 50-34 100-44 148" fill="none" stroke="#C9CFD5" stroke-width="14" stroke-linecap="round"/>` +
    `<circle cx="-54" cy="190" r="40" fill="none" stroke="${edge}" stroke-width="17"/>` +
    `<circle cx="-54" cy="190" r="40" fill="none" stroke="${metal}" stroke-width="12"/>` +
    `<path d="M-13 16C-18-60-14-170-2-256C6-200 12-80 13-6Z" fill="${metal}" stroke="${edge}" stroke-width="2.5" stroke-linejoin="round"/>` +
    `</g>`;
  const scissors = `${half(-1) + half(1)}<circle r="11" fill="#D5DADF" stroke="${edge}" stroke-width="3"/><path d="M-6 0H6" stroke="${edge}" stroke-width="2.5"/>`;
  const forcepsArm = `M-3-230C-18-100-26 40-18 200L-4 204C-10 40-6-100 1-226Z`;
  let serr = '';
  for (let y = 40; y < 180; y += 9) serr += `M-20 ${y}h9`;
  const forceps =
    `<g><path d="${forcepsArm}" fill="${metal}" stroke="${edge}" stroke-width="2.5"/>` +
    `<path d="${forcepsArm}" transform="scale(-1 1)" fill="${metal}" stroke="${edge}" stroke-width="2.5"/>` +
    `<path d="${serr}" stroke="${edge}" stroke-width="1.5" opacity=".7"/><path d="${serr}" transform="scale(-1 1)" stroke="${edge}" stroke-width="1.5" opacity=".7"/>` +
    `<rect x="-8" y="-236" width="16" height="14" rx="5" fill="#C9CFD5" stroke="${edge}" stroke-width="2"/></g>`;
  const layout = r.pick(['single', 'pair', 'twoScissors'] as const);
  const base = r.pick(['none', 'tray', 'cloth'] as const);
  let under = '';
  if (base === 'tray') {
    under =
      `<rect x="-250" y="-280" width="500" height="560" rx="40" fill="#000" opacity=".12" transform="translate(10 14)"/>` +
      `<rect x="-250" y="-280" width="500" height="560" rx="40" fill="${d.lin([
        [0, '#E7EBEE'],
        [1, '#BFC7CE'],
      ])}" stroke="#9AA3AB" stroke-width="3"/>` +
      `<rect x="-226" y="-256" width="452" height="512" rx="28" fill="#D4DADF"/>`;
  } else if (base === 'cloth') {
    const cl = r.pick(['#3E8E87', '#2F6F9F', '#5C8F6A']);
    under =
      `<rect x="-255" y="-285" width="510" height="570" rx="8" fill="${cl}"/>` +
      `<path d="M-255-95H255M-255 95H255M-85-285V285M85-285V285" stroke="${darken(cl, 0.2)}" stroke-width="3" opacity=".6"/>`;
  }
  const shadowOf = (g: string): string => `<g opacity=".16" transform="translate(10 14)">${g.replace(/(fill|stroke)="(?!none")[^"]*"/g, '$1="#000"')}</g>`;
  let items = '';
  if (layout === 'single') {
    const g = `<g transform="rotate(${f(r.range(-25, 25))}) scale(1.05)">${scissors}</g>`;
    items = shadowOf(g) + g;
  } else if (layout === 'pair') {
    const g1 = `<g transform="translate(-80 10) rotate(${f(r.range(-18, -4))}) scale(.95)">${scissors}</g>`;
    const g2 = `<g transform="translate(120 0) rotate(${f(r.range(4, 16))}) scale(.95)">${forceps}</g>`;
    items = shadowOf(g1 + g2) + g1 + g2;
  } else {
    const g1 = `<g transform="translate(-90 0) rotate(${f(r.range(-16, -6))}) scale(.9)">${scissors}</g>`;
    const g2 = `<g transform="translate(100 30) rotate(${f(r.range(6, 16))}) scale(.75)">${scissors}</g>`;
    items = shadowOf(g1 + g2) + g1 + g2;
  }
  return { body: under + items, ground: null, shadowW: 0 };
};

const drawTextile: Drawer = (d) => {
  const r = d.rng;
  const schemes: readonly (readonly string[])[] = [
    ['#F5F1EA', '#D9CBB6', '#B89F7E', '#8C7357'],
    ['#F4F1EC', '#8DA89A', '#5E7F71', '#C9D6CE'],
    ['#F2E6D8', '#C9785B', '#E3B08F', '#8E4A34'],
    ['#E9EEF3', '#3F5E7A', '#8CA5BC', '#F4F1EA'],
    ['#F7EFD9', '#E7C07A', '#C98F3C', PK_GREEN],
    ['#EDEDED', '#B8C4CF', '#6E7F8F', '#F6F2EA'],
  ];
  const scheme = r.pick(schemes);
  const sheets = r.chance(0.3);
  const n = sheets ? r.int(6, 8) : r.int(3, 5);
  const T = sheets ? r.range(30, 36) : r.range(56, 70);
  const W = sheets ? r.range(330, 370) : r.range(300, 340);
  const terry = d.pattern(6, 6, `<circle cx="3" cy="3" r="1.1" fill="#000"/>`);
  const ground = 170;
  let y = ground;
  let body = '';
  const stripePat = sheets
    ? d.pattern(16, 16, `<rect width="6" height="16" fill="${r.pick([PK_GREEN, '#3F5E7A', '#B5562F', '#C99A45'])}" opacity=".35"/>`)
    : '';
  for (let i = 0; i < n; i++) {
    const col = at(scheme, (i + r.int(0, 1)) % scheme.length);
    const w = W + r.range(-14, 14);
    const x = -w / 2 + r.range(-12, 12);
    const t = y - T;
    const border = luma(col) > 0.7 ? darken(col, 0.2) : lighten(col, 0.3);
    body +=
      `<rect x="${f(x)}" y="${f(t)}" width="${f(w)}" height="${f(T)}" rx="${f(T * 0.42)}" fill="${col}"/>` +
      (sheets && i % 2 === 0
        ? `<rect x="${f(x)}" y="${f(t)}" width="${f(w)}" height="${f(T)}" rx="${f(T * 0.42)}" fill="${stripePat}"/>`
        : `<rect x="${f(x)}" y="${f(t)}" width="${f(w)}" height="${f(T)}" rx="${f(T * 0.42)}" fill="${terry}" opacity=".07"/>`) +
      `<rect x="${f(x + w - 78)}" y="${f(t + 2)}" width="24" height="${f(T - 4)}" fill="${border}" opacity=".8"/>` +
      `<rect x="${f(x + w - 46)}" y="${f(t + 2)}" width="6" height="${f(T - 4)}" fill="${border}" opacity=".8"/>` +
      `<path d="M${f(x + 26)} ${f(t + 5)}Q${f(x + 6)} ${f(t + T / 2)} ${f(x + 26)} ${f(t + T - 5)}" fill="none" stroke="${darken(col, 0.22)}" stroke-width="3"/>` +
      `<path d="M${f(x + 30)} ${f(t + 3)}H${f(x + w - 20)}" stroke="#fff" stroke-width="3" opacity=".5"/>` +
      `<path d="M${f(x + 20)} ${f(y - 1)}H${f(x + w - 20)}" stroke="#000" stroke-width="3" opacity=".12"/>`;
    y = t;
  }
  // a rolled towel beside the stack
  if (!sheets && r.chance(0.6)) {
    const col = r.pick(scheme);
    const side = r.sign();
    const rx = side * (W / 2 + 40);
    const rr = 46;
    body =
      (side < 0 ? '' : body) +
      `<g transform="translate(${f(rx)} ${f(ground - rr)})">` +
      `<circle r="${rr}" fill="${col}"/>` +
      `<circle r="${rr}" fill="${terry}" opacity=".07"/>` +
      `<path d="M0 0m-6 0a6 6 0 1 1 12 0a14 14 0 1 1-28 0a22 22 0 1 1 44 0a30 30 0 1 1-60 0a38 38 0 1 1 76 0" fill="none" stroke="${darken(col, 0.25)}" stroke-width="3"/></g>` +
      (side < 0 ? body : '');
  }
  return {
    body: `<g transform="translate(0 ${f((n * T) / 2 - 170 + 10)})">${body}</g>`,
    ground: (n * T) / 2 + 10,
    shadowW: W / 2 + 60,
  };
};

const drawJacket: Drawer = (d, c) => {
  const r = d.rng;
  const col = c.dark
    ? r.pick(['#A0522D', '#C08A53', '#8B5A2B', '#B5703A', '#D2B48C'])
    : r.pick(['#2B2B2D', '#6B3F26', '#A0522D', '#5E1F1F', '#C08A53', '#3B3F2A', '#1F2A44']);
  const style = r.pick(['biker', 'bomber'] as const);
  const main = d.lin(
    [
      [0, darken(col, 0.25)],
      [0.3, lighten(col, 0.12)],
      [0.55, col],
      [1, darken(col, 0.3)],
    ],
    0,
    0,
    1,
    0,
  );
  const dark = darken(col, 0.35);
  const light = lighten(col, 0.35);
  const zip = '#C9CED3';
  const shape =
    'M-62-205L-122-185Q-186-165-196-110L-216 150L-160 160L-136-60L-132 212L132 212L136-60L160 160L216 150L196-110Q186-165 122-185L62-205Q0-180-62-205Z';
  let b = `<path d="${shape}" fill="${main}"/>`;
  b += `<path d="M-136-60L-132 212M136-60L132 212M-122-185Q-140-120-136-60M122-185Q140-120 136-60" fill="none" stroke="${dark}" stroke-width="3"/>`;
  b += `<path d="M-118-180Q-150-150-160-100M118-180Q150-150 160-100" fill="none" stroke="${light}" stroke-width="2" stroke-dasharray="6 5" opacity=".6"/>`;
  if (style === 'biker') {
    b +=
      `<path d="M-62-205Q0-180 62-205L40-158Q0-140-40-158Z" fill="${darken(col, 0.5)}"/>` +
      `<path d="M-62-205L-112-118L-46-64L-26-150Z" fill="${darken(col, 0.1)}" stroke="${dark}" stroke-width="3"/>` +
      `<path d="M62-205L112-118L46-64L26-150Z" fill="${darken(col, 0.1)}" stroke="${dark}" stroke-width="3"/>` +
      `<path d="M-30-150L10-60L6 212" fill="none" stroke="${dark}" stroke-width="8"/>` +
      `<path d="M-30-150L10-60L6 212" fill="none" stroke="${zip}" stroke-width="4" stroke-dasharray="2 3"/>` +
      `<path d="M-112 30L-56 10M112 30L56 10M80-80L116-96" fill="none" stroke="${zip}" stroke-width="4" stroke-linecap="round"/>` +
      `<rect x="-134" y="176" width="268" height="30" fill="${darken(col, 0.15)}" stroke="${dark}" stroke-width="2"/>` +
      `<rect x="-120" y="180" width="34" height="22" rx="3" fill="none" stroke="${zip}" stroke-width="4"/>` +
      `<path d="M-216 150L-160 160L-158 132L-212 122ZM216 150L160 160L158 132L212 122Z" fill="${darken(col, 0.15)}"/>` +
      `<path d="M-190 136l14 3M190 136l-14 3" stroke="${zip}" stroke-width="3"/>`;
  } else {
    const rib = darken(col, 0.45);
    const ribPat = d.pattern(8, 8, `<rect width="8" height="8" fill="${rib}"/><rect width="3" height="8" fill="${lighten(rib, 0.15)}"/>`);
    const stripe = r.pick([GOLD, '#E9E4D8', '#B22234', PK_GREEN]);
    b +=
      `<path d="M-64-206Q0-176 64-206L60-186Q0-160-60-186Z" fill="${ribPat}"/>` +
      `<path d="M0-175V212" stroke="${dark}" stroke-width="8"/><path d="M0-175V212" stroke="${zip}" stroke-width="4" stroke-dasharray="2 3"/>` +
      `<path d="M-132 182H132V212H-132ZM-216 150L-160 160L-157 128L-213 118ZM216 150L160 160L157 128L213 118Z" fill="${ribPat}"/>` +
      `<path d="M-132 192H132M-215 136L-158 146M215 136L158 146" stroke="${stripe}" stroke-width="4"/>` +
      `<path d="M-100 40L-70 110M100 40L70 110" stroke="${dark}" stroke-width="6" stroke-linecap="round"/>` +
      `<path d="M-150-120Q-170-130-178-150L-160-160Q-150-140-150-120Z" fill="${stripe}" opacity=".8"/>`;
  }
  const hanger = r.chance(0.55);
  const head = hanger
    ? `<path d="M0-200V-236C0-262 30-266 32-244" fill="none" stroke="#9AA1A8" stroke-width="7" stroke-linecap="round"/>` +
      `<path d="M-150-178Q0-222 150-178" fill="none" stroke="#8B5A2B" stroke-width="12" stroke-linecap="round" opacity=".0"/>`
    : '';
  return { body: `<g transform="translate(0 10)">${head}${b}</g>`, ground: 222, shadowW: 200 };
};

interface VaseStyle {
  body: string;
  ink: string;
  ink2: string;
}

/** A blue-pottery vase; profile numbers vary with the rng. Origin at the centre of the belly. */
function vase(d: Doc, st: VaseStyle, scale: number, H = d.rng.range(200, 230)): string {
  const r = d.rng;
  const neck = r.range(36, 52);
  const lip = neck + r.range(14, 26);
  const belly = r.range(128, 160);
  const foot = r.range(70, 92);
  const top = -H;
  const bot = H - 15;
  const path =
    `M${f(-lip)} ${f(top)}L${f(lip)} ${f(top)}Q${f(neck + 4)} ${f(top + 18)} ${f(neck)} ${f(top + 50)}` +
    `C${f(neck + 4)} ${f(top + 110)} ${f(belly)} ${f(top + 130)} ${f(belly)} 0` +
    `C${f(belly)} ${f(bot * 0.55)} ${f(foot * 1.05)} ${f(bot * 0.8)} ${f(foot * 0.9)} ${f(bot - 20)}L${f(foot)} ${f(bot)}` +
    `L${f(-foot)} ${f(bot)}L${f(-foot * 0.9)} ${f(bot - 20)}` +
    `C${f(-foot * 1.05)} ${f(bot * 0.8)} ${f(-belly)} ${f(bot * 0.55)} ${f(-belly)} 0` +
    `C${f(-belly)} ${f(top + 130)} ${f(-neck - 4)} ${f(top + 110)} ${f(-neck)} ${f(top + 50)}` +
    `Q${f(-neck - 4)} ${f(top + 18)} ${f(-lip)} ${f(top)}Z`;
  const clip = d.clip(`<path d="${path}"/>`);
  const { ink, ink2 } = st;
  const petals = r.int(7, 10);
  const fr = r.range(38, 52);
  // petals as round-capped zero-length dashes around a circle: one element per ring
  const ring = (rr: number, w: number, n: number, col: string): string =>
    `<circle r="${f(rr)}" fill="none" stroke="${col}" stroke-width="${f(w)}" stroke-dasharray="0 ${f2((2 * Math.PI * rr) / n)}" stroke-linecap="round"/>`;
  const flower = ring(fr * 1.15, fr * 0.62, petals * 2, ink) + ring(fr * 0.62, fr * 0.52, petals, ink);
  let scallop = '';
  const sy = top + 120;
  for (let x = -belly; x < belly; x += 34) scallop += `M${f(x)} ${f(sy)}a17 17 0 0 0 34 0`;
  let leaves = '';
  for (const s of [-1, 1]) {
    leaves +=
      `<path d="M${f(s * fr * 1.6)} 0Q${f(s * (fr * 2 + 30))} ${f(-40)} ${f(s * (fr * 2 + 60))} 10" fill="none" stroke="${ink}" stroke-width="4"/>` +
      `<ellipse cx="${f(s * (fr * 2 + 20))}" cy="-38" rx="9" ry="20" transform="rotate(${s * 50} ${f(s * (fr * 2 + 20))} -38)" fill="${ink2}"/>` +
      `<ellipse cx="${f(s * (fr * 2 + 50))}" cy="18" rx="9" ry="20" transform="rotate(${s * -30} ${f(s * (fr * 2 + 50))} 18)" fill="${ink2}"/>`;
  }
  const shade = d.lin(
    [
      [0, '#000', 0.18],
      [0.3, '#fff', 0.25],
      [0.45, '#fff', 0],
      [1, '#000', 0.28],
    ],
    0,
    0,
    1,
    0,
  );
  return (
    `<g transform="scale(${f2(scale)})">` +
    `<path d="${path}" fill="${st.body}"/>` +
    `<g clip-path="${clip}">` +
    `<rect x="-200" y="${f(top + 42)}" width="400" height="26" fill="${ink}"/>` +
    `<rect x="-200" y="${f(top + 74)}" width="400" height="6" fill="${ink2}"/>` +
    `<path d="${scallop}" fill="${ink2}" opacity=".9"/>` +
    `<rect x="-200" y="${f(bot - 52)}" width="400" height="60" fill="${ink}"/>` +
    `<rect x="-200" y="${f(bot - 64)}" width="400" height="6" fill="${ink2}"/>` +
    flower +
    `<circle r="${f(fr * 0.5)}" fill="${ink2}"/><circle r="${f(fr * 0.2)}" fill="${st.body}"/>` +
    leaves +
    `<rect x="-200" y="${f(top - 10)}" width="400" height="${f(2 * H + 20)}" fill="${shade}"/></g>` +
    `<ellipse cy="${f(top)}" rx="${f(lip)}" ry="9" fill="${darken(ink, 0.3)}"/></g>`
  );
}

const drawPottery: Drawer = (d) => {
  const r = d.rng;
  const st: VaseStyle = r.pick([
    { body: '#F8F5EE', ink: '#1F4E9A', ink2: '#2AA3B5' },
    { body: '#F6F2E8', ink: '#1B3F8B', ink2: '#3FB0A9' },
    { body: '#2A63B0', ink: '#F4F1EA', ink2: '#7FD0D6' },
    { body: '#F7F3EA', ink: '#2B4C9B', ink2: '#D98A3A' },
  ]);
  const extra = r.pick(['none', 'plate', 'small'] as const);
  let body = '';
  const side = r.sign();
  if (extra === 'plate') {
    const rr = 140;
    let ring = '';
    for (let i = 0; i < 12; i++) ring += `<ellipse cy="-62" rx="14" ry="34" transform="rotate(${i * 30})"/>`;
    body += `<g transform="translate(${side * 130} -70)"><circle r="${rr}" fill="${darken(st.body, 0.08)}"/><circle r="${rr - 14}" fill="${st.body}"/><circle r="${rr - 20}" fill="none" stroke="${st.ink}" stroke-width="8"/><g fill="${st.ink2}">${ring}</g><circle r="24" fill="${st.ink}"/></g>`;
    body += `<g transform="translate(${-side * 40} 0)">${vase(d, st, 0.95)}</g>`;
  } else if (extra === 'small') {
    body += `<g transform="translate(${-side * 85} -10)">${vase(d, st, 0.95)}</g>`;
    body += `<g transform="translate(${side * 150} 95)">${vase(d, st, 0.5)}</g>`;
  } else {
    body += vase(d, st, 1.08);
  }
  return {
    body,
    ground: extra === 'small' ? 225 : 225 * (extra === 'none' ? 1.08 : 0.95),
    shadowW: extra === 'none' ? 130 : 220,
  };
};

const drawCarpet: Drawer = (d) => {
  const r = d.rng;
  const [field, border, a1, a2, ivory] = r.pick([
    ['#8E1B1B', '#1F3557', '#E3B65C', '#F2E6CC', '#F2E6CC'],
    ['#A4442A', '#3B2A20', '#E7C27D', '#1F4E5F', '#F3E6CC'],
    ['#1F3557', '#8E1B1B', '#E3B65C', '#F2E6CC', '#EADBC0'],
    ['#EFE3C8', '#8E1B1B', '#1F3557', '#B5562F', '#FFF8E8'],
    ['#2F5D3A', '#7A1F2B', '#E3B65C', '#F2E6CC', '#F2E6CC'],
    ['#7A1F2B', '#E3B65C', '#1B1B1B', '#F2E6CC', '#F7EBD0'],
  ] as const);
  const portrait = r.chance(0.6);
  const W = portrait ? 420 : 540;
  const H = portrait ? 540 : 400;
  const x0 = -W / 2;
  const y0 = -H / 2;
  const bw = 46;
  const borderPat = d.pattern(
    24,
    24,
    `<rect width="24" height="24" fill="${border}"/><path d="M12 4L20 12L12 20L4 12Z" fill="${a1}"/><circle cx="12" cy="12" r="3" fill="${border}"/>`,
  );
  let fieldArt = '';
  const fx = x0 + bw + 14;
  const fy = y0 + bw + 14;
  const fw = W - 2 * (bw + 14);
  const fh = H - 2 * (bw + 14);
  if (r.chance(0.5)) {
    // central medallion and corner spandrels
    const m = Math.min(fw, fh) * 0.32;
    fieldArt +=
      `<polygon points="${pts([
        [0, -m * 1.55],
        [m * 1.05, 0],
        [0, m * 1.55],
        [-m * 1.05, 0],
      ])}" fill="${a2}"/>` +
      `<polygon points="${pts(star8(0, 0, m, r.pick([-90, -67.5])))}" fill="${border}"/>` +
      `<polygon points="${pts(star8(0, 0, m * 0.7, -67.5))}" fill="${a1}"/>` +
      `<circle r="${f(m * 0.32)}" fill="${field}"/><circle r="${f(m * 0.14)}" fill="${a2}"/>` +
      `<path d="M0 ${f(-m * 1.55)}v${f(-m * 0.35)}M0 ${f(m * 1.55)}v${f(m * 0.35)}" stroke="${a2}" stroke-width="8"/>`;
    const cw = fw * 0.26;
    const ch = fh * 0.2;
    const corners: [number, number, number, number][] = [
      [fx, fy, 0, 0],
      [fx + fw, fy, 1, 0],
      [fx, fy + fh, 0, 1],
      [fx + fw, fy + fh, 1, 1],
    ];
    for (const [cx, cy, sx, sy] of corners) {
      const ex = sx ? cx - cw : cx + cw;
      const ey = sy ? cy - ch : cy + ch;
      fieldArt += `<path d="M${f(cx)} ${f(cy)}H${f(ex)}Q${f(ex)} ${f(ey)} ${f(cx)} ${f(ey)}Z" fill="${a1}" opacity=".85"/>`;
    }
  } else {
    // Bokhara guls repeated across the field
    const cols = portrait ? 3 : 4;
    const rows = portrait ? 4 : 3;
    const tw = fw / cols;
    const th = fh / rows;
    const g = Math.min(tw, th) * 0.42;
    const oct = pts(ngon(tw / 2, th / 2, g, 8, 22.5));
    const gul = d.pattern(
      tw,
      th,
      `<polygon points="${oct}" fill="${a2}"/><polygon points="${pts(ngon(tw / 2, th / 2, g * 0.82, 8, 22.5))}" fill="${border}"/>` +
        `<path d="M${f(tw / 2)} ${f(th / 2 - g * 0.82)}V${f(th / 2 + g * 0.82)}M${f(tw / 2 - g * 0.82)} ${f(th / 2)}H${f(tw / 2 + g * 0.82)}" stroke="${a2}" stroke-width="3"/>` +
        `<polygon points="${pts(ngon(tw / 2, th / 2, g * 0.32, 4, 0))}" fill="${a1}"/>` +
        `<polygon points="${pts(ngon(0, 0, g * 0.22, 4, 0))}" fill="${a1}"/><polygon points="${pts(ngon(tw, 0, g * 0.22, 4, 0))}" fill="${a1}"/>` +
        `<polygon points="${pts(ngon(0, th, g * 0.22, 4, 0))}" fill="${a1}"/><polygon points="${pts(ngon(tw, th, g * 0.22, 4, 0))}" fill="${a1}"/>`,
      `translate(${f(fx)} ${f(fy)})`,
    );
    fieldArt += `<rect x="${f(fx)}" y="${f(fy)}" width="${f(fw)}" height="${f(fh)}" fill="${gul}"/>`;
  }
  const fringe = (y: number): string => `<path d="M${f(x0 + 8)} ${f(y)}H${f(x0 + W - 8)}" stroke="${ivory}" stroke-width="26" stroke-dasharray="3 5"/>`;
  const rug =
    fringe(y0 - 10) +
    fringe(y0 + H + 10) +
    `<rect x="${f(x0)}" y="${f(y0)}" width="${W}" height="${H}" fill="${field}"/>` +
    `<rect x="${f(x0 + 8)}" y="${f(y0 + 8)}" width="${W - 16}" height="${H - 16}" fill="none" stroke="${a2}" stroke-width="4"/>` +
    `<rect x="${f(x0 + 16 + bw / 2)}" y="${f(y0 + 16 + bw / 2)}" width="${f(W - 32 - bw)}" height="${f(H - 32 - bw)}" fill="none" stroke="${borderPat}" stroke-width="${bw}"/>` +
    `<rect x="${f(x0 + 16)}" y="${f(y0 + 16)}" width="${W - 32}" height="${H - 32}" fill="none" stroke="${a1}" stroke-width="3"/>` +
    `<rect x="${f(fx - 6)}" y="${f(fy - 6)}" width="${f(fw + 12)}" height="${f(fh + 12)}" fill="none" stroke="${a1}" stroke-width="3"/>` +
    fieldArt;
  const body = `<rect x="${f(x0)}" y="${f(y0)}" width="${W}" height="${H}" fill="#000" opacity=".18" transform="translate(12 16)"/>${rug}`;
  return { body, ground: null, shadowW: 0 };
};

const drawFurniture: Drawer = (d) => {
  const r = d.rng;
  const wood = r.pick(['#6B4226', '#4E2A1E', '#9C6B3F', '#7A4B2A', '#5C3A21']);
  const hi = lighten(wood, 0.28);
  const lo = darken(wood, 0.35);
  const paint = d.lin(
    [
      [0, hi],
      [0.5, wood],
      [1, darken(wood, 0.15)],
    ],
    0,
    0,
    1,
    0,
  );
  const seatCol = r.chance(0.6) ? r.pick([PK_GREEN, '#7A1F2B', '#1F3557', '#B5703A', '#C9A04A']) : '';
  const arms = r.chance(0.5);
  const jaali = d.pattern(
    30,
    30,
    `<rect width="30" height="30" fill="${lo}"/><polygon points="${pts(star8(15, 15, 12))}" fill="${wood}"/><circle cx="15" cy="15" r="4" fill="${lo}"/>` +
      `<circle cx="0" cy="0" r="5" fill="${wood}"/><circle cx="30" cy="0" r="5" fill="${wood}"/><circle cx="0" cy="30" r="5" fill="${wood}"/><circle cx="30" cy="30" r="5" fill="${wood}"/>`,
    'translate(-105 -190)',
  );
  const leg = (x: number): string => {
    let s = `<rect x="${x - 11}" y="70" width="22" height="150" fill="${paint}"/>`;
    for (const y of [95, 140, 185]) s += `<ellipse cx="${x}" cy="${y}" rx="17" ry="10" fill="${paint}" stroke="${lo}" stroke-width="2"/>`;
    return `${s}<rect x="${x - 14}" y="212" width="28" height="12" rx="3" fill="${lo}"/>`;
  };
  let rosettes = '';
  for (const x of [-70, 0, 70]) {
    let p = '';
    for (let i = 0; i < 6; i++) p += `<ellipse cy="-8" rx="4" ry="8" transform="rotate(${i * 60})"/>`;
    rosettes += `<g transform="translate(${x} -222)" fill="${hi}">${p}<circle r="4" fill="${lo}"/></g>`;
  }
  const back =
    `<rect x="-138" y="-230" width="22" height="460" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
    `<rect x="116" y="-230" width="22" height="460" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
    `<circle cx="-127" cy="-244" r="15" fill="${paint}" stroke="${lo}" stroke-width="2"/><circle cx="127" cy="-244" r="15" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
    `<path d="M-120-200H120V-250Q60-245 40-262Q20-285 0-290Q-20-285-40-262Q-60-245-120-250Z" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
    `<path d="M-108-206Q-108-222-94-226M108-206Q108-222 94-226" fill="none" stroke="${hi}" stroke-width="3"/>` +
    rosettes +
    `<rect x="-105" y="-190" width="210" height="170" fill="${jaali}" stroke="${lo}" stroke-width="4"/>` +
    `<rect x="-116" y="-30" width="232" height="18" fill="${paint}"/>`;
  const seat =
    `<path d="M-150-12H150L168 32H-168Z" fill="${seatCol || lighten(wood, 0.12)}"/>` +
    (seatCol
      ? `<path d="M-150-12H150L168 32H-168Z" fill="${d.lin([
          [0, '#fff', 0.2],
          [1, '#000', 0.15],
        ])}"/><g fill="${darken(seatCol, 0.35)}"><circle cx="-70" cy="10" r="4"/><circle cy="10" r="4"/><circle cx="70" cy="10" r="4"/></g>`
      : '') +
    `<path d="M-168 32H168V66Q140 80 112 66Q84 80 56 66Q28 80 0 66Q-28 80-56 66Q-84 80-112 66Q-140 80-168 66Z" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
    `<path d="M-160 46H160" stroke="${hi}" stroke-width="2" stroke-dasharray="10 6"/>`;
  const armRests = arms
    ? `<path d="M-127-110Q-190-110-192-60Q-196-30-176-20L-160-20Q-170-60-127-80Z" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
      `<path d="M127-110Q190-110 192-60Q196-30 176-20L160-20Q170-60 127-80Z" fill="${paint}" stroke="${lo}" stroke-width="2"/>` +
      `<rect x="-184" y="-20" width="16" height="60" fill="${paint}"/><rect x="168" y="-20" width="16" height="60" fill="${paint}"/>`
    : '';
  const body = `${back}<rect x="-150" y="160" width="300" height="14" fill="${lo}"/>${leg(-150)}${leg(150)}${seat}${armRests}`;
  return { body: `<g transform="translate(0 20)">${body}</g>`, ground: 244, shadowW: 210 };
};

const SOLE =
  'M0-200C60-200 88-150 84-90C80-40 56 0 56 60C56 120 66 170 30 196C10 210-32 210-50 192C-78 162-62 100-64 50C-66-10-88-60-82-120C-76-176-46-200 0-200Z';

const drawShoe: Drawer = (d) => {
  const r = d.rng;
  const [upper, sole] = r.pick([
    ['#5A3420', '#2B1A10'],
    ['#8B5A2B', '#3A2416'],
    ['#1F1F1F', '#6B4A2E'],
    ['#7B2D26', '#2E1B12'],
    ['#C08A53', '#4A2E1A'],
    ['#2F3A4A', '#5A3A22'],
  ] as const);
  const stitch = r.pick(['#E9D8B4', '#D4A94F', '#F3EBDD']);
  const insole = lighten(upper, 0.45);
  const clip = d.clip(`<path d="${SOLE}" transform="scale(.95)"/>`);
  const up = d.lin(
    [
      [0, lighten(upper, 0.18)],
      [1, darken(upper, 0.2)],
    ],
    0,
    0,
    1,
    1,
  );
  const chappal =
    `<path d="${SOLE}" transform="translate(10 14)" fill="#000" opacity=".16"/>` +
    `<path d="${SOLE}" fill="${sole}"/>` +
    `<path d="${SOLE}" transform="scale(.95)" fill="${insole}"/>` +
    `<path d="${SOLE}" transform="scale(.9)" fill="none" stroke="${darken(insole, 0.25)}" stroke-width="2" stroke-dasharray="5 5"/>` +
    `<g clip-path="${clip}">` +
    `<path d="M-120-260H120V-98Q0-56-120-98Z" fill="${up}"/>` +
    `<path d="M-120-106Q0-64 120-106" fill="none" stroke="${stitch}" stroke-width="2.5" stroke-dasharray="6 4" transform="translate(0 -10)"/>` +
    `<path d="M-120-124L120-36V4L-120-84Z" fill="${up}" stroke="${darken(upper, 0.35)}" stroke-width="2"/>` +
    `<path d="M120-124L-120-36V4L120-84Z" fill="${up}" stroke="${darken(upper, 0.35)}" stroke-width="2"/>` +
    `<path d="M-120-112L120-24M120-112L-120-24" fill="none" stroke="${stitch}" stroke-width="2.5" stroke-dasharray="6 4"/>` +
    `<path d="M-120 104Q0 136 120 104V146Q0 176-120 146Z" fill="${up}" stroke="${darken(upper, 0.35)}" stroke-width="2"/>` +
    `<path d="M-120 114Q0 146 120 114" fill="none" stroke="${stitch}" stroke-width="2.5" stroke-dasharray="6 4"/></g>` +
    `<polygon points="${pts(star8(0, -150, 18))}" fill="${stitch}" opacity=".85"/>` +
    `<circle cy="-150" r="5" fill="${upper}"/>` +
    `<rect x="50" y="118" width="18" height="26" rx="4" fill="none" stroke="#C9B27C" stroke-width="4"/>` +
    `<path d="${SOLE}" fill="none" stroke="${darken(sole, 0.3)}" stroke-width="3"/>`;
  const spread = r.range(90, 110);
  const tilt = r.range(4, 14);
  const body =
    `<g transform="translate(${f(-spread)} ${f(r.range(-30, 10))}) rotate(${f(-tilt)}) scale(-.95 .95)">${chappal}</g>` +
    `<g transform="translate(${f(spread)} ${f(r.range(-10, 30))}) rotate(${f(tilt)}) scale(.95)">${chappal}</g>`;
  return { body, ground: null, shadowW: 0 };
};

const drawKnife: Drawer = (d) => {
  const r = d.rng;
  const handleCol = r.pick(['#3B2416', '#1E1E1E', '#6B4226', '#7A2E2E', '#2E4A3A', '#C9A46A']);
  const blade = d.lin([
    [0, '#F3F5F7'],
    [0.4, '#C3C9CF'],
    [0.75, '#9AA2AA'],
    [1, '#E5E8EB'],
  ]);
  const bladePath = 'M-55-42L230-40C265-38 295-32 312-24C270 12 200 44 100 50L-55 50Z';
  const clip = d.clip(`<path d="${bladePath}"/>`);
  let damascus = '';
  if (r.chance(0.5)) {
    let w = '';
    for (let y = -44; y < 56; y += 9) w += `M-60 ${y}q40 ${f(r.range(-10, 10))} 80 0t80 0t80 0t80 0t80 0`;
    damascus = `<path d="${w}" fill="none" stroke="#fff" stroke-width="2" opacity=".45"/><path d="${w}" transform="translate(0 4)" fill="none" stroke="#6B737B" stroke-width="1.2" opacity=".3"/>`;
  }
  const handle = d.lin([
    [0, lighten(handleCol, 0.25)],
    [1, darken(handleCol, 0.3)],
  ]);
  const knife = (s: number): string =>
    `<g transform="scale(${f2(s)})">` +
    `<path d="${bladePath}" fill="${blade}" stroke="#7A838C" stroke-width="2"/>` +
    `<g clip-path="${clip}">${damascus}<path d="M-50 28L100 30C190 28 260 6 310-22L320 60H-60Z" fill="#fff" opacity=".3"/></g>` +
    `<path d="M-70-34L-232-30C-256-29-264-12-264 4C-264 22-256 38-232 40L-70 38Z" fill="${handle}"/>` +
    `<path d="M-76-20L-236-16" stroke="#fff" stroke-width="3" opacity=".2"/>` +
    `<g fill="#D3D8DD" stroke="#7A838C" stroke-width="2"><circle cx="-110" cy="3" r="7"/><circle cx="-160" cy="3" r="7"/><circle cx="-210" cy="3" r="7"/></g>` +
    `<rect x="-76" y="-46" width="24" height="98" rx="6" fill="${steel(d, true)}" stroke="#7A838C" stroke-width="2"/></g>`;
  const board = r.chance(0.5);
  let body = '';
  if (board) {
    const bc = r.pick(['#C89B63', '#A8774A', '#D8B584']);
    body +=
      `<rect x="-230" y="-200" width="460" height="400" rx="36" fill="#000" opacity=".15" transform="translate(12 16)"/>` +
      `<rect x="-230" y="-200" width="460" height="400" rx="36" fill="${d.lin(
        [
          [0, lighten(bc, 0.1)],
          [1, darken(bc, 0.1)],
        ],
        0,
        0,
        1,
        1,
      )}"/>` +
      `<path d="M-200-140C-60-150 60-130 200-145M-200-40C-60-50 80-30 200-45M-200 70C-40 60 60 80 200 65M-200 160C-60 150 80 170 200 155" fill="none" stroke="${darken(bc, 0.15)}" stroke-width="2" opacity=".6"/>` +
      `<circle cx="-180" cy="-150" r="16" fill="${darken(bc, 0.35)}"/>`;
  }
  const rot = r.range(-32, -12);
  const shadow = `<g transform="translate(10 16)" opacity=".16"><path d="${bladePath}M-70-34L-232-30C-256-29-264-12-264 4C-264 22-256 38-232 40L-70 38Z" fill="#000"/></g>`;
  body += `<g transform="rotate(${f(rot)}) translate(-30 -20)">${shadow}${knife(1.08)}</g>`;
  if (r.chance(0.45)) {
    body += `<g transform="translate(40 150) rotate(${f(rot + r.range(-6, 6))}) scale(.55)">${shadow}${knife(1)}</g>`;
  }
  return { body, ground: null, shadowW: 0 };
};

/** Cotton yarn: two to four cones of yarn on paper tubes, wound in fine bands. */
const drawYarn: Drawer = (d) => {
  const r = d.rng;
  const yarn = r.pick(['#F7F3EA', '#F1E9D8', '#EFE6D2', '#F5F0E6', '#E9DFC9']);
  const tube = r.pick(['#C9412E', '#2F6FB0', PK_GREEN, '#E0A526', '#7A4FA0']);
  const n = r.int(2, 4);
  const ground = 150;
  let body = '';
  const cone = (cx: number, s: number): string => {
    const h = 260 * s;
    const bw = 95 * s;
    const tw = 48 * s;
    const top = ground - h;
    const shade = d.lin(
      [
        [0, darken(yarn, 0.12)],
        [0.35, lighten(yarn, 0.2)],
        [0.7, yarn],
        [1, darken(yarn, 0.18)],
      ],
      0,
      0,
      1,
      0,
    );
    let bands = '';
    for (let i = 1; i < 14; i++) {
      const y = top + (h * i) / 14;
      const w = tw + ((bw - tw) * i) / 14;
      bands += `<path d="M${f(cx - w)} ${f(y)}Q${f(cx)} ${f(y + 6 * s)} ${f(cx + w)} ${f(y)}" fill="none" stroke="${darken(yarn, 0.1)}" stroke-width="1.6" opacity=".7"/>`;
    }
    return (
      `<path d="M${f(cx - 22 * s)} ${f(top - 34 * s)}L${f(cx + 22 * s)} ${f(top - 34 * s)}L${f(cx + tw)} ${f(top + 8)}L${f(cx - tw)} ${f(top + 8)}Z" fill="${tube}"/>` +
      `<ellipse cx="${f(cx)}" cy="${f(top - 34 * s)}" rx="${f(22 * s)}" ry="${f(7 * s)}" fill="${darken(tube, 0.35)}"/>` +
      `<path d="M${f(cx - tw)} ${f(top)}L${f(cx + tw)} ${f(top)}L${f(cx + bw)} ${f(ground)}Q${f(cx)} ${f(ground + 18 * s)} ${f(cx - bw)} ${f(ground)}Z" fill="${shade}"/>` +
      bands +
      `<ellipse cx="${f(cx)}" cy="${f(top)}" rx="${f(tw)}" ry="${f(10 * s)}" fill="${lighten(yarn, 0.3)}"/>`
    );
  };
  const gap = 190;
  for (let i = 0; i < n; i++) {
    const cx = (i - (n - 1) / 2) * (n === 4 ? 150 : gap) + r.range(-10, 10);
    body += cone(cx, (n === 4 ? 0.82 : 1) * r.range(0.92, 1.05));
  }
  return { body, ground: ground + 10, shadowW: n * 110 };
};

/** Grey fabric and denim: rolls of cloth lying in a stack, with a twill or plain weave. */
const drawFabric: Drawer = (d, c) => {
  const r = d.rng;
  const denim = c.seed.includes('denim');
  const cloth = denim ? r.pick(['#2C4A7A', '#243E68', '#35588F', '#1E3354']) : r.pick(['#EFE8DA', '#E8DFCB', '#F2ECDF', '#E3D9C3']);
  const weave = denim
    ? d.pattern(
        10,
        10,
        `<path d="M-2 12L12 -2" stroke="#fff" stroke-width="2.2" opacity=".18"/><path d="M-2 2L2 -2M8 12L12 8" stroke="#fff" stroke-width="2.2" opacity=".18"/>`,
      )
    : d.pattern(6, 6, `<rect width="3" height="3" fill="#000" opacity=".05"/><rect x="3" y="3" width="3" height="3" fill="#000" opacity=".05"/>`);
  const L = r.range(420, 480);
  const R = r.range(58, 70);
  const ground = 170;
  const roll = (cx: number, cy: number): string => {
    const x0 = cx - L / 2;
    let turns = '';
    for (let k = 1; k < 5; k++)
      turns += `<ellipse cx="${f(x0)}" cy="${f(cy)}" rx="${f((R * 0.4 * k) / 5)}" ry="${f((R * k) / 5)}" fill="none" stroke="${darken(cloth, 0.3)}" stroke-width="2"/>`;
    return (
      `<rect x="${f(x0)}" y="${f(cy - R)}" width="${f(L)}" height="${f(2 * R)}" fill="${d.lin(
        [
          [0, lighten(cloth, 0.15)],
          [0.4, cloth],
          [1, darken(cloth, 0.25)],
        ],
        0,
        0,
        0,
        1,
      )}"/>` +
      `<rect x="${f(x0)}" y="${f(cy - R)}" width="${f(L)}" height="${f(2 * R)}" fill="${weave}"/>` +
      `<ellipse cx="${f(x0 + L)}" cy="${f(cy)}" rx="${f(R * 0.4)}" ry="${f(R)}" fill="${darken(cloth, 0.12)}"/>` +
      `<ellipse cx="${f(x0)}" cy="${f(cy)}" rx="${f(R * 0.4)}" ry="${f(R)}" fill="${lighten(cloth, 0.08)}"/>` +
      turns +
      `<ellipse cx="${f(x0)}" cy="${f(cy)}" rx="${f(R * 0.1)}" ry="${f(R * 0.22)}" fill="#8C6A43"/>`
    );
  };
  const rows = r.pick([
    [2, 1],
    [3, 2],
    [2, 1, 0],
  ] as const);
  let body = '';
  let cy = ground - R;
  for (const [j, count] of rows.entries()) {
    for (let i = 0; i < count; i++) body += roll((i - (count - 1) / 2) * 2 * R * 0.9 + r.range(-8, 8) + j * 12, cy);
    cy -= R * 1.75;
  }
  if (rows.at(-1) === 0) {
    // a flat folded length of cloth on top
    const y = cy + R * 0.9;
    body += `<rect x="${f(-L / 2 + 30)}" y="${f(y - 26)}" width="${f(L - 60)}" height="26" rx="10" fill="${cloth}"/><rect x="${f(-L / 2 + 30)}" y="${f(y - 26)}" width="${f(L - 60)}" height="26" rx="10" fill="${weave}"/>`;
  }
  return { body, ground, shadowW: L / 2 + 40 };
};

/** Refined copper: a strapped stack of cathode plates, seen in three-quarter view. */
const drawCopper: Drawer = (d) => {
  const r = d.rng;
  const cu = r.pick(['#C8763E', '#B8683A', '#D0824A', '#BF6E3C']);
  const n = r.int(6, 9);
  const W = r.range(330, 370);
  const D = r.range(90, 110);
  const T = r.range(14, 18);
  const ground = 160;
  let body = '';
  for (let i = 0; i < n; i++) {
    const y = ground - i * T;
    const jx = r.range(-6, 6);
    const front = d.lin(
      [
        [0, lighten(cu, 0.18)],
        [1, darken(cu, 0.2)],
      ],
      0,
      0,
      1,
      0,
    );
    body +=
      `<path d="M${f(-W / 2 + jx)} ${f(y - T)}H${f(W / 2 + jx)}L${f(W / 2 + jx + D * 0.6)} ${f(y - T - D * 0.45)}V${f(y - D * 0.45)}L${f(W / 2 + jx)} ${f(y)}H${f(-W / 2 + jx)}Z" fill="${darken(cu, 0.3)}"/>` +
      `<rect x="${f(-W / 2 + jx)}" y="${f(y - T)}" width="${f(W)}" height="${f(T)}" fill="${front}"/>` +
      `<path d="M${f(-W / 2 + jx)} ${f(y - T)}H${f(W / 2 + jx)}" stroke="${lighten(cu, 0.4)}" stroke-width="1.5"/>`;
  }
  const top = ground - n * T;
  // the top plate's face, with the nodular surface of an electrolytic cathode
  let nodules = '';
  for (let k = 0; k < 40; k++) {
    const u = r.range(0.05, 0.95);
    const v = r.range(0.1, 0.9);
    nodules += `<circle cx="${f(-W / 2 + u * W + v * D * 0.6)}" cy="${f(top - v * D * 0.45)}" r="${f(r.range(3, 7))}" fill="${lighten(cu, r.range(0, 0.25))}" opacity=".7"/>`;
  }
  body += `<path d="M${f(-W / 2)} ${f(top)}H${f(W / 2)}L${f(W / 2 + D * 0.6)} ${f(top - D * 0.45)}H${f(-W / 2 + D * 0.6)}Z" fill="${d.lin(
    [
      [0, lighten(cu, 0.3)],
      [1, cu],
    ],
    0,
    0,
    1,
    1,
  )}"/>`;
  body += nodules;
  // steel straps
  for (const sx of [-W / 4, W / 4]) {
    body += `<path d="M${f(sx)} ${f(ground)}V${f(top)}L${f(sx + D * 0.6)} ${f(top - D * 0.45)}" fill="none" stroke="#5B6770" stroke-width="7" stroke-linejoin="round"/>`;
  }
  return { body: `<g transform="translate(-20 ${f((n * T) / 2 - 60)})">${body}</g>`, ground: ground + (n * T) / 2 - 60, shadowW: W / 2 + 70 };
};

/** Chrome ore: a heap of dark, faintly metallic chromite lumps. */
const drawOre: Drawer = (d) => {
  const r = d.rng;
  const rock = r.pick(['#3A3A3F', '#2F3136', '#44403C', '#35363B']);
  const ground = 170;
  let body = '';
  const lump = (cx: number, cy: number, s: number): string => {
    const k = r.int(6, 9);
    const shape = ngon(cx, cy, s, k, r.range(0, 360)).map(([x, y]): P => [x + r.range(-s * 0.25, s * 0.25), y + r.range(-s * 0.2, s * 0.2)]);
    const fill = d.lin(
      [
        [0, lighten(rock, r.range(0.12, 0.25))],
        [0.6, rock],
        [1, darken(rock, 0.35)],
      ],
      0,
      0,
      1,
      1,
    );
    const glint = at(shape, 0);
    return (
      `<polygon points="${pts(shape)}" fill="${fill}"/>` +
      `<path d="M${f(glint[0])} ${f(glint[1])}L${f(cx)} ${f(cy)}" stroke="${lighten(rock, 0.45)}" stroke-width="2" opacity=".5"/>` +
      `<circle cx="${f(cx - s * 0.3)}" cy="${f(cy - s * 0.3)}" r="${f(s * 0.08)}" fill="#C9CED6" opacity=".55"/>`
    );
  };
  const rows = [7, 5, 3, 1];
  for (const [j, count] of rows.entries()) {
    const y = ground - 40 - j * 62;
    for (let i = 0; i < count; i++) {
      const x = (i - (count - 1) / 2) * 78 + r.range(-12, 12);
      body += lump(x, y + r.range(-8, 8), r.range(40, 56));
    }
  }
  return { body, ground, shadowW: 320 };
};

/** Unknown motif: a layered geometric rosette. */
const drawAbstract: Drawer = (d) => {
  const r = d.rng;
  const cols = r.pick([
    [PK_GREEN, GOLD, '#F4EBD9', '#B5562F'],
    ['#1F3557', '#E3B65C', '#F2E6CC', '#8E1B1B'],
    ['#2E5E4E', '#E9C46A', '#F4F1EA', '#C1666B'],
  ] as const);
  let body = '';
  const layers = r.int(4, 6);
  const rot0 = r.range(0, 45);
  for (let i = 0; i < layers; i++) {
    const rr = 250 * (1 - i / layers);
    const kind = (i + r.int(0, 1)) % 3;
    const col = at(cols, i % cols.length);
    const shape = kind === 0 ? star8(0, 0, rr, rot0 + i * 22.5) : kind === 1 ? ngon(0, 0, rr, 8, rot0 + 22.5) : star(0, 0, rr, rr * 0.55, 12, rot0);
    body += `<polygon points="${pts(shape)}" fill="${col}"/>`;
  }
  body += `<circle r="${f(250 / layers / 2)}" fill="${at(cols, 1)}"/>`;
  return { body: `<g transform="rotate(${f(r.range(0, 30))})">${body}</g>`, ground: null, shadowW: 0 };
};

interface MotifDef {
  draw: Drawer;
  /** maximum rotation of the whole object, in degrees */
  tilt: number;
  /** base scale of the object on the 800×800 canvas */
  scale: number;
}

const MOTIFS: ReadonlyMap<string, MotifDef> = new Map<string, MotifDef>([
  ['salt', { draw: drawSalt, tilt: 2, scale: 1.25 }],
  ['rice', { draw: drawRice, tilt: 2, scale: 1.1 }],
  ['fruit', { draw: drawFruit, tilt: 12, scale: 1.05 }],
  ['seeds', { draw: drawSeeds, tilt: 20, scale: 1.05 }],
  ['fish', { draw: drawFish, tilt: 14, scale: 1.0 }],
  ['ball', { draw: drawBall, tilt: 0, scale: 1.05 }],
  ['instrument', { draw: drawInstrument, tilt: 8, scale: 1.12 }],
  ['textile', { draw: drawTextile, tilt: 1, scale: 1.35 }],
  ['jacket', { draw: drawJacket, tilt: 2, scale: 1.12 }],
  ['pottery', { draw: drawPottery, tilt: 1, scale: 1.08 }],
  ['carpet', { draw: drawCarpet, tilt: 10, scale: 1.05 }],
  ['furniture', { draw: drawFurniture, tilt: 1, scale: 1.18 }],
  ['shoe', { draw: drawShoe, tilt: 10, scale: 1.22 }],
  ['knife', { draw: drawKnife, tilt: 6, scale: 1.05 }],
  ['yarn', { draw: drawYarn, tilt: 2, scale: 1.05 }],
  ['fabric', { draw: drawFabric, tilt: 3, scale: 1.0 }],
  ['copper', { draw: drawCopper, tilt: 2, scale: 1.35 }],
  ['ore', { draw: drawOre, tilt: 3, scale: 1.0 }],
]);

/** Deterministic product illustration as an SVG document (800×800 viewBox, width/height attributes 800). */
export function productArtSvg(opts: { motif: string; seed: string; variant: number }): string {
  const motif = opts.motif.trim().toLowerCase();
  const key = `product|${motif}|${opts.seed}|${opts.variant}`;
  const d = new Doc(key);
  const r = d.rng;
  const def = MOTIFS.get(motif) ?? { draw: drawAbstract, tilt: 0, scale: 1 };
  const pal = r.chance(0.7) ? r.pick(LIGHT_BG) : r.pick(DARK_BG);
  const green = r.chance(0.45);
  const accent = pal.dark ? r.pick([GOLD, lighten(GOLD, 0.3), pal.ink]) : green ? PK_GREEN : r.pick([GOLD, darken(pal.b, 0.35)]);
  const parts: string[] = [];

  const gx = r.range(0, 0.6);
  parts.push(
    `<rect width="800" height="800" fill="${d.lin(
      [
        [0, pal.a],
        [1, pal.b],
      ],
      gx,
      0,
      1 - gx,
      1,
    )}"/>`,
  );
  const kind = r.pick<PatternKind>(['star', 'girih', 'lattice', 'dots', 'stripes', 'circles', 'chevron', 'star', 'none']);
  const pat = bgPattern(d, kind, pal.ink);
  if (pat) parts.push(`<rect width="800" height="800" fill="${pat}" opacity="${f2(pal.dark ? r.range(0.1, 0.16) : r.range(0.12, 0.2))}"/>`);

  const cx = 400 + r.range(-28, 28);
  const cy = 405 + r.range(-18, 18);
  const stage = r.pick(['circle', 'arch', 'arch', 'round', 'circle', 'none'] as const);
  const stageFill = pal.dark ? lighten(pal.a, 0.1) : lighten(pal.a, 0.6);
  const ring = `fill="none" stroke="${accent}" stroke-width="${f(r.range(2, 4))}"${r.chance(0.3) ? ' stroke-dasharray="2 8" stroke-linecap="round"' : ''}`;
  if (stage === 'circle') {
    const sr = r.range(285, 330);
    parts.push(
      `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(sr)}" fill="${stageFill}" opacity=".85"/>`,
      `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(sr + 14)}" ${ring}/>`,
    );
  } else if (stage === 'arch') {
    const archPath = (w: number, top: number): string => {
      const x0 = cx - w / 2;
      const x1 = cx + w / 2;
      const spring = top + w * 0.45;
      return `M${f(x0)} 820V${f(spring)}C${f(x0)} ${f(spring - w * 0.32)} ${f(cx - w * 0.14)} ${f(top + w * 0.07)} ${f(cx)} ${f(top)}C${f(cx + w * 0.14)} ${f(top + w * 0.07)} ${f(x1)} ${f(spring - w * 0.32)} ${f(x1)} ${f(spring)}V820Z`;
    };
    const w = r.range(520, 600);
    const top = r.range(40, 90);
    parts.push(`<path d="${archPath(w, top)}" fill="${stageFill}" opacity=".85"/>`, `<path d="${archPath(w + 30, top - 18)}" ${ring}/>`);
  } else if (stage === 'round') {
    const s = r.range(560, 620);
    parts.push(
      `<rect x="${f(cx - s / 2)}" y="${f(cy - s / 2)}" width="${f(s)}" height="${f(s)}" rx="${f(r.range(40, 90))}" fill="${stageFill}" opacity=".8"/>`,
    );
  }
  if (green && !pal.dark && r.chance(0.5)) {
    parts.push(`<rect x="22" y="22" width="756" height="756" rx="6" fill="none" stroke="${PK_GREEN}" stroke-width="3" opacity=".8"/>`);
  } else if (r.chance(0.2)) {
    parts.push(`<rect x="0" y="770" width="800" height="30" fill="${pal.dark ? GOLD : PK_GREEN}" opacity=".85"/>`);
  }
  parts.push(
    `<rect width="800" height="800" fill="${d.rad(
      [
        [0, '#000', 0],
        [0.7, '#000', 0],
        [1, '#000', pal.dark ? 0.25 : 0.12],
      ],
      0.5,
      0.5,
      0.75,
    )}"/>`,
  );

  const art = def.draw(d, { dark: pal.dark, bg: pal.a, seed: opts.seed });
  const s = def.scale * r.range(0.9, 1.03);
  const rot = r.range(-def.tilt, def.tilt);
  if (art.ground !== null) {
    const gy = cy + art.ground * s;
    const rx = art.shadowW * s;
    parts.push(
      `<ellipse cx="${f(cx)}" cy="${f(gy)}" rx="${f(rx)}" ry="${f(rx * 0.13)}" fill="${d.rad([
        [0, '#000', pal.dark ? 0.45 : 0.3],
        [1, '#000', 0],
      ])}"/>`,
    );
  }
  parts.push(`<g transform="translate(${f(cx)} ${f(cy)}) rotate(${f(rot)}) scale(${f2(s)})">${art.body}</g>`);
  return d.render(800, 800, parts.join(''));
}

// ───────────────────────── articles ─────────────────────────

interface Sky {
  top: string;
  bottom: string;
  sun: string;
  night: boolean;
}

const SKIES: readonly Sky[] = [
  { top: '#7FB8E0', bottom: '#E8F3F7', sun: '#FFF4D6', night: false },
  { top: '#F08A5D', bottom: '#FCE1C0', sun: '#FFF1D0', night: false },
  { top: '#4B3F72', bottom: '#F19C79', sun: '#FFE3B3', night: false },
  { top: '#F6B26B', bottom: '#FDF0D5', sun: '#FFFFFF', night: false },
  { top: '#1C2B4A', bottom: '#4A6390', sun: '#F4F1E1', night: true },
  { top: '#9ED0C4', bottom: '#F4EED8', sun: '#FFF7E0', night: false },
];

const LANDS: readonly string[] = ['#3E5C76', '#4A5D3A', '#5B4A6B', '#2F4F4F', '#6B4E3D', '#35524A'];

interface Scene {
  d: Doc;
  r: Rng;
  sky: Sky;
  land: string;
}

type Theme = (s: Scene) => string;

function skyBg(s: Scene): string {
  const { d, r, sky } = s;
  let out = `<rect width="1200" height="630" fill="${d.lin([
    [0, sky.top],
    [1, sky.bottom],
  ])}"/>`;
  if (sky.night) {
    let st = '';
    for (let i = 0; i < 40; i++) st += `M${f(r.range(0, 1200))} ${f(r.range(0, 330))}h.1`;
    out += `<path d="${st}" stroke="#fff" stroke-width="3" stroke-linecap="round" opacity=".75"/>`;
  }
  return out;
}

function sunDisc(s: Scene, x: number, y: number, rr: number): string {
  const { d, sky } = s;
  return (
    `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rr * 2.8)}" fill="${d.rad([
      [0, sky.sun, 0.6],
      [1, sky.sun, 0],
    ])}"/>` + `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rr)}" fill="${sky.sun}"/>`
  );
}

/** Jagged mountain ridge: alternating peaks and saddles refined by midpoint displacement. */
function mountainPts(r: Rng, base: number, amp: number, n: number): P[] {
  let p: P[] = [[-20, base - amp * r.range(0.1, 0.4)]];
  const step = 1240 / n;
  for (let i = 0; i < n; i++) {
    p.push([-20 + step * (i + 0.5) + r.range(-step * 0.2, step * 0.2), base - amp * r.range(0.55, 1)]);
    p.push([-20 + step * (i + 1) + r.range(-step * 0.08, step * 0.08), base - amp * r.range(0.08, 0.4)]);
  }
  let disp = amp * 0.1;
  for (let k = 0; k < 3; k++) {
    const nx: P[] = [];
    for (let i = 0; i < p.length - 1; i++) {
      const a = at(p, i);
      const b = at(p, i + 1);
      nx.push(a, [(a[0] + b[0]) / 2 + r.range(-4, 4), (a[1] + b[1]) / 2 + r.range(-disp, disp)]);
    }
    nx.push(at(p, p.length - 1));
    p = nx;
    disp *= 0.5;
  }
  return p;
}

function hillPts(r: Rng, base: number, amp: number, n: number): P[] {
  const out: P[] = [];
  for (let i = 0; i <= n; i++) out.push([-20 + (1240 / n) * i, base - amp * r.range(0.2, 1)]);
  return out;
}

const closeBottom = (p: readonly P[]): string => `${line(p, false)}L1220 640L-20 640Z`;
const hillPath = (p: readonly P[]): string => `${smooth(p)}L1220 640L-20 640Z`;

function yOn(p: readonly P[], x: number): number {
  for (let i = 0; i < p.length - 1; i++) {
    const [x0, y0] = at(p, i);
    const [x1, y1] = at(p, i + 1);
    if (x >= x0 && x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0 || 1);
  }
  return at(p, p.length - 1)[1];
}

function snowCaps(s: Scene, p: readonly P[], base: number, col: string): string {
  const minY = Math.min(...p.map(([, y]) => y));
  const sy = minY + (base - minY) * 0.32;
  let z = `M-20 -20H1220V${f(sy)}`;
  for (let x = 1220; x >= -20; x -= 40) z += `L${f(x)} ${f(sy + s.r.range(-14, 18))}`;
  const clip = s.d.clip(`<path d="${z}Z"/>`);
  return `<path d="${closeBottom(p)}" fill="${col}" clip-path="${clip}"/>`;
}

function birds(r: Rng, n: number, col: string): string {
  let b = '';
  for (let i = 0; i < n; i++) {
    const x = r.range(120, 1080);
    const y = r.range(60, 210);
    const w = r.range(8, 15);
    b += `M${f(x - w)} ${f(y)}q${f(w / 2)} ${f(-w / 2)} ${f(w)} 0q${f(w / 2)} ${f(-w / 2)} ${f(w)} 0`;
  }
  return `<path d="${b}" fill="none" stroke="${col}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function pines(r: Rng, n: number, x0: number, x1: number, yAt: (x: number) => number, hMin: number, hMax: number, col: string): string {
  let t = '';
  for (let i = 0; i < n; i++) {
    const x = r.range(x0, x1);
    const y = yAt(x) + 6;
    const h = r.range(hMin, hMax);
    const w = h * 0.42;
    t += `M${f(x)} ${f(y - h)}L${f(x + w * 0.32)} ${f(y - h * 0.5)}H${f(x + w * 0.2)}L${f(x + w / 2)} ${f(y)}H${f(x - w / 2)}L${f(x - w * 0.2)} ${f(y - h * 0.5)}H${f(x - w * 0.32)}Z`;
  }
  return `<path d="${t}" fill="${col}"/>`;
}

const layers = (s: Scene, t: number): string => mix(s.land, s.sky.bottom, t);

const mountainsTheme: Theme = (s) => {
  const { r, sky } = s;
  let o = skyBg(s) + sunDisc(s, r.range(150, 1050), r.range(90, 190), r.range(34, 56));
  const far = mountainPts(r, 430, r.range(240, 310), r.int(3, 5));
  o += `<path d="${closeBottom(far)}" fill="${layers(s, 0.6)}"/>${snowCaps(s, far, 430, sky.night ? '#D9E1EE' : '#FFFFFF')}`;
  const mid = mountainPts(r, 500, r.range(150, 210), r.int(4, 6));
  o += `<path d="${closeBottom(mid)}" fill="${layers(s, 0.35)}"/>`;
  const near = hillPts(r, 565, r.range(50, 100), 6);
  o += `<path d="${hillPath(near)}" fill="${layers(s, 0.12)}"/>`;
  const fore = hillPts(r, 625, 45, 5);
  o += pines(r, r.int(6, 12), 0, 1200, (x) => yOn(near, x), 40, 80, darken(s.land, 0.2));
  o += `<path d="${hillPath(fore)}" fill="${darken(s.land, 0.3)}"/>`;
  if (!sky.night) o += birds(r, r.int(2, 5), darken(s.land, 0.3));
  return o;
};

const valleyTheme: Theme = (s) => {
  const { r } = s;
  const vx = r.range(480, 720);
  const hy = 450;
  let o = skyBg(s) + sunDisc(s, vx + r.range(-80, 80), r.range(110, 200), r.range(30, 48));
  const env = (p: P[], base: number, k: number): P[] =>
    p.map(([x, y]) => [x, base - (base - y) * Math.min(1.15, k + (1 - k) * (Math.abs(x - vx) / 620) ** 0.8)] as const);
  const far = env(mountainPts(r, hy, r.range(240, 300), r.int(4, 6)), hy, 0.35);
  o += `<path d="${closeBottom(far)}" fill="${layers(s, 0.55)}"/>${snowCaps(s, far, hy, '#FFFFFF')}`;
  const mid = env(mountainPts(r, hy + 30, r.range(170, 220), r.int(4, 6)), hy + 30, 0.05);
  o += `<path d="${closeBottom(mid)}" fill="${layers(s, 0.3)}"/>`;
  const meadow = mix('#6E9F4E', s.land, 0.25);
  o += `<path d="${hillPath(hillPts(r, hy + 40, 14, 6))}" fill="${meadow}"/>`;
  // river widening towards the viewer
  const left: P[] = [];
  const right: P[] = [];
  const ph = r.range(0, Math.PI);
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    const y = hy + 30 + t * (650 - hy - 30);
    const x = vx + (600 - vx) * t + Math.sin(t * Math.PI * 1.6 + ph) * 130 * t;
    const w = 6 + 240 * t * t;
    left.push([x - w / 2, y]);
    right.push([x + w / 2, y]);
  }
  const water = mix(s.sky.top, '#4A90B8', 0.4);
  o += `<path d="${smooth(left)}${smooth(right.reverse()).replace(/^M/, 'L')}Z" fill="${d2(s, water)}"/>`;
  o += `<path d="${hillPath(hillPts(r, 600, 40, 4))}" fill="${darken(meadow, 0.15)}" opacity=".9"/>`;
  o += pines(r, r.int(10, 18), 0, 1200, (x) => (Math.abs(x - 600) < 160 ? 660 : 520 + r.range(0, 90)), 40, 90, darken(s.land, 0.15));
  return o + birds(r, r.int(2, 4), darken(s.land, 0.3));
};

const d2 = (s: Scene, water: string): string =>
  s.d.lin([
    [0, lighten(water, 0.35)],
    [1, water],
  ]);

const lakeTheme: Theme = (s) => {
  const { d, r, sky } = s;
  const hy = r.range(390, 420);
  let ridges = '';
  const far = mountainPts(r, hy, r.range(220, 290), r.int(3, 5));
  ridges += `<path d="${closeBottom(far)}" fill="${layers(s, 0.55)}"/>${snowCaps(s, far, hy, sky.night ? '#D9E1EE' : '#FFFFFF')}`;
  const mid = mountainPts(r, hy, r.range(100, 160), r.int(4, 6));
  ridges += `<path d="${closeBottom(mid)}" fill="${layers(s, 0.3)}"/>`;
  const trees = pines(r, r.int(14, 24), 0, 1200, () => hy, 24, 50, darken(s.land, 0.15));
  const sx = r.range(200, 1000);
  const sy = r.range(90, 180);
  let o = skyBg(s) + sunDisc(s, sx, sy, r.range(30, 46)) + ridges + trees;
  const water = mix(sky.top, '#2F6F8F', 0.45);
  o += `<rect y="${f(hy)}" width="1200" height="${f(640 - hy)}" fill="${d.lin([
    [0, lighten(water, 0.25)],
    [1, darken(water, 0.15)],
  ])}"/>`;
  const clip = d.clip(`<rect y="${f(hy)}" width="1200" height="300"/>`);
  o += `<g clip-path="${clip}" opacity=".3"><g transform="translate(0 ${f(2 * hy)}) scale(1 -1)">${ridges}</g></g>`;
  let rip = '';
  for (let i = 0; i < 22; i++) {
    const y = hy + 10 + r.next() ** 1.5 * (630 - hy);
    const w = 10 + ((y - hy) / (630 - hy)) * 80;
    rip += `M${f(r.range(0, 1200))} ${f(y)}h${f(w)}`;
  }
  o += `<path d="${rip}" stroke="#fff" stroke-width="3" stroke-linecap="round" opacity=".45"/>`;
  o += `<path d="M${f(sx - 40)} ${f(hy + 20)}h80M${f(sx - 26)} ${f(hy + 40)}h52M${f(sx - 14)} ${f(hy + 60)}h28" stroke="${sky.sun}" stroke-width="4" stroke-linecap="round" opacity=".6"/>`;
  if (r.chance(0.6)) {
    const bx = r.range(250, 950);
    const by = r.range(hy + 90, 560);
    o += `<g transform="translate(${f(bx)} ${f(by)})"><path d="M-80 0Q0 26 80 0L66-14H-66Z" fill="${darken(s.land, 0.4)}"/><path d="M-40-14V-50Q0-62 40-50V-14" fill="${r.pick(['#C0392B', '#E3B65C', PK_GREEN])}"/><path d="M-80 12q40 8 80 0t80 0" fill="none" stroke="#fff" stroke-width="2" opacity=".4"/></g>`;
  }
  return o;
};

const highwayTheme: Theme = (s) => {
  const { d, r, sky } = s;
  const hy = 380;
  const vx = r.range(480, 720);
  let o = skyBg(s) + sunDisc(s, r.range(150, 1050), r.range(90, 180), r.range(32, 48));
  const far = mountainPts(r, hy + 10, r.range(200, 260), r.int(3, 5));
  o += `<path d="${closeBottom(far)}" fill="${layers(s, 0.55)}"/>${snowCaps(s, far, hy + 10, '#FFFFFF')}`;
  const hills = hillPts(r, hy + 30, 60, 6);
  o += `<path d="${hillPath(hills)}" fill="${layers(s, 0.25)}"/>`;
  o += `<rect y="${hy + 30}" width="1200" height="300" fill="${mix(layers(s, 0.15), '#7A8F4E', 0.3)}"/>`;
  const bend = r.range(-140, 140);
  const c = (t: number): number => vx + (600 - vx) * t + bend * Math.sin(Math.PI * t) * (1 - t) * 1.6;
  const w = (t: number): number => 8 + 980 * t * t;
  const y = (t: number): number => hy + 30 + (660 - hy - 30) * t;
  const L: P[] = [];
  const R: P[] = [];
  for (let i = 0; i <= 12; i++) {
    const t = i / 12;
    L.push([c(t) - w(t) / 2, y(t)]);
    R.push([c(t) + w(t) / 2, y(t)]);
  }
  const road = `${smooth(L)}${smooth([...R].reverse()).replace(/^M/, 'L')}Z`;
  o += `<path d="${road}" fill="${d.lin([
    [0, '#8A8C90'],
    [1, '#4A4B50'],
  ])}"/>`;
  const edge = (k: number): P[] => L.map((_, i) => [c(i / 12) + k * w(i / 12) * 0.46, y(i / 12)] as const);
  o += `<path d="${smooth(edge(-1))}M${smooth(edge(1)).slice(1)}" fill="none" stroke="#F4F1EA" stroke-width="4"/>`;
  let dash = '';
  for (let k = 0; k < 9; k++) {
    const t0 = (k / 9) ** 1.5 + 0.02;
    const t1 = Math.min(1, t0 + 0.025 + 0.05 * t0);
    const h0 = w(t0) * 0.012;
    const h1 = w(t1) * 0.012;
    dash += line([
      [c(t0) - h0, y(t0)],
      [c(t0) + h0, y(t0)],
      [c(t1) + h1, y(t1)],
      [c(t1) - h1, y(t1)],
    ]);
  }
  o += `<path d="${dash}" fill="${r.pick(['#F2C14E', '#F4F1EA'])}"/>`;
  // roadside posts
  let posts = '';
  for (let k = 1; k < 7; k++) {
    const t = (k / 7) ** 1.4;
    const h = 6 + 60 * t;
    for (const side of [-1, 1]) {
      const x = c(t) + side * (w(t) * 0.5 + 10 + 40 * t);
      posts += `M${f(x)} ${f(y(t))}v${f(-h)}`;
    }
  }
  o += `<path d="${posts}" stroke="${sky.night ? '#C9D1DC' : '#F4F1EA'}" stroke-width="5" stroke-linecap="round"/>`;
  o += pines(r, r.int(6, 12), 0, 1200, () => hy + 36, 30, 60, darken(s.land, 0.1));
  return o;
};

const cityTheme: Theme = (s) => {
  const { d, r, sky } = s;
  let o = skyBg(s) + sunDisc(s, r.range(150, 1050), r.range(100, 200), r.range(36, 56));
  const skyline = (base: number, hMin: number, hMax: number, wMin: number, wMax: number): string => {
    let p = '';
    for (let x = -10; x < 1210; ) {
      const w = r.range(wMin, wMax);
      const h = r.range(hMin, hMax);
      p += `M${f(x)} ${base}V${f(base - h)}H${f(x + w)}V${base}Z`;
      if (r.chance(0.2)) p += `M${f(x + w / 2 - 2)} ${f(base - h)}v-30h4v30Z`;
      x += w + r.range(-6, 4);
    }
    return p;
  };
  o += `<path d="${skyline(520, 110, 250, 40, 90)}" fill="${layers(s, 0.6)}"/>`;
  // landmark: a tall tapering minar and a domed hall
  const mid = layers(s, 0.35);
  const mx = r.range(200, 1000);
  o +=
    `<path d="M${f(mx - 80)} 540V505H${f(mx - 40)}L${f(mx - 26)} 470L${f(mx - 15)} 190H${f(mx + 15)}L${f(mx + 26)} 470L${f(mx + 40)} 505H${f(mx + 80)}V540Z" fill="${mid}"/>` +
    `<path d="M${f(mx - 32)} 420h64v10h-64ZM${f(mx - 26)} 330h52v9h-52ZM${f(mx - 22)} 250h44v8h-44ZM${f(mx - 18)} 190C${f(mx - 18)} 160 ${f(mx + 18)} 160 ${f(mx + 18)} 190ZM${f(mx - 2)} 170v-36h4v36Z" fill="${mid}"/>`;
  const hx = mx > 600 ? r.range(180, 420) : r.range(780, 1020);
  o +=
    `<path d="M${f(hx - 120)} 540V420H${f(hx + 120)}V540Z" fill="${mid}"/>` +
    `<path d="M${f(hx - 70)} 420C${f(hx - 100)} 370 ${f(hx - 30)} 330 ${f(hx)} 300C${f(hx + 30)} 330 ${f(hx + 100)} 370 ${f(hx + 70)} 420Z" fill="${mid}"/>` +
    `<path d="M${f(hx - 2)} 300v-30h4v30ZM${f(hx - 128)} 540V340h16V540ZM${f(hx + 112)} 540V340h16V540Z" fill="${mid}"/>`;
  const near = skyline(600, 60, 190, 60, 130);
  const nearCol = darken(s.land, 0.25);
  const win = d.pattern(22, 30, `<rect x="6" y="8" width="9" height="12" fill="${sky.night ? '#FFD98A' : lighten(sky.bottom, 0.4)}"/>`);
  o += `<path d="${near}" fill="${nearCol}"/><path d="${near}" fill="${win}" opacity="${sky.night ? '.8' : '.35'}"/>`;
  o += `<rect y="598" width="1200" height="40" fill="${darken(s.land, 0.45)}"/>`;
  if (!sky.night) o += birds(r, r.int(2, 4), darken(s.land, 0.3));
  return o;
};

const BRICK = (d: Doc, col: string): string =>
  d.pattern(
    28,
    16,
    `<rect width="28" height="16" fill="${col}"/><path d="M0 .5H28M0 8.5H28M.5 0V8M14.5 8V16" stroke="${darken(col, 0.3)}" stroke-width="1.5"/>`,
  );

const ruinsTheme: Theme = (s) => {
  const { d, r } = s;
  const sky = r.chance(0.5) ? s.sky : { top: '#F2B27A', bottom: '#FBE9CC', sun: '#FFF6E0', night: false };
  const s2: Scene = { ...s, sky };
  let o = skyBg(s2) + sunDisc(s2, r.range(150, 1050), r.range(100, 200), r.range(36, 56));
  const sand = r.pick(['#D9B27C', '#CFA46E', '#E0BC8A']);
  o += `<path d="${hillPath(hillPts(r, 430, 50, 5))}" fill="${mix(sand, sky.bottom, 0.4)}"/>`;
  o += `<path d="${hillPath(hillPts(r, 470, 30, 4))}" fill="${sand}"/>`;
  const brick = r.pick(['#B5653F', '#A85A3A', '#C07850']);
  const bp = BRICK(d, brick);
  const cx = r.range(420, 780);
  const tiers: [number, number, number][] = [
    [360, 470, 40],
    [280, 430, 40],
    [200, 390, 40],
  ];
  for (const [w, y, h] of tiers) {
    o += `<rect x="${f(cx - w / 2)}" y="${y - h}" width="${w}" height="${h}" fill="${bp}"/><rect x="${f(cx - w / 2)}" y="${y - h}" width="${w}" height="6" fill="${darken(brick, 0.25)}"/>`;
  }
  o += `<path d="M${f(cx - 85)} 350A85 90 0 0 1 ${f(cx + 85)} 350Z" fill="${bp}"/><path d="M${f(cx - 85)} 350A85 90 0 0 1 ${f(cx + 85)} 350Z" fill="${d.rad(
    [
      [0, '#fff', 0.2],
      [1, '#000', 0.25],
    ],
    0.35,
    0.3,
    0.8,
  )}"/>`;
  // low walls of the lower town
  let walls = '';
  for (let i = 0; i < 7; i++) {
    const x = r.range(20, 1100);
    const y = r.range(500, 590);
    const w = r.range(80, 220);
    const h = r.range(18, 44);
    walls += `<rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="${f(h)}" fill="${bp}"/><rect x="${f(x)}" y="${f(y - h)}" width="${f(w)}" height="5" fill="${darken(brick, 0.25)}"/>`;
  }
  o += `<rect y="490" width="1200" height="150" fill="${darken(sand, 0.06)}"/>${walls}`;
  o += `<ellipse cx="${f(r.range(200, 1000))}" cy="610" rx="46" ry="14" fill="${bp}"/>`;
  return o;
};

const onion = (cx: number, y: number, w: number, h: number): string =>
  `M${f(cx - w / 2)} ${f(y)}C${f(cx - w * 0.78)} ${f(y - h * 0.45)} ${f(cx - w * 0.18)} ${f(y - h * 0.72)} ${f(cx)} ${f(y - h)}C${f(cx + w * 0.18)} ${f(y - h * 0.72)} ${f(cx + w * 0.78)} ${f(y - h * 0.45)} ${f(cx + w / 2)} ${f(y)}Z`;

const archGap = (x: number, yb: number, w: number, h: number): string =>
  `M${f(x)} ${f(yb)}V${f(yb - h + w * 0.6)}Q${f(x)} ${f(yb - h + w * 0.1)} ${f(x + w / 2)} ${f(yb - h)}Q${f(x + w)} ${f(yb - h + w * 0.1)} ${f(x + w)} ${f(yb - h + w * 0.6)}V${f(yb)}Z`;

const architectureTheme: Theme = (s) => {
  const { r } = s;
  const sil = r.chance(0.35);
  const stone = sil ? darken(s.land, 0.4) : r.pick(['#B5523B', '#C98B5A', '#D9C7A7', '#A8553A']);
  const marble = sil ? stone : '#F3EDE2';
  const shade = sil ? lighten(stone, 0.12) : darken(stone, 0.35);
  const cx = r.range(540, 660);
  let o = skyBg(s) + sunDisc(s, cx + r.sign() * r.range(150, 450), r.range(110, 220), r.range(34, 54));
  o += `<path d="${hillPath(hillPts(r, 480, 40, 5))}" fill="${layers(s, 0.55)}"/>`;
  // minarets
  const minaret = (x: number, top: number, w: number): string =>
    `<rect x="${f(x - w / 2)}" y="${f(top)}" width="${f(w)}" height="${f(540 - top)}" fill="${stone}"/>` +
    [0.25, 0.5, 0.75]
      .map((k) => `<rect x="${f(x - w / 2 - 8)}" y="${f(top + (540 - top) * k - 12)}" width="${f(w + 16)}" height="10" fill="${shade}"/>`)
      .join('') +
    `<rect x="${f(x - w / 2 - 4)}" y="${f(top - 34)}" width="${f(w + 8)}" height="34" fill="${shade}"/>` +
    `<rect x="${f(x - w / 2 - 8)}" y="${f(top - 40)}" width="${f(w + 16)}" height="8" fill="${stone}"/>` +
    `<path d="${onion(x, top - 40, w + 14, 44)}" fill="${marble}"/><path d="M${f(x)} ${f(top - 84)}v-18" stroke="${GOLD}" stroke-width="4"/>`;
  const mTop = r.range(150, 200);
  o += minaret(cx - 400, mTop, 34) + minaret(cx + 400, mTop, 34);
  // hall
  o += `<rect x="${f(cx - 310)}" y="360" width="620" height="180" fill="${stone}"/>`;
  o += `<path d="${onion(cx - 190, 362, 120, 110)}${onion(cx + 190, 362, 120, 110)}" fill="${marble}"/>`;
  o += `<rect x="${f(cx - 110)}" y="290" width="220" height="40" fill="${stone}"/><path d="${onion(cx, 300, 230, 190)}" fill="${marble}"/>`;
  o += `<path d="M${f(cx - 190)} 252v-20M${f(cx + 190)} 252v-20M${f(cx)} 110v-30" stroke="${GOLD}" stroke-width="5"/>`;
  o += `<rect x="${f(cx - 90)}" y="300" width="180" height="240" fill="${lighten(stone, sil ? 0 : 0.08)}"/>`;
  o += `<path d="${archGap(cx - 58, 540, 116, 200)}" fill="${shade}"/>`;
  let arches = '';
  for (const k of [-2, -1, 1, 2]) {
    const x = cx + k * 110 + (k < 0 ? -30 : -50);
    arches += archGap(x, 520, 80, 120);
  }
  o += `<path d="${arches}" fill="${shade}"/>`;
  o += `<rect x="${f(cx - 330)}" y="352" width="660" height="10" fill="${shade}"/><rect x="${f(cx - 460)}" y="540" width="920" height="24" fill="${darken(stone, 0.15)}"/>`;
  o += `<rect y="564" width="1200" height="80" fill="${sil ? darken(s.land, 0.5) : mix('#6E9F4E', s.land, 0.3)}"/>`;
  let cyp = '';
  for (let x = 60; x < 1200; x += r.range(90, 140)) if (Math.abs(x - cx) > 480) cyp += `<ellipse cx="${f(x)}" cy="520" rx="16" ry="52"/>`;
  o += `<g fill="${darken(s.land, 0.35)}">${cyp}</g>`;
  return o;
};

const VIVID = ['#D62828', '#F7B801', '#2A9D8F', '#1D4E89', '#F18701', '#E5989B', '#6A4C93', '#3A7D44'];

function rosette(cx: number, cy: number, rr: number, petal: string, core: string, n = 8): string {
  let p = '';
  for (let i = 0; i < n; i++)
    p += `<ellipse cx="${f(cx)}" cy="${f(cy - rr * 0.55)}" rx="${f(rr * 0.26)}" ry="${f(rr * 0.5)}" transform="rotate(${f((360 / n) * i)} ${f(cx)} ${f(cy)})"/>`;
  return `<g fill="${petal}">${p}</g><circle cx="${f(cx)}" cy="${f(cy)}" r="${f(rr * 0.3)}" fill="${core}"/>`;
}

const truckTheme: Theme = (s) => {
  const { d, r } = s;
  let o = skyBg(s) + sunDisc(s, r.range(100, 400), r.range(90, 170), r.range(30, 44));
  o += `<path d="${hillPath(hillPts(r, 470, 70, 5))}" fill="${layers(s, 0.5)}"/>`;
  o += `<rect y="520" width="1200" height="120" fill="#5A5B60"/><path d="M0 590H1200" stroke="#F2C14E" stroke-width="6" stroke-dasharray="60 40"/>`;
  const off = r.int(0, VIVID.length - 1);
  const c = VIVID.map((_, i) => at(VIVID, (i + off) % VIVID.length));
  const pick = (): string => r.pick(VIVID);
  const body = pick();
  const trim = r.pick(['#F7B801', '#F4F1EA', '#D62828']);
  const sc = r.range(0.92, 1.02);
  let t = '';
  // chassis & wheels
  t += `<rect x="215" y="462" width="770" height="34" fill="#2B2B2B"/>`;
  // cargo body
  t += `<rect x="210" y="200" width="560" height="270" rx="6" fill="${body}"/>`;
  let scal = '';
  for (let x = 210; x < 770; x += 28) scal += `M${x} 236a14 14 0 0 0 28 0`;
  t += `<rect x="210" y="200" width="560" height="36" fill="${trim}"/><path d="${scal}" fill="${trim}"/>`;
  const pw = (560 - 40) / 3;
  for (let i = 0; i < 3; i++) {
    const x = 220 + i * (pw + 10);
    const pc = at(c, i + 1);
    t += `<rect x="${f(x)}" y="262" width="${f(pw)}" height="168" rx="10" fill="${pc}" stroke="${trim}" stroke-width="5"/>`;
    const motif = r.int(0, 2);
    const mx = x + pw / 2;
    if (motif === 0) t += rosette(mx, 346, 60, pick(), trim, r.pick([6, 8, 10]));
    else if (motif === 1)
      t += `<polygon points="${pts(star8(mx, 346, 62))}" fill="${pick()}"/><polygon points="${pts(star8(mx, 346, 36, -67.5))}" fill="${trim}"/><circle cx="${f(mx)}" cy="346" r="12" fill="${pc}"/>`;
    else
      t += `<circle cx="${f(mx - 34)}" cy="${f(346 - 34)}" r="22" fill="${trim}"/><path d="M${f(x + 12)} 420L${f(mx - 20)} 330L${f(mx + 10)} 372L${f(mx + 40)} 320L${f(x + pw - 12)} 420Z" fill="${pick()}"/>`;
  }
  const chev = d.pattern(24, 24, `<rect width="24" height="24" fill="${at(c, 4)}"/><path d="M0 18L12 6L24 18" fill="none" stroke="${trim}" stroke-width="5"/>`);
  t += `<rect x="210" y="436" width="560" height="30" fill="${chev}"/>`;
  // cab and crown
  const cab = at(c, 5);
  t += `<path d="M775 470V300Q775 290 785 290H905L970 384V470Z" fill="${cab}"/>`;
  t += `<path d="M795 306H898L948 376H795Z" fill="#BFE3F2"/><path d="M810 312L850 312L815 360Z" fill="#fff" opacity=".5"/>`;
  t += `<path d="M775 292V200C775 150 815 118 850 100C885 118 925 150 925 200V292Z" fill="${trim}"/>`;
  t += `<path d="M792 292V206C792 166 822 140 850 126C878 140 908 166 908 206V292Z" fill="${at(c, 6)}"/>`;
  t += `<circle cx="850" cy="205" r="34" fill="${d.rad(
    [
      [0, '#FFFFFF'],
      [1, '#9AA3AB'],
    ],
    0.4,
    0.35,
  )}" stroke="${trim}" stroke-width="6"/>`;
  let dots = '';
  for (let a = 0; a < 360; a += 30) dots += `<circle cx="${f(850 + Math.cos(rad(a)) * 52)}" cy="${f(205 + Math.sin(rad(a)) * 52)}" r="5"/>`;
  t += `<g fill="${pick()}">${dots}</g>`;
  t += `<rect x="800" y="392" width="60" height="8" rx="4" fill="${trim}"/><rect x="950" y="430" width="44" height="40" rx="6" fill="#C9CFD5"/><circle cx="960" cy="410" r="12" fill="#FFF3C4" stroke="#C9CFD5" stroke-width="4"/>`;
  // chains and bells
  let chain = '';
  for (let x = 230; x < 960; x += 24) chain += `M${x} 496v22m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0`;
  t += `<path d="${chain}" fill="${GOLD}" stroke="${GOLD}" stroke-width="2"/>`;
  // mudflap
  t += `<rect x="540" y="470" width="34" height="60" rx="4" fill="${pick()}"/><circle cx="557" cy="500" r="9" fill="${trim}"/>`;
  for (const wx of [340, 452, 880]) {
    t +=
      `<circle cx="${wx}" cy="520" r="52" fill="#1E1E1E"/><circle cx="${wx}" cy="520" r="30" fill="${trim}"/>` +
      `<polygon points="${pts(star8(wx, 520, 22))}" fill="${at(c, 2)}"/><circle cx="${wx}" cy="520" r="7" fill="#1E1E1E"/>`;
  }
  o += `<ellipse cx="600" cy="575" rx="420" ry="16" fill="#000" opacity=".25"/>`;
  o += `<g transform="translate(600 0) scale(${f2(sc)}) translate(-600 ${f(((1 - sc) * 560) / sc)})">${t}</g>`;
  return o;
};

const festivalTheme: Theme = (s) => {
  const { r } = s;
  let o = skyBg(s) + sunDisc(s, r.range(100, 1100), r.range(80, 200), r.range(30, 46));
  const n = r.int(5, 8);
  let strings = '';
  let kites = '';
  for (let i = 0; i < n; i++) {
    const x = 80 + (1040 / n) * (i + 0.5) + r.range(-40, 40);
    const y = r.range(90, 330);
    const k = r.range(34, 62);
    const rot = r.range(-22, 22);
    const c1 = r.pick(VIVID);
    const c2 = r.pick(VIVID.filter((c) => c !== c1));
    kites +=
      `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(rot)})">` +
      `<path d="M0 ${f(-k)}L${f(k * 0.78)} ${f(-k * 0.1)}H${f(-k * 0.78)}Z" fill="${c1}"/>` +
      `<path d="M${f(-k * 0.78)} ${f(-k * 0.1)}H${f(k * 0.78)}L0 ${f(k * 1.1)}Z" fill="${c2}"/>` +
      `<path d="M0 ${f(-k)}V${f(k * 1.1)}M${f(-k * 0.78)} ${f(-k * 0.1)}Q0 ${f(-k * 0.5)} ${f(k * 0.78)} ${f(-k * 0.1)}" fill="none" stroke="#fff" stroke-width="2" opacity=".7"/>` +
      `<path d="M0 ${f(k * 1.1)}l-10 14h20Z" fill="${c1}"/></g>`;
    strings += `M${f(x)} ${f(y + k)}Q${f(x + r.range(-60, 60))} ${f(y + 200)} ${f(r.range(100, 1100))} 640`;
  }
  o += `<path d="${strings}" fill="none" stroke="${s.sky.night ? '#fff' : '#333'}" stroke-width="1.5" opacity=".35"/>${kites}`;
  // rooftops of the old city
  let roofs = '';
  for (let x = -10; x < 1210; ) {
    const w = r.range(70, 150);
    const h = r.range(70, 150);
    roofs += `M${f(x)} 640V${f(640 - h)}h${f(w * 0.12)}v-10h${f(w * 0.12)}v10h${f(w * 0.52)}v-10h${f(w * 0.12)}v10h${f(w * 0.12)}V640Z`;
    if (r.chance(0.25)) roofs += `M${f(x + w * 0.3)} ${f(640 - h)}a${f(w * 0.2)} ${f(w * 0.2)} 0 0 1 ${f(w * 0.4)} 0Z`;
    x += w;
  }
  o += `<path d="${roofs}" fill="${darken(s.land, 0.3)}"/>`;
  // bunting
  const sag = r.range(50, 90);
  const y0 = r.range(20, 40);
  let bunt = '';
  const by = (x: number): number => y0 + sag * 4 * (x / 1200) * (1 - x / 1200);
  for (let x = 10; x < 1190; x += 48) {
    const yA = by(x);
    const yB = by(x + 36);
    bunt += `<path d="M${f(x)} ${f(yA)}L${f(x + 36)} ${f(yB)}L${f(x + 18)} ${f((yA + yB) / 2 + 40)}Z" fill="${r.pick(VIVID)}"/>`;
  }
  o += `<path d="M0 ${f(y0)}Q600 ${f(y0 + sag * 2)} 1200 ${f(y0)}" fill="none" stroke="#5A4632" stroke-width="2"/>${bunt}`;
  return o;
};

const languageTheme: Theme = (s) => {
  const { d, r } = s;
  const bg = r.pick([
    ['#F6EFE3', '#EAD8BC'],
    ['#E9F0EC', '#C9DCCF'],
    ['#F4E9EE', '#E0C6D2'],
    ['#EEF2F7', '#CFDAE6'],
  ] as const);
  let o = `<rect width="1200" height="630" fill="${d.lin([
    [0, bg[0]],
    [1, bg[1]],
  ])}"/>`;
  const pat = bgPattern(d, 'star', darken(bg[1], 0.25));
  o += `<rect width="1200" height="630" fill="${pat}" opacity=".25"/>`;
  // open book
  const page = '#FFFDF7';
  o +=
    `<ellipse cx="600" cy="590" rx="330" ry="22" fill="#000" opacity=".12"/>` +
    `<path d="M600 580C520 548 380 548 270 575V420C380 392 520 392 600 426Z" fill="${page}" stroke="${darken(bg[1], 0.3)}" stroke-width="3"/>` +
    `<path d="M600 580C680 548 820 548 930 575V420C820 392 680 392 600 426Z" fill="${page}" stroke="${darken(bg[1], 0.3)}" stroke-width="3"/>`;
  let lines = '';
  for (let i = 0; i < 5; i++) {
    const y = 445 + i * 24;
    lines += `M300 ${y}q140-22 280 6M620 ${y + 6}q140-28 280-6`;
  }
  o += `<path d="${lines}" fill="none" stroke="${darken(bg[1], 0.35)}" stroke-width="3" stroke-linecap="round" opacity=".5"/>`;
  const bubble = (x: number, y: number, w: number, h: number, col: string, tailDir: number, content: string): string => {
    const [l, t, rr, b, k] = [-w / 2, -h / 2, w / 2, h / 2, 26];
    const tx = tailDir > 0 ? -70 : 36;
    const outline =
      `M${f(l + k)} ${f(t)}H${f(rr - k)}Q${f(rr)} ${f(t)} ${f(rr)} ${f(t + k)}V${f(b - k)}Q${f(rr)} ${f(b)} ${f(rr - k)} ${f(b)}` +
      `H${f(tx + 34)}L${f(tx + 17 + tailDir * 26)} ${f(b + 42)}L${f(tx)} ${f(b)}H${f(l + k)}Q${f(l)} ${f(b)} ${f(l)} ${f(b - k)}V${f(t + k)}Q${f(l)} ${f(t)} ${f(l + k)} ${f(t)}Z`;
    return `<g transform="translate(${f(x)} ${f(y)})"><path d="${outline}" fill="#fff" stroke="${col}" stroke-width="4" stroke-linejoin="round"/>${content}</g>`;
  };
  const inks = r.pick([
    [PK_GREEN, '#B23A48', '#1F3A5F'],
    ['#1F3A5F', PK_GREEN, '#A0522D'],
    ['#B23A48', '#1F3A5F', PK_GREEN],
  ] as const);
  // latin-like cursive loops
  let latin = '';
  for (let row = 0; row < 2; row++) {
    latin += `M-108 ${-14 + row * 34}`;
    for (let i = 0; i < 18; i++) latin += r.chance(0.3) ? 'm8 0' : `q6-${f(r.range(10, 22))} 12 0`;
  }
  // hanzi-like blocks
  let hanzi = '';
  for (let i = 0; i < 3; i++) {
    const bx = -64 + i * 64;
    for (let k = 0; k < 4; k++) {
      const kind = r.int(0, 3);
      const px = bx + r.range(-14, 14);
      const py = r.range(-22, 18);
      hanzi +=
        kind === 0 ? `M${f(bx - 22)} ${f(py)}h44` : kind === 1 ? `M${f(px)} -28v56` : kind === 2 ? `M${f(px)} ${f(py)}l-18 24` : `M${f(px)} ${f(py)}l18 22`;
    }
  }
  // nastaliq-like cascading strokes with dots
  let nast = '';
  let ndots = '';
  for (let i = 0; i < 4; i++) {
    const x = 90 - i * 58;
    nast += `M${f(x)} -26q-20 4-26 22q-4 20 22 22`;
    if (r.chance(0.7)) ndots += `M${f(x - 10)} ${f(r.chance(0.5) ? -34 : 30)}h.1`;
  }
  nast += 'M-110 10q110 30 220-6';
  const stroke = (p: string, col: string): string =>
    `<path d="${p}" fill="none" stroke="${col}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`;
  const order = r.chance(0.5) ? [0, 1, 2] : [2, 0, 1];
  const contents = [
    stroke(latin, inks[0]),
    stroke(hanzi, inks[1]),
    `${stroke(nast, inks[2])}<path d="${ndots}" stroke="${inks[2]}" stroke-width="11" stroke-linecap="round"/>`,
  ];
  const pos: [number, number, number][] = [
    [250, 205, 1],
    [600, 150, -1],
    [950, 215, -1],
  ];
  pos.forEach(([x, y, dir], i) => {
    const ci = at(order, i);
    o += bubble(x + r.range(-12, 12), y + r.range(-12, 12), 310, 150, at(inks, ci), dir, `<g transform="scale(1.15)">${at(contents, ci)}</g>`);
  });
  return o;
};

const sportTheme: Theme = (s) => {
  const { d, r, sky } = s;
  let o = skyBg(s);
  // stands with crowd
  const crowd = d.pattern(
    16,
    14,
    `<rect width="16" height="14" fill="${darken(s.land, 0.35)}"/><circle cx="4" cy="5" r="3.2" fill="${r.pick(VIVID)}"/><circle cx="12" cy="11" r="3.2" fill="${r.pick(VIVID)}"/><circle cx="12" cy="3" r="2.6" fill="#F4F1EA" opacity=".7"/>`,
  );
  o += `<path d="M0 300V190Q600 150 1200 190V300Z" fill="${crowd}"/><path d="M0 190Q600 150 1200 190" fill="none" stroke="${darken(s.land, 0.5)}" stroke-width="10"/>`;
  for (const x of [90, 1110]) {
    o +=
      `<rect x="${x - 5}" y="60" width="10" height="240" fill="#8A9099"/><rect x="${x - 40}" y="40" width="80" height="40" rx="4" fill="#5A6068"/>` +
      `<rect x="${x - 34}" y="46" width="68" height="28" fill="${d.pattern(12, 10, `<circle cx="6" cy="5" r="3.5" fill="#FFF8DC"/>`)}"/>`;
    if (sky.night)
      o += `<circle cx="${x}" cy="60" r="140" fill="${d.rad([
        [0, '#FFF8DC', 0.5],
        [1, '#FFF8DC', 0],
      ])}"/>`;
  }
  // striped outfield
  const g1 = r.pick(['#4C8C3F', '#3F7F3A', '#5A9A48']);
  o += `<rect y="300" width="1200" height="340" fill="${g1}"/>`;
  let stripes = '';
  for (let i = 0; i < 10; i += 2) {
    const y0 = 300 + (i / 10) ** 1.5 * 340;
    const y1 = 300 + ((i + 1) / 10) ** 1.5 * 340;
    stripes += `M0 ${f(y0)}H1200V${f(y1)}H0Z`;
  }
  o += `<path d="${stripes}" fill="${lighten(g1, 0.12)}"/>`;
  o += `<path d="M565 320H635L735 640H465Z" fill="${d.lin([
    [0, '#D8C08E'],
    [1, '#C9AE78'],
  ])}"/><path d="M548 345H652M488 590H712" stroke="#fff" stroke-width="4"/>`;
  // stumps and bails: far and near
  const stumps = (x: number, y: number, sc: number): string => {
    let t = '';
    for (const k of [-1, 0, 1])
      t += `<rect x="${f(x + k * 22 * sc - 5 * sc)}" y="${f(y - 110 * sc)}" width="${f(10 * sc)}" height="${f(110 * sc)}" rx="${f(3 * sc)}" fill="#F4E9D0" stroke="#B59A6A" stroke-width="${f(2 * sc)}"/>`;
    return `${t}<rect x="${f(x - 28 * sc)}" y="${f(y - 116 * sc)}" width="${f(56 * sc)}" height="${f(6 * sc)}" rx="${f(3 * sc)}" fill="#E0C68E"/>`;
  };
  o += stumps(600, 340, 0.3) + stumps(600, 585, 1);
  // bat
  const bx = r.range(780, 900);
  o +=
    `<g transform="translate(${f(bx)} 560) rotate(${f(r.range(-75, -55))})">` +
    `<rect x="-24" y="-20" width="48" height="220" rx="12" fill="#000" opacity=".18" transform="translate(8 10)"/>` +
    `<rect x="-24" y="-20" width="48" height="220" rx="12" fill="#E8D2A0"/><path d="M0-10V190" stroke="#C9AE78" stroke-width="6"/>` +
    `<rect x="-8" y="-110" width="16" height="96" rx="6" fill="${r.pick(['#1F3A5F', PK_GREEN, '#B23A48'])}"/></g>`;
  // ball in flight
  const ballX = r.range(300, 480);
  const ballY = r.range(360, 460);
  o +=
    `<path d="M${f(ballX - 110)} ${f(ballY - 30)}L${f(ballX - 30)} ${f(ballY - 8)}M${f(ballX - 100)} ${f(ballY + 4)}L${f(ballX - 30)} ${f(ballY + 8)}" stroke="#fff" stroke-width="4" stroke-linecap="round" opacity=".6"/>` +
    `<circle cx="${f(ballX)}" cy="${f(ballY)}" r="22" fill="#B22222"/><path d="M${f(ballX - 14)} ${f(ballY - 17)}Q${f(ballX + 6)} ${f(ballY)} ${f(ballX - 14)} ${f(ballY + 17)}" fill="none" stroke="#F4E9D0" stroke-width="2.5" stroke-dasharray="3 3"/>`;
  if (r.chance(0.5)) {
    // a field-hockey stick as well
    o += `<path d="M160 420L250 600Q262 622 240 628L210 630" fill="none" stroke="${r.pick(['#1F3A5F', '#8A4B16', PK_GREEN])}" stroke-width="14" stroke-linecap="round"/><circle cx="290" cy="618" r="10" fill="#fff"/>`;
  }
  return o;
};

const gandharaTheme: Theme = (s) => {
  const { d, r } = s;
  let o = skyBg(s) + sunDisc(s, r.range(150, 1050), r.range(90, 180), r.range(32, 48));
  const far = mountainPts(r, 440, r.range(180, 250), r.int(3, 5));
  o += `<path d="${closeBottom(far)}" fill="${layers(s, 0.55)}"/>`;
  o += `<path d="${hillPath(hillPts(r, 520, 50, 5))}" fill="${layers(s, 0.3)}"/>`;
  o += `<rect y="540" width="1200" height="100" fill="${darken(layers(s, 0.2), 0.1)}"/>`;
  const stone = r.pick(['#C9B28A', '#BFA57C', '#D1BC96']);
  const dark = darken(stone, 0.3);
  const cx = r.range(480, 720);
  let st = '';
  st += `<rect x="${f(cx - 260)}" y="470" width="520" height="72" fill="${stone}"/><rect x="${f(cx - 270)}" y="462" width="540" height="12" fill="${dark}"/>`;
  let niches = '';
  for (let x = cx - 248; x < cx + 230; x += 40) niches += `M${f(x)} 476V536M${f(x + 8)} 532V508a12 12 0 0 1 24 0V532Z`;
  st += `<path d="${niches}" fill="${darken(stone, 0.18)}" stroke="${dark}" stroke-width="2"/>`;
  st += `<path d="M${f(cx - 56)} 542L${f(cx - 40)} 462H${f(cx + 40)}L${f(cx + 56)} 542Z" fill="${lighten(stone, 0.1)}"/>`;
  let steps = '';
  for (let y = 472; y < 542; y += 10) steps += `M${f(cx - 40 - ((y - 462) / 80) * 16)} ${y}H${f(cx + 40 + ((y - 462) / 80) * 16)}`;
  st += `<path d="${steps}" stroke="${dark}" stroke-width="2"/>`;
  st += `<rect x="${f(cx - 180)}" y="395" width="360" height="70" fill="${stone}"/><rect x="${f(cx - 192)}" y="388" width="384" height="10" fill="${dark}"/>`;
  let small = '';
  for (let x = cx - 170; x < cx + 160; x += 34) small += `M${f(x + 6)} 455V425a11 11 0 0 1 22 0V455Z`;
  st += `<path d="${small}" fill="${darken(stone, 0.2)}"/>`;
  const domePaint = d.rad(
    [
      [0, lighten(stone, 0.25)],
      [1, darken(stone, 0.2)],
    ],
    0.35,
    0.3,
    0.8,
  );
  st += `<path d="M${f(cx - 168)} 390A168 168 0 0 1 ${f(cx + 168)} 390Z" fill="${domePaint}"/>`;
  st += `<rect x="${f(cx - 38)}" y="208" width="76" height="20" fill="${stone}"/><rect x="${f(cx - 30)}" y="196" width="60" height="14" fill="${dark}"/>`;
  st += `<path d="M${f(cx)} 196V96" stroke="${dark}" stroke-width="6"/>`;
  for (const [y, w] of [
    [184, 64],
    [160, 52],
    [138, 40],
    [118, 28],
    [102, 18],
  ] as const) {
    st += `<ellipse cx="${f(cx)}" cy="${y}" rx="${w}" ry="7" fill="${stone}" stroke="${dark}" stroke-width="2"/>`;
  }
  o += st;
  let cyp = '';
  for (let i = 0; i < r.int(3, 6); i++) {
    const side = i % 2 === 0 ? -1 : 1;
    const x = cx + side * r.range(300, 520);
    cyp += `<ellipse cx="${f(x)}" cy="${f(r.range(480, 510))}" rx="${f(r.range(14, 20))}" ry="${f(r.range(50, 70))}"/>`;
  }
  o += `<g fill="${darken(s.land, 0.3)}">${cyp}</g>`;
  return o;
};

/** Warm wall + table backdrop used by the food themes. */
function tableScene(s: Scene, tableY: number): string {
  const { d, r } = s;
  const wall = r.pick([
    ['#F6E7CF', '#E9CFA6'],
    ['#F2E3D5', '#DDBFA6'],
    ['#E8EFE6', '#C9D8C4'],
    ['#F5E2C8', '#E4B98A'],
    ['#1F3557', '#2D4A75'],
  ] as const);
  const wood = r.pick(['#8A5A34', '#A8774A', '#6B4226', '#7A1F2B', PK_GREEN]);
  let o = `<rect width="1200" height="630" fill="${d.lin([
    [0, wall[0]],
    [1, wall[1]],
  ])}"/>`;
  const pk = r.pick<PatternKind>(['star', 'girih', 'lattice', 'dots', 'circles']);
  o += `<rect width="1200" height="${tableY}" fill="${bgPattern(d, pk, luma(wall[0]) > 0.5 ? darken(wall[1], 0.35) : lighten(wall[1], 0.4))}" opacity=".22"/>`;
  o += `<rect y="${tableY}" width="1200" height="${640 - tableY}" fill="${d.lin([
    [0, lighten(wood, 0.1)],
    [1, darken(wood, 0.2)],
  ])}"/><rect y="${tableY}" width="1200" height="6" fill="${darken(wood, 0.3)}"/>`;
  return o;
}

function steam(r: Rng, x: number, y: number, n: number): string {
  let p = '';
  for (let i = 0; i < n; i++) {
    const sx = x + (i - (n - 1) / 2) * 40 + r.range(-6, 6);
    const h = r.range(60, 90);
    p += `M${f(sx)} ${f(y)}c-18 ${f(-h * 0.35)} 18 ${f(-h * 0.6)} 0 ${f(-h)}s18 ${f(-h * 0.6)} 0 ${f(-h)}`;
  }
  return `<path d="${p}" fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" opacity=".55"/>`;
}

const biryaniTheme: Theme = (s) => {
  const { d, r } = s;
  let o = tableScene(s, 430);
  const w = 290;
  const depth = 170;
  const heap = r.range(140, 170);
  const bowl = r.pick(['#B87333', '#C9A045', '#F2EEE6', '#1F4E9A', '#7A2E2E']);
  const band = luma(bowl) > 0.6 ? r.pick([PK_GREEN, '#1F4E9A']) : '#E8C77A';
  let b = heapedBowl(d, { w, depth, heap, bowl, band, heapFill: '#F0D9A8', heapTop: '#FFF7E4' });
  const mw = w - 22;
  const place = (): P => {
    const x = r.range(-mw * 0.9, mw * 0.9);
    const top = -heap * Math.max(0, 1 - (x / (w - 10)) ** 2) ** 0.7;
    return [x, r.range(top + 10, -6)];
  };
  b += grains(r, 70, place, [12, 16], '#FFFBF0', '#E6D6B0', 5);
  b += grains(r, 40, place, [12, 16], '#F4A732', '#D9822B', 5);
  b += grains(r, 14, place, [12, 16], '#E5562A', '#B8441F', 5);
  // chicken pieces, egg, mint and fried onion on top
  let pieces = '';
  const meat = d.rad(
    [
      [0, '#C7753A'],
      [1, '#7A3A14'],
    ],
    0.4,
    0.35,
    0.7,
  );
  for (let i = 0; i < r.int(3, 4); i++) {
    const [x, y] = place();
    pieces += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(r.range(26, 36))}" ry="${f(r.range(16, 22))}" transform="rotate(${f(r.range(-30, 30))} ${f(x)} ${f(y)})" fill="${meat}"/>`;
  }
  if (r.chance(0.7)) {
    const [x, y] = place();
    pieces += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="24" ry="17" fill="#FFFDF5" stroke="#E6DCC6" stroke-width="2"/><circle cx="${f(x)}" cy="${f(y)}" r="10" fill="#F4B400"/>`;
  }
  let mint = '';
  for (let i = 0; i < 7; i++) {
    const [x, y] = place();
    mint += `<ellipse cx="${f(x)}" cy="${f(y)}" rx="5" ry="10" transform="rotate(${f(r.range(0, 180))} ${f(x)} ${f(y)})"/>`;
  }
  let onions = '';
  for (let i = 0; i < 10; i++) {
    const [x, y] = place();
    onions += `M${f(x)} ${f(y)}q6-8 12 0`;
  }
  b += `${pieces}<g fill="#3E8E3E">${mint}</g><path d="${onions}" fill="none" stroke="#8A4B16" stroke-width="4" stroke-linecap="round"/>`;
  o += `<ellipse cx="600" cy="${f(330 + depth + 22)}" rx="${w * 1.1}" ry="26" fill="#000" opacity=".22"/>`;
  o += `<g transform="translate(600 330)">${b}</g>`;
  o += steam(r, 600, 330 - heap - 10, 3);
  // lemon wedges and chilli on the side
  const lx = r.chance(0.5) ? 190 : 1010;
  o +=
    `<g transform="translate(${lx} 560)"><ellipse rx="110" ry="28" fill="#F4F1EA"/><path d="M-70-6A34 34 0 0 1-2-6Z" fill="#F4D03F" stroke="#E1B12C" stroke-width="4"/>` +
    `<path d="M6 0A34 34 0 0 1 74 0Z" fill="#F4D03F" stroke="#E1B12C" stroke-width="4"/><path d="M-60 10Q0 -6 70 12" fill="none" stroke="#2E8B57" stroke-width="9" stroke-linecap="round"/></g>`;
  return o;
};

const teaTheme: Theme = (s) => {
  const { d, r } = s;
  let o = tableScene(s, 470);
  const potCol = r.pick(['#C9A045', '#B87333', '#2A63B0', '#2E6B4F', '#F2EEE6']);
  const pot = d.rad(
    [
      [0, lighten(potCol, 0.35)],
      [1, darken(potCol, 0.25)],
    ],
    0.35,
    0.3,
    0.8,
  );
  const px = r.range(360, 440);
  const accent = luma(potCol) > 0.6 ? '#1F4E9A' : '#F3D58A';
  o +=
    `<ellipse cx="${f(px)}" cy="484" rx="150" ry="16" fill="#000" opacity=".2"/>` +
    `<path d="M${f(px + 100)} 400C${f(px + 150)} 390 ${f(px + 170)} 330 ${f(px + 200)} 290" fill="none" stroke="${darken(potCol, 0.1)}" stroke-width="22" stroke-linecap="round"/>` +
    `<path d="M${f(px - 110)} 330C${f(px - 190)} 320 ${f(px - 190)} 430 ${f(px - 110)} 420" fill="none" stroke="${darken(potCol, 0.15)}" stroke-width="16"/>` +
    `<ellipse cx="${f(px)}" cy="380" rx="125" ry="100" fill="${pot}"/>` +
    `<path d="M${f(px - 118)} 400Q${f(px)} 440 ${f(px + 118)} 400" fill="none" stroke="${accent}" stroke-width="8"/>` +
    `<path d="M${f(px - 118)} 400Q${f(px)} 440 ${f(px + 118)} 400" fill="none" stroke="${lighten(accent, 0.5)}" stroke-width="4" stroke-dasharray="1 12" stroke-linecap="round"/>` +
    `<ellipse cx="${f(px)}" cy="290" rx="62" ry="16" fill="${darken(potCol, 0.15)}"/><path d="M${f(px - 56)} 290A56 34 0 0 1 ${f(px + 56)} 290Z" fill="${pot}"/>` +
    `<circle cx="${f(px)}" cy="252" r="12" fill="${darken(potCol, 0.2)}"/>` +
    `<rect x="${f(px - 110)}" y="470" width="220" height="14" rx="7" fill="${darken(potCol, 0.3)}"/>`;
  // cup of chai
  const cx = r.range(780, 860);
  const chai = r.pick(['#C68A4E', '#B9773E', '#D19A5E']);
  if (r.chance(0.5)) {
    // glass of karak chai
    o +=
      `<ellipse cx="${f(cx)}" cy="482" rx="70" ry="12" fill="#000" opacity=".2"/>` +
      `<path d="M${f(cx - 60)} 320L${f(cx - 46)} 478H${f(cx + 46)}L${f(cx + 60)} 320Z" fill="#fff" opacity=".35" stroke="#fff" stroke-width="3"/>` +
      `<path d="M${f(cx - 56)} 346L${f(cx - 44)} 474H${f(cx + 44)}L${f(cx + 56)} 346Z" fill="${chai}"/>` +
      `<ellipse cx="${f(cx)}" cy="346" rx="56" ry="8" fill="${lighten(chai, 0.25)}"/>` +
      `<path d="M${f(cx - 40)} 360L${f(cx - 32)} 460" stroke="#fff" stroke-width="6" stroke-linecap="round" opacity=".45"/>`;
  } else {
    const cup = r.pick(['#F4F1EA', '#2A63B0', '#B5562F', PK_GREEN]);
    o +=
      `<ellipse cx="${f(cx)}" cy="470" rx="120" ry="22" fill="${darken(cup, 0.12)}"/><ellipse cx="${f(cx)}" cy="466" rx="100" ry="16" fill="${cup}"/>` +
      `<path d="M${f(cx + 70)} 380C${f(cx + 130)} 370 ${f(cx + 130)} 440 ${f(cx + 56)} 440" fill="none" stroke="${darken(cup, 0.1)}" stroke-width="14"/>` +
      `<path d="M${f(cx - 80)} 360C${f(cx - 80)} 430 ${f(cx - 50)} 462 ${f(cx)} 462C${f(cx + 50)} 462 ${f(cx + 80)} 430 ${f(cx + 80)} 360Z" fill="${d.lin(
        [
          [0, darken(cup, 0.1)],
          [0.4, lighten(cup, 0.2)],
          [1, darken(cup, 0.25)],
        ],
        0,
        0,
        1,
        0,
      )}"/>` +
      `<ellipse cx="${f(cx)}" cy="360" rx="80" ry="14" fill="${darken(cup, 0.2)}"/><ellipse cx="${f(cx)}" cy="362" rx="72" ry="11" fill="${chai}"/>`;
  }
  o += steam(r, cx, 330, 2);
  // rusks and cardamom
  let rusk = '';
  for (let i = 0; i < r.int(2, 3); i++) {
    const x = r.range(520, 640) + i * 40;
    rusk += `<rect x="${f(x)}" y="${f(520 + i * 18)}" width="90" height="34" rx="8" fill="#D9A35B" stroke="#B07A3A" stroke-width="3" transform="rotate(${f(r.range(-12, 12))} ${f(x + 45)} ${f(537 + i * 18)})"/>`;
  }
  let card = '';
  for (let i = 0; i < 8; i++) card += `<ellipse cx="${f(r.range(120, 1100))}" cy="${f(r.range(540, 610))}" rx="9" ry="5"/>`;
  return `${o + rusk}<g fill="#7BA05B">${card}</g>`;
};

const sweetsTheme: Theme = (s) => {
  const { d, r } = s;
  let o = tableScene(s, 380);
  const brass = d.lin(
    [
      [0, '#F3D58A'],
      [0.5, '#C9A045'],
      [1, '#9C7A2E'],
    ],
    0,
    0,
    1,
    1,
  );
  o += `<ellipse cx="600" cy="486" rx="470" ry="142" fill="#000" opacity=".2"/><ellipse cx="600" cy="466" rx="460" ry="140" fill="${brass}"/><ellipse cx="600" cy="462" rx="418" ry="118" fill="${lighten('#C9A045', 0.25)}"/>`;
  const jamun = d.rad(
    [
      [0, '#A0522D'],
      [1, '#4A1E0C'],
    ],
    0.4,
    0.35,
    0.7,
  );
  const ladoo = d.rad(
    [
      [0, '#FFD27A'],
      [1, '#E38B12'],
    ],
    0.4,
    0.35,
    0.7,
  );
  const ladooTex = d.pattern(8, 8, `<circle cx="2" cy="2" r="1.4" fill="#B86A0A"/><circle cx="6" cy="6" r="1.2" fill="#FFE6A8"/>`);
  const item = (kind: number, x: number, y: number, rr: number): string => {
    switch (kind) {
      case 0:
        return `<circle cx="${f(x)}" cy="${f(y - rr)}" r="${f(rr)}" fill="${jamun}"/><ellipse cx="${f(x - rr * 0.35)}" cy="${f(y - rr * 1.4)}" rx="${f(rr * 0.3)}" ry="${f(rr * 0.16)}" fill="#fff" opacity=".5"/>`;
      case 1:
        return `<circle cx="${f(x)}" cy="${f(y - rr)}" r="${f(rr)}" fill="${ladoo}"/><circle cx="${f(x)}" cy="${f(y - rr)}" r="${f(rr)}" fill="${ladooTex}" opacity=".5"/>`;
      case 2: {
        const c = r.pick(['#B8CF8A', '#F3EAD3', '#F2C6D0']);
        return (
          `<path d="M${f(x - rr * 1.1)} ${f(y - rr * 0.5)}L${f(x)} ${f(y - rr * 0.9)}L${f(x + rr * 1.1)} ${f(y - rr * 0.5)}L${f(x)} ${f(y - rr * 0.1)}Z" fill="${lighten(c, 0.2)}"/>` +
          `<path d="M${f(x - rr * 1.1)} ${f(y - rr * 0.5)}L${f(x)} ${f(y - rr * 0.1)}L${f(x + rr * 1.1)} ${f(y - rr * 0.5)}V${f(y - rr * 0.1)}L${f(x)} ${f(y + rr * 0.3)}L${f(x - rr * 1.1)} ${f(y - rr * 0.1)}Z" fill="${darken(c, 0.12)}"/>` +
          `<path d="M${f(x - rr * 0.5)} ${f(y - rr * 0.5)}l${f(rr * 0.3)}-4M${f(x + rr * 0.2)} ${f(y - rr * 0.55)}l${f(rr * 0.3)} 3" stroke="#6E9F4E" stroke-width="3" stroke-linecap="round"/>`
        );
      }
      default:
        return `<path d="M${f(x)} ${f(y - rr * 0.6)}m-4 0a4 4 0 1 1 8 0a10 10 0 1 1-20 0a16 16 0 1 1 32 0a22 22 0 1 1-44 0" transform="translate(0 ${f((y - rr * 0.6) * 0.3)}) scale(1 .7)" fill="none" stroke="#F08A1C" stroke-width="7" stroke-linecap="round"/>`;
    }
  };
  const rows: [number, number, number][] = [
    [400, 6, 38],
    [458, 5, 46],
    [522, 4, 54],
  ];
  for (const [y, n, rr] of rows) {
    const span = n * rr * 2.5;
    for (let i = 0; i < n; i++) {
      const x = 600 - span / 2 + (i + 0.5) * (span / n) + r.range(-8, 8);
      o += item(r.int(0, 3), x, y + r.range(-6, 6), rr * r.range(0.9, 1.1));
    }
  }
  return o;
};

const mangoTheme: Theme = (s) => {
  const { d, r } = s;
  let o = skyBg(s);
  let bokeh = '';
  for (let i = 0; i < 14; i++) bokeh += `<circle cx="${f(r.range(0, 1200))}" cy="${f(r.range(0, 630))}" r="${f(r.range(30, 90))}"/>`;
  o += `<g fill="${mix('#8DB360', s.sky.bottom, 0.4)}" opacity=".35">${bokeh}</g>`;
  const y0 = r.range(70, 130);
  const y1 = r.range(60, 140);
  const branch = `M-20 ${f(y0)}C300 ${f(y0 + 80)} 800 ${f(y1 - 60)} 1220 ${f(y1)}`;
  const by = (t: number): number => (1 - t) ** 3 * y0 + 3 * (1 - t) ** 2 * t * (y0 + 80) + 3 * (1 - t) * t * t * (y1 - 60) + t ** 3 * y1;
  const bxAt = (t: number): number => (1 - t) ** 3 * -20 + 3 * (1 - t) ** 2 * t * 300 + 3 * (1 - t) * t * t * 800 + t ** 3 * 1220;
  o += `<path d="${branch}" fill="none" stroke="#5C3A21" stroke-width="18" stroke-linecap="round"/>`;
  const leafCol = r.pick(['#2F7D3B', '#3B8A3F', '#24663A']);
  let back = '';
  let front = '';
  for (let i = 0; i < 16; i++) {
    const t = (i + 0.5) / 16;
    const x = bxAt(t);
    const y = by(t);
    const a = r.range(-60, 240);
    const l = r.range(110, 170);
    const leaf = `<g transform="translate(${f(x)} ${f(y)}) rotate(${f(a)})"><path d="M0 0C${f(l * 0.3)}-28 ${f(l * 0.75)}-26 ${f(l)} 0C${f(l * 0.75)} 24 ${f(l * 0.3)} 26 0 0Z" fill="${i % 2 ? leafCol : darken(leafCol, 0.18)}"/><path d="M0 0H${f(l)}" stroke="${darken(leafCol, 0.4)}" stroke-width="2"/></g>`;
    if (i % 3 === 0) front += leaf;
    else back += leaf;
  }
  const [c1, c2] = r.pick([
    ['#FFE27A', '#F4A91E'],
    ['#FFD86B', '#F58A1F'],
    ['#D4DE7A', '#F2B134'],
  ] as const);
  const fill = d.rad(
    [
      [0, lighten(c1, 0.35)],
      [0.45, c1],
      [1, c2],
    ],
    0.38,
    0.3,
    0.8,
  );
  let fruit = '';
  const n = r.int(3, 5);
  for (let i = 0; i < n; i++) {
    const t = 0.12 + (0.76 * (i + 0.5)) / n + r.range(-0.04, 0.04);
    const x = bxAt(t);
    const y = by(t);
    const drop = r.range(40, 120);
    const sc = r.range(0.85, 1.05);
    fruit +=
      `<path d="M${f(x)} ${f(y)}Q${f(x + 8)} ${f(y + drop / 2)} ${f(x)} ${f(y + drop)}" fill="none" stroke="#5C3A21" stroke-width="5"/>` +
      `<g transform="translate(${f(x - 10 * sc)} ${f(y + drop + 130 * sc)}) rotate(${f(r.range(-12, 12))}) scale(${f2(sc)})"><path d="${MANGO}" fill="${fill}"/><ellipse cx="-42" cy="-48" rx="16" ry="42" transform="rotate(15 -42 -48)" fill="#fff" opacity=".3"/></g>`;
  }
  o += back + fruit + front;
  return o;
};

const kebabTheme: Theme = (s) => {
  const { d, r } = s;
  const dark = r.chance(0.6);
  let o = `<rect width="1200" height="630" fill="${d.lin(
    dark
      ? [
          [0, '#2B1D16'],
          [1, '#4A2C1C'],
        ]
      : [
          [0, '#F6E7CF'],
          [1, '#E4B98A'],
        ],
  )}"/>`;
  o += `<rect y="430" width="1200" height="210" fill="#2A1A12"/>`;
  const ember = d.rad([
    [0, '#FFB347'],
    [0.55, '#E25822'],
    [1, '#5A1A0A'],
  ]);
  let coals = '';
  for (let i = 0; i < 48; i++) coals += `<circle cx="${f(r.range(0, 1200))}" cy="${f(r.range(460, 640))}" r="${f(r.range(22, 44))}"/>`;
  o += `<g fill="${ember}">${coals}</g>`;
  o += `<rect y="430" width="1200" height="120" fill="${d.lin([
    [0, '#FF8C32', 0.45],
    [1, '#FF8C32', 0],
  ])}"/>`;
  let bars = '';
  for (let x = 20; x < 1200; x += 30) bars += `M${x} 430V630`;
  o += `<path d="${bars}" stroke="#3A3A3A" stroke-width="6"/><rect y="420" width="1200" height="14" fill="#4A4A4A"/>`;
  const meat = d.rad(
    [
      [0, '#B5652E'],
      [1, '#5E2A0E'],
    ],
    0.4,
    0.35,
    0.7,
  );
  const nSk = 3;
  for (let k = 0; k < nSk; k++) {
    const y = 235 + k * 78 + r.range(-5, 5);
    const rot = r.range(-5, 5);
    let sk = `<path d="M140 0H1060" stroke="#BFC5CB" stroke-width="7"/><circle cx="120" cy="0" r="22" fill="none" stroke="#BFC5CB" stroke-width="7"/>`;
    if (r.chance(0.4)) {
      sk += `<rect x="230" y="-26" width="700" height="52" rx="26" fill="${meat}"/>`;
      let char = '';
      for (let x = 260; x < 910; x += r.range(40, 70)) char += `M${f(x)} -20q6 20 0 40`;
      sk += `<path d="${char}" fill="none" stroke="#3A1606" stroke-width="6" opacity=".6"/>`;
    } else {
      for (let x = 230; x < 930; x += 72) {
        const kind = r.int(0, 5);
        if (kind <= 2)
          sk += `<rect x="${f(x)}" y="-28" width="62" height="56" rx="16" fill="${meat}"/><path d="M${f(x + 16)} -18l10 36M${f(x + 36)} -18l10 36" stroke="#3A1606" stroke-width="5" opacity=".55"/>`;
        else if (kind === 3)
          sk += `<rect x="${f(x + 8)}" y="-26" width="40" height="52" rx="10" fill="#6E9F4E"/><path d="M${f(x + 16)} -20V20" stroke="#A8CC7A" stroke-width="5"/>`;
        else if (kind === 4)
          sk += `<circle cx="${f(x + 28)}" cy="0" r="28" fill="#D8432E"/><ellipse cx="${f(x + 20)}" cy="-10" rx="8" ry="5" fill="#fff" opacity=".4"/>`;
        else sk += `<ellipse cx="${f(x + 28)}" cy="0" rx="24" ry="30" fill="#F3E6F0" stroke="#9B4F8F" stroke-width="6"/>`;
      }
    }
    o += `<g transform="translate(0 ${f(y)}) rotate(${f(rot)} 600 0)">${sk}</g>`;
  }
  let smoke = '';
  for (let i = 0; i < 5; i++) {
    const x = r.range(100, 1100);
    smoke += `M${f(x)} 260c-40-40 40-70 0-110s40-70 0-110`;
  }
  o += `<path d="${smoke}" fill="none" stroke="#fff" stroke-width="14" stroke-linecap="round" opacity="${dark ? '.12' : '.3'}"/>`;
  return o;
};

const musicTheme: Theme = (s) => {
  const { d, r } = s;
  let o = tableScene(s, 520);
  const note = (x: number, y: number, sc: number, col: string): string =>
    `<g transform="translate(${f(x)} ${f(y)}) scale(${f2(sc)}) rotate(${f(r.range(-12, 12))})" fill="${col}"><ellipse rx="16" ry="11" transform="rotate(-22)"/><path d="M13-4V-80q18 8 24 34" fill="none" stroke="${col}" stroke-width="5" stroke-linecap="round"/></g>`;
  const col = r.pick([PK_GREEN, '#7A1F2B', '#1F3A5F', '#8A4B16']);
  for (let i = 0; i < r.int(3, 5); i++) o += note(r.range(120, 1080), r.range(90, 250), r.range(0.8, 1.3), col);
  // cushions
  const cush = r.pick([PK_GREEN, '#B23A48', '#1F3A5F', '#C9A045']);
  let drums = '';
  drums += `<ellipse cx="470" cy="535" rx="110" ry="24" fill="none" stroke="${cush}" stroke-width="20"/><ellipse cx="760" cy="530" rx="82" ry="20" fill="none" stroke="${cush}" stroke-width="18"/>`;
  // bayan: metal bowl drum
  const metal = d.lin(
    [
      [0, '#8A4B1E'],
      [0.35, '#E0A060'],
      [1, '#6B3512'],
    ],
    0,
    0,
    1,
    0,
  );
  drums += `<path d="M362 340C355 450 410 530 470 535C530 530 585 450 578 340Z" fill="${metal}"/>`;
  let st = '';
  for (let i = 0; i <= 10; i++) st += `M${f(366 + i * 20.8)} 346L${f(440 + i * 6)} 528`;
  drums += `<path d="${st}" stroke="#E8DCC0" stroke-width="3" opacity=".7"/>`;
  drums += `<ellipse cx="470" cy="340" rx="108" ry="28" fill="#F1E6CC" stroke="#4A2C1C" stroke-width="7"/><ellipse cx="445" cy="340" rx="36" ry="10" fill="#2A2320"/>`;
  // dayan: wooden drum
  const wood = d.lin(
    [
      [0, '#4A2A16'],
      [0.4, '#A8693A'],
      [1, '#3A2010'],
    ],
    0,
    0,
    1,
    0,
  );
  drums += `<path d="M688 300C680 380 690 470 712 525H808C830 470 840 380 832 300Z" fill="${wood}"/>`;
  st = '';
  for (let i = 0; i <= 12; i++) st += `M${f(690 + i * 11.8)} 306L${f(714 + i * 7.8)} 520`;
  drums += `<path d="${st}" stroke="#E8DCC0" stroke-width="3" opacity=".75"/>`;
  let gatta = '';
  for (let i = 0; i < 6; i++) gatta += `<rect x="${f(704 + i * 19)}" y="430" width="13" height="34" rx="5"/>`;
  drums += `<g fill="#C98F5A" stroke="#5C3A21" stroke-width="2">${gatta}</g>`;
  drums += `<ellipse cx="760" cy="300" rx="74" ry="20" fill="#F1E6CC" stroke="#3A2010" stroke-width="7"/><ellipse cx="760" cy="300" rx="26" ry="7" fill="#2A2320"/>`;
  const sc = r.range(1.15, 1.3);
  return `${o}<g transform="translate(${f(600 + r.range(-60, 60))} 545) scale(${f2(sc)}) translate(-615 -535)">${drums}</g>`;
};

const VASE_STYLES: readonly VaseStyle[] = [
  { body: '#F8F5EE', ink: '#1F4E9A', ink2: '#2AA3B5' },
  { body: '#F6F2E8', ink: '#1B3F8B', ink2: '#3FB0A9' },
  { body: '#2A63B0', ink: '#F4F1EA', ink2: '#7FD0D6' },
  { body: '#F7F3EA', ink: '#2B4C9B', ink2: '#D98A3A' },
];

const potteryTheme: Theme = (s) => {
  const { d, r } = s;
  let o = `<rect width="1200" height="630" fill="${d.lin([
    [0, '#F6F1E7'],
    [1, '#E6DCC8'],
  ])}"/>`;
  o += `<rect width="1200" height="630" fill="${bgPattern(d, r.pick<PatternKind>(['star', 'girih', 'circles']), '#2A63B0')}" opacity=".16"/>`;
  const shelf = 520;
  o += `<rect y="${shelf}" width="1200" height="130" fill="#8A5A34"/><rect y="${shelf}" width="1200" height="16" fill="#A8774A"/><rect y="${shelf + 16}" width="1200" height="10" fill="#000" opacity=".15"/>`;
  const n = r.int(3, 4);
  for (let i = 0; i < n; i++) {
    const x = 1200 * ((i + 0.5) / n) + r.range(-30, 30);
    const sc = r.range(0.62, 0.9);
    const H = r.range(200, 230);
    const bottom = (H - 15) * sc;
    o += `<ellipse cx="${f(x)}" cy="${shelf + 4}" rx="${f(110 * sc)}" ry="10" fill="#000" opacity=".18"/>`;
    o += `<g transform="translate(${f(x)} ${f(shelf + 6 - bottom)})">${vase(d, r.pick(VASE_STYLES), sc, H)}</g>`;
  }
  return o;
};

const landscapeTheme: Theme = (s) => {
  const { r } = s;
  const sx = r.range(250, 950);
  const sy = r.range(170, 290);
  let o = skyBg(s);
  let rings = '';
  for (let i = 1; i <= 4; i++)
    rings += `<circle cx="${f(sx)}" cy="${f(sy)}" r="${f(60 + i * 34)}" fill="none" stroke="${s.sky.sun}" stroke-width="3" opacity="${f2(0.5 - i * 0.1)}"/>`;
  o += rings + sunDisc(s, sx, sy, 60);
  const n = r.int(4, 6);
  for (let i = 0; i < n; i++) {
    const base = 330 + i * (300 / n);
    o += `<path d="${hillPath(hillPts(r, base + 40, r.range(40, 110), r.int(3, 6)))}" fill="${layers(s, 0.7 - (0.7 * i) / (n - 1))}"/>`;
  }
  for (let i = 0; i < r.int(2, 4); i++)
    o += `<polygon points="${pts(star8(r.range(80, 1120), r.range(50, 160), r.range(6, 12)))}" fill="${s.sky.sun}" opacity=".8"/>`;
  return o;
};

const THEMES: ReadonlyMap<string, Theme> = new Map<string, Theme>([
  ['music', musicTheme],
  ['truck-art', truckTheme],
  ['truck', truckTheme],
  ['pottery', potteryTheme],
  ['festival', festivalTheme],
  ['basant', festivalTheme],
  ['architecture', architectureTheme],
  ['mosque', architectureTheme],
  ['language', languageTheme],
  ['sport', sportTheme],
  ['cricket', sportTheme],
  ['gandhara', gandharaTheme],
  ['biryani', biryaniTheme],
  ['food', biryaniTheme],
  ['tea', teaTheme],
  ['chai', teaTheme],
  ['sweets', sweetsTheme],
  ['mithai', sweetsTheme],
  ['mango', mangoTheme],
  ['kebab', kebabTheme],
  ['mountains', mountainsTheme],
  ['lake', lakeTheme],
  ['highway', highwayTheme],
  ['city', cityTheme],
  ['ruins', ruinsTheme],
  ['valley', valleyTheme],
]);

/** Deterministic wide illustration for articles (1200×630) for a motif/theme word. */
export function articleArtSvg(opts: { theme: string; seed: string }): string {
  const theme = opts.theme.trim().toLowerCase();
  const key = `article|${theme}|${opts.seed}`;
  const d = new Doc(key);
  const r = d.rng;
  const scene: Scene = { d, r, sky: r.pick(SKIES), land: r.pick(LANDS) };
  const draw = THEMES.get(theme) ?? landscapeTheme;
  return d.render(1200, 630, draw(scene));
}

// ───────────────────────── exporter logos ─────────────────────────

/** Up to two ASCII initials from the first two words of a name, upper-cased; "PK" when there are none. */
function monogram(name: string): string {
  const words = name.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const letters = words
    .slice(0, 2)
    .map((w) => (/[A-Za-z]/.exec(w)?.[0] ?? '').toUpperCase())
    .join('');
  return letters || 'PK';
}

const LOGO_COLOURS: readonly string[] = [
  PK_GREEN,
  '#0E4D64',
  '#7A1F2B',
  '#1F3A5F',
  '#8A4B16',
  '#2E2A24',
  '#145A4A',
  '#5B2A6E',
  '#A0522D',
  '#0B6E4F',
  '#B23A48',
  '#3D5A80',
];

const LOGO_SHAPES: ReadonlyMap<string, { d: string; cy: number; fit: number }> = new Map([
  ['circle', { d: 'M-108 0A108 108 0 1 0 108 0A108 108 0 1 0-108 0Z', cy: 0, fit: 1 }],
  ['square', { d: 'M-64-104H64Q104-104 104-64V64Q104 104 64 104H-64Q-104 104-104 64V-64Q-104-104-64-104Z', cy: 0, fit: 1 }],
  ['shield', { d: 'M0-110L96-80V-6C96 50 56 88 0 110C-56 88-96 50-96-6V-80Z', cy: -8, fit: 0.9 }],
  ['hexagon', { d: line(ngon(0, 0, 112, 6, -90)), cy: 0, fit: 0.95 }],
  ['octagon', { d: line(ngon(0, 0, 110, 8, -67.5)), cy: 0, fit: 1 }],
  ['star', { d: line(star8(0, 0, 114)), cy: 0, fit: 0.88 }],
  ['arch', { d: 'M-92 108V-10C-92-70-40-100 0-112C40-100 92-70 92-10V108Z', cy: 12, fit: 0.9 }],
  ['seal', { d: line(star(0, 0, 112, 101, 20)), cy: 0, fit: 0.95 }],
]);

/** Deterministic exporter logo: monogram of up to 2 latin initials on a shaped badge, 240×240. */
export function exporterLogoSvg(opts: { name: string; seed: string }): string {
  const text = monogram(opts.name);
  const d = new Doc(`logo|${opts.name}|${opts.seed}`);
  const r = d.rng;
  const col = r.pick(LOGO_COLOURS);
  const ink = r.pick(['#FFFFFF', '#F6E7C1', '#F3D58A']);
  const shape = r.pick([...LOGO_SHAPES.values()]);
  const serif = r.chance(0.35);
  const family = serif ? "Georgia, 'Times New Roman', serif" : "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  const size = (text.length === 1 ? 112 : 88) * shape.fit;
  const cy = 120 + shape.cy;
  const fill = d.lin(
    [
      [0, lighten(col, 0.14)],
      [1, darken(col, 0.18)],
    ],
    0,
    0,
    1,
    1,
  );
  let o = `<g transform="translate(120 120)"><path d="${shape.d}" fill="${fill}"/>`;
  o += `<path d="${shape.d}" transform="scale(.86)" fill="none" stroke="${ink}" stroke-width="3.5" opacity=".7"${r.chance(0.35) ? ' stroke-dasharray="1 7" stroke-linecap="round"' : ''}/></g>`;
  const deco = r.pick(['none', 'dots', 'bar', 'star'] as const);
  if (deco === 'dots') o += `<circle cx="120" cy="${f(cy - 62)}" r="4.5" fill="${ink}"/><circle cx="120" cy="${f(cy + 62)}" r="4.5" fill="${ink}"/>`;
  else if (deco === 'bar') o += `<rect x="92" y="${f(cy + 46)}" width="56" height="5" rx="2.5" fill="${ink}"/>`;
  else if (deco === 'star') o += `<polygon points="${pts(star8(120, cy - 62, 9))}" fill="${ink}"/>`;
  o +=
    `<text x="120" y="${f(cy + size * 0.36)}" text-anchor="middle" font-family="${family}" font-size="${f(size)}" font-weight="700"` +
    ` letter-spacing="${text.length > 1 ? 2 : 0}" fill="${ink}">${escapeXml(text)}</text>`;
  return d.render(240, 240, o);
}
