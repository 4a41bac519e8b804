// 彻底延误 (complete delay, DOMAIN-RULES 10): counted from the promised delivery time, a same-city
// shipment still undelivered after 3 calendar days, or any other after 7, is treated as lost.
//
// Decision — what "3 calendar days" means: the same local wall-clock time 3 calendar dates later in the
// company's time zone (promised Mon 18:00 → complete at Thu 18:00). In Asia/Shanghai (no DST) that is
// exactly 72 hours; in a zone with DST it stays on the wall clock instead of drifting by an hour.
// Not chosen: the civil-law period count (民法典 Art 201/203: the first day is not counted and the period
// ends at 24:00 of the last day), which would move the flag to midnight after D+3 — up to a day later,
// in the company's favour. The GB/T wording counts "from the promised time" and the acceptance test
// ("3 days past its promised time is flagged") reads it as elapsed days, so the stricter reading wins.
// Calendar days, never working days: holidays do not extend it.
import { toLocal, wallToInstant } from '../../shared/zoned-time.ts';
import type { ServiceType } from './compensation.schemas.ts';

export type CompleteDelayParams = {
  /** Days for 同城. */
  sameCityDays: number;
  /** Days for 省内异地 and 省际. */
  otherDays: number;
};

/** DOMAIN-RULES 10 (GB/T 27917.3, [S]). */
export const DEFAULT_COMPLETE_DELAY: CompleteDelayParams = { sameCityDays: 3, otherDays: 7 };

export function completeDelayDays(serviceType: ServiceType, params: CompleteDelayParams = DEFAULT_COMPLETE_DELAY): number {
  return serviceType === 'same_city' ? params.sameCityDays : params.otherDays;
}

/** The instant a shipment promised at `promisedAt` becomes 彻底延误 if still undelivered. */
export function completeDelayAt(
  serviceType: ServiceType,
  promisedAt: Date,
  timeZone: string,
  params: CompleteDelayParams = DEFAULT_COMPLETE_DELAY,
): Date {
  const promisedMs = promisedAt.getTime();
  if (!Number.isFinite(promisedMs)) throw new RangeError('promisedAt is not a valid date');
  const local = toLocal(timeZone, promisedMs);
  return new Date(wallToInstant(timeZone, local.dayNumber + completeDelayDays(serviceType, params), local.msOfDay));
}

export type DelayInput = {
  serviceType: ServiceType;
  promisedAt: Date;
  /** When it was delivered; null while it is not (a delivery after `now` is not known yet and is ignored). */
  deliveredAt: Date | null;
  now: Date;
  /** The company's IANA zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
};

/**
 * - `on_time`: delivered by, or not yet past, the promised time;
 * - `delayed`: past it (rule 9 applies: waive the fee) but not yet 彻底延误;
 * - `complete_delay`: still undelivered at `completeDelayAt`, or delivered only after it (rule 10: as lost).
 */
export type DelayStatus = 'on_time' | 'delayed' | 'complete_delay';

export type DelayAssessment = {
  status: DelayStatus;
  /** When it becomes (or became) 彻底延误; an on-time delivery never reaches it. */
  completeDelayAt: Date;
  /** The days of the threshold used (3 or 7 by default). */
  thresholdDays: number;
  /** How long past the promised time, as of delivery or `now`; 0 when on time. */
  lateMs: number;
  /** True when the status is final because the shipment was delivered. */
  delivered: boolean;
  /** The DOMAIN-RULES number this encodes. */
  rule: 10;
};

export function assessDelay(input: DelayInput, params: CompleteDelayParams = DEFAULT_COMPLETE_DELAY): DelayAssessment {
  const nowMs = input.now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('now is not a valid date');
  const completeAt = completeDelayAt(input.serviceType, input.promisedAt, input.timeZone, params);
  const deliveredMs = input.deliveredAt?.getTime() ?? null;
  if (deliveredMs !== null && !Number.isFinite(deliveredMs)) throw new RangeError('deliveredAt is not a valid date');
  const delivered = deliveredMs !== null && deliveredMs <= nowMs;
  const asOf = delivered ? deliveredMs : nowMs;
  const lateMs = Math.max(0, asOf - input.promisedAt.getTime());
  // Reaching the threshold instant counts: 3 days past the promised time is complete delay.
  const status: DelayStatus = lateMs === 0 ? 'on_time' : asOf >= completeAt.getTime() ? 'complete_delay' : 'delayed';
  return {
    status,
    completeDelayAt: completeAt,
    thresholdDays: completeDelayDays(input.serviceType, params),
    lateMs,
    delivered,
    rule: 10,
  };
}
