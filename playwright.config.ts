import { defineConfig, devices } from '@playwright/test';
import { SERVER_NODE_FLAGS } from './scripts/lib/server-flags.mjs';

const port = Number(process.env.E2E_PORT ?? 4399);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium: Playwright cannot download its own browsers on these machines. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { baseURL, launchOptions: chromium, trace: 'off' },
  projects: [
    { name: 'phone', testIgnore: /foreign-hosts/, use: { ...devices['Pixel 7'], launchOptions: chromium } },
    { name: 'desktop', testIgnore: /foreign-hosts/, use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    {
      // A network where every host but the pavilion's own is unreachable (as Google and foreign CDNs are from mainland China).
      name: 'foreign-hosts-blocked',
      testMatch: /foreign-hosts\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...chromium, args: [...chromium.args, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] },
      },
    },
  ],
  webServer: {
    command: `node ${SERVER_NODE_FLAGS.join(' ')} scripts/serve.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM, as a process manager would: the server drains, then shuts its embedded PostgreSQL down cleanly
    // (Playwright's default SIGKILL would leave the database server running after the tests).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      SITE_URL: baseURL,
      DATA_DIR: process.env.E2E_DATA_DIR ?? '.data/e2e',
      // Every browser test signs in and sends inquiries (refused ones count too) from 127.0.0.1; the per-address limits are tested on their own.
      SIGNIN_LIMIT_PER_IP: '10000',
      INQUIRY_LIMIT_PER_IP: '10000',
    },
  },
});
