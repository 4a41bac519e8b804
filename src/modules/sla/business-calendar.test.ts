import { describe, expect, it } from 'vitest';
import {
  type BusinessCalendar,
  type WorkingHoursCalendar,
  addCalendarDays,
  addWorkingDays,
  addWorkingTime,
  describeDay,
  describeYearCoverage,
  isWorkingDay,
  standardWorkdayPeriods,
  validateCalendar,
  workingMinutesBetween,
} from './business-calendar.ts';

// Expected instants are written as Beijing wall time; conversion uses the fixed +08:00 offset,
// independent of the code under test.
const BJ = 8 * 3_600_000;
const bj = (text: string): Date => new Date(Date.parse(`${text.replace(' ', 'T')}:00Z`) - BJ);
const showBj = (d: Date): string => new Date(d.getTime() + BJ).toISOString().slice(0, 16).replace('T', ' ');

const nineToSix = [{ start: '09:00', end: '18:00' }];
const withLunch = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '18:00' },
];

function office(overrides: WorkingHoursCalendar['overrides'] = [], periods = nineToSix): WorkingHoursCalendar {
  return {
    kind: 'working_hours',
    timezone: 'Asia/Shanghai',
    weekly: { 1: periods, 2: periods, 3: periods, 4: periods, 5: periods },
    holidays: 'cn-statutory',
    overrides,
  };
}

const OFFICE = office();
const LUNCH = office([], withLunch);
const ALWAYS: BusinessCalendar = { kind: '24x7' };

