// 彻底延误 as a timeline event (DOMAIN-RULES 10): a worker's job appends `complete_delay_flagged`
// once per open delay case when it crosses its 彻底延误 instant (the company's policy days, 3 same-city / 7
// otherwise by default) and notifies the case's owners, as the time-limit warnings do. Several workers may
// run it: the job holds an advisory lock, and reads the flags already written only after taking it.
import type { Db } from '../../db/client.ts';
import { caseEvent } from '../cases/case.events.ts';
import { caseRecords } from '../cases/case.records.ts';
import type { NotificationService } from '../notifications/notification.service.ts';
import { completeDelayRepository } from './complete-delay.repository.ts';
import { assessDelay } from './delay.rules.ts';
import { resolutionSettingsOf } from './resolution.service.ts';

const DAY_MS = 86_400_000;
// The SQL cut-off counts 24-hour days; an hour's slack keeps a DST zone's longer day among the candidates
// (the pure `assessDelay` then decides on the wall clock).
const SLACK_MS = 3_600_000;

export type CompleteDelayJob = ReturnType<typeof createCompleteDelayJob>;

export function createCompleteDelayJob(deps: { db: Db; timezone: string; notifications: NotificationService }) {
  const { db, timezone, notifications } = deps;
  return {
    /** Flags what crossed its instant by `now`; returns the ids of the cases flagged by this run. */
    async sweep(now: Date, batch = 200): Promise<string[]> {
      const { compensationPolicy } = await resolutionSettingsOf(db);
      const params = compensationPolicy.completeDelay;
      if (!params.enabled) return [];
      const flagged: string[] = [];
      // Bounded: a sweep never spins, whatever the data looks like.
      for (let round = 0; round < 100; round++) {
        const seen = await completeDelayRepository.withLock(db, async (tx) => {
          const candidates = await caseRecords.completeDelayCandidates(tx, {
            sameCityBefore: new Date(now.getTime() - params.sameCityDays * DAY_MS + SLACK_MS),
            otherBefore: new Date(now.getTime() - params.otherDays * DAY_MS + SLACK_MS),
            limit: batch,
          });
          let done = 0;
          for (const c of candidates) {
            if (!c.serviceType || !c.promisedDeliveryAt) continue;
            const a = assessDelay({ serviceType: c.serviceType, promisedAt: c.promisedDeliveryAt, deliveredAt: null, now, timeZone: timezone }, params);
            if (a.status !== 'complete_delay') continue;
            const payload = {
              completeDelayAt: a.completeDelayAt.toISOString(),
              promisedDeliveryAt: c.promisedDeliveryAt.toISOString(),
              serviceType: c.serviceType,
              thresholdDays: a.thresholdDays,
            };
            await caseRecords.appendEvent(tx, { caseId: c.id, actorId: null, at: now, event: caseEvent.completeDelayFlagged(payload) });
            await notifications.notify(tx, await notifications.ownersOf(tx, c), { caseId: c.id, kind: 'complete_delay', payload, at: now });
            flagged.push(c.id);
            done++;
          }
          return { candidates: candidates.length, done };
        });
        // Another worker holds the lock (it does the work), or nothing more crossed its instant.
        if (!seen || seen.candidates < batch || seen.done === 0) break;
      }
      return flagged;
    },
  };
}
