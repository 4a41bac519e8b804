import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatIsoDate, parseIsoDate, toLocal, wallToInstant, weekdayOf, zoneOffsetMs } from './zoned-time.ts';

const H = 3_600_000;

describe('zoned time', () => {
  it('parses and formats local dates strictly', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-2-1')).toBeNull();
    const n = parseIsoDate('2026-10-10');
    expect(n).not.toBeNull();
    expect(formatIsoDate(n ?? 0)).toBe('2026-10-10');
    expect(weekdayOf(dayNumberOf({ year: 2026, month: 10, day: 10 }))).toBe(6);
    expect(weekdayOf(dayNumberOf({ year: 1969, month: 12, day: 31 }))).toBe(3);
  });

  it('uses the zone’s rules, including Beijing’s summer time of 1986–1991', () => {
    expect(zoneOffsetMs('Asia/Shanghai', Date.parse('2026-07-01T00:00:00Z'))).toBe(8 * H);
    expect(zoneOffsetMs('Asia/Shanghai', Date.parse('1988-07-01T00:00:00Z'))).toBe(9 * H);
    expect(toLocal('Asia/Shanghai', Date.parse('2026-02-14T16:30:00Z'))).toEqual({
      dayNumber: dayNumberOf({ year: 2026, month: 2, day: 15 }),
      msOfDay: 30 * 60_000,
    });
  });

  it('resolves wall times in DST gaps forward and in overlaps to the earlier instant', () => {
    const mar8 = dayNumberOf({ year: 2026, month: 3, day: 8 });
    expect(new Date(wallToInstant('America/New_York', mar8, 2.5 * H)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(wallToInstant('America/New_York', mar8, 12 * H)).toISOString()).toBe('2026-03-08T16:00:00.000Z');
    const nov1 = dayNumberOf({ year: 2026, month: 11, day: 1 });
    expect(new Date(wallToInstant('America/New_York', nov1, 1.5 * H)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(wallToInstant('America/New_York', nov1, 24 * H)).toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });
});
