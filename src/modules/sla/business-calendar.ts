// A business calendar as plain data (storable as JSON) and pure time arithmetic over it.
// All instants are `Date`s; "now" is always passed in.
import { statutoryDay, statutoryYearSource } from './cn-statutory.ts';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  type Weekday,
  civilDateOf,
  formatIsoDate,
  isValidTimeZone,
  parseIsoDate,
  toLocal,
  wallToInstant,
  weekdayOf,
} from '../../shared/zoned-time.ts';

export type { Weekday } from '../../shared/zoned-time.ts';

/** A working period within one local day, 'HH:mm'–'HH:mm'; `end` may be '24:00'. Overnight shifts are two periods. */
export type WorkPeriod = { start: string; end: string };

/**
 * An admin exception for one local date; it beats both the weekly hours and the statutory data.
 * A `workday` override without `periods` works the standard weekday schedule (see `standardWorkdayPeriods`).
 */
export type DayOverride = {
  date: string;
  type: 'off' | 'workday';
  name?: string;
  /** Only for `workday`: the hours of that day, e.g. a half day on 除夕. */
  periods?: readonly WorkPeriod[];
};

export type HolidaySource = 'cn-statutory' | 'none';

export type WorkingHoursCalendar = {
  kind: 'working_hours';
  /** IANA zone, e.g. 'Asia/Shanghai'. Working periods are wall-clock times in this zone. */
  timezone: string;
  /** Periods per weekday (0 = Sunday). A missing or empty day is a rest day. */
  weekly: Readonly<Partial<Record<Weekday, readonly WorkPeriod[]>>>;
  holidays: HolidaySource;
  overrides: readonly DayOverride[];
};

/** Every minute counts: working time equals elapsed time. */
export type AlwaysOpenCalendar = { kind: '24x7' };

/** Treated as an immutable value: results are cached per calendar object. */
export type BusinessCalendar = AlwaysOpenCalendar | WorkingHoursCalendar;

/**
 * Why a day is (not) worked:
 * - `workday`: an ordinary day with hours in the weekly schedule;
 * - `rest_day`: an ordinary day without hours (e.g. a weekend);
 * - `statutory_holiday`: a statutory day off (also when it falls on a weekend);
 * - `make_up_workday`: a statutory 调休 working day (a weekend day);
 * - `override_off` / `override_workday`: an admin override.
 */
export type DayKind =
  | 'workday'
  | 'rest_day'
  | 'statutory_holiday'
  | 'make_up_workday'
  | 'override_off'
  | 'override_workday';

/**
 * Where holiday knowledge for a date comes from: `official` (State Council data), `fixed_dates_only`
 * (a year without data: only Jan 1, May 1–2, Oct 1–3 are known), `not_applicable` (24x7 or holidays: 'none').
 */
export type HolidayCoverage = 'official' | 'fixed_dates_only' | 'not_applicable';

export type DayInfo = {
  /** Local date in the calendar's zone, 'YYYY-MM-DD'. */
  date: string;
  weekday: Weekday;
  kind: DayKind;
  /** True when the day has working time (a make-up day with no standard schedule would not). */
  working: boolean;
  /** The effective periods, sorted, overlaps merged. */
  periods: readonly WorkPeriod[];
  /** Holiday or override name. */
  name: string | null;
  holidayCoverage: HolidayCoverage;
};

export type YearCoverage = {
  year: number;
  holidayCoverage: HolidayCoverage;
  /** Admin overrides dated in this year. */
  overridesInYear: number;
  /**
   * False only when statutory holidays are in use, the data set lacks the year and no override was entered:
   * then 春节/清明/端午/中秋 and all 调休 are unknown and the admin UI should warn.
   */
  covered: boolean;
  /** A message for the admin UI in both languages, or null when there is nothing to say. */
  warning: { zh: string; en: string } | null;
};

export type CalendarProblem = { path: string; message: { zh: string; en: string } };

// ---------------------------------------------------------------------------------------------
// Compilation: parse once per calendar object.

type Span = readonly [startMin: number, endMin: number];

