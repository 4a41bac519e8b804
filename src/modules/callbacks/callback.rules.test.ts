import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../sla/index.ts';
import { defaultWorkingCalendar } from '../sla/sla-policy-presets.ts';
import {
  addDays,
  afterMissedCall,
  callbackDates,
  dueOverdueSteps,
  nextOverdueAt,
  outcomeOf,
  queueBucket,
  satisfactionFigures,
  type SatisfactionLevel,
} from './callback.rules.ts';

// The company's working-day calendar: Mon–Fri, statutory holidays and 调休 make-up days (DOMAIN-RULES A4).
const calendar = defaultWorkingCalendar('Asia/Shanghai');
const working = (date: string) => isWorkingDay(calendar, date);
const everyDay = () => true;

describe('callback window dates', () => {
  it('rule 33: should be due on Saturday 2026-10-10 when resolved on Wednesday 2026-09-30 with a 3-working-day window (National Day off, 10-10 a make-up working day)', () => {
    expect(callbackDates('2026-09-30', { fromDays: 1, toDays: 3, dayKind: 'working' }, working)).toEqual({ earliestOn: '2026-10-08', dueOn: '2026-10-10' });
  });

  it.each([
    // seed 002: 1–3 working days; an ordinary week
    { resolved: '2026-11-02', window: { fromDays: 1, toDays: 3, dayKind: 'working' }, earliest: '2026-11-03', due: '2026-11-05' },
    // a Friday resolve skips the weekend
    { resolved: '2026-11-06', window: { fromDays: 1, toDays: 3, dayKind: 'working' }, earliest: '2026-11-09', due: '2026-11-11' },
    // rule 33: Sun 2026-09-20 is a make-up working day, 09-25..27 中秋 off
    { resolved: '2026-09-18', window: { fromDays: 1, toDays: 3, dayKind: 'working' }, earliest: '2026-09-20', due: '2026-09-22' },
    { resolved: '2026-09-24', window: { fromDays: 1, toDays: 3, dayKind: 'working' }, earliest: '2026-09-28', due: '2026-09-30' },
    // seed 003: 3–7 calendar days, holidays do not matter
    { resolved: '2026-09-30', window: { fromDays: 3, toDays: 7, dayKind: 'calendar' }, earliest: '2026-10-03', due: '2026-10-07' },
    // 0 days: the day itself
    { resolved: '2026-11-02', window: { fromDays: 0, toDays: 1, dayKind: 'working' }, earliest: '2026-11-02', due: '2026-11-03' },
  ] as const)('should open on $earliest and be due on $due when resolved on $resolved ($window.fromDays–$window.toDays $window.dayKind)', (t) => {
    expect(callbackDates(t.resolved, t.window, working)).toEqual({ earliestOn: t.earliest, dueOn: t.due });
  });

  it('should count every day as working on an always-open calendar', () => {
    expect(addDays('2026-10-01', 3, 'working', everyDay)).toBe('2026-10-04');
  });

  it('should refuse a negative count and a malformed date', () => {
    expect(() => addDays('2026-10-01', -1, 'working', working)).toThrow(RangeError);
    expect(() => addDays('10/01/2026', 1, 'working', working)).toThrow(RangeError);
  });

  it('should stop instead of looping when no day is ever worked', () => {
    expect(() => addDays('2026-10-01', 1, 'working', () => false)).toThrow(RangeError);
  });
});

describe('callback outcomes', () => {
  it.each([
    ['very_satisfied', 'close'],
    ['satisfied', 'close'],
    ['neutral', 'close'],
    ['dissatisfied', 'reopen'],
    ['very_dissatisfied', 'reopen'],
  ] as const)('seed 004: should %s → %s the case', (level, outcome) => {
    expect(outcomeOf(level)).toBe(outcome);
  });

  it.each([
    [0, 3, 1, false],
    [1, 3, 2, false],
    [2, 3, 3, true],
    [0, 1, 1, true],
    // a zero maximum still allows one call
    [0, 0, 1, true],
  ])('should count attempt %i+1 of %i as %i (unreachable: %s)', (before, max, attempts, unreachable) => {
    expect(afterMissedCall(before, max)).toEqual({ attempts, unreachable });
  });

  it.each([
    // inside the window (seed 002: 1–3 个工作日内回访): to be called today, from its first day to its due day
    [{ status: 'pending', earliestOn: '2026-10-08', dueOn: '2026-10-10' }, '2026-10-10', 'due_today'],
    [{ status: 'pending', earliestOn: '2026-10-08', dueOn: '2026-10-10' }, '2026-10-08', 'due_today'],
    [{ status: 'pending', earliestOn: '2026-10-08', dueOn: '2026-10-10' }, '2026-10-09', 'due_today'],
    [{ status: 'pending', earliestOn: '2026-10-08', dueOn: '2026-10-10' }, '2026-10-07', 'upcoming'],
    [{ status: 'pending', earliestOn: '2026-10-08', dueOn: '2026-10-10' }, '2026-10-11', 'overdue'],
    [{ status: 'completed', earliestOn: '2026-10-08', dueOn: '2026-10-09' }, '2026-10-10', 'done'],
    [{ status: 'unreachable', earliestOn: '2026-10-10', dueOn: '2026-10-11' }, '2026-10-10', 'done'],
  ] as const)('should put %o in the %s queue on %s', (c, today, bucket) => {
    expect(queueBucket(c, today)).toBe(bucket);
  });
});

