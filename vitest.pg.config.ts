import { defineConfig } from 'vitest/config';

// The integration suite (everything that opens a database) against the PostgreSQL server named by
// TEST_DATABASE_URL or DATABASE_URL; each test file gets its own freshly migrated database.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.api.*.test.ts', 'src/**/*.db.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});
