// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';

/**
 * `client:focus`: hydrate an island on first focus, pointer or touch (see src/islands/focus-directive.ts).
 * @type {import('astro').AstroIntegration}
 */
const focusDirective = {
  name: 'client-focus-directive',
  hooks: {
    'astro:config:setup': ({ addClientDirective }) =>
      addClientDirective({ name: 'focus', entrypoint: './src/islands/focus-directive.ts' }),
  },
};

export default defineConfig({
  // Absolute URLs (canonical, sitemap, mail links) use SITE_URL at run time; this is the build-time default.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'server',
  // Middleware mode: scripts/serve.mjs serves the build's files and hands each request's locals (its page cache) to the app.
  // Pages render in a few milliseconds: each is sent whole, in one write, and an error while rendering becomes a
  // proper error page in the visitor's language instead of a page cut off mid-way.
  adapter: node({ mode: 'middleware', staticHeaders: true, experimentalDisableStreaming: true }),
  integrations: [react(), focusDirective],
  vite: { plugins: [tailwindcss()] },
  build: { inlineStylesheets: 'never' },
  prefetch: false,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Astro sends a Content-Security-Policy with the hashes of each page's inline scripts
  // (island loaders), as a header on rendered pages and a <meta> on prerendered ones.
  security: {
    // src/middleware.ts refuses unsafe requests from another site's pages (every body, not only forms),
    // with a message in the visitor's language; Astro's own check would answer first, in English.
    checkOrigin: false,
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // frame-ancestors is added to the header by src/middleware.ts: in the <meta> policy of
        // prerendered pages browsers ignore it and log an error.
      ],
    },
  },
  // Every setting is read at run time (access: 'secret'), so one build serves any deployment.
  env: {
    validateSecrets: true,
    schema: {
      SITE_URL: envField.string({ context: 'server', access: 'secret', default: 'http://localhost:4321' }),
      // Further names (comma separated) the production server answers to besides SITE_URL's host; requests
      // for any other Host are refused before routing (checked by scripts/serve.mjs, declared here to be validated).
      ALLOWED_HOSTS: envField.string({ context: 'server', access: 'secret', optional: true }),
      DATABASE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      DATA_DIR: envField.string({ context: 'server', access: 'secret', default: '.data' }),
      MEILI_HOST: envField.string({ context: 'server', access: 'secret', optional: true }),
      MEILI_API_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
      SMTP_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
      SEED_DEMO: envField.boolean({ context: 'server', access: 'secret', default: true }),
      MAIL_FROM: envField.string({ context: 'server', access: 'secret', default: 'Pakistan Pavilion <no-reply@pavilion.example>' }),
      INQUIRY_CATEGORY_MAX: envField.number({ context: 'server', access: 'secret', default: 5, int: true, gt: 0 }),
      INQUIRY_LIMIT_PER_IP: envField.number({ context: 'server', access: 'secret', default: 20, int: true, gt: 0 }),
      INQUIRY_LIMIT_PER_EMAIL: envField.number({ context: 'server', access: 'secret', default: 10, int: true, gt: 0 }),
      // Proxy hops in front of the server (`true` = 1, `false` = none); see src/server/client-address.server.ts.
      TRUST_PROXY: envField.string({ context: 'server', access: 'secret', default: 'false' }),
      // Comma-separated addresses or CIDR ranges of the reverse proxies, trusted wherever they stand in X-Forwarded-For.
      TRUSTED_PROXIES: envField.string({ context: 'server', access: 'secret', optional: true }),
      SIGNIN_LIMIT_PER_IP: envField.number({ context: 'server', access: 'secret', default: 30, int: true, gt: 0 }),
      AUTH_SECRET: envField.string({ context: 'server', access: 'secret', optional: true }),
      UPLOAD_MAX_BYTES: envField.number({ context: 'server', access: 'secret', default: 10_000_000, int: true, gt: 0 }),
      UPLOAD_LIMIT_PER_EXPORTER: envField.number({ context: 'server', access: 'secret', default: 30, int: true, gt: 0 }),
      UPLOAD_QUOTA_BYTES: envField.number({ context: 'server', access: 'secret', default: 250_000_000, int: true, gt: 0 }),
      MAIL_MAX_ATTEMPTS: envField.number({ context: 'server', access: 'secret', default: 8, int: true, gt: 0 }),
      // Exporters' photos: a folder (default DATA_DIR/uploads; several instances may share one), or an S3-compatible bucket.
      MEDIA_DIR: envField.string({ context: 'server', access: 'secret', optional: true }),
      // Exporters' verification documents, never served publicly (default DATA_DIR/documents; a shared volume for several instances).
      DOCUMENTS_DIR: envField.string({ context: 'server', access: 'secret', optional: true }),
      S3_ENDPOINT: envField.string({ context: 'server', access: 'secret', optional: true }),
      S3_BUCKET: envField.string({ context: 'server', access: 'secret', optional: true }),
      S3_ACCESS_KEY_ID: envField.string({ context: 'server', access: 'secret', optional: true }),
      S3_SECRET_ACCESS_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
      S3_REGION: envField.string({ context: 'server', access: 'secret', default: 'us-east-1' }),
    },
  },
});
