import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:resilience`: the parts that take long or disturb a shared
 * service (restarting PostgreSQL) run here, one file at a time; the quick
 * resilience checks run in `npm test` with the other integration tests.
 */
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/resilience/**/*.test.ts'],
    environment: 'node',
    // One embedded PostgreSQL server for the run; each test file makes its own databases on it.
    globalSetup: ['tests/fixtures/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    maxWorkers: 1,
  },
});
