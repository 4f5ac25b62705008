#!/usr/bin/env node
// The production server: the Node adapter's request handler (prerendered
// files, `/_astro/` assets, rendered routes) inside an HTTP server that gives
// every response the security headers. Astro's middleware runs only for
// rendered routes; files the adapter answers from disk would otherwise carry
// none, and the CSP `<meta>` of a prerendered page cannot say
// `frame-ancestors`. Usage: `node scripts/serve.mjs` (HOST, PORT as for the
// adapter's standalone server; `npm start` builds first).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.PAVILION_DIST ?? path.join(ROOT, 'dist'));

/** Headers every response carries unless the route set its own (rendered pages send their hash-based CSP). */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/** Hashed build output never changes under its name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `/en/about/`, `/en/about`, `/en/about/index.html` → `/en/about`. */
function pageKey(pathname) {
  const trimmed = pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '');
  return trimmed || '/';
}

/**
 * The CSP of each prerendered page (with the hashes of its inline scripts),
 * written by the adapter at build time (`staticHeaders: true`). The adapter
 * matches these by substring, which misses `/en/about/` and gives
 * `/en/culture/` the policy of an article below it; matched exactly here.
 */
function readStaticPolicies() {
  const file = path.join(DIST, '_headers.json');
  const policies = new Map();
  if (!existsSync(file)) return policies;
  for (const { pathname, headers } of JSON.parse(readFileSync(file, 'utf8'))) {
    const csp = headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
    if (csp) policies.set(pageKey(pathname), csp.value);
  }
  return policies;
}

function readBadRequest() {
  const messages = {};
  for (const locale of ['en', 'zh']) {
    try {
      messages[locale] = JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, 'common.json'), 'utf8')).errors.badRequest;
    } catch {
      messages[locale] = locale === 'zh' ? '无法识别该请求。' : 'The request could not be understood.';
    }
  }
  return messages;
}

const staticPolicies = readStaticPolicies();
const badRequest = readBadRequest();

function decodedPath(url) {
  const q = url.indexOf('?');
  return decodeURI(q >= 0 ? url.slice(0, q) : url);
}

/**
 * Fixes the headers just before they are sent, whoever sends them: the
 * adapter's file server sets its headers one by one, rendered routes pass
 * theirs to `writeHead` (those win over anything set here).
 */
function guard(req, res) {
  let pathname = '/';
  try {
    pathname = decodedPath(req.url ?? '/');
  } catch {
    // Not valid percent-encoding: answered below before anything else runs.
  }
  const policy = staticPolicies.get(pageKey(pathname));
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.headersSent) {
      const status = typeof args[0] === 'number' ? args[0] : res.statusCode;
      if (policy && status < 400) res.setHeader('Content-Security-Policy', policy);
      if (pathname.startsWith('/_astro/') && (status === 200 || status === 304)) res.setHeader('Cache-Control', IMMUTABLE);
    }
    return writeHead.apply(this, args);
  };
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * The build's static files (prerendered pages, `/_astro/` assets, public
 * files) never change while the server runs: they are read once at start and
 * answered from memory with their headers, an ETag and 304s — what the
 * adapter's file server does, without a file-system look-up per request.
 * Anything not found here goes to the adapter as before.
 */
function loadStaticFiles() {
  const root = path.join(DIST, 'client');
  const files = new Map();
  const walk = (dir) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).size <= 2_000_000) {
        const type = TYPES[path.extname(entry.name).toLowerCase()];
        if (!type) continue;
        const body = readFileSync(full);
        const urlPath = `/${path.relative(root, full).split(path.sep).join('/')}`;
        const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
        const policy = type.startsWith('text/html') ? staticPolicies.get(pageKey(urlPath)) : undefined;
        // Every header of the answer, worked out once: the security headers, then the file's own.
        const headers = {
          ...SECURITY_HEADERS,
          ...(policy && { 'Content-Security-Policy': policy }),
          'Content-Type': type,
          ETag: etag,
          'Cache-Control': urlPath.startsWith('/_astro/') ? IMMUTABLE : 'public, max-age=0, must-revalidate',
        };
        const file = { body, etag, notModified: headers, ok: { ...headers, 'Content-Length': body.length } };
        files.set(urlPath, file);
        // A prerendered page answers at its directory address (`/en/about/`), as the adapter's does.
        if (urlPath.endsWith('/index.html')) files.set(urlPath.slice(0, -'index.html'.length), file);
      }
    }
  };
  walk(root);
  return files;
}
const staticFiles = loadStaticFiles();

/** Answers a GET or HEAD for a static file from memory; false when the request is not for one. */
function answerStatic(req, res, pathname) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = staticFiles.get(pathname);
  if (!file) return false;
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, file.notModified);
    res.end();
    return true;
  }
  res.writeHead(200, file.ok);
  res.end(req.method === 'HEAD' ? undefined : file.body);
  return true;
}

