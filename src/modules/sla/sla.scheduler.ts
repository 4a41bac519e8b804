import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../shared/clock.ts';
import type { SlaService } from './sla.service.ts';

/**
 * Runs the time-limit sweep inside the server. Restarts lose nothing: what is due is derived from the
 * clock log, so the first sweep after a restart carries out everything that fell due meanwhile, once.
 */
export function startSlaScheduler(deps: {
  sla: SlaService;
  clock: Clock;
  intervalMs: number;
  log: FastifyBaseLogger;
  afterSweep?: () => Promise<unknown>;
}) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const done = await deps.sla.sweep(deps.clock());
      if (done.length) deps.log.info({ actions: done.length }, 'time-limit sweep');
      await deps.afterSweep?.();
    } catch (err) {
      deps.log.error({ err }, 'time-limit sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), deps.intervalMs);
  timer.unref();
  void tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      while (running) await new Promise((r) => setTimeout(r, 20));
    },
  };
}
