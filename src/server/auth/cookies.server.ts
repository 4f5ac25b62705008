import type { AstroCookies } from 'astro';

/**
 * The Set-Cookie headers of an authentication answer, set on the answer of
 * the page (or of the action call), with their attributes as sent.
 */
export function copyCookies(from: Headers, cookies: AstroCookies): void {
  for (const line of from.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
    const at = pair.indexOf('=');
    if (at < 1) continue;
    const options: Parameters<AstroCookies['set']>[2] & object = { encode: (v: string) => v };
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=').map((s) => s.trim());
      const name = key.toLowerCase();
      if (name === 'path') options.path = value;
      else if (name === 'domain') options.domain = value;
      else if (name === 'max-age') options.maxAge = Number(value);
      else if (name === 'expires') options.expires = new Date(value);
      else if (name === 'httponly') options.httpOnly = true;
      else if (name === 'secure') options.secure = true;
      else if (name === 'partitioned') options.partitioned = true;
      else if (name === 'samesite') options.sameSite = value.toLowerCase() === 'none' ? 'none' : value.toLowerCase() === 'strict' ? 'strict' : 'lax';
    }
    cookies.set(pair.slice(0, at), pair.slice(at + 1), options);
  }
}
