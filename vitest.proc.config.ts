import { defineConfig } from 'vitest/config';

// The process tests (test/process): real server processes — two web processes and a worker, a server
// killed with SIGKILL and restarted — on the PostgreSQL server named by TEST_DATABASE_URL, each test
// file on a fresh database of its own. One file at a time: each starts several servers.
if (!process.env.TEST_DATABASE_URL) {
  throw new Error('npm run test:proc needs TEST_DATABASE_URL naming a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
}

export default defineConfig({
  test: {
    include: ['test/process/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    restoreMocks: true,
  },
});
