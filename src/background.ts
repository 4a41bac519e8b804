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
  services: Pick<DomainServices, 'sla' | 'triage' | 'completeDelay' | 'privacy'>;
  clock: Clock;
  intervalMs: number;
  log: JobLog;
}) {
  const { sla, triage, completeDelay, privacy } = deps.services;
  return startJobs(
    [
      {
        name: 'time-limit sweep',
        intervalMs: deps.intervalMs,
        run: async () => {
          // Restarts lose nothing: what is due is derived from the clock log, so the first sweep after a
          // restart carries out everything that fell due meanwhile, once.
          const done = await sla.sweep(deps.clock());
          if (done.length) deps.log.info({ actions: done.length }, 'time-limit sweep');
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
        // Rule 27: personal data past its retention period is redacted, a bounded batch per run.
        name: 'personal-data retention',
        intervalMs: deps.intervalMs,
        run: async () => {
          const done = await privacy.sweep(deps.clock());
          if (done.cases || done.customers || done.phoneReads) deps.log.info(done, 'personal-data retention');
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
