import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The escalation journey moves the shared server's clock ahead (e2e/shifted-clock.mjs), after which the server
// runs minutes ahead of the browser: a journey that sends the browser's own time (a reply's date) would be
// refused as before the case. It runs last.
const MOVES_THE_CLOCK = ['escalation.e2e.test.ts'];
class ClockMoversLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const moves = (f: TestSpecification) => MOVES_THE_CLOCK.some((name) => f.moduleId.endsWith(`/${name}`));
    return [...sorted.filter((f) => !moves(f)), ...sorted.filter(moves)];
  }
}

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One server and one browser at a time: the journeys share the seeded demo data.
    fileParallelism: false,
    sequence: { sequencer: ClockMoversLast },
    testTimeout: 240_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    retry: 0,
    // A loaded CI machine answers slower than a laptop; polls wait for what the UI will show, not a timing.
    expect: { poll: { timeout: 10_000 } },
  },
});
