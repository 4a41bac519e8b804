import { describe, expect, it, vi } from 'vitest';
import { startJobs, type JobLog } from './job-runner.ts';

const silent = (): JobLog & { errors: unknown[] } => {
  const errors: unknown[] = [];
  return { errors, info: () => {}, error: (obj) => void errors.push(obj) };
};

describe('startJobs', () => {
  it('should run each job at once and never overlap two runs of one job', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const log = silent();
    const jobs = startJobs(
      [
        {
          name: 'slow',
          intervalMs: 5,
          run: async () => {
            active++;
            runs++;
            maxActive = Math.max(maxActive, active);
            await new Promise((r) => setTimeout(r, 30));
            active--;
          },
        },
      ],
      log,
    );
    await new Promise((r) => setTimeout(r, 100));
    await jobs.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(maxActive).toBe(1);
    expect(active).toBe(0); // stop waited for the run in progress
  });

  it('should log a failed run without its message and keep running the job', async () => {
    const log = silent();
    const run = vi.fn(async () => {
      throw Object.assign(new Error('duplicate key value (13800138000)'), { query: 'insert into customers …' });
    });
    const jobs = startJobs([{ name: 'failing', intervalMs: 5, run }], log);
    await new Promise((r) => setTimeout(r, 40));
    await jobs.stop();
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(log.errors)).toContain('failing');
    expect(JSON.stringify(log.errors)).not.toContain('13800138000');
  });

  it('should start no run after stop', async () => {
    const run = vi.fn(async () => {});
    const jobs = startJobs([{ name: 'x', intervalMs: 5, run }], silent());
    await jobs.stop();
    const calls = run.mock.calls.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(run.mock.calls.length).toBe(calls);
  });
});
