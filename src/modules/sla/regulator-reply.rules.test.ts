import { describe, expect, it } from 'vitest';
import { type ClockEvent, type SlaPolicy, computeClockState, dueActions, nextActionAt } from './sla-clock.ts';
import { appealReferredAt, regulatorReplyEvents } from './regulator-reply.rules.ts';

// DOMAIN-RULES rule 2 (a company must process regulator-transferred appeals and report back), rule 5 (the
// company's reply deadline on a transferred appeal: internal SLA of 3 working days), rule 21 (a 12315
// complaint is handled within 7 working days): a recorded reply meets the appeal-reply clock at the time it
// was sent, and the sweeper then owes nothing more on it.

const h = (n: number) => n * 3_600_000;
const t0 = new Date('2026-03-02T01:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + h(hours));

// Calendar time keeps the arithmetic obvious: 72 h limit, warn at 75 % = 54 h, supervisor at the breach.
const POLICY: SlaPolicy = {
  targets: [{ target: 'appeal_reply', minutes: 72 * 60, calendar: 'calendar', pausable: false }],
  pauseStatuses: [],
  warnAtShare: 0.75,
  escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 240 },
};
const CAL = { kind: '24x7' } as const;
const started: ClockEvent = { type: 'started', target: 'appeal_reply', at: t0 };
const state = (events: readonly ClockEvent[], now: Date) => computeClockState(POLICY, CAL, events, now)[0]!;

describe('regulatorReplyEvents (rules 2, 5, 21)', () => {
  it('meets a running appeal clock at the time the reply was sent, on time', () => {
    const r = regulatorReplyEvents([started], { repliedAt: at(10), now: at(20), caseCreatedAt: t0 });
    expect(r).toEqual({ ok: true, clock: 'met', events: [{ type: 'met', target: 'appeal_reply', at: at(10) }] });
    const log = [started, ...(r.ok ? r.events : [])];
    expect(state(log, at(100))).toMatchObject({ status: 'met', metOnTime: true, metAt: at(10) });
    // The sweeper no longer warns or escalates, even far past the limit.
    expect(dueActions(POLICY, CAL, log, at(200))).toEqual([]);
    expect(nextActionAt(POLICY, CAL, log, at(20))).toBeNull();
  });

  it('without a reply the same clock warns, breaches and escalates (the contrast)', () => {
    expect(dueActions(POLICY, CAL, [started], at(80)).map((a) => a.kind)).toEqual(['warn', 'breach', 'escalate', 'escalate']);
  });

  it('a reply sent before the breach but recorded after the warning counts as on time; later actions stop', () => {
    const warned: ClockEvent = { type: 'warned', target: 'appeal_reply', at: at(54) };
    const r = regulatorReplyEvents([started, warned], { repliedAt: at(50), now: at(60), caseCreatedAt: t0 });
    const log = [started, warned, ...(r.ok ? r.events : [])];
    expect(state(log, at(100))).toMatchObject({ status: 'met', metOnTime: true });
    expect(dueActions(POLICY, CAL, log, at(100))).toEqual([]);
  });

  it('a reply after the breach is met late', () => {
    const r = regulatorReplyEvents([started], { repliedAt: at(80), now: at(81), caseCreatedAt: t0 });
    const log = [started, ...(r.ok ? r.events : [])];
    expect(state(log, at(90))).toMatchObject({ status: 'met', metOnTime: false });
  });

  it('refuses a reply in the future or before the referral', () => {
    expect(regulatorReplyEvents([started], { repliedAt: at(5), now: at(4), caseCreatedAt: t0 })).toMatchObject({ ok: false, problem: 'in_future' });
    expect(regulatorReplyEvents([started], { repliedAt: at(-1), now: at(4), caseCreatedAt: at(-10) })).toEqual({
      ok: false,
      problem: 'before_referral',
      referredAt: t0,
    });
  });

  it('a second reply leaves the met clock as it is', () => {
    const met: ClockEvent = { type: 'met', target: 'appeal_reply', at: at(10) };
    expect(regulatorReplyEvents([started, met], { repliedAt: at(30), now: at(40), caseCreatedAt: t0 })).toEqual({ ok: true, events: [], clock: 'already_ended' });
  });

  it('no appeal clock (no policy target): recorded, nothing to meet; not before the case', () => {
    expect(regulatorReplyEvents([], { repliedAt: at(3), now: at(4), caseCreatedAt: t0 })).toEqual({ ok: true, events: [], clock: 'none' });
    expect(regulatorReplyEvents([], { repliedAt: at(-3), now: at(4), caseCreatedAt: t0 })).toMatchObject({ ok: false, problem: 'before_referral' });
  });

  it('the referral is the latest start of the appeal clock', () => {
    expect(appealReferredAt([started, { type: 'started', target: 'appeal_reply', at: at(30) }, { type: 'started', target: 'resolution', at: at(40) }])).toEqual(at(30));
    expect(appealReferredAt([])).toBeNull();
  });
});
