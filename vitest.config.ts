// Unit and integration tests (domain, packs, db with fake-indexeddb, export, CLI, main process).
// End-to-end browser tests live in test/e2e and run through their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'threads',
  },
});
