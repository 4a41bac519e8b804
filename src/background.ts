import type { Clock } from './shared/clock.ts';
import { startJobs, type JobLog } from './shared/job-runner.ts';
import type { DomainServices } from './services.ts';

/**
 * The background work of a worker process (PROCESS_ROLE=worker, or the single process of `all`):
 * the time-limit sweep and the classifier's retraining; notifications and reports join this list.
 * Several workers may share one PostgreSQL: the sweep claims cases with SKIP LOCKED and retraining
 * takes a database lock, so no work is done twice.
 */
export function startBackgroundWork(deps: {
  services: Pick<DomainServices, 'sla' | 'triage' | 'completeDelay'>;
  clock: Clock;
  intervalMs: number;
  log: JobLog;
}) {
  const { sla, triage, completeDelay } = deps.services;
  return startJobs(
    [
      {
        name: 'time-limit sweep',
        intervalMs: deps.intervalMs,
        run: async () => {
          // Restarts lose nothing: what is due is derived from the clock log, so the first sweep after a
          // restart carries out everything that fell due meanwhile, once.
          const { actions, failed } = await sla.sweepReport(deps.clock());
          if (actions.length) deps.log.info({ actions: actions.length }, 'time-limit sweep');
          // A case that fails is rolled back alone, recorded in sla_sweep_failures and retried later.
          if (failed.length) {
            deps.log.error({ failed: failed.map((f) => ({ caseId: f.caseId, attempts: f.attempts, error: f.error })) }, 'time-limit sweep: cases failed');
          }
        },
      },
      {
        // A policy or calendar edit asks for its open cases' clocks to be recomputed: done here in
        // bounded batches, so no request waits long for the database.
        name: 'time-limit recompute',
        intervalMs: deps.intervalMs,
        run: async () => {
          const cases = await sla.runRecomputes(deps.clock());
          if (cases) deps.log.info({ cases }, 'time-limit recompute');
        },
      },
      {
        // Rule 10: 彻底延误 written on the timeline once per case, owners notified.
        name: 'complete-delay flag',
        intervalMs: deps.intervalMs,
        run: async () => {
          const flagged = await completeDelay.sweep(deps.clock());
          if (flagged.length) deps.log.info({ cases: flagged.length }, 'complete-delay flag');
        },
      },
      {
        // The company's model learns from cases the agents confirmed or corrected.
        name: 'classifier retraining',
        intervalMs: deps.intervalMs,
        run: async () => {
          await triage.retrainIfDue();
        },
      },
    ],
    deps.log,
  );
}
