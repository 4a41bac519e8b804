import { describe, expect, it } from 'vitest';
import type { WorkingHoursCalendar } from './business-calendar.ts';
import {
  type CaseStep,
  type ClockEvent,
  type SlaAction,
  type SlaPolicy,
  DEFAULT_SLA_POLICY,
  clockEventsForStep,
  computeClockState,
  cycleState,
  realignClocks,
  withStatutoryLimit,
  dueActions,
  immediateEscalation,
  markMet,
  nextActionAt,
  onStatusChange,
  startClocks,
  startFixedClock,
  stopClocks,
  validateSlaPolicy,
} from './sla-clock.ts';

const BJ = 8 * 3_600_000;
const bj = (text: string): Date => new Date(Date.parse(`${text.replace(' ', 'T')}:00Z`) - BJ);
const showBj = (d: Date | null): string | null =>
  d === null ? null : new Date(d.getTime() + BJ).toISOString().slice(0, 16).replace('T', ' ');

const day = [{ start: '09:00', end: '18:00' }];
const OFFICE: WorkingHoursCalendar = {
  kind: 'working_hours',
  timezone: 'Asia/Shanghai',
  weekly: { 1: day, 2: day, 3: day, 4: day, 5: day },
  holidays: 'cn-statutory',
  overrides: [],
};

const POLICY: SlaPolicy = {
  targets: [
    { target: 'first_reply', minutes: 4 * 60, calendar: 'business', pausable: false },
    { target: 'resolution', minutes: 24 * 60, calendar: 'business', pausable: true },
    { target: 'legal_outer_limit', minutes: 7 * 24 * 60, calendar: 'calendar', pausable: false },
  ],
  pauseStatuses: ['awaiting_customer'],
  warnAtShare: 0.75,
  escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 240 },
};

const show = (a: SlaAction): string =>
  `${a.kind}${a.kind === 'escalate' ? ` L${a.level} ${a.role}` : ''} ${a.target} @ ${showBj(a.dueAt)}`;

const stateOf = (events: readonly ClockEvent[], now: Date, target: string, policy = POLICY) => {
  const s = computeClockState(policy, OFFICE, events, now).find((x) => x.target === target);
  if (!s) throw new Error(`no clock for ${target}`);
  return s;
};

// Started Mon 2026-03-02 09:00 (no holidays that week or the next):
// first_reply 4 business h → due 13:00, warn at 3 h = 12:00, manager 4 business h after breach = 17:00;
// resolution 24 business h → Mon 9 + Tue 9 + Wed 6 → due Wed 03-04 15:00, warn at 18 h = Tue 18:00,
//   manager at Wed 15:00 + 4 business h (3 h Wed, 1 h Thu) = Thu 03-05 10:00;
// legal 7 calendar days → Mon 03-09 09:00, warn at 126 h = Sat 03-07 15:00, manager 4 h later = 13:00.
const START = bj('2026-03-02 09:00');
const FULL_SEQUENCE = [
  'warn first_reply @ 2026-03-02 12:00',
  'breach first_reply @ 2026-03-02 13:00',
  'escalate L1 supervisor first_reply @ 2026-03-02 13:00',
  'escalate L2 manager first_reply @ 2026-03-02 17:00',
  'warn resolution @ 2026-03-03 18:00',
  'breach resolution @ 2026-03-04 15:00',
  'escalate L1 supervisor resolution @ 2026-03-04 15:00',
  'escalate L2 manager resolution @ 2026-03-05 10:00',
  'warn legal_outer_limit @ 2026-03-07 15:00',
  'breach legal_outer_limit @ 2026-03-09 09:00',
  'escalate L1 supervisor legal_outer_limit @ 2026-03-09 09:00',
  'escalate L2 manager legal_outer_limit @ 2026-03-09 13:00',
];

