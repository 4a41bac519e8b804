import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/process starts real servers on PostgreSQL: npm run test:proc.
    exclude: ['node_modules', 'e2e/**', 'web/**', 'test/process/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});
