import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One runner for every tier. Domain tests are pure and fast; API tests build the real app on a
// fresh database (PGlite by default, PostgreSQL when TEST_DATABASE_URL is set — see scripts/test.mjs).
export default defineConfig({
  // The web app's `@/` alias (apps/web/vite.config.ts), for web tests that import its modules.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./apps/web/src/', import.meta.url)) }] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Lets memory checks collect garbage before sampling the heap (packages/documents sheets-memory test).
    execArgv: ['--expose-gc'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['apps/api/test/global-setup.ts'],
  },
});
