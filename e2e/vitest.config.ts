import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One server and one browser at a time: the journeys share the seeded demo data.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    retry: 0,
    // A loaded CI machine answers slower than a laptop; polls wait for what the UI will show, not a timing.
    expect: { poll: { timeout: 10_000 } },
  },
});
