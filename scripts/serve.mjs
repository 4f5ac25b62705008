#!/usr/bin/env node
// The production server: the build's files (prerendered pages, `/_astro/`
// assets, public files), answered from memory, and the Node adapter's handler
// (middleware mode) for rendered routes, inside an HTTP server that gives
// every response the security headers — the CSP `<meta>` of a prerendered
// page cannot say `frame-ancestors`. Catalog pages rendered for visitors
// without cookies are kept for a few seconds (src/server/page-cache.server.ts).
// It is also where hostile clients are met before any
// route runs: methods the site does not serve, Host names it is not, bodies
// over their size (streamed or declared) — and where anything a route throws
// becomes a 500 rather than the end of the process. Usage:
// `node scripts/serve.mjs` (HOST, PORT as for the adapter's standalone
// server; `npm start` builds first and restarts it should it die).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PageCache } from '../src/server/page-cache.server.ts';
import { searchApiHook } from '../src/server/search-api-hook.server.ts';
import { securityHeaders } from '../src/server/security-headers.server.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.PAVILION_DIST ?? path.join(ROOT, 'dist'));

/** The address the site is served at (astro.config.mjs `SITE_URL`, same default). */
const SITE = new URL(process.env.SITE_URL || 'http://localhost:4321');

const SECURITY_HEADERS = securityHeaders(SITE);

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

/** The messages answered from here, in both languages (locales/<locale>/common.json `errors`). */
const FALLBACK_MESSAGES = {
  badRequest: 'The request could not be understood.',
  tooLarge: 'The request is too large.',
  internal: 'Something went wrong on our side. Please try again in a moment.',
  methodNotAllowed: 'This address does not accept {{method}} requests. It accepts: {{allowed}}.',
  wrongHost: 'This site is not served at the address the request named.',
};

function readMessages() {
  const messages = {};
  for (const locale of ['en', 'zh']) {
    let errors = {};
    try {
      errors = JSON.parse(readFileSync(path.join(ROOT, 'locales', locale, 'common.json'), 'utf8')).errors ?? {};
    } catch {
      // Locales missing from a deployment: the English fallbacks above.
    }
    messages[locale] = Object.fromEntries(Object.entries(FALLBACK_MESSAGES).map(([key, text]) => [key, typeof errors[key] === 'string' ? errors[key] : text]));
  }
  return messages;
}

const staticPolicies = readStaticPolicies();
const messages = readMessages();

function decodedPath(url) {
  const q = url.indexOf('?');
  return decodeURI(q >= 0 ? url.slice(0, q) : url);
}

/**
 * Gives a request that reaches the app the security headers (a route's own
 * win), and closes the connection after an answer sent before the request's
 * body was read (refused, redirected) instead of Node reading and discarding
 * a body of any length to keep it alive — known only when the head is sent.
 */
function guard(req, res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.headersSent && !req.complete && hasBody(req)) res.setHeader('Connection', 'close');
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
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * The build's static files (prerendered pages, `/_astro/` assets, public
 * files; under a megabyte in all) never change while the server runs: they
 * are read once at start and answered from memory with their headers, an
 * ETag and 304s. This is the site's only file server: the adapter runs in
 * middleware mode and renders routes only.
 */
