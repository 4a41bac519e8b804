// Chinese statutory holidays and make-up working days (调休), from the `chinese-days` data set,
// with a fixed-date fallback for years the data set does not cover yet.
//
// We read the package's prebuilt `dist/chinese-days.json` rather than calling its functions: the
// package builds its lookup tables at import time by parsing dates as UTC and formatting them in the
// server's local zone, so on a server west of UTC (e.g. TZ=America/Los_Angeles) every holiday moves
// one day early (isWorkday(2026-02-14) is false there). The JSON is the same data, built once.
import { createRequire } from 'node:module';
import { civilDateOf, formatIsoDate } from '../../shared/zoned-time.ts';

/**
 * How a date stands in the statutory arrangement, before the company's own weekly hours:
 * - `holiday`: a statutory day off (including weekend days inside a holiday block, e.g. Sun 2026-02-15);
 * - `make_up_workday`: a weekend day that is worked to compensate for a holiday (调休上班);
 * - `ordinary`: neither — the weekly schedule decides.
 */
export type StatutoryDayStatus = 'holiday' | 'make_up_workday' | 'ordinary';

/**
 * `official`: the year's State Council arrangement is in the data set.
 * `fixed_dates_only`: it is not; only 元旦 Jan 1, 劳动节 May 1–2 and 国庆 Oct 1–3 are known to be off,
 * and 调休 is unknown.
 */
export type StatutoryYearSource = 'official' | 'fixed_dates_only';

export type StatutoryDay = {
  status: StatutoryDayStatus;
  /** Chinese holiday name, e.g. 春节; null for ordinary days. */
  name: string | null;
  source: StatutoryYearSource;
};

/** The holidays that fall on the same Gregorian date every year (全国年节及纪念日放假办法, 2025 revision). */
export const CN_FIXED_DATE_HOLIDAYS: ReadonlyArray<{ month: number; day: number; name: string }> = [
  { month: 1, day: 1, name: '元旦' },
  { month: 5, day: 1, name: '劳动节' },
  { month: 5, day: 2, name: '劳动节' },
  { month: 10, day: 1, name: '国庆节' },
  { month: 10, day: 2, name: '国庆节' },
  { month: 10, day: 3, name: '国庆节' },
];

type DateTable = Readonly<Record<string, string>>;
type ChineseDaysData = { holidays: DateTable; workdays: DateTable };

function isDateTable(value: unknown): value is DateTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).every(([k, v]) => /^\d{4}-\d{2}-\d{2}$/.test(k) && typeof v === 'string')
  );
}

function loadData(): ChineseDaysData {
  const raw: unknown = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json');
  if (typeof raw === 'object' && raw !== null && 'holidays' in raw && 'workdays' in raw) {
    const { holidays, workdays } = raw;
    if (isDateTable(holidays) && isDateTable(workdays)) return { holidays, workdays };
  }
  throw new Error('chinese-days/dist/chinese-days.json does not have the expected { holidays, workdays } shape');
}

const DATA = loadData();
const OFFICIAL_YEARS: ReadonlySet<number> = new Set(Object.keys(DATA.holidays).map((d) => Number(d.slice(0, 4))));

/** Whether the `chinese-days` data set has the official arrangement for `year`. */
export function statutoryYearSource(year: number): StatutoryYearSource {
  return OFFICIAL_YEARS.has(year) ? 'official' : 'fixed_dates_only';
}

function chineseName(entry: string): string {
  // The data set names days "Spring Festival,春节,4"; the UI wants the Chinese part.
  return entry.split(',')[1] ?? entry;
}

export function statutoryDay(dayNumber: number): StatutoryDay {
  const { year, month, day } = civilDateOf(dayNumber);
  const source = statutoryYearSource(year);
  if (source === 'official') {
    const key = formatIsoDate(dayNumber);
    const holiday = DATA.holidays[key];
    if (holiday !== undefined) return { status: 'holiday', name: chineseName(holiday), source };
    const workday = DATA.workdays[key];
    if (workday !== undefined) return { status: 'make_up_workday', name: chineseName(workday), source };
    return { status: 'ordinary', name: null, source };
  }
  const fixed = CN_FIXED_DATE_HOLIDAYS.find((h) => h.month === month && h.day === day);
  return fixed ? { status: 'holiday', name: fixed.name, source } : { status: 'ordinary', name: null, source };
}
