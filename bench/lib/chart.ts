/**
 * One SVG with a panel per benchmark: throughput as a share of the ceiling,
 * RSS during the soak, page weight and Lighthouse scores. Plain strings, no
 * chart library, so it renders anywhere (GitHub, a browser, an editor).
 */
import type { LighthouseJson, PagesJson, SoakJson, WeightJson } from './report';

const W = 820;
const LEFT = 170;
const RIGHT = 30;
const GREEN = '#01411c';
const COLORS = { html: '#6b8f71', css: '#c9a227', jsEager: '#b5452b', jsInteraction: '#e8a48f' };
const FONT = 'font-family="system-ui, sans-serif"';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (x: number, y: number, s: string, attrs = '') => `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(s)}</text>`;
const rect = (x: number, y: number, w: number, h: number, fill: string, title?: string) =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}">${title ? `<title>${esc(title)}</title>` : ''}</rect>`;

interface Panel {
  height: number;
  body: string[];
}

function title(y: number, s: string, sub: string): string[] {
  return [text(10, y + 18, s, 'font-size="15" font-weight="600"'), text(10, y + 36, sub, 'font-size="11" fill="#555"')];
}

function throughput(pages: PagesJson, y0: number): Panel {
  const body = title(
    y0,
    'Throughput as a share of the ceiling',
    `same bytes from a minimal node:http server · ${pages.settings.connections} connections × ${pages.settings.seconds} s × ${pages.settings.rounds} rounds`,
  );
  const top = y0 + 52;
  const width = W - LEFT - RIGHT - 150;
  const row = 30;
  // Logarithmic: shares far below the targets stay readable next to the ones near them.
  const MIN = 0.001;
  const at = (share: number) => LEFT + ((Math.log10(Math.min(1, Math.max(MIN, share))) - Math.log10(MIN)) / -Math.log10(MIN)) * width;
  for (const tick of [0.001, 0.01, 0.1, 0.5, 1]) {
    const x = at(tick);
    body.push(
      `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${top + pages.pages.length * row}" stroke="#ddd"/>`,
      text(x, top + pages.pages.length * row + 14, `${tick}×`, 'font-size="10" text-anchor="middle" fill="#555"'),
    );
  }
  pages.pages.forEach((p, i) => {
    const y = top + i * row;
    body.push(
      text(LEFT - 8, y + 16, p.name, 'font-size="12" text-anchor="end"'),
      rect(LEFT, y + 4, at(p.ratio.rps) - LEFT, 18, p.met === false ? '#b5452b' : GREEN, `${p.pavilion.rps} req/s vs ${p.ceiling.rps} req/s`),
      text(LEFT + width + 8, y + 17, `${p.ratio.rps.toFixed(3)}× · ${Math.round(p.pavilion.rps)} / ${Math.round(p.ceiling.rps)} req/s`, 'font-size="11"'),
    );
    if (p.target !== null) {
      const x = at(p.target);
      body.push(
        `<line x1="${x}" y1="${y + 1}" x2="${x}" y2="${y + 25}" stroke="#000" stroke-width="2" stroke-dasharray="3 2"><title>target ${p.target}×</title></line>`,
      );
    }
  });
  body.push(text(LEFT, top + pages.pages.length * row + 30, 'log scale · dashed: target · red: below target', 'font-size="10" fill="#555"'));
  return { height: 52 + pages.pages.length * row + 40, body };
}

function memory(soak: SoakJson, y0: number): Panel {
  const r = soak.rss;
  const body = title(
    y0,
    'Server RSS under mixed load',
    `${soak.settings.seconds} s, ${Math.round(soak.load.rps)} req/s · start ${r.startMb} MB, end ${r.endMb} MB, max ${r.maxMb} MB, slope ${r.slopeMbPerMinute} MB/min`,
  );
  const top = y0 + 52;
  const h = 130;
  const width = W - LEFT - RIGHT;
  const tMax = Math.max(1, ...soak.samples.map((s) => s.t));
  const mbMax = Math.ceil((r.maxMb * 1.1) / 200) * 200; // ticks at quarters: multiples of 50 MB
  const x = (t: number) => LEFT + (t / tMax) * width;
  const yOf = (mb: number) => top + h - (mb / mbMax) * h;
  for (let mb = 0; mb <= mbMax; mb += mbMax / 4) {
    body.push(
      `<line x1="${LEFT}" y1="${yOf(mb)}" x2="${LEFT + width}" y2="${yOf(mb)}" stroke="#eee"/>`,
      text(LEFT - 8, yOf(mb) + 4, `${Math.round(mb)} MB`, 'font-size="10" text-anchor="end" fill="#555"'),
    );
  }
  body.push(
    `<polyline fill="none" stroke="${GREEN}" stroke-width="2" points="${soak.samples.map((s) => `${x(s.t).toFixed(1)},${yOf(s.mb).toFixed(1)}`).join(' ')}"/>`,
    text(LEFT, top + h + 16, '0 s', 'font-size="10" fill="#555"'),
    text(LEFT + width, top + h + 16, `${Math.round(tMax)} s`, 'font-size="10" text-anchor="end" fill="#555"'),
  );
  return { height: 52 + h + 30, body };
}