describe('overdue callback steps', () => {
  const dueAt = new Date('2026-10-10T16:00:00Z');
  const at = (hours: number) => new Date(dueAt.getTime() + hours * 3600_000);

  it('should take nothing before the due instant', () => {
    expect(dueOverdueSteps(dueAt, 0, at(-1))).toEqual([]);
    expect(nextOverdueAt(dueAt, 0)).toEqual(dueAt);
  });

  it('should warn at the due instant, escalate to the supervisor a day later and to the manager two days later', () => {
    expect(dueOverdueSteps(dueAt, 0, at(0)).map((s) => s.level)).toEqual([1]);
    expect(dueOverdueSteps(dueAt, 1, at(24)).map((s) => s.role)).toEqual(['supervisor']);
    expect(dueOverdueSteps(dueAt, 2, at(48)).map((s) => s.role)).toEqual(['manager']);
    expect(nextOverdueAt(dueAt, 3)).toBeNull();
  });

  it('should take each step once: the ones taken are never due again, missed ones come together in order', () => {
    expect(dueOverdueSteps(dueAt, 3, at(100))).toEqual([]);
    expect(dueOverdueSteps(dueAt, 0, at(50)).map((s) => s.level)).toEqual([1, 2, 3]);
  });
});

describe('satisfaction figures (seed 004: rate = (非常满意 + 满意) / callbacks answered)', () => {
  const answers = (levels: SatisfactionLevel[]) => levels.map((overall) => ({ overall }));

  it.each([
    { name: 'no answers', levels: [], unreachable: 2, satisfied: 0, answered: 0, value: null },
    { name: 'all satisfied', levels: ['very_satisfied', 'satisfied'], unreachable: 0, satisfied: 2, answered: 2, value: 1 },
    { name: 'neutral counts as answered, not satisfied', levels: ['satisfied', 'neutral'], unreachable: 0, satisfied: 1, answered: 2, value: 0.5 },
    {
      name: 'unreachable customers stay out of the denominator',
      levels: ['very_satisfied', 'satisfied', 'satisfied', 'dissatisfied'],
      unreachable: 5,
      satisfied: 3,
      answered: 4,
      value: 0.75,
    },
    { name: 'a third', levels: ['satisfied', 'very_dissatisfied', 'neutral'], unreachable: 0, satisfied: 1, answered: 3, value: 1 / 3 },
  ] as const)('seed 004: $name', (t) => {
    const f = satisfactionFigures(answers([...t.levels]), t.unreachable);
    expect(f.rate).toEqual({ numerator: t.satisfied, denominator: t.answered, value: t.value });
    expect(f.answered).toBe(t.answered);
    expect(f.unreachable).toBe(t.unreachable);
  });

  it('should count each level and rate each dimension over the answers that rated it', () => {
    const f = satisfactionFigures(
      [
        { overall: 'satisfied', result: 'satisfied', attitude: 'very_satisfied', efficiency: 'dissatisfied' },
        { overall: 'neutral', result: 'neutral', attitude: 'satisfied', efficiency: null },
        { overall: 'very_dissatisfied' },
      ],
      1,
    );
    expect(f.counts).toEqual({ very_satisfied: 0, satisfied: 1, neutral: 1, dissatisfied: 0, very_dissatisfied: 1 });
    expect(f.dimensions.result).toMatchObject({ answered: 2, satisfied: 1, rate: 0.5 });
    expect(f.dimensions.attitude).toMatchObject({ answered: 2, satisfied: 2, rate: 1 });
    expect(f.dimensions.efficiency).toMatchObject({ answered: 1, satisfied: 0, rate: 0 });
  });
});
