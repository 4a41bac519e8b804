import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { statutoryDay, statutoryYearSource } from './cn-statutory.ts';
import { dayNumberOf, weekdayOf } from '../../shared/zoned-time.ts';

// The package's own functions are only right on servers at or east of UTC (see cn-statutory.ts).
const serverWestOfUtc = [0, 6].some((m) => new Date(2026, m, 1).getTimezoneOffset() > 0);

describe('statutory data', () => {
  it('covers 2004–2026 officially and falls back outside', () => {
    expect(statutoryYearSource(2003)).toBe('fixed_dates_only');
    expect(statutoryYearSource(2004)).toBe('official');
    expect(statutoryYearSource(2026)).toBe('official');
    expect(statutoryYearSource(2027)).toBe('fixed_dates_only');
  });

  it('names holidays in Chinese', () => {
    expect(statutoryDay(dayNumberOf({ year: 2026, month: 2, day: 14 }))).toEqual({
      status: 'make_up_workday',
      name: '春节',
      source: 'official',
    });
    expect(statutoryDay(dayNumberOf({ year: 2027, month: 5, day: 2 }))).toEqual({
      status: 'holiday',
      name: '劳动节',
      source: 'fixed_dates_only',
    });
  });

  it.skipIf(serverWestOfUtc)('agrees with chinese-days’ isWorkday on every day of 2004–2026', () => {
    const first = dayNumberOf({ year: 2004, month: 1, day: 1 });
    const last = dayNumberOf({ year: 2026, month: 12, day: 31 });
    const disagreements: string[] = [];
    for (let n = first; n <= last; n += 1) {
      const d = new Date(n * 86_400_000);
      const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
      const weekday = weekdayOf(n);
      const s = statutoryDay(n);
      const ours = s.status === 'make_up_workday' || (weekday >= 1 && weekday <= 5 && s.status !== 'holiday');
      if (ours !== chineseDays.isWorkday(local)) disagreements.push(d.toISOString().slice(0, 10));
    }
    expect(disagreements).toEqual([]);
  });
});
