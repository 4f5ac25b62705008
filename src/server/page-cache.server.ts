/*
 * The production server's page cache (scripts/serve.mjs imports this file as
 * it is — so it imports nothing and uses only types Node can strip).
 *
 * Rendered pages and search answers a shared cache may keep
 * (`Cache-Control: public, …, s-maxage=N`: the catalog) are kept in memory for
 * requests without credentials — no cookie but the basket's, which no shared
 * page reads (its count and "added" states are filled in the browser) — for at most
 * `maxSeconds`, and only while the catalog they were rendered from is
 * unchanged. The server answers a kept page before the app runs; the app
 * hands a freshly rendered answer to `store` (src/middleware.ts, through
 * `Astro.locals.keepPage`) together with the signal of the catalog it was
 * rendered from (src/server/catalog-changes.server.ts), which aborts at the
 * next change — made in this process, or found by the search indexer's poll
 * in the shared database.
 */

/** A kept answer: its headers (Content-Length included) and body. */
export interface KeptPage {
  headers: Record<string, string>;
  body: Uint8Array;
  /** When it was kept (epoch ms), for the `Age` header of answers from the cache. */
  stored: number;
  expires: number;
  valid: AbortSignal;
}

/** The parts of a Node request the cache looks at. */
interface RequestHead {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** Keeps the freshly rendered page, if it may be shared, and returns the answer to send. */
export type KeepPage = (response: Response, valid: AbortSignal) => Promise<Response>;

const SHARED_PATHS = /^\/(?:en\/|zh\/|api\/search\?)/;
/**
 * Cookies that never change a shared page: the inquiry basket's
 * (`BASKET_COOKIE`, src/features/inquiry/basket.ts; this file imports
 * nothing). Any other cookie (a session) means a rendered answer.
 */
export const SHARED_COOKIES: ReadonlySet<string> = new Set(['pkp_basket']);
/** Addresses longer than this are rendered but not kept: real links are short, and junk query strings must not fill the memory. */
const LONGEST_KEPT_URL = 512;
const FRESH_COPY = /no-cache|no-store/;
const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/** Whether a Cookie header is absent or names shared cookies only. */
function onlySharedCookies(header: string | string[] | undefined): boolean {
  if (!header) return true;
  for (const part of String(header).split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (name && !SHARED_COOKIES.has(name)) return false;
  }
  return true;
}

export class PageCache {
  readonly #pages = new Map<string, KeptPage>();
  readonly #headers: Record<string, string>;
  readonly #maxEntries: number;
  readonly #maxSeconds: number;
  readonly #maxBytes: number;
  #bytes = 0;

  /** `headers`: sent with every kept page unless the page has its own (the server's security headers). */
  constructor({
    headers = {},
    maxEntries = 500,
    maxSeconds = 10,
    maxBytes = 32_000_000,
  }: { headers?: Record<string, string>; maxEntries?: number; maxSeconds?: number; maxBytes?: number } = {}) {
    this.#maxBytes = maxBytes;
    // Header names in lower case, as a Response gives them, so that the page's own replace these.
    this.#headers = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    this.#maxEntries = maxEntries;
    this.#maxSeconds = maxSeconds;
  }

  /**
   * Whether a request may be answered from the cache (and its answer kept):
   * a GET or HEAD of a page or a search, without credentials (cookies other
   * than the basket's, Authorization), not asking for a fresh copy (a reload,
   * a benchmark of the rendering).
   */
  accepts(req: RequestHead): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (req.headers['authorization'] || !onlySharedCookies(req.headers['cookie'])) return false;
    if (FRESH_COPY.test(String(req.headers['cache-control'] ?? '') + String(req.headers['pragma'] ?? ''))) return false;
    return (req.url ?? '').length <= LONGEST_KEPT_URL && SHARED_PATHS.test(req.url ?? '');
  }

  /** The page kept for this address while it is current. */
  lookup(url: string): KeptPage | undefined {
    const page = this.#pages.get(url);
    if (page && (page.valid.aborted || page.expires < Date.now())) {
      this.#drop(url, page);
      return undefined;
    }
    return page;
  }

  /** How many pages and bytes are kept now. */
  get size(): { pages: number; bytes: number } {
    return { pages: this.#pages.size, bytes: this.#bytes };
  }

  #drop(url: string, page: KeptPage): void {
    this.#pages.delete(url);
    this.#bytes -= page.body.byteLength;
  }

  /** A function the app calls with the page it rendered for `url` (see `KeepPage`). */
  keeper(url: string): KeepPage {
    return (response, valid) => this.store(url, response, valid);
  }

  /**
   * Keeps `response` for `url` when it is a shared answer (200, `public` with
   * `s-maxage`, no Set-Cookie) and `valid` is not aborted; returns the
   * response to send (the same content: its body is read here once).
   */
  async store(url: string, response: Response, valid: AbortSignal): Promise<Response> {
    if (!this.#shareable(response.status, response.headers.get('cache-control'), response.headers.has('set-cookie'), valid)) return response;
    const body = new Uint8Array(await response.arrayBuffer());
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    this.keep(url, response.status, headers, body, valid);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /**
   * Keeps an answer made outside Astro (scripts/serve.mjs's search answers)
   * under the same rules as `store`: 200, `public` with `s-maxage`, no
   * Set-Cookie, `valid` not aborted.
   */
  keep(url: string, status: number, answerHeaders: Record<string, string>, body: Uint8Array, valid: AbortSignal): void {
    const named = Object.fromEntries(Object.entries(answerHeaders).map(([name, value]) => [name.toLowerCase(), value]));
    const control = named['cache-control'] ?? null;
    if (!this.#shareable(status, control, 'set-cookie' in named, valid)) return;
    const seconds = Number(/s-maxage=(\d+)/.exec(control ?? '')![1]);
    const headers: Record<string, string> = { ...this.#headers };
    for (const [name, value] of Object.entries(named)) if (!HOP_HEADERS.has(name)) headers[name] = value;
    headers['content-length'] = String(body.byteLength);
    const now = Date.now();
    const previous = this.#pages.get(url);
    if (previous) this.#drop(url, previous);
    // Oldest first: the pages past their time or their catalog, then as many as the bounds need.
    for (const [oldUrl, old] of this.#pages) {
      const over = this.#pages.size >= this.#maxEntries || this.#bytes + body.byteLength > this.#maxBytes;
      if (!over && !old.valid.aborted && old.expires >= now) break;
      this.#drop(oldUrl, old);
    }
    this.#pages.set(url, { headers, body, stored: now, expires: now + Math.min(seconds, this.#maxSeconds) * 1000, valid });
    this.#bytes += body.byteLength;
  }

  #shareable(status: number, control: string | null, setsCookie: boolean, valid: AbortSignal): boolean {
    return status === 200 && /\bpublic\b/.test(control ?? '') && /s-maxage=\d+/.test(control ?? '') && !setsCookie && !valid.aborted;
  }
}
