import { loggableError } from './http.ts';

/** A piece of background work run every `intervalMs`; a run never overlaps the previous one. */
export type Job = { name: string; intervalMs: number; run: () => Promise<void> };

export type JobLog = {
  info: (obj: Record<string, unknown>, msg: string) => void;
  error: (obj: Record<string, unknown>, msg: string) => void;
};

/**
 * Runs each job at once and then on its interval until stopped. A failed run is logged (never its
 * values: a database error may quote personal data) and retried at the next interval; `stop` waits for
 * runs in progress, so a shutdown never cuts a sweep's transaction short.
 */
export function startJobs(jobs: readonly Job[], log: JobLog) {
  let stopped = false;
  const running = new Set<string>();
  const timers = jobs.map((job) => {
    const tick = async () => {
      if (stopped || running.has(job.name)) return;
      running.add(job.name);
      try {
        await job.run();
      } catch (err) {
        log.error({ job: job.name, error: loggableError(err) }, 'background job failed');
      } finally {
        running.delete(job.name);
      }
    };
    const timer = setInterval(() => void tick(), job.intervalMs);
    timer.unref();
    void tick();
    return timer;
  });
  return {
    stop: async () => {
      stopped = true;
      for (const t of timers) clearInterval(t);
      while (running.size > 0) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