/**
 * Rendered pages and search answers a shared cache may keep
 * (`Cache-Control: public, …, s-maxage=N`: the catalog) are kept here too, for requests without cookies
 * (no basket, no session), for at most PAGE_CACHE_SECONDS and only while the
 * catalog has not changed: every edit in this process, and every change the
 * search indexer's poll finds from other instances, bumps a version number
 * the bundle keeps on `globalThis` (src/server/catalog/version.ts).
 */
const PAGE_CACHE_SECONDS = 10;
const PAGE_CACHE_ENTRIES = 500;
const VERSION = Symbol.for('pavilion.catalogVersion');
const pageCache = new Map();
const catalogVersion = () => globalThis[VERSION] ?? 0;

function pageCacheable(req) {
  // A request that says `Cache-Control: no-cache` (a reload, a benchmark of the rendering) is rendered anew.
  if (/no-cache|no-store/.test(String(req.headers['cache-control'] ?? '') + String(req.headers.pragma ?? ''))) return false;
  return (req.method === 'GET' || req.method === 'HEAD') && !req.headers.cookie && !req.headers.authorization && /^\/(?:en\/|zh\/|api\/search\?)/.test(req.url ?? '');
}

function answerFromPageCache(req, res) {
  const entry = pageCache.get(req.url);
  if (!entry) return false;
  if (entry.version !== catalogVersion() || entry.expires < Date.now()) {
    pageCache.delete(req.url);
    return false;
  }
  res.writeHead(200, entry.headers);
  res.end(req.method === 'HEAD' ? undefined : entry.body);
  return true;
}

/** Keeps the body the route writes, and stores it once the answer turns out to be cacheable. */
function recordForPageCache(req, res) {
  if (req.method !== 'GET') return;
  const version = catalogVersion();
  const chunks = [];
  const write = res.write;
  const end = res.end;
  res.write = function (chunk, ...rest) {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    return write.call(this, chunk, ...rest);
  };
  res.end = function (chunk, ...rest) {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    return end.call(this, chunk, ...rest);
  };
  res.once('finish', () => {
    const control = String(res.getHeader('cache-control') ?? '');
    const shared = /\bpublic\b/.test(control) && /s-maxage=(\d+)/.exec(control);
    if (res.statusCode !== 200 || !shared || res.getHeader('set-cookie') || version !== catalogVersion()) return;
    if (pageCache.size >= PAGE_CACHE_ENTRIES) pageCache.delete(pageCache.keys().next().value);
    const headers = res.getHeaders();
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    const body = Buffer.concat(chunks);
    pageCache.set(req.url, { version, expires: Date.now() + Math.min(Number(shared[1]), PAGE_CACHE_SECONDS) * 1000, headers: { ...headers, 'content-length': body.length }, body });
  });
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
// React and other libraries pick their production builds from this when first loaded (the development
// build of React's server renderer is several times slower).
process.env.NODE_ENV ??= 'production';
const { handler, options } = await import(pathToFileURL(path.join(DIST, 'server', 'entry.mjs')).href);

/**
 * A request Node cannot parse (a URL or headers over `maxHeaderSize`, broken
 * framing) is answered here, with the same headers and a message in both
 * languages, instead of a bare status line.
 */
function answerClientError(error, socket) {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = `${badRequest.en}\n${badRequest.zh}\n`;
  const head = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

// Long search queries and filter links are answered by the site (which cuts or refuses them politely);
// Node's default 16 KB would drop the connection on them.
const server = http.createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
  // Static files and kept pages carry all their headers already: answered before anything else runs.
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const plainPath = query >= 0 ? url.slice(0, query) : url;
  if (!plainPath.includes('%')) {
    if (answerStatic(req, res, plainPath)) return;
    if (pageCacheable(req) && answerFromPageCache(req, res)) return;
  }
  guard(req, res);
  try {
    if (answerStatic(req, res, decodedPath(req.url ?? '/'))) return;
    if (pageCacheable(req)) {
      if (answerFromPageCache(req, res)) return;
      recordForPageCache(req, res);
    }
  } catch {
    const zh = /^\s*zh/i.test(String(req.headers['accept-language'] ?? ''));
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(zh ? `${badRequest.zh}\n${badRequest.en}\n` : `${badRequest.en}\n${badRequest.zh}\n`);
    return;
  }
  handler(req, res);
});

server.on('clientError', answerClientError);

const port = process.env.PORT ? Number(process.env.PORT) : (options.port ?? 8080);
const host = process.env.HOST ?? (typeof options.host === 'string' ? options.host : options.host ? '0.0.0.0' : 'localhost');
server.listen(port, host, () => {
  console.log(`Server listening on http://${host.includes(':') ? `[${host}]` : host}:${port}`);
});
