import QRCode from 'qrcode';

// Encoding is the costly part and a page's address rarely changes: recent codes are kept.
const MAX_CACHED = 1000;
const codes = new Map<string, Promise<string>>();
function codeFor(url: string): Promise<string> {
  let code = codes.get(url);
  if (code) {
    codes.delete(url); // most recently used last
  } else {
    code = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
    code.catch(() => codes.delete(url));
    if (codes.size >= MAX_CACHED) codes.delete(codes.keys().next().value!);
  }
  codes.set(url, code);
  return code;
}

const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A QR code of `url` as inline SVG markup with an accessible name, for
 * WeChat sharing ("scan to open"). Rendered on the server: no script, no
 * request to another site. The caller's `url` must be absolute.
 */
export async function qrSvg(url: string, label: string, size = 168): Promise<string> {
  const svg = await codeFor(url);
  return svg.replace(
    /^<svg /,
    `<svg role="img" aria-label="${escapeAttr(label)}" width="${size}" height="${size}" focusable="false" class="block h-auto max-w-full" `,
  );
}
