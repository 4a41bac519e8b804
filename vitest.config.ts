import { defineConfig } from 'vitest/config';

// A file that replaces a module (vi.mock) needs a module graph of its own; every other file shares its
// worker's (no per-file re-import of the app and of PGlite's WebAssembly, about half the suite's time).
const ISOLATED = ['src/modules/users/login-throttle.api.test.ts'];

export default defineConfig({
  test: {
    // test/process starts real servers on PostgreSQL: npm run test:proc.
    exclude: ['node_modules', 'e2e/**', 'web/**', 'test/process/**'],
    // One migrated database per run that each test file's own database is copied from.
    globalSetup: ['test/db-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    restoreMocks: true,
    projects: [
      { extends: true, test: { name: 'shared', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['node_modules', 'e2e/**', 'web/**', 'test/process/**', ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