function loadStaticFiles() {
  const root = path.join(DIST, 'client');
  const files = new Map();
  const walk = (dir) => {
    for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const full = path.join(dir, entry.name);
      // Hidden files are not served (the adapter's file server did not serve them either).
      if (entry.name.startsWith('.') && entry.name !== '.well-known') continue;
      if (entry.isDirectory()) walk(full);
      else {
        const type = TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream';
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
        // A prerendered page answers at its directory address, with or without the slash (`/en/about/`, `/en/about`).
        if (urlPath.endsWith('/index.html')) {
          files.set(urlPath.slice(0, -'index.html'.length), file);
          if (urlPath !== '/index.html') files.set(urlPath.slice(0, -'/index.html'.length), file);
        }
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
 * Rendered pages and search answers a shared cache may keep, for visitors
 * without cookies, for at most 10 s and while the catalog is unchanged
 * (src/server/page-cache.server.ts). A kept page is answered here, before
 * the app runs; the app hands a fresh one to the cache itself.
 */
const pageCache = new PageCache({ headers: SECURITY_HEADERS, maxEntries: 500, maxSeconds: 10 });

function answerFromPageCache(req, res) {
  const page = pageCache.accepts(req) && pageCache.lookup(req.url);
  if (!page) return false;
  // A kept answer says how long ago it was made, as any HTTP cache does (RFC 9111, 5.1).
  res.writeHead(200, { ...page.headers, age: String(Math.floor((Date.now() - page.stored) / 1000)) });
  res.end(req.method === 'HEAD' ? undefined : page.body);
  return true;
}

/** The headers every search answer starts from: the security headers and JSON. */
const SEARCH_HEADERS = { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' };

/**
 * `GET /api/search` answered through the app's own search answer
 * (src/server/search-api-hook.server.ts), without Astro's request pipeline,
 * once the app has set the hook (the route's first run). The answer is the
 * route's: its status, JSON body and headers, with the security headers
 * `guard` would set, and it is kept in the page cache under the same rules.
 * False when the request is for something else, carries a body (left to the
 * route, which reads and refuses it), or the hook is not set yet.
 */
function answerSearch(req, res, url) {
  const hook = searchApiHook();
  if (!hook || (req.method !== 'GET' && req.method !== 'HEAD') || hasBody(req)) return false;
  const query = url.indexOf('?');
  const pathname = query >= 0 ? url.slice(0, query) : url;
  if (pathname !== '/api/search' && pathname !== '/api/search/') return false;
  const keep = req.method === 'GET' && pageCache.accepts(req);
  hook(new URLSearchParams(query >= 0 ? url.slice(query + 1) : ''), callerLocale(req))
    .then(({ status, body, headers, valid }) => {
      const json = JSON.stringify(body);
      const answerHeaders = { ...SEARCH_HEADERS, ...headers };
      if (keep) {
        const bytes = Buffer.from(json);
        pageCache.keep(url, status, answerHeaders, bytes, valid);
        res.writeHead(status, { ...answerHeaders, 'Content-Length': bytes.byteLength });
        res.end(bytes);
        return;
      }
      answerHeaders['Content-Length'] = Buffer.byteLength(json);
      res.writeHead(status, answerHeaders);
      res.end(req.method === 'HEAD' ? undefined : json);
    })
    .catch((error) => failed(req, res, error));
  return true;
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
// React and other libraries pick their production builds from this when first loaded (the development
// build of React's server renderer is several times slower).
process.env.NODE_ENV ??= 'production';
const { handler, options } = await import(pathToFileURL(path.join(DIST, 'server', 'entry.mjs')).href);

// ── Hostile clients ─────────────────────────────────────────────────────────
// Everything below runs before the adapter sees a request: the adapter builds
// a WHATWG `Request` outside any try (a TRACE request threw there and ended
// the process), reads bodies whole, and takes the request's Host as the
// page's address.

/**
 * The caller's language: the page's locale, else `?locale=`, else the page of
 * this site the request was sent from (`Referer`), else Accept-Language (en
 * unless zh is preferred). The app decides the same way (`requestLocale`).
 */
function callerLocale(req) {
  const url = req.url ?? '';
  const routed = /^\/(en|zh)(?:[/?#]|$)/.exec(url) ?? /[?&]locale=(en|zh)(?:&|#|$)/.exec(url);
  if (routed) return routed[1];
  const from = /^https?:\/\/([^/?#]+)\/(en|zh)(?:[/?#]|$)/.exec(String(req.headers?.referer ?? '').slice(0, 2048));
  if (from && from[1] === req.headers?.host) return from[2];
  let best = { locale: 'en', q: 0 };
  for (const part of String(req.headers?.['accept-language'] ?? '')
    .slice(0, 200)
    .split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const locale = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : null;
    if (locale && Number.isFinite(q) && q > best.q) best = { locale, q };
  }
  return best.locale;
}

/**
 * An error answer's body: JSON (`{ error, errors: { form } }`, as the routes
 * answer) for API and action calls, plain text in both languages — the
 * caller's first — for anything else.
 */
function errorBody(req, key, vars = {}) {
  const locale = callerLocale(req);
  const text = (l) => messages[l][key].replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
  if (/^\/(?:api|_actions)\//.test(req.url ?? '')) {
    return { type: 'application/json; charset=utf-8', body: JSON.stringify({ error: text(locale), errors: { form: text(locale) } }) };
  }
  const other = locale === 'zh' ? 'en' : 'zh';
  return { type: 'text/plain; charset=utf-8', body: `${text(locale)}\n${text(other)}\n` };
}

/** Answers with an error from here, before (or instead of) the route. */
function refuse(req, res, status, key, { vars, headers, close = false } = {}) {
  const { type, body } = errorBody(req, key, vars);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(close && { Connection: 'close' }),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The same answer written straight to a socket Node handed over without a response object (parse errors, CONNECT). */
function refuseOnSocket(socket, req, status, key, { vars, headers } = {}) {
  if (!socket.writable) return socket.destroy();
  const { type, body } = errorBody(req, key, vars);
  const head = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    `Content-Type: ${type}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...Object.entries({ ...SECURITY_HEADERS, ...headers }).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * The methods the site serves. Anything else (TRACE, TRACK, CONNECT,
 * WebDAV's, made-up ones Node's parser lets through) is answered 405 here:
 * the adapter cannot even build a request for some of them.
 */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const METHOD_SET = new Set(METHODS);

/**
 * The names the site answers to: SITE_URL's host, each name in
 * ALLOWED_HOSTS (comma separated; a name without a port allows any port),
 * and loopback names for connections from the machine itself (health checks,
 * a proxy on the same host). A request for any other name is refused (421):
 * nothing the site writes is then ever rendered for a name an attacker chose,
 * whatever a cache in front keys its pages by.
 */
const HOSTS = new Set([SITE.host.toLowerCase()]);
if (!SITE.port) HOSTS.add(SITE.hostname.toLowerCase());
for (const name of (process.env.ALLOWED_HOSTS ?? '').split(',')) if (name.trim()) HOSTS.add(name.trim().toLowerCase());
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;
const LOOPBACK_PEER = /^(?:127\.|::1$|::ffff:127\.)/;

function hostAllowed(req) {
  const host = req.headers.host?.toLowerCase();
  // HTTP/1.0 may name no host (Node refuses HTTP/1.1 without one): the site's own is meant.
  if (host === undefined) return true;
  if (HOSTS.has(host) || HOSTS.has(host.replace(/:\d{1,5}$/, ''))) return true;
  return LOOPBACK_HOST.test(host) && LOOPBACK_PEER.test(req.socket.remoteAddress ?? '');
}

/**
 * How many bytes a request body may have, by path; the first match wins.
 * Photos (the upload API and the product editor, which carries one without
 * JavaScript) get the photo limit (UPLOAD_MAX_BYTES, as in astro.config.mjs)
 * with room for the form around it — the routes then refuse an oversized
 * photo themselves, with a message next to the field. Every other form and
 * API takes far less than the default.
 */
const UPLOAD_MAX_BYTES = Number(process.env.UPLOAD_MAX_BYTES) > 0 ? Number(process.env.UPLOAD_MAX_BYTES) : 10_000_000;
/** Verification documents (DOCUMENT_MAX_BYTES in src/features/review/documents.ts). */
const DOCUMENT_MAX_BYTES = 8_000_000;
/** A product sheet and its photo archive (SHEET_LIMITS and PHOTO_ZIP_LIMITS in src/features/spreadsheet). */
const SHEET_AND_PHOTOS_BYTES = 2 * 1024 * 1024 + 50 * 1024 * 1024;
const BODY_LIMITS = [
  { path: /^\/api\/exporter\/uploads\/?(?:\?|$)/, bytes: UPLOAD_MAX_BYTES + 256 * 1024 },
  { path: /^\/(?:en|zh|ur)\/exporter\/products\/(?:new|\d{1,10})\/?(?:\?|$)/, bytes: UPLOAD_MAX_BYTES + 1024 * 1024 },
  { path: /^\/(?:en|zh|ur)\/exporter\/documents\/?(?:\?|$)/, bytes: DOCUMENT_MAX_BYTES + 1024 * 1024 },
  {
    path: /^\/(?:(?:en|zh|ur)\/exporter\/products|(?:en|zh)\/operator\/exporters\/[a-z0-9-]{1,120})\/import\/?(?:\?|$)/,
    bytes: SHEET_AND_PHOTOS_BYTES + 512 * 1024,
  },
];
const DEFAULT_BODY_LIMIT = 256 * 1024;

function bodyLimit(url) {
  return BODY_LIMITS.find((l) => l.path.test(url))?.bytes ?? DEFAULT_BODY_LIMIT;
}

const hasBody = (req) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** After an answer sent from here, whatever the route still writes (it may be waiting for the body) goes nowhere. */
function silence(res) {
  res.writeHead = function () {
    return this;
  };
  res.setHeader = function () {
    return this;
  };
  res.write = () => true;
  res.end = function (...args) {
    args.find((a) => typeof a === 'function')?.();
    return this;
  };
}

/** After a 413, what the client still sends is read and dropped, up to this much, so that it reads the answer rather than a reset. */
const LINGER_BYTES = 4 * 1024 * 1024;
const LINGER_MS = 3_000;

/**
 * Answers 413 straight on the socket and half-closes it: the client gets the
 * answer and the end of the connection, and whatever it still sends is
 * dropped unbuffered for a moment — a client still writing its body when the
 * server closes would otherwise get a reset instead of the answer — then the
 * connection is cut. The route, if it already runs, sees its body fail and
 * answers into nothing.
 */
function refuseTooLarge(req, res) {
  const socket = req.socket;
  silence(res);
  if (res.headersSent) return void socket.destroy();
  refuseOnSocket(socket, req, 413, 'tooLarge');
  let dropped = 0;
  req.push = (chunk) => {
    if (chunk == null) return true;
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) socket.destroy();
    return true;
  };
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

/**
 * Holds a request body to its limit while it streams: a declared
 * Content-Length above it is refused before a byte is read; a body without
 * one (`Transfer-Encoding: chunked`) is counted as Node's parser hands it
 * over, whoever reads it, and refused the moment it passes the limit. What
 * is past the limit is never buffered. Returns false when the request was
 * refused.
 */
function capBody(req, res) {
  if (!hasBody(req)) return true;
  const limit = bodyLimit(req.url ?? '/');
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuseTooLarge(req, res);
    return false;
  }
  let received = 0;
  const push = req.push;
  req.push = function (chunk, encoding) {
    if (chunk != null) {
      received += chunk.length;
      if (received > limit) {
        refuseTooLarge(req, res);
        return true;
      }
    }
    return push.call(this, chunk, encoding);
  };
  return true;
}

/**
 * A request that failed in a way no route caught (a throw in the adapter, a
 * rejected promise): logged, and answered 500 in the caller's language when
 * nothing was sent yet — the process goes on serving everyone else.
 */
function failed(req, res, error) {
  console.error(`${req.method} ${String(req.url).slice(0, 200)}: unhandled error`, error);
  try {
    if (res.headersSent || res.writableEnded) return void res.destroy();
    refuse(req, res, 500, 'internal', { close: true });
  } catch {
    res.destroy();
  }
}

/**
 * A request Node cannot parse (a malformed request line, a method it does not
 * know, a URL or headers over `maxHeaderSize`, broken framing) is answered
 * here, with the same headers and a message in both languages, instead of a
 * bare status line.
 */
function answerClientError(error, socket) {
  if (error.code === 'ECONNRESET') return socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  refuseOnSocket(socket, { url: '/', headers: {} }, status, 'badRequest');
}

function onRequest(req, res) {
  const url = req.url ?? '/';
  if (!METHOD_SET.has(req.method)) {
    const allowed = staticFiles.has(url) ? 'GET, HEAD' : METHODS.join(', ');
    return refuse(req, res, 405, 'methodNotAllowed', { vars: { method: req.method, allowed }, headers: { Allow: allowed }, close: hasBody(req) });
  }
  // The absolute form (`GET http://host/path`) names the host in the target, which then stands for Host.
  if (!url.startsWith('/') && url !== '*') {
    const target = URL.canParse(url) ? new URL(url) : null;
    if (!target || !/^https?:$/.test(target.protocol)) return refuse(req, res, 400, 'badRequest', { close: hasBody(req) });
    req.headers.host = target.host;
    req.url = `${target.pathname}${target.search}`;
    return onRequest(req, res);
  }
  if (!hostAllowed(req)) return refuse(req, res, 421, 'wrongHost', { close: hasBody(req) });
  // Links are built from SITE_URL; a forwarded host must not steer anything either.
  delete req.headers['x-forwarded-host'];
  if (!capBody(req, res)) return;
  // Static files and kept pages carry all their headers already: answered before anything else runs.
  const query = url.indexOf('?');
  const plainPath = query >= 0 ? url.slice(0, query) : url;
  if (!plainPath.includes('%')) {
    if (answerStatic(req, res, plainPath)) return;
    if (answerFromPageCache(req, res)) return;
    if (answerSearch(req, res, url)) return;
  }
  guard(req, res);
  try {
    if (answerStatic(req, res, decodedPath(url))) return;
    if (answerFromPageCache(req, res)) return;
  } catch {
    return refuse(req, res, 400, 'badRequest');
  }
  // The adapter runs in middleware mode (astro.config.mjs) so that the app gets these locals.
  const locals = req.method === 'GET' && pageCache.accepts(req) ? { keepPage: pageCache.keeper(url) } : {};
  const pending = handler(req, res, undefined, locals);
  if (pending && typeof pending.catch === 'function') pending.catch((error) => failed(req, res, error));
}

// Long search queries and filter links are answered by the site (which cuts or refuses them politely);
// Node's default 16 KB would drop the connection on them.
const server = http.createServer({ maxHeaderSize: 128 * 1024 }, (req, res) => {
  try {
    onRequest(req, res);
  } catch (error) {
    failed(req, res, error);
  }
});

server.on('clientError', answerClientError);
// CONNECT never reaches the request handler; without a listener Node would just drop the connection.
server.on('connect', (req, socket) => {
  refuseOnSocket(socket, req, 405, 'methodNotAllowed', { vars: { method: 'CONNECT', allowed: METHODS.join(', ') }, headers: { Allow: METHODS.join(', ') } });
});

/**
 * SIGTERM or SIGINT: stop taking connections, let the requests under way
 * finish (10 s at most), then let the app close its services — the mail
 * worker, the database pool and the embedded PostgreSQL, shut down fast and
 * cleanly (src/server/runtime.server.ts registers that hook) — and leave.
 */
let draining = false;
async function drain(signal) {
  if (draining) return;
  draining = true;
  console.log(`${signal}: finishing the requests under way, then shutting down`);
  const closed = new Promise((resolve) => server.close(resolve));
  // Keep-alive connections close as soon as their current request is answered.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  clearInterval(idle);
  server.closeAllConnections();
  try {
    await globalThis[Symbol.for('pavilion.shutdown')]?.();
  } catch (error) {
    console.error('shutdown:', error);
  }
  process.exit(signal === 'SIGINT' ? 130 : 0);
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void drain(signal));

const port = process.env.PORT ? Number(process.env.PORT) : (options.port ?? 8080);
const host = process.env.HOST ?? (typeof options.host === 'string' ? options.host : options.host ? '0.0.0.0' : 'localhost');
server.listen(port, host, () => {
  console.log(`Server listening on http://${host.includes(':') ? `[${host}]` : host}:${port}`);
});