describe('starting and reading clocks', () => {
  it('starts every target of the policy and computes due times', () => {
    const events = startClocks(POLICY, START);
    expect(events.map((e) => e.target)).toEqual(['first_reply', 'resolution', 'legal_outer_limit']);
    const states = computeClockState(POLICY, OFFICE, events, bj('2026-03-02 10:00'));
    expect(states.map((s) => [s.target, s.status, showBj(s.dueAt), showBj(s.warnAt)])).toEqual([
      ['first_reply', 'running', '2026-03-02 13:00', '2026-03-02 12:00'],
      ['resolution', 'running', '2026-03-04 15:00', '2026-03-03 18:00'],
      ['legal_outer_limit', 'running', '2026-03-09 09:00', '2026-03-07 15:00'],
    ]);
    expect(states[0]).toMatchObject({ remainingMinutes: 180, elapsedMinutes: 60, elapsedShare: 0.25, pausedMinutes: 0 });
  });

  it('moves running → warning → breached with time', () => {
    const events = startClocks(POLICY, START);
    expect(stateOf(events, bj('2026-03-02 11:59'), 'first_reply').status).toBe('running');
    expect(stateOf(events, bj('2026-03-02 12:00'), 'first_reply').status).toBe('warning');
    const late = stateOf(events, bj('2026-03-02 14:00'), 'first_reply');
    expect(late).toMatchObject({ status: 'breached', remainingMinutes: -60, elapsedShare: 1.25 });
    expect(showBj(late.breachedAt)).toBe('2026-03-02 13:00');
    // Overnight no business time passes, so a business clock stays exactly at its limit.
    expect(stateOf(events, bj('2026-03-03 20:00'), 'resolution')).toMatchObject({ status: 'warning', remainingMinutes: 360 });
  });

  it('counts business vs calendar (24x7) time', () => {
    const policy: SlaPolicy = {
      ...POLICY,
      targets: [
        { target: 'first_reply', minutes: 240, calendar: 'business', pausable: false },
        { target: 'acknowledge', minutes: 240, calendar: 'calendar', pausable: false },
      ],
    };
    const events = startClocks(policy, bj('2026-03-06 16:00')); // a Friday
    const states = computeClockState(policy, OFFICE, events, bj('2026-03-06 16:00'));
    expect(states.map((s) => [s.target, showBj(s.dueAt)])).toEqual([
      ['first_reply', '2026-03-09 11:00'], // Fri 16–18, Mon 09–11
      ['acknowledge', '2026-03-06 20:00'],
    ]);
  });

  it('runs a business clock across the Spring Festival', () => {
    const events = startClocks(POLICY, bj('2026-02-13 16:00'), ['resolution']);
    // Fri 2 h + Sat 14th (make-up) 9 h + Tue 24th 9 h + Wed 25th 4 h.
    expect(showBj(stateOf(events, bj('2026-02-13 16:00'), 'resolution').dueAt)).toBe('2026-02-25 13:00');
  });

  it('rejects targets that are not in the policy', () => {
    expect(() => startClocks(POLICY, START, ['appeal_reply'])).toThrow(RangeError);
  });
});