function weight(data: WeightJson, y0: number): Panel {
  const body = title(y0, 'Page weight, gzip', 'HTML · CSS · JavaScript eager · JavaScript on interaction (KB); product page JS budget 70 KB');
  const top = y0 + 52;
  const row = 22;
  const width = W - LEFT - RIGHT - 90;
  const max = Math.max(80, ...data.pages.map((p) => (p.html.gzip + p.css.gzip + p.js.gzip) / 1024));
  const scale = width / max;
  data.pages.forEach((p, i) => {
    const y = top + i * row;
    let x = LEFT;
    body.push(text(LEFT - 8, y + 14, p.name, 'font-size="12" text-anchor="end"'));
    for (const [key, bytes] of [
      ['html', p.html.gzip],
      ['css', p.css.gzip],
      ['jsEager', p.jsEager.gzip],
      ['jsInteraction', p.jsOnInteraction.gzip],
    ] as const) {
      const w = (bytes / 1024) * scale;
      body.push(rect(x, y + 3, w, 15, COLORS[key], `${key} ${(bytes / 1024).toFixed(1)} KB`));
      x += w;
    }
    body.push(text(x + 6, y + 15, `${((p.html.gzip + p.css.gzip + p.js.gzip) / 1024).toFixed(1)} KB`, 'font-size="11"'));
  });
  const legendY = top + data.pages.length * row + 12;
  let lx = LEFT;
  for (const [key, label] of [
    ['html', 'HTML'],
    ['css', 'CSS'],
    ['jsEager', 'JS eager'],
    ['jsInteraction', 'JS on interaction'],
  ] as const) {
    body.push(rect(lx, legendY - 9, 10, 10, COLORS[key]), text(lx + 14, legendY, label, 'font-size="11"'));
    lx += 40 + label.length * 6;
  }
  return { height: 52 + data.pages.length * row + 24, body };
}

function scores(data: LighthouseJson, y0: number): Panel {
  const body = title(y0, 'Lighthouse, mobile', 'performance · accessibility · best practices · SEO (target ≥ 95)');
  const top = y0 + 52;
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  const cell = 70;
  const row = 22;
  cats.forEach((c, j) => {
    body.push(
      text(
        LEFT + j * (cell + 6) + cell / 2,
        top + 10,
        c === 'best-practices' ? 'best pract.' : c === 'performance' ? 'perf.' : c === 'accessibility' ? 'a11y' : 'SEO',
        'font-size="11" text-anchor="middle" fill="#555"',
      ),
    );
  });
  data.pages.forEach((p, i) => {
    const y = top + 16 + i * row;
    body.push(text(LEFT - 8, y + 14, p.name, 'font-size="12" text-anchor="end"'));
    cats.forEach((c, j) => {
      const s = p.scores[c];
      const fill = s >= 95 ? '#1e7b34' : s >= 90 ? '#7aa33a' : s >= 50 ? '#d08a1a' : '#b5452b';
      body.push(
        rect(LEFT + j * (cell + 6), y + 2, cell, 18, fill),
        text(LEFT + j * (cell + 6) + cell / 2, y + 15, String(s), 'font-size="12" text-anchor="middle" fill="#fff" font-weight="600"'),
      );
    });
  });
  return { height: 52 + 16 + data.pages.length * row + 16, body };
}

export function chartSvg(data: { pages: PagesJson | null; soak: SoakJson | null; weight: WeightJson | null; lighthouse: LighthouseJson | null }): string {
  const parts: string[] = [];
  let y = 10;
  const add = (make: (y0: number) => Panel) => {
    const panel = make(y);
    parts.push(...panel.body);
    y += panel.height + 10;
  };
  if (data.pages) add((y0) => throughput(data.pages!, y0));
  if (data.soak) add((y0) => memory(data.soak!, y0));
  if (data.weight) add((y0) => weight(data.weight!, y0));
  if (data.lighthouse) add((y0) => scores(data.lighthouse!, y0));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${y}" viewBox="0 0 ${W} ${y}" ${FONT} role="img" aria-label="Pakistan Pavilion benchmark results">`,
    `<rect width="${W}" height="${y}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
