import { defineConfig } from 'vitest/config';

// The integration suite (everything that opens a database) against the PostgreSQL server named by
// TEST_DATABASE_URL or DATABASE_URL; each test file gets its own freshly migrated database.
// Without a server it would quietly run on PGlite and pass, proving nothing about PostgreSQL.
if (!process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL) {
  throw new Error('npm run test:pg needs TEST_DATABASE_URL (or DATABASE_URL) naming a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
}

// As in vitest.config.ts: a file that replaces a module (vi.mock) runs with a module graph of its own.
const ISOLATED = ['src/modules/users/login-throttle.api.test.ts'];
const INCLUDE = ['test/**/*.test.ts', 'src/**/*.api.test.ts', 'src/**/*.api.*.test.ts', 'src/**/*.db.test.ts', 'src/**/*.job.test.ts'];
// Real server processes: npm run test:proc.
const EXCLUDE = ['node_modules', 'test/process/**'];

export default defineConfig({
  test: {
    exclude: EXCLUDE,
    // One migrated template database per run that each test file's own database is copied from.
    globalSetup: ['test/db-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'pg-shared', include: INCLUDE, exclude: [...EXCLUDE, ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'pg-isolated', include: ISOLATED } },
    ],
  },
});