describe('pause and resume', () => {
  const paused = bj('2026-03-03 10:00'); // resolution has used Mon 9 h + Tue 1 h = 10 h
  const resumed = bj('2026-03-05 11:00');

  function scenario(): ClockEvent[] {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    log.push(...markMet(log, 'first_reply', bj('2026-03-02 11:00')));
    log.push(...onStatusChange(log, POLICY, 'awaiting_customer', paused));
    return log;
  }

  it('pauses only running pausable clocks, once', () => {
    const log = scenario();
    expect(log.filter((e) => e.type === 'paused').map((e) => e.target)).toEqual(['resolution']);
    expect(onStatusChange(log, POLICY, 'awaiting_customer', bj('2026-03-03 11:00'))).toEqual([]);
    expect(onStatusChange(log, POLICY, 'investigating', resumed)).toEqual([
      { type: 'resumed', target: 'resolution', at: resumed },
    ]);
  });

  it('freezes the remaining time while paused', () => {
    const s = stateOf(scenario(), bj('2026-03-04 12:00'), 'resolution');
    expect(s).toMatchObject({
      status: 'paused',
      paused: true,
      dueAt: null,
      remainingMinutes: 14 * 60,
      pausedMinutes: 11 * 60, // Tue 10–18 + Wed 09–12
    });
    expect(s.elapsedShare).toBeCloseTo(10 / 24, 10);
  });

  it('shifts the due time by the paused business time', () => {
    const log = scenario();
    log.push(...onStatusChange(log, POLICY, 'investigating', resumed));
    const s = stateOf(log, bj('2026-03-05 12:00'), 'resolution');
    // Paused Tue 10–18 (8 h) + Wed (9 h) + Thu 09–11 (2 h) = 19 h; Wed 15:00 + 19 business h = Fri 03-06 16:00.
    expect(s).toMatchObject({ status: 'running', pausedMinutes: 19 * 60, remainingMinutes: 13 * 60 });
    expect(showBj(s.dueAt)).toBe('2026-03-06 16:00');
    expect(showBj(s.warnAt)).toBe('2026-03-06 10:00'); // 18 h: Mon 9 + Tue 1 + Thu 7 + Fri 1
  });

  it('does not move the due time for a pause outside business hours', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START, ['resolution'])];
    log.push(...onStatusChange(log, POLICY, 'awaiting_customer', bj('2026-03-02 19:00')));
    log.push(...onStatusChange(log, POLICY, 'investigating', bj('2026-03-03 08:30')));
    const s = stateOf(log, bj('2026-03-03 09:00'), 'resolution');
    expect(s).toMatchObject({ status: 'running', pausedMinutes: 0 });
    expect(showBj(s.dueAt)).toBe('2026-03-04 15:00');
  });

  it('never pauses the legal outer limit', () => {
    const log = scenario();
    expect(log.some((e) => e.type === 'paused' && e.target === 'legal_outer_limit')).toBe(false);
    // Even a stray pause event in the log is ignored for a non-pausable target.
    log.push({ type: 'paused', target: 'legal_outer_limit', at: paused });
    const s = stateOf(log, bj('2026-03-04 12:00'), 'legal_outer_limit');
    expect(s).toMatchObject({ status: 'running', paused: false, pausedMinutes: 0 });
    expect(showBj(s.dueAt)).toBe('2026-03-09 09:00');
    // And it breaches on time while the case waits for the customer.
    expect(dueActions(POLICY, OFFICE, log, bj('2026-03-09 09:00')).map(show)).toContain(
      'breach legal_outer_limit @ 2026-03-09 09:00',
    );
  });

  it('keeps a breach that happened before the pause', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START, ['resolution'])];
    log.push(...onStatusChange(log, POLICY, 'awaiting_customer', bj('2026-03-04 16:00')));
    const s = stateOf(log, bj('2026-03-05 12:00'), 'resolution');
    expect(s).toMatchObject({ status: 'breached', paused: true, remainingMinutes: -60 });
    expect(showBj(s.dueAt)).toBe('2026-03-04 15:00');
  });
});

describe('met and stopped', () => {
  it('records met once and reports whether it was on time', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    log.push(...markMet(log, 'first_reply', bj('2026-03-02 12:30')));
    expect(markMet(log, 'first_reply', bj('2026-03-02 12:45'))).toEqual([]);
    log.push(...markMet(log, 'resolution', bj('2026-03-04 16:00')));
    const now = bj('2026-03-05 09:00');
    expect(stateOf(log, now, 'first_reply')).toMatchObject({ status: 'met', metOnTime: true, remainingMinutes: 30 });
    const res = stateOf(log, now, 'resolution');
    expect(res).toMatchObject({ status: 'met', metOnTime: false, remainingMinutes: -60 });
    expect(showBj(res.dueAt)).toBe('2026-03-04 15:00');
    expect(markMet(log, 'appeal_reply', now)).toEqual([]); // never started
  });

  it('owes no actions on a met clock, even ones missed while down', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START, ['resolution'])];
    log.push(...markMet(log, 'resolution', bj('2026-03-04 16:00'))); // after the breach, no sweeper ran
    expect(dueActions(POLICY, OFFICE, log, bj('2026-03-10 00:00'))).toEqual([]);
  });

  it('stops clocks without meeting them (rejected / merged cases)', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    log.push(...markMet(log, 'first_reply', bj('2026-03-02 10:00')));
    const stops = stopClocks(log, bj('2026-03-02 11:00'));
    expect(stops.map((e) => e.target)).toEqual(['resolution', 'legal_outer_limit']);
    log.push(...stops);
    expect(computeClockState(POLICY, OFFICE, log, bj('2026-03-20 00:00')).map((s) => s.status)).toEqual([
      'met',
      'stopped',
      'stopped',
    ]);
    expect(dueActions(POLICY, OFFICE, log, bj('2026-03-20 00:00'))).toEqual([]);
    expect(nextActionAt(POLICY, OFFICE, log, bj('2026-03-20 00:00'))).toBeNull();
  });
});

