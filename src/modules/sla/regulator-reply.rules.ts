// A reply to the regulator on a transferred appeal (12305 / 12315; DOMAIN-RULES rules 2, 5, 21) meets the
// appeal-reply clock at the time it was sent, not when someone records it. Pure: the clock log in, the
// events to append out.
import { type ClockEvent, type MetEvent, markMet } from './sla-clock.ts';

/** The regulators a case may be referred by (the case's `regulatorReferral` vocabulary). */
export const REGULATORS = ['12305', '12315', 'other'] as const;
export type Regulator = (typeof REGULATORS)[number];

/** When the current appeal-reply clock started (the referral reached the company), or null if it never ran. */
export function appealReferredAt(events: readonly ClockEvent[]): Date | null {
  let latest: Date | null = null;
  for (const e of events) {
    if (e.target === 'appeal_reply' && e.type === 'started' && (latest === null || e.at.getTime() >= latest.getTime())) latest = e.at;
  }
  return latest;
}

export type RegulatorReplyCheck =
  | { ok: true; events: MetEvent[]; clock: 'met' | 'already_ended' | 'none' }
  | { ok: false; problem: 'in_future' | 'before_referral'; referredAt: Date | null };

/**
 * The clock events a reply sent at `repliedAt` causes, checked against the log and `now`: the reply may not
 * lie in the future, nor before the referral (the appeal clock's start, else `caseCreatedAt`). A running
 * appeal clock is met at `repliedAt` — so a reply sent before the breach counts as on time even when it is
 * recorded later, and the sweeper owes nothing more on it. A clock already met (an earlier reply, the case
 * resolved) or stopped is left as it is; a later reply is still recorded.
 */
export function regulatorReplyEvents(
  events: readonly ClockEvent[],
  input: { repliedAt: Date; now: Date; caseCreatedAt: Date },
): RegulatorReplyCheck {
  const referredAt = appealReferredAt(events);
  if (input.repliedAt.getTime() > input.now.getTime()) return { ok: false, problem: 'in_future', referredAt };
  const from = referredAt ?? input.caseCreatedAt;
  if (input.repliedAt.getTime() < from.getTime()) return { ok: false, problem: 'before_referral', referredAt: from };
  if (!referredAt) return { ok: true, events: [], clock: 'none' };
  const met = markMet(events, 'appeal_reply', input.repliedAt);
  return { ok: true, events: met, clock: met.length ? 'met' : 'already_ended' };
}
