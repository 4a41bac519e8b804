// Keyset cursors: pure encoding and checking, no I/O.
import { fieldError } from '../../shared/errors.ts';
import { FIELD_MESSAGES, isUuid } from '../../shared/validation.ts';
import type { SortField } from './case.schemas.ts';

// A cursor names the sort it was taken from, so that one reused under another sort (or forged) is
// refused as a bad field instead of reaching the database as a value of the wrong type.
export type Cursor = { sort: SortField; order: 'asc' | 'desc'; key: string | null; id: string };

const TIMESTAMP_KEY = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)?$/;

// The shape alone lets a forged "2026-02-30 25:61:00" through to the database, which fails on it;
// every field is checked against the calendar so that only a time PostgreSQL accepts passes.
export function isTimestampKey(key: string): boolean {
  if (key === 'infinity') return true;
  const m = TIMESTAMP_KEY.exec(key);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  const offsetHours = m[9] === undefined ? 0 : Number(m[9]);
  const offsetMinutes = m[10] === undefined ? 0 : Number(m[10]);
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59
  );
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const KEY_FORMAT: Record<SortField, (key: string) => boolean> = {
  createdAt: isTimestampKey,
  updatedAt: isTimestampKey,
  occurredAt: isTimestampKey,
  dueAt: isTimestampKey,
  priority: (key) => /^P[1-4]$/.test(key),
  caseNumber: (key) => /^[A-Z0-9-]{1,40}$/.test(key),
};

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.order, c.key, c.id])).toString('base64url');
}

export function decodeCursor(cursor: string, expected: { sort: SortField; order: 'asc' | 'desc' }): Cursor {
  try {
    const [sort, order, key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      sort === expected.sort &&
      order === expected.order &&
      (key === null || (typeof key === 'string' && KEY_FORMAT[expected.sort](key))) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { sort: expected.sort, order: expected.order, key, id };
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
}