describe('the sweeper: warn → breach → supervisor → manager, each exactly once', () => {
  function sweep(log: ClockEvent[], now: Date): SlaAction[] {
    const actions = dueActions(POLICY, OFFICE, log, now);
    log.push(...actions.map((a) => a.event));
    return actions;
  }

  it('produces every action once when sweeping every 30 minutes, and nothing on an immediate re-run', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    const performed: SlaAction[] = [];
    for (let t = START.getTime(); t <= bj('2026-03-12 00:00').getTime(); t += 30 * 60_000) {
      const now = new Date(t);
      performed.push(...sweep(log, now));
      expect(dueActions(POLICY, OFFICE, log, now)).toEqual([]);
    }
    expect(performed.map(show)).toEqual(FULL_SEQUENCE);
  });

  it('yields every action missed during a long downtime, once and in order', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    const now = bj('2026-03-10 00:00');
    expect(sweep(log, now).map(show)).toEqual(FULL_SEQUENCE);
    expect(sweep(log, now)).toEqual([]);
    expect(sweep(log, bj('2026-04-01 00:00'))).toEqual([]);
    expect(nextActionAt(POLICY, OFFICE, log, now)).toBeNull();
  });

  it('resumes after a partial run without repeating what was recorded', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    expect(sweep(log, bj('2026-03-02 13:00')).map(show)).toEqual(FULL_SEQUENCE.slice(0, 3));
    // Server down from 13:00 Monday until Thursday noon.
    expect(sweep(log, bj('2026-03-05 12:00')).map(show)).toEqual(FULL_SEQUENCE.slice(3, 8));
    expect(sweep(log, bj('2026-03-05 12:00'))).toEqual([]);
  });

  it('tolerates a log stored out of order', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    sweep(log, bj('2026-03-05 12:00'));
    const shuffled = [...log].reverse();
    expect(dueActions(POLICY, OFFICE, shuffled, bj('2026-03-05 12:00'))).toEqual([]);
    expect(dueActions(POLICY, OFFICE, shuffled, bj('2026-03-10 00:00')).map(show)).toEqual(FULL_SEQUENCE.slice(8));
  });

  it('tells when the next action falls due', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START)];
    expect(showBj(nextActionAt(POLICY, OFFICE, log, START))).toBe('2026-03-02 12:00');
    sweep(log, bj('2026-03-02 13:00'));
    expect(showBj(nextActionAt(POLICY, OFFICE, log, bj('2026-03-02 13:00')))).toBe('2026-03-02 17:00');
    // A paused resolution clock contributes nothing until it resumes.
    log.push(...markMet(log, 'first_reply', bj('2026-03-02 14:00')));
    log.push(...onStatusChange(log, POLICY, 'awaiting_customer', bj('2026-03-02 14:00')));
    expect(showBj(nextActionAt(POLICY, OFFICE, log, bj('2026-03-02 14:00')))).toBe('2026-03-07 15:00');
  });

  it('escalates in business time for business targets', () => {
    // Started Wed 03-04 09:00: 9 + 9 + 6 = 24 h → breach Fri 03-06 15:00, three hours before the weekend.
    const log: ClockEvent[] = [...startClocks(POLICY, bj('2026-03-04 09:00'), ['resolution'])];
    const actions = dueActions(POLICY, OFFICE, log, bj('2026-03-10 00:00')).map(show);
    expect(actions).toEqual([
      'warn resolution @ 2026-03-05 18:00',
      'breach resolution @ 2026-03-06 15:00',
      'escalate L1 supervisor resolution @ 2026-03-06 15:00',
      'escalate L2 manager resolution @ 2026-03-09 10:00', // Fri 15–18 + Mon 09–10, not Fri 19:00
    ]);
  });

  it('restarts the resolution clock on a reopen as a new cycle', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START, ['resolution'])];
    sweep(log, bj('2026-03-04 10:00')); // warned
    log.push(...markMet(log, 'resolution', bj('2026-03-04 10:00')));
    const reopenedAt = bj('2026-03-05 10:00');
    log.push(...startClocks(POLICY, reopenedAt, ['resolution']));
    const escalation = immediateEscalation('reopened', reopenedAt);
    log.push(escalation.event);
    expect(stateOf(log, reopenedAt, 'resolution')).toMatchObject({ status: 'running', metAt: null });
    // New warning at 18 business h from Thu 10:00: Thu 8 + Fri 9 + Mon 1 → Mon 03-09 10:00.
    expect(sweep(log, bj('2026-03-09 10:00')).map(show)).toEqual(['warn resolution @ 2026-03-09 10:00']);
  });
});

