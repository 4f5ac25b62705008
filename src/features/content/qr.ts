import QRCode from 'qrcode';

const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A QR code of `url` as inline SVG markup with an accessible name, for
 * WeChat sharing ("scan to open"). Rendered on the server: no script, no
 * request to another site. The caller's `url` must be absolute.
 */
export async function qrSvg(url: string, label: string, size = 168): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return svg.replace(
    /^<svg /,
    `<svg role="img" aria-label="${escapeAttr(label)}" width="${size}" height="${size}" focusable="false" class="block h-auto max-w-full" `,
  );
}
