import type { Clock } from './shared/clock.ts';
import { startJobs, type JobLog } from './shared/job-runner.ts';
import type { DomainServices } from './services.ts';
import type { Db } from './db/client.ts';
import { purgeExpiredLogins } from './modules/users/user.service.ts';
import { purgeIdempotencyKeys, retireCaseNumberSequences } from './modules/cases/case.service.ts';
import { purgeExpiredPortal } from './modules/portal/portal.service.ts';

/**
 * Rows kept for a while and then of no use: expired sessions, stale sign-in counts, old idempotency keys,
 * and the case-number sequences of past days (two days back, so no time zone's today is touched).
 */
export async function purgeExpired(db: Db, now: Date, opts: { idempotencyKeyRetentionMs: number }) {
  const logins = await purgeExpiredLogins(db, now);
  const idempotencyKeys = await purgeIdempotencyKeys(db, new Date(now.getTime() - opts.idempotencyKeyRetentionMs));
  const caseNumberSequences = await retireCaseNumberSequences(db, new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10));
  // The portal's expired customer sessions and codes, and its ended limit windows.
  const portal = await purgeExpiredPortal(db, now);
  return { ...logins, idempotencyKeys, caseNumberSequences, portal };
}

// The purge need not run every sweep: hourly, and once at start.
const PURGE_INTERVAL_MS = 3600_000;

/**
 * The background work of a worker process (PROCESS_ROLE=worker, or the single process of `all`):
 * the time-limit sweep and the classifier's retraining; notifications and reports join this list.
 * Several workers may share one PostgreSQL: the sweep claims cases with SKIP LOCKED and retraining
 * takes a database lock, so no work is done twice.
 */
export function startBackgroundWork(deps: {
  services: Pick<DomainServices, 'sla' | 'triage' | 'completeDelay' | 'privacy'> & Partial<Pick<DomainServices, 'outbox' | 'callbacks'>>;
  clock: Clock;
  intervalMs: number;
  log: JobLog;
  /** The purge of expired rows (purgeExpired); left out, none runs. */
  purge?: (now: Date) => Promise<Record<string, number>>;
}) {
  const { sla, triage, completeDelay, privacy, outbox, callbacks } = deps.services;
  return startJobs(
    [
      ...(outbox ? [deliveryJob(outbox, deps.clock, Math.min(deps.intervalMs, 5000), deps.log)] : []),
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
        // Rule 27: personal data past its retention period is redacted, a bounded batch per run.
        name: 'personal-data retention',
        intervalMs: deps.intervalMs,
        run: async () => {
          const done = await privacy.sweep(deps.clock());
          if (done.cases || done.customers || done.phoneReads) deps.log.info(done, 'personal-data retention');
        },
      },
      ...(callbacks
        ? [
            {
              // Satisfaction callbacks: opened on their earliest date (survey link sent), overdue ones warned and
              // escalated; each step once, whatever the number of workers (the callback is re-read under its case's lock).
              name: 'callback sweep',
              intervalMs: deps.intervalMs,
              run: async () => {
                const done = await callbacks.sweep(deps.clock());
                if (done.opened.length || done.overdueSteps) deps.log.info({ opened: done.opened.length, overdueSteps: done.overdueSteps }, 'callback sweep');
              },
            },
          ]
        : []),
      {
        // The company's model learns from cases the agents confirmed or corrected.
        name: 'classifier retraining',
        intervalMs: deps.intervalMs,
        run: async () => {
          await triage.retrainIfDue();
        },
      },
      ...(deps.purge ? [purgeJob(deps.purge, deps.clock, deps.log)] : []),
    ],
    deps.log,
  );
}

function purgeJob(purge: (now: Date) => Promise<Record<string, number>>, clock: Clock, log: JobLog) {
  return {
    name: 'purge expired rows',
    intervalMs: PURGE_INTERVAL_MS,
    run: async () => {
      const counts = await purge(clock());
      if (Object.values(counts).some((n) => n > 0)) log.info(counts, 'purged expired rows');
    },
  };
}

/**
 * Customer messages: claims what is due (SKIP LOCKED, so workers sharing a database never send one twice),
 * sends it, records sent / retry / failed. Counts only in the log, never an address. Often, so a one-time
 * code arrives within seconds.
 */
function deliveryJob(outbox: NonNullable<DomainServices['outbox']>, clock: Clock, intervalMs: number, log: JobLog) {
  return {
    name: 'customer messages',
    intervalMs,
    run: async () => {
      const r = await outbox.deliverDue();
      if (r.claimed) log.info({ sent: r.sent, retried: r.retried, failed: r.failed, suppressed: r.suppressed }, 'customer messages');
      const pruned = await outbox.pruneCaseless(clock());
      if (pruned) log.info({ pruned }, 'customer messages: old code texts redacted');
    },
  };
}