describe('immediate escalation', () => {
  const at = bj('2026-03-02 10:00');

  it('sends a critical case to the manager and the rest to the supervisor', () => {
    expect(immediateEscalation('critical', at)).toEqual({
      kind: 'escalate',
      target: 'resolution',
      dueAt: at,
      level: 2,
      role: 'manager',
      reason: 'critical',
      event: { type: 'escalated', target: 'resolution', at, level: 2, reason: 'critical' },
    });
    expect(immediateEscalation('remedy_rejected', at)).toMatchObject({ level: 1, role: 'supervisor' });
    expect(immediateEscalation('reopened', at, { level: 2 })).toMatchObject({ level: 2, role: 'manager' });
  });

  it('does not stand in for the breach escalation of the same level', () => {
    const log: ClockEvent[] = [...startClocks(POLICY, START, ['first_reply'])];
    log.push(immediateEscalation('critical', at, { target: 'first_reply', level: 1 }).event);
    expect(dueActions(POLICY, OFFICE, log, bj('2026-03-02 13:00')).map(show)).toEqual(FULL_SEQUENCE.slice(0, 3));
  });
});

describe('policy validation', () => {
  it('accepts the test and default policies', () => {
    expect(validateSlaPolicy(POLICY)).toEqual([]);
    expect(validateSlaPolicy(DEFAULT_SLA_POLICY)).toEqual([]);
  });

  it('reports a pausable legal limit, duplicates and bad numbers', () => {
    const bad: SlaPolicy = {
      targets: [
        { target: 'legal_outer_limit', minutes: 10080, calendar: 'calendar', pausable: true },
        { target: 'resolution', minutes: -5, calendar: 'business', pausable: true },
        { target: 'resolution', minutes: 60, calendar: 'business', pausable: true },
      ],
      pauseStatuses: [],
      warnAtShare: 1.5,
      escalation: { supervisorAfterBreachMinutes: 60, managerAfterBreachMinutes: 30 },
    };
    expect(validateSlaPolicy(bad).map((p) => p.path)).toEqual([
      'targets.0',
      'targets.1.minutes',
      'targets.2.target',
      'warnAtShare',
      'escalation.managerAfterBreachMinutes',
    ]);
  });
});