type DayPlan = {
  info: DayInfo;
  /** Working intervals as epoch ms, sorted and disjoint. */
  intervals: ReadonlyArray<readonly [number, number]>;
};

type Compiled = {
  cal: WorkingHoursCalendar;
  weekly: ReadonlyArray<readonly Span[]>;
  standard: readonly Span[];
  overrides: ReadonlyMap<number, DayOverride>;
  days: Map<number, DayPlan>;
};

const TIME_RE = /^(\d{2}):(\d{2})$/;
const DAY_PLAN_CACHE_LIMIT = 20_000;
// A calendar with no working time at all would make the search loops run forever.
const MAX_IDLE_DAYS = 3660;

function parseTime(text: string, allow24: boolean): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h === 24 && min === 0 && allow24) return 1440;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

function parsePeriods(periods: readonly WorkPeriod[] | undefined, where: string): Span[] {
  const spans: Span[] = [];
  for (const p of periods ?? []) {
    const s = parseTime(p.start, false);
    const e = parseTime(p.end, true);
    if (s === null || e === null || e <= s) {
      throw new RangeError(`invalid working period ${p.start}-${p.end} (${where})`);
    }
    spans.push([s, e]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function formatMinute(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

const compiledCache = new WeakMap<WorkingHoursCalendar, Compiled>();

function compile(cal: WorkingHoursCalendar): Compiled {
  let c = compiledCache.get(cal);
  if (c) return c;
  if (!isValidTimeZone(cal.timezone)) throw new RangeError(`unknown time zone ${cal.timezone}`);
  const weekly = ([0, 1, 2, 3, 4, 5, 6] as const).map((d) => parsePeriods(cal.weekly[d], `weekday ${d}`));
  const overrides = new Map<number, DayOverride>();
  for (const o of cal.overrides) {
    const n = parseIsoDate(o.date);
    if (n === null) throw new RangeError(`invalid override date ${o.date}`);
    overrides.set(n, o);
  }
  c = { cal, weekly, standard: standardSpans(weekly), overrides, days: new Map() };
  compiledCache.set(cal, c);
  return c;
}

// Make-up days (调休) replace a weekday, so they get a normal weekday's hours: Monday's,
// or the first of Tuesday–Friday that has hours if Monday has none.
function standardSpans(weekly: ReadonlyArray<readonly Span[]>): readonly Span[] {
  for (const d of [1, 2, 3, 4, 5]) {
    const spans = weekly[d] ?? [];
    if (spans.length > 0) return spans;
  }
  return [];
}

type Classified = { kind: DayKind; spans: readonly Span[]; name: string | null };

function classifyWithoutOverride(c: Compiled, dayNumber: number): Classified {
  if (c.cal.holidays === 'cn-statutory') {
    const s = statutoryDay(dayNumber);
    if (s.status === 'holiday') return { kind: 'statutory_holiday', spans: [], name: s.name };
    if (s.status === 'make_up_workday') return { kind: 'make_up_workday', spans: c.standard, name: s.name };
  }
  const own = c.weekly[weekdayOf(dayNumber)] ?? [];
  return own.length > 0 ? { kind: 'workday', spans: own, name: null } : { kind: 'rest_day', spans: [], name: null };
}

function classify(c: Compiled, dayNumber: number): Classified {
  const override = c.overrides.get(dayNumber);
  if (!override) return classifyWithoutOverride(c, dayNumber);
  const name = override.name ?? null;
  if (override.type === 'off') return { kind: 'override_off', spans: [], name };
  if (override.periods) return { kind: 'override_workday', spans: parsePeriods(override.periods, `override ${override.date}`), name };
  // Working an exceptional day means a standard day; a day that is worked anyway keeps its own hours.
  const base = classifyWithoutOverride(c, dayNumber);
  return { kind: 'override_workday', spans: base.kind === 'workday' ? base.spans : c.standard, name };
}

function dayPlan(c: Compiled, dayNumber: number): DayPlan {
  const cached = c.days.get(dayNumber);
  if (cached) return cached;
  const { kind, spans, name } = classify(c, dayNumber);
  const coverage: HolidayCoverage =
    c.cal.holidays === 'cn-statutory' ? statutoryYearSource(civilDateOf(dayNumber).year) : 'not_applicable';
  const intervals: Array<readonly [number, number]> = [];
  for (const [s, e] of spans) {
    const from = wallToInstant(c.cal.timezone, dayNumber, s * MS_PER_MINUTE);
    const to = wallToInstant(c.cal.timezone, dayNumber, e * MS_PER_MINUTE);
    // A period swallowed by a DST gap has no length.
    if (to > from) intervals.push([from, to]);
  }
  const plan: DayPlan = {
    info: {
      date: formatIsoDate(dayNumber),
      weekday: weekdayOf(dayNumber),
      kind,
      working: intervals.length > 0,
      periods: spans.map(([s, e]) => ({ start: formatMinute(s), end: formatMinute(e) })),
      name,
      holidayCoverage: coverage,
    },
    intervals,
  };
  if (c.days.size >= DAY_PLAN_CACHE_LIMIT) c.days.clear();
  c.days.set(dayNumber, plan);
  return plan;
}

function requireDate(text: string): number {
  const n = parseIsoDate(text);
  if (n === null) throw new RangeError(`expected a date YYYY-MM-DD, got ${text}`);
  return n;
}

function requireInstant(d: Date, what: string): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw new RangeError(`${what} is an invalid Date`);
  return t;
}

function localDayNumber(c: Compiled, date: Date | string): number {
  return typeof date === 'string' ? requireDate(date) : toLocal(c.cal.timezone, requireInstant(date, 'date')).dayNumber;
}

// ---------------------------------------------------------------------------------------------
// Millisecond core, shared with the SLA clock.

/** Adds `ms` of working time to `startMs`; see `addWorkingTime`. */
export function addWorkingMs(calendar: BusinessCalendar, startMs: number, ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`working time to add must be a finite number ≥ 0, got ${ms}`);
  if (calendar.kind === '24x7' || ms === 0) return startMs + ms;
  const c = compile(calendar);
  let remaining = ms;
  let day = toLocal(calendar.timezone, startMs).dayNumber;
  let idle = 0;
  for (;;) {
    const { intervals } = dayPlan(c, day);
    for (const [s, e] of intervals) {
      if (e <= startMs) continue;
      const from = Math.max(s, startMs);
      const available = e - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
    idle = intervals.length === 0 ? idle + 1 : 0;
    if (idle > MAX_IDLE_DAYS) throw new RangeError('the calendar has no working time in ten years');
    day += 1;
  }
}

/** Working ms between two instants; negative when `bMs` is before `aMs`. */
export function workingMsBetween(calendar: BusinessCalendar, aMs: number, bMs: number): number {
  if (bMs < aMs) return -workingMsBetween(calendar, bMs, aMs);
  if (calendar.kind === '24x7') return bMs - aMs;
  const c = compile(calendar);
  const first = toLocal(calendar.timezone, aMs).dayNumber;
  const last = toLocal(calendar.timezone, bMs).dayNumber;
  let total = 0;
  for (let day = first; day <= last; day += 1) {
    for (const [s, e] of dayPlan(c, day).intervals) {
      const from = Math.max(s, aMs);
      const to = Math.min(e, bMs);
      if (to > from) total += to - from;
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * How the calendar treats a local date ('YYYY-MM-DD' in the calendar's zone).
 * Precedence: admin override > statutory holiday / make-up day (if holidays: 'cn-statutory') > weekly hours.
 * A 24x7 calendar reports every date as a `workday` from 00:00 to 24:00.
 */
export function describeDay(calendar: BusinessCalendar, date: string): DayInfo {
  const dayNumber = requireDate(date);
  if (calendar.kind === '24x7') {
    return {
      date,
      weekday: weekdayOf(dayNumber),
      kind: 'workday',
      working: true,
      periods: [{ start: '00:00', end: '24:00' }],
      name: null,
      holidayCoverage: 'not_applicable',
    };
  }
  return dayPlan(compile(calendar), dayNumber).info;
}

/**
 * Whether the local date has working time. `date` is either 'YYYY-MM-DD' (a date in the calendar's
 * zone) or an instant (its local date in the calendar's zone is used). Always true for 24x7.
 */
export function isWorkingDay(calendar: BusinessCalendar, date: Date | string): boolean {
  if (calendar.kind === '24x7') return true;
  const c = compile(calendar);
  return dayPlan(c, localDayNumber(c, date)).intervals.length > 0;
}

/**
 * The instant reached after `minutes` of working time counted from `start`. Time outside working
 * periods does not count, so a start outside hours counts from the next opening. A result landing
 * exactly on a closing time stays there (it does not roll to the next opening). 24x7: plain addition.
 * `minutes` may be fractional (ms precision) and must be ≥ 0.
 */
export function addWorkingTime(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  return new Date(addWorkingMs(calendar, requireInstant(start, 'start'), Math.round(minutes * MS_PER_MINUTE)));
}

/** Working minutes from `a` to `b` (fractional at ms precision); negative when `b` is before `a`. */
export function workingMinutesBetween(calendar: BusinessCalendar, a: Date, b: Date): number {
  return workingMsBetween(calendar, requireInstant(a, 'a'), requireInstant(b, 'b')) / MS_PER_MINUTE;
}

/**
 * The deadline "within `days` working days of `start`": the closing time of the `days`-th working day
 * after the local date of `start`. As in 民法典 Arts. 201/203, the starting day itself is not counted
 * and a period ends when business stops on its last day. `days` = 0 means by the close of the current
 * working day (the next working day if `start` is already past today's close or today is not worked).
 * 24x7: `days` × 24 h, since such a calendar has no closing time.
 */
export function addWorkingDays(calendar: BusinessCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0, got ${days}`);
  const startMs = requireInstant(start, 'start');
  if (calendar.kind === '24x7') return new Date(startMs + days * MS_PER_DAY);
  const c = compile(calendar);
  let day = toLocal(calendar.timezone, startMs).dayNumber;
  let counted = 0;
  let idle = 0;
  if (days === 0) day -= 1;
  for (;;) {
    day += 1;
    const close = dayPlan(c, day).intervals.at(-1)?.[1];
    if (close === undefined) {
      if (++idle > MAX_IDLE_DAYS) throw new RangeError('the calendar has no working time in ten years');
      continue;
    }
    idle = 0;
    if (days === 0) {
      if (close > startMs) return new Date(close);
    } else if (++counted === days) {
      return new Date(close);
    }
  }
}

/**
 * The same local wall time `days` calendar days later (or earlier, if negative) in the calendar's zone,
 * ignoring hours and holidays; DST-correct. 24x7: `days` × 24 h.
 */
export function addCalendarDays(calendar: BusinessCalendar, start: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  const startMs = requireInstant(start, 'start');
  if (calendar.kind === '24x7') return new Date(startMs + days * MS_PER_DAY);
  const { dayNumber, msOfDay } = toLocal(calendar.timezone, startMs);
  return new Date(wallToInstant(calendar.timezone, dayNumber + days, msOfDay));
}

/** Whether the holiday data for `year` is complete enough, for a warning in the admin UI. */
export function describeYearCoverage(calendar: BusinessCalendar, year: number): YearCoverage {
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  if (calendar.kind === '24x7') {
    return { year, holidayCoverage: 'not_applicable', overridesInYear: 0, covered: true, warning: null };
  }
  const prefix = `${String(year).padStart(4, '0')}-`;
  const overridesInYear = calendar.overrides.filter((o) => o.date.startsWith(prefix)).length;
  if (calendar.holidays === 'none') {
    return { year, holidayCoverage: 'not_applicable', overridesInYear, covered: true, warning: null };
  }
  const holidayCoverage = statutoryYearSource(year);
  if (holidayCoverage === 'official') return { year, holidayCoverage, overridesInYear, covered: true, warning: null };
  const covered = overridesInYear > 0;
  const warning = covered
    ? {
        zh: `${year} 年无官方放假安排数据，正在使用 ${overridesInYear} 条手工例外日期，请核对是否已完整录入春节、清明、端午、中秋及调休安排。`,
        en: `No official ${year} holiday schedule: ${overridesInYear} manual exception dates are in use; check that Spring Festival, Qingming, Dragon Boat, Mid-Autumn and the make-up working days are all entered.`,
      }
    : {
        zh: `${year} 年调休安排未知：目前只按元旦（1月1日）、劳动节（5月1–2日）、国庆节（10月1–3日）放假，春节、清明、端午、中秋及调休上班日均未计入，请添加例外日期。`,
        en: `The ${year} holiday schedule is unknown: only New Year's Day (Jan 1), Labour Day (May 1–2) and National Day (Oct 1–3) are days off; Spring Festival, Qingming, Dragon Boat, Mid-Autumn and make-up working days are missing. Add exception dates.`,
      };
  return { year, holidayCoverage, overridesInYear, covered, warning };
}

/** The hours used on make-up days and on `workday` overrides without periods. */
export function standardWorkdayPeriods(calendar: WorkingHoursCalendar): readonly WorkPeriod[] {
  return compile(calendar).standard.map(([s, e]) => ({ start: formatMinute(s), end: formatMinute(e) }));
}

/** Everything wrong with a calendar, for the admin form; an empty list means the calendar is usable. */
export function validateCalendar(calendar: BusinessCalendar): CalendarProblem[] {
  if (calendar.kind === '24x7') return [];
  const problems: CalendarProblem[] = [];
  const add = (path: string, zh: string, en: string) => problems.push({ path, message: { zh, en } });
  if (!isValidTimeZone(calendar.timezone)) {
    add('timezone', `未知时区“${calendar.timezone}”`, `unknown IANA time zone "${calendar.timezone}"`);
  }
  const checkPeriods = (periods: readonly WorkPeriod[], path: string): void => {
    const spans: Array<[number, number, number]> = [];
    periods.forEach((p, i) => {
      const s = parseTime(p.start, false);
      const e = parseTime(p.end, true);
      if (s === null) add(`${path}.${i}.start`, `“${p.start}”不是 HH:mm 格式（00:00–23:59）`, `"${p.start}" is not HH:mm (00:00–23:59)`);
      if (e === null) add(`${path}.${i}.end`, `“${p.end}”不是 HH:mm 格式（00:01–24:00）`, `"${p.end}" is not HH:mm (00:01–24:00)`);
      if (s !== null && e !== null) {
        if (e <= s) add(`${path}.${i}`, '结束时间必须晚于开始时间（跨夜班次请拆成两段）', 'the period must end after it starts (split overnight shifts in two)');
        else spans.push([s, e, i]);
      }
    });
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i += 1) {
      const prev = spans[i - 1];
      const cur = spans[i];
      if (prev && cur && cur[0] < prev[1]) {
        add(`${path}.${cur[2]}`, `与第 ${prev[2] + 1} 个时段重叠`, `overlaps period ${prev[2] + 1}`);
      }
    }
  };
  for (const d of [0, 1, 2, 3, 4, 5, 6] as const) checkPeriods(calendar.weekly[d] ?? [], `weekly.${d}`);
  const hasWeekdayHours = [1, 2, 3, 4, 5].some((d) => (calendar.weekly[d as Weekday] ?? []).length > 0);
  if (calendar.holidays === 'cn-statutory' && !hasWeekdayHours) {
    add('weekly', '周一至周五没有工作时间，调休上班日将没有工作时段', 'no Monday–Friday hours, so make-up working days (调休) would have no hours');
  }
  const seen = new Map<string, number>();
  calendar.overrides.forEach((o, i) => {
    const path = `overrides.${i}`;
    if (parseIsoDate(o.date) === null) add(`${path}.date`, `“${o.date}”不是日期（YYYY-MM-DD）`, `"${o.date}" is not a date YYYY-MM-DD`);
    const prev = seen.get(o.date);
    if (prev !== undefined) add(`${path}.date`, `与第 ${prev + 1} 条例外日期重复`, `duplicates exception ${prev + 1}`);
    seen.set(o.date, i);
    if (o.periods) {
      if (o.type === 'off') add(`${path}.periods`, '休息日不能设置工作时段', 'a day off has no periods');
      else checkPeriods(o.periods, `${path}.periods`);
    }
  });
  return problems;
}