describe('day classification (2026 arrangement)', () => {
  it.each([
    ['2026-02-13', 'workday', true, null],
    ['2026-02-14', 'make_up_workday', true, '春节'], // Sat, worked
    ['2026-02-15', 'statutory_holiday', false, '春节'], // Sun inside the block
    ['2026-02-16', 'statutory_holiday', false, '春节'], // Mon
    ['2026-02-23', 'statutory_holiday', false, '春节'], // Mon, last day
    ['2026-02-24', 'workday', true, null],
    ['2026-02-28', 'make_up_workday', true, '春节'], // Sat, worked
    ['2026-03-07', 'rest_day', false, null], // ordinary Saturday
    ['2026-01-04', 'make_up_workday', true, '元旦'], // Sun, worked
    ['2026-09-20', 'make_up_workday', true, '国庆节'], // Sun, worked
    ['2026-10-01', 'statutory_holiday', false, '国庆节'],
    ['2026-10-07', 'statutory_holiday', false, '国庆节'],
    ['2026-10-08', 'workday', true, null],
    ['2026-10-10', 'make_up_workday', true, '国庆节'], // Sat, worked
  ] as const)('%s is %s', (date, kind, working, name) => {
    const info = describeDay(OFFICE, date);
    expect(info.kind).toBe(kind);
    expect(info.working).toBe(working);
    expect(info.name).toBe(name);
    expect(info.holidayCoverage).toBe('official');
    expect(isWorkingDay(OFFICE, date)).toBe(working);
  });

  it('gives a make-up day the normal Monday–Friday hours', () => {
    expect(describeDay(LUNCH, '2026-02-14').periods).toEqual(withLunch);
    expect(standardWorkdayPeriods(LUNCH)).toEqual(withLunch);
  });

  it('uses Monday’s hours for make-up days even when Saturday has its own short hours', () => {
    const cal: WorkingHoursCalendar = { ...office(), weekly: { ...office().weekly, 6: [{ start: '09:00', end: '12:00' }] } };
    expect(describeDay(cal, '2026-03-07')).toMatchObject({ kind: 'workday', periods: [{ start: '09:00', end: '12:00' }] });
    expect(describeDay(cal, '2026-02-28')).toMatchObject({ kind: 'make_up_workday', periods: nineToSix });
  });

  it('reads an instant in the calendar’s zone, not the server’s', () => {
    expect(isWorkingDay(OFFICE, new Date('2026-02-13T15:30:00Z'))).toBe(true); // Fri 23:30 in Beijing
    expect(isWorkingDay(OFFICE, new Date('2026-02-14T16:30:00Z'))).toBe(false); // Sun 00:30 in Beijing
    expect(isWorkingDay(OFFICE, new Date('2026-02-13T16:30:00Z'))).toBe(true); // Sat Feb 14 00:30, make-up day
  });

  it('ignores statutory data when holidays are "none"', () => {
    const plain: WorkingHoursCalendar = { ...OFFICE, holidays: 'none' };
    expect(describeDay(plain, '2026-10-01')).toMatchObject({ kind: 'workday', holidayCoverage: 'not_applicable' });
    expect(describeDay(plain, '2026-02-14').kind).toBe('rest_day');
  });

  it('treats every day as working in a 24x7 calendar', () => {
    expect(isWorkingDay(ALWAYS, '2026-10-01')).toBe(true);
    expect(describeDay(ALWAYS, '2026-10-01').periods).toEqual([{ start: '00:00', end: '24:00' }]);
  });

  it('rejects malformed dates', () => {
    expect(() => describeDay(OFFICE, '2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay(OFFICE, '2026/02/13')).toThrow(RangeError);
  });
});

describe('addWorkingTime / workingMinutesBetween across the 2026 Spring Festival', () => {
  const friday = bj('2026-02-13 16:00');

  it('24 working hours from Fri 2026-02-13 16:00 land on Wed 2026-02-25 13:00', () => {
    // Fri 16–18 (2 h) + Sat 14th make-up (9 h) + Feb 15–23 off + Tue 24th (9 h) + Wed 25th 09–13 (4 h).
    expect(showBj(addWorkingTime(OFFICE, friday, 24 * 60))).toBe('2026-02-25 13:00');
    expect(workingMinutesBetween(OFFICE, friday, bj('2026-02-25 13:00'))).toBe(24 * 60);
  });

  it('48 working hours land on the second make-up Saturday, 2026-02-28 10:00', () => {
    // 2 + 9 (14th) + 9 (24th) + 9 (25th) + 9 (26th) + 9 (27th) = 47 h, then 1 h on Sat 28th.
    expect(showBj(addWorkingTime(OFFICE, friday, 48 * 60))).toBe('2026-02-28 10:00');
  });

  it('counts lunch breaks out', () => {
    // Per day 09–12 + 13:30–18 = 7.5 h. Fri 2 h, Sat 14th 7.5, Tue 24th 7.5 (17 h), Wed 25th 3 h + 4 h → 17:30.
    expect(showBj(addWorkingTime(LUNCH, friday, 24 * 60))).toBe('2026-02-25 17:30');
    expect(showBj(addWorkingTime(LUNCH, bj('2026-03-02 10:00'), 3 * 60))).toBe('2026-03-02 14:30');
    expect(showBj(addWorkingTime(LUNCH, bj('2026-03-02 12:30'), 60))).toBe('2026-03-02 14:30');
    // Ending exactly at a closing time stays there.
    expect(showBj(addWorkingTime(LUNCH, bj('2026-03-02 10:00'), 2 * 60))).toBe('2026-03-02 12:00');
    expect(workingMinutesBetween(LUNCH, bj('2026-03-02 11:00'), bj('2026-03-02 14:00'))).toBe(90);
  });

  it('counts nothing inside the holiday and is signed', () => {
    expect(workingMinutesBetween(OFFICE, bj('2026-02-15 00:00'), bj('2026-02-24 00:00'))).toBe(0);
    expect(workingMinutesBetween(OFFICE, bj('2026-02-25 13:00'), friday)).toBe(-24 * 60);
  });

  it('adds zero as the start itself, and refuses negative time', () => {
    expect(addWorkingTime(OFFICE, bj('2026-02-15 10:00'), 0)).toEqual(bj('2026-02-15 10:00'));
    expect(() => addWorkingTime(OFFICE, friday, -1)).toThrow(RangeError);
  });

  it('is plain addition for 24x7', () => {
    expect(showBj(addWorkingTime(ALWAYS, friday, 24 * 60))).toBe('2026-02-14 16:00');
    expect(workingMinutesBetween(ALWAYS, friday, bj('2026-02-25 13:00'))).toBe(11 * 24 * 60 + 21 * 60);
  });

  // No timing here (a loaded machine fails any threshold): speed is the benchmarks' job.
  it('72 working hours from Monday morning end exactly at the next Wednesday close', () => {
    // Mon 2 Mar – Fri 6 Mar = 45 h, Mon 9 – Wed 11 = 27 h → exactly at Wed's close.
    expect(showBj(addWorkingTime(OFFICE, bj('2026-03-02 09:00'), 72 * 60))).toBe('2026-03-11 18:00');
  });

  it('2026 has 248 working days × 9 h', () => {
    // 261 Mon–Fri days (Jan 1 and Dec 31 are Thursdays). Weekday holidays 2026: Jan 1–2, Feb 16–20 + 23, Apr 6, May 1/4/5, Jun 19, Sep 25, Oct 1/2/5/6/7 = 19;
    // make-up days: Jan 4, Feb 14, Feb 28, May 9, Sep 20, Oct 10 = 6 → 261 − 19 + 6 = 248.
    expect(workingMinutesBetween(OFFICE, bj('2026-01-01 00:00'), bj('2027-01-01 00:00'))).toBe(248 * 9 * 60);
  });
});

describe('National Day 2026 (Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked)', () => {
  it('adds working time across the holiday', () => {
    const wed = bj('2026-09-30 17:00');
    expect(showBj(addWorkingTime(OFFICE, wed, 10 * 60))).toBe('2026-10-08 18:00');
    expect(showBj(addWorkingTime(OFFICE, wed, 11 * 60))).toBe('2026-10-09 10:00');
    expect(showBj(addWorkingTime(OFFICE, wed, 20 * 60))).toBe('2026-10-10 10:00'); // make-up Saturday
    expect(showBj(addWorkingTime(OFFICE, bj('2026-10-03 10:00'), 1))).toBe('2026-10-08 09:01');
    expect(showBj(addWorkingTime(OFFICE, bj('2026-09-18 18:00'), 5 * 60))).toBe('2026-09-20 14:00'); // make-up Sunday
  });

  it('adds working days: the start day does not count, the deadline is the close of the last day', () => {
    expect(showBj(addWorkingDays(OFFICE, bj('2026-09-30 15:00'), 3))).toBe('2026-10-10 18:00'); // Oct 8, 9, Sat 10
    expect(showBj(addWorkingDays(OFFICE, bj('2026-09-28 10:00'), 3))).toBe('2026-10-08 18:00'); // Sep 29, 30, Oct 8
    expect(showBj(addWorkingDays(OFFICE, bj('2026-09-18 10:00'), 1))).toBe('2026-09-20 18:00'); // Sun Sep 20
    expect(showBj(addWorkingDays(OFFICE, bj('2026-10-03 11:00'), 1))).toBe('2026-10-08 18:00');
    expect(showBj(addWorkingDays(LUNCH, bj('2026-10-09 08:00'), 1))).toBe('2026-10-10 18:00');
  });

  it('adds zero working days as "by today’s close"', () => {
    expect(showBj(addWorkingDays(OFFICE, bj('2026-09-30 15:00'), 0))).toBe('2026-09-30 18:00');
    expect(showBj(addWorkingDays(OFFICE, bj('2026-09-30 19:00'), 0))).toBe('2026-10-08 18:00');
  });

  it('adds working days in a 24x7 calendar as whole days', () => {
    expect(showBj(addWorkingDays(ALWAYS, bj('2026-09-30 15:00'), 3))).toBe('2026-10-03 15:00');
  });

  it('adds calendar days straight through holidays', () => {
    expect(showBj(addCalendarDays(OFFICE, bj('2026-09-30 15:00'), 7))).toBe('2026-10-07 15:00');
    expect(showBj(addCalendarDays(ALWAYS, bj('2026-09-30 15:00'), 7))).toBe('2026-10-07 15:00');
    expect(() => addCalendarDays(OFFICE, bj('2026-09-30 15:00'), 1.5)).toThrow(RangeError);
  });
});

describe('admin overrides', () => {
  it('an override makes an ordinary Friday a day off', () => {
    const cal = office([{ date: '2026-03-06', type: 'off', name: '年会' }]);
    expect(describeDay(cal, '2026-03-06')).toMatchObject({ kind: 'override_off', working: false, name: '年会' });
    expect(showBj(addWorkingTime(cal, bj('2026-03-05 18:00'), 9 * 60))).toBe('2026-03-09 18:00');
  });

  it('an override makes an ordinary Saturday a workday with standard hours', () => {
    const cal = office([{ date: '2026-03-07', type: 'workday' }]);
    expect(describeDay(cal, '2026-03-07')).toMatchObject({ kind: 'override_workday', periods: nineToSix });
    expect(showBj(addWorkingTime(cal, bj('2026-03-06 18:00'), 60))).toBe('2026-03-07 10:00');
  });

  it('an override beats the statutory data both ways', () => {
    const worksOct2 = office([{ date: '2026-10-02', type: 'workday', name: '值班' }]);
    expect(showBj(addWorkingTime(worksOct2, bj('2026-09-30 17:00'), 2 * 60))).toBe('2026-10-02 10:00');
    const offFeb14 = office([{ date: '2026-02-14', type: 'off' }]);
    // Without the make-up Saturday: Fri 2 h, Tue 24th 9, Wed 25th 9, Thu 26th 4 → 13:00.
    expect(showBj(addWorkingTime(offFeb14, bj('2026-02-13 16:00'), 24 * 60))).toBe('2026-02-26 13:00');
  });

  it('an override can carry its own hours (a half day)', () => {
    const cal = office([{ date: '2026-03-07', type: 'workday', periods: [{ start: '09:00', end: '12:00' }] }]);
    // Fri 17–18 (1 h) + Sat 09–12 (3 h) = 4 h, ending at Saturday's early close; one more hour runs into Monday.
    expect(showBj(addWorkingTime(cal, bj('2026-03-06 17:00'), 4 * 60))).toBe('2026-03-07 12:00');
    expect(showBj(addWorkingTime(cal, bj('2026-03-06 17:00'), 5 * 60))).toBe('2026-03-09 10:00');
  });
});

describe('2027 and later: no official data yet', () => {
  it('knows only the fixed-date holidays and says so', () => {
    expect(describeDay(OFFICE, '2027-01-01')).toMatchObject({
      kind: 'statutory_holiday',
      name: '元旦',
      holidayCoverage: 'fixed_dates_only',
    });
    expect(describeDay(OFFICE, '2027-05-03').kind).toBe('workday'); // Mon: unknown, so worked
    expect(describeDay(OFFICE, '2027-10-01').kind).toBe('statutory_holiday');
    expect(describeDay(OFFICE, '2027-10-04').kind).toBe('workday');
    expect(describeDay(OFFICE, '2027-02-05').kind).toBe('workday'); // 除夕 2027, unknown without data
    const cov = describeYearCoverage(OFFICE, 2027);
    expect(cov).toMatchObject({ year: 2027, holidayCoverage: 'fixed_dates_only', overridesInYear: 0, covered: false });
    expect(cov.warning?.zh).toContain('2027');
    expect(cov.warning?.en).toContain('2027');
    expect(describeYearCoverage(OFFICE, 2026)).toEqual({
      year: 2026,
      holidayCoverage: 'official',
      overridesInYear: 0,
      covered: true,
      warning: null,
    });
  });

  it('adds working time over New Year 2027 with the fixed date only', () => {
    // Thu Dec 31 17–18 (1 h), Fri Jan 1 off, weekend, Mon Jan 4 09–10.
    expect(showBj(addWorkingTime(OFFICE, bj('2026-12-31 17:00'), 2 * 60))).toBe('2027-01-04 10:00');
  });

  it('uses admin overrides for the 2027 Spring Festival', () => {
    const start = bj('2027-02-04 18:00');
    expect(showBj(addWorkingTime(OFFICE, start, 9 * 60))).toBe('2027-02-05 18:00');
    const days = ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'];
    const cal = office([
      ...days.map((date) => ({ date, type: 'off' as const, name: '春节' })),
      { date: '2027-02-20', type: 'workday', name: '春节调休' },
    ]);
    expect(showBj(addWorkingTime(cal, start, 9 * 60))).toBe('2027-02-12 18:00');
    expect(describeDay(cal, '2027-02-20')).toMatchObject({ kind: 'override_workday', working: true, holidayCoverage: 'fixed_dates_only' });
    const cov = describeYearCoverage(cal, 2027);
    expect(cov).toMatchObject({ holidayCoverage: 'fixed_dates_only', overridesInYear: 6, covered: true });
    expect(cov.warning?.zh).toContain('6');
  });

  it('has nothing to say for 24x7 or holiday-free calendars', () => {
    expect(describeYearCoverage(ALWAYS, 2027).covered).toBe(true);
    expect(describeYearCoverage({ ...OFFICE, holidays: 'none' }, 2027)).toMatchObject({
      holidayCoverage: 'not_applicable',
      covered: true,
      warning: null,
    });
  });
});

describe('time zones other than Beijing', () => {
  const NEW_YORK: WorkingHoursCalendar = {
    kind: 'working_hours',
    timezone: 'America/New_York',
    weekly: { 1: [{ start: '09:00', end: '17:00' }], 2: [{ start: '09:00', end: '17:00' }], 3: [{ start: '09:00', end: '17:00' }], 4: [{ start: '09:00', end: '17:00' }], 5: [{ start: '09:00', end: '17:00' }] },
    holidays: 'none',
    overrides: [],
  };

  it('follows the wall clock across a DST change (2026-03-08)', () => {
    const fri = new Date('2026-03-06T16:00:00-05:00');
    expect(addWorkingTime(NEW_YORK, fri, 120).toISOString()).toBe('2026-03-09T14:00:00.000Z'); // Mon 10:00 EDT
    expect(workingMinutesBetween(NEW_YORK, fri, new Date('2026-03-09T10:00:00-04:00'))).toBe(120);
    expect(addCalendarDays(NEW_YORK, new Date('2026-03-07T12:00:00-05:00'), 1).toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });
});

describe('validateCalendar', () => {
  it('accepts the sample calendars', () => {
    expect(validateCalendar(OFFICE)).toEqual([]);
    expect(validateCalendar(LUNCH)).toEqual([]);
    expect(validateCalendar(ALWAYS)).toEqual([]);
  });

  it('reports every problem with a path', () => {
    const bad: WorkingHoursCalendar = {
      kind: 'working_hours',
      timezone: 'Asia/Beijing',
      weekly: {
        1: [{ start: '9:00', end: '18:00' }],
        2: [
          { start: '09:00', end: '12:30' },
          { start: '12:00', end: '18:00' },
        ],
        3: [{ start: '22:00', end: '06:00' }],
      },
      holidays: 'cn-statutory',
      overrides: [
        { date: '2026-13-01', type: 'off' },
        { date: '2026-03-07', type: 'workday' },
        { date: '2026-03-07', type: 'off', periods: [{ start: '09:00', end: '12:00' }] },
      ],
    };
    expect(validateCalendar(bad).map((p) => p.path)).toEqual([
      'timezone',
      'weekly.1.0.start',
      'weekly.2.1',
      'weekly.3.0',
      'overrides.0.date',
      'overrides.2.date',
      'overrides.2.periods',
    ]);
  });

  it('refuses to search forever in a calendar without hours', () => {
    const empty: WorkingHoursCalendar = { ...OFFICE, weekly: {}, holidays: 'none' };
    expect(() => addWorkingTime(empty, bj('2026-03-02 09:00'), 1)).toThrow(RangeError);
    expect(() => addWorkingTime({ ...OFFICE, timezone: 'Mars/Olympus' }, bj('2026-03-02 09:00'), 1)).toThrow(RangeError);
  });
});