describe('realigning a log with the policy a case now runs on', () => {
  const RESOLUTION_ONLY: SlaPolicy = { ...POLICY, targets: [POLICY.targets[1]!] };
  const history: CaseStep[] = [
    { kind: 'created', at: START, acknowledgedOnTheSpot: false, referral: false },
    { kind: 'status', from: 'registered', to: 'assigned', at: bj('2026-03-02 09:00') },
    { kind: 'status', from: 'assigned', to: 'investigating', at: bj('2026-03-02 09:30') },
    { kind: 'public_reply', at: bj('2026-03-02 10:00') },
    { kind: 'status', from: 'investigating', to: 'remedy_proposed', at: bj('2026-03-02 10:30') },
    { kind: 'status', from: 'remedy_proposed', to: 'awaiting_customer', at: bj('2026-03-02 11:00') },
    { kind: 'status', from: 'awaiting_customer', to: 'executing', at: bj('2026-03-02 13:00') },
  ];
  const logUnder = (policy: SlaPolicy) => history.reduce<ClockEvent[]>((log, step) => [...log, ...clockEventsForStep(log, policy, step)], []);
  const now = bj('2026-03-02 14:00');

  it('changes nothing when the log is in step', () => {
    expect(realignClocks({ events: logUnder(POLICY), policy: POLICY, status: 'executing', referral: false, history: null, now })).toEqual({ needsHistory: false, events: [] });
  });

  it('replays a target the case never ran from intake, with its pauses and the reply that met it', () => {
    const events = logUnder(RESOLUTION_ONLY);
    expect(realignClocks({ events, policy: POLICY, status: 'executing', referral: false, history: null, now })).toEqual({ needsHistory: true });
    const plan = realignClocks({ events, policy: POLICY, status: 'executing', referral: false, history, now });
    if (plan.needsHistory) throw new Error('history was given');
    const log = [...events, ...plan.events];
    // The same log as if the policy had applied from intake.
    expect(computeClockState(POLICY, OFFICE, log, now)).toEqual(computeClockState(POLICY, OFFICE, logUnder(POLICY), now));
    expect(stateOf(log, now, 'first_reply')).toMatchObject({ status: 'met', metAt: bj('2026-03-02 10:00') });
    // The legal limit runs from intake and is not paused by the two hours with the customer.
    expect(showBj(stateOf(log, now, 'legal_outer_limit').dueAt)).toBe('2026-03-09 09:00');
  });

  it('stops what the policy no longer has, and an appeal clock without a referral', () => {
    const events = [...logUnder(POLICY), ...startClocks({ ...POLICY, targets: [...POLICY.targets, { target: 'appeal_reply', minutes: 60, calendar: 'business', pausable: false }] }, START, ['appeal_reply'])];
    const plan = realignClocks({ events, policy: RESOLUTION_ONLY, status: 'executing', referral: false, history: null, now });
    expect(plan).toEqual({
      needsHistory: false,
      events: [
        { type: 'stopped', target: 'legal_outer_limit', at: now },
        { type: 'stopped', target: 'appeal_reply', at: now },
      ],
    });
  });

  it('starts a stopped target again from now, and pauses what the status pauses', () => {
    const events = [...logUnder(POLICY), ...stopClocks(logUnder(POLICY), bj('2026-03-02 13:30'), ['legal_outer_limit'])];
    const plan = realignClocks({ events, policy: POLICY, status: 'awaiting_customer', referral: false, history: null, now });
    expect(plan).toEqual({
      needsHistory: false,
      events: [
        { type: 'started', target: 'legal_outer_limit', at: now },
        { type: 'paused', target: 'resolution', at: now },
      ],
    });
    if (!plan.needsHistory) expect(cycleState([...events, ...plan.events], 'legal_outer_limit')).toBe('open');
  });

  it('keeps the statutory limit in every policy and cuts a longer one to it', () => {
    const statutory = { target: 'legal_outer_limit' as const, minutes: 7 * 24 * 60, calendar: 'calendar' as const, pausable: false };
    expect(withStatutoryLimit(RESOLUTION_ONLY, statutory).targets.map((t) => t.target)).toEqual(['resolution', 'legal_outer_limit']);
    expect(withStatutoryLimit(POLICY, statutory)).toBe(POLICY);
    const longer = { ...POLICY, targets: POLICY.targets.map((t) => (t.target === 'legal_outer_limit' ? { ...t, minutes: 10 * 24 * 60 } : t)) };
    expect(withStatutoryLimit(longer, statutory).targets.find((t) => t.target === 'legal_outer_limit')?.minutes).toBe(7 * 24 * 60);
    expect(withStatutoryLimit(RESOLUTION_ONLY, null)).toBe(RESOLUTION_ONLY);
  });
});

