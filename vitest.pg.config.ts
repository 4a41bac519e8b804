import { defineConfig } from 'vitest/config';

// The integration suite (everything that opens a database) against the PostgreSQL server named by
// TEST_DATABASE_URL or DATABASE_URL; each test file gets its own freshly migrated database.
// Without a server it would quietly run on PGlite and pass, proving nothing about PostgreSQL.
if (!process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL) {
  throw new Error('npm run test:pg needs TEST_DATABASE_URL (or DATABASE_URL) naming a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.api.test.ts', 'src/**/*.api.*.test.ts', 'src/**/*.db.test.ts', 'src/**/*.job.test.ts'],
    // Real server processes: npm run test:proc.
    exclude: ['node_modules', 'test/process/**'],
    // One migrated database per run that each test file's own database is copied from.
    globalSetup: ['test/db-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
  },
});
