import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShutdown, type ShutdownStep } from './shutdown.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function harness(phases: ShutdownStep[][], deadlineMs = 10_000) {
  const lines: string[] = [];
  const exits: number[] = [];
  const onSignal = createShutdown({ phases, deadlineMs, say: (l) => lines.push(l), exit: (c) => exits.push(c) });
  return { lines, exits, onSignal };
}

const never = () => new Promise<void>(() => {});

describe('graceful shutdown', () => {
  it('should close the server and jobs first, then the database, and exit 0 when all finish', async () => {
    const order: string[] = [];
    const step = (name: string): ShutdownStep => ({ name, run: async () => void order.push(name) });
    const h = harness([[step('http'), step('jobs')], [step('database')]]);
    h.onSignal('SIGTERM');
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['http', 'jobs', 'database']);
    expect(h.exits).toEqual([0]);
    expect(h.lines.at(-1)).toBe('shut down cleanly');
  });

  it('should exit 1 naming what still runs when a request in flight outlasts the deadline', async () => {
    const h = harness([[{ name: 'HTTP requests in flight', run: never }], [{ name: 'database', run: async () => {} }]], 10_000);
    h.onSignal('SIGTERM');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(h.exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.exits).toEqual([1]);
    expect(h.lines.at(-1)).toMatch(/did not finish within 10 s.*HTTP requests in flight still running/);
  });

  it('should exit at once on a second signal', async () => {
    const h = harness([[{ name: 'background jobs', run: never }]]);
    h.onSignal('SIGTERM');
    await vi.advanceTimersByTimeAsync(100);
    expect(h.exits).toEqual([]);
    h.onSignal('SIGINT');
    expect(h.exits).toEqual([1]);
    expect(h.lines.at(-1)).toMatch(/SIGINT again: exiting now.*background jobs/);
    // The deadline passing later does not exit a second time.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(h.exits).toEqual([1]);
  });

  it('should still close the database and exit 1 when stopping the server failed', async () => {
    const closed: string[] = [];
    const h = harness([
      [{ name: 'http', run: async () => Promise.reject(new Error('boom')) }],
      [{ name: 'database', run: async () => void closed.push('database') }],
    ]);
    h.onSignal('SIGTERM');
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toEqual(['database']);
    expect(h.exits).toEqual([1]);
    expect(h.lines.at(-1)).toMatch(/http \(boom\)/);
  });
});