// The 执行时限 (issue 11 item 6; PROCESS.md step 9 "the agreement carries an execution deadline"): a target whose
// deadline is the instant agreed with the customer, carried by its `started` event, in no policy.
describe('the execution deadline: a fixed-deadline target', () => {
  const accepted = bj('2026-03-02 10:00');
  const agreed = bj('2026-03-04 10:00'); // 48 h of calendar time: warn at 75 % = 03-03 22:00
  const started = (): ClockEvent[] => [...startClocks(POLICY, bj('2026-03-02 09:00')), ...startFixedClock('execution', accepted, agreed)];

  it.each([
    { now: '2026-03-03 09:00', status: 'running', actions: [] as string[] },
    { now: '2026-03-03 23:00', status: 'warning', actions: ['warn execution @ 2026-03-03 22:00'] },
    {
      now: '2026-03-04 11:00',
      status: 'breached',
      actions: ['warn execution @ 2026-03-03 22:00', 'breach execution @ 2026-03-04 10:00', 'escalate L1 supervisor execution @ 2026-03-04 10:00'],
    },
  ])('should be $status at $now, due at the agreed instant in calendar time', ({ now, status, actions }) => {
    const events = started();
    const s = stateOf(events, bj(now), 'execution');
    expect(s.status).toBe(status);
    expect(showBj(s.dueAt)).toBe('2026-03-04 10:00');
    expect(s.calendar).toBe('calendar');
    expect(dueActions(POLICY, OFFICE, events, bj(now)).filter((a) => a.target === 'execution').map(show)).toEqual(actions);
  });

  it('should not pause while waiting for the customer, and be met when the case leaves 执行中', () => {
    const events = started();
    expect(onStatusChange(events, POLICY, 'awaiting_customer', bj('2026-03-02 12:00')).map((e) => e.target)).not.toContain('execution');
    const resolved = clockEventsForStep(events, POLICY, { kind: 'status', from: 'executing', to: 'resolved', at: bj('2026-03-03 12:00') });
    expect(resolved).toContainEqual({ type: 'met', target: 'execution', at: bj('2026-03-03 12:00') });
    const s = stateOf([...events, ...resolved], bj('2026-03-05 12:00'), 'execution');
    expect(s).toMatchObject({ status: 'met', metOnTime: true });
    expect(nextActionAt(POLICY, OFFICE, [...events, ...resolved], bj('2026-03-05 12:00'))).toBeNull();
  });

  it('should be stopped, not met, by a merge; and a policy change never stops it', () => {
    const events = started();
    const merged = clockEventsForStep(events, POLICY, { kind: 'status', from: 'executing', to: 'merged', at: bj('2026-03-03 12:00') });
    expect(merged.filter((e) => e.target === 'execution').map((e) => e.type)).toEqual(['stopped']);
    const plan = realignClocks({ events, policy: { ...POLICY, targets: POLICY.targets.slice(1) }, status: 'executing', referral: false, history: [], now: bj('2026-03-03 12:00') });
    expect(plan.needsHistory).toBe(false);
    if (!plan.needsHistory) expect(plan.events.filter((e) => e.target === 'execution')).toEqual([]);
  });

  it('should count a deadline already past as breached at once, and refuse execution as a policy target', () => {
    const events = startFixedClock('execution', accepted, bj('2026-03-02 09:00'));
    expect(stateOf(events, bj('2026-03-02 10:01'), 'execution').status).toBe('breached');
    const problems = validateSlaPolicy({ ...POLICY, targets: [...POLICY.targets, { target: 'execution', minutes: 60, calendar: 'calendar', pausable: false }] });
    expect(problems.map((p) => p.path)).toContain('targets.3.target');
  });
});
