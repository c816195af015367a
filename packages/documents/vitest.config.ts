import { defineConfig } from 'vitest/config';

// Lets this package's tests run on their own (`npx vitest run --config packages/documents/vitest.config.ts`)
// without the API's global setup from the root config.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
