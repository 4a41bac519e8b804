// Wall-clock arithmetic for IANA time zones, built on Intl only.
// Local calendar days are handled as "day numbers" (days since 1970-01-01 in the proleptic
// Gregorian calendar), so stepping a day is `day + 1` and needs no time zone at all.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as in `Date.prototype.getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A local calendar date as parts. */
export type CivilDate = { year: number; month: number; day: number };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date. */
export function dayNumberOf(date: CivilDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function civilDateOf(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(dayNumber: number): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

/** 'YYYY-MM-DD' → day number, or null when it is not a real date (e.g. 2026-02-30). */
export function parseIsoDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const n = dayNumberOf(date);
  const back = civilDateOf(n);
  if (back.year !== date.year || back.month !== date.month || back.day !== date.day) return null;
  return n;
}

export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = civilDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** UTC offset (local − UTC) in ms of `timeZone` at the instant `epochMs`. */
export function zoneOffsetMs(timeZone: string, epochMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value);
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value === 'BC' || p.value === 'B';
        break;
      default:
        break;
    }
  }
  const fullYear = bc ? 1 - year : year;
  const asUtc = Date.UTC(fullYear, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0-99 to 1900-1999; correct for it instead of trusting it.
  const fixed = fullYear >= 0 && fullYear < 100 ? new Date(asUtc).setUTCFullYear(fullYear) : asUtc;
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return fixed - wholeSeconds;
}

/** The local day number and the ms since local midnight of an instant. */
export function toLocal(timeZone: string, epochMs: number): { dayNumber: number; msOfDay: number } {
  const local = epochMs + zoneOffsetMs(timeZone, epochMs);
  const dayNumber = Math.floor(local / MS_PER_DAY);
  return { dayNumber, msOfDay: local - dayNumber * MS_PER_DAY };
}

// Offsets are constant over nearly every local day; remembering that per zone and day turns
// wall → instant conversion into one map lookup. Bounded so a long-lived server cannot grow it forever.
const DAY_OFFSET_CACHE_LIMIT = 50_000;
const dayOffsetCache = new Map<string, number | 'varies'>();

function exactWallToInstant(timeZone: string, localMs: number): number {
  // Temporal's "compatible" disambiguation: in an overlap take the earlier instant,
  // in a gap take the instant the wall time would have had before the transition (i.e. later).
  const before = zoneOffsetMs(timeZone, localMs - MS_PER_DAY);
  const after = zoneOffsetMs(timeZone, localMs + MS_PER_DAY);
  const a = localMs - before;
  const b = localMs - after;
  const aOk = zoneOffsetMs(timeZone, a) === before;
  const bOk = zoneOffsetMs(timeZone, b) === after;
  if (aOk && bOk) return Math.min(a, b);
  if (aOk) return a;
  if (bOk) return b;
  return localMs - before;
}

/**
 * The instant at which the wall clock in `timeZone` shows `msOfDay` on local day `dayNumber`.
 * `msOfDay` may be 24:00 (= next midnight).
 */
export function wallToInstant(timeZone: string, dayNumber: number, msOfDay: number): number {
  const key = `${timeZone}|${dayNumber}`;
  let offset = dayOffsetCache.get(key);
  if (offset === undefined) {
    const start = exactWallToInstant(timeZone, dayNumber * MS_PER_DAY);
    const end = exactWallToInstant(timeZone, (dayNumber + 1) * MS_PER_DAY);
    const o1 = zoneOffsetMs(timeZone, start);
    const o2 = zoneOffsetMs(timeZone, end - 1);
    offset = o1 === o2 && end - start === MS_PER_DAY ? o1 : 'varies';
    if (dayOffsetCache.size >= DAY_OFFSET_CACHE_LIMIT) dayOffsetCache.clear();
    dayOffsetCache.set(key, offset);
  }
  const localMs = dayNumber * MS_PER_DAY + msOfDay;
  return offset === 'varies' ? exactWallToInstant(timeZone, localMs) : localMs - offset;
}
