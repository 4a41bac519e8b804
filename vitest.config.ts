import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/process starts real servers on PostgreSQL: npm run test:proc.
    exclude: ['node_modules', 'e2e/**', 'web/**', 'test/process/**'],
    // One migrated database per run that each test file's own database is copied from.
    globalSetup: ['test/db-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});
