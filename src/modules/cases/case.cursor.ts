// Keyset cursors: pure encoding and checking, no I/O.
import { fieldError } from '../../shared/errors.ts';
import { FIELD_MESSAGES } from '../../shared/validation.ts';
import type { SortField } from './case.schemas.ts';

// A cursor names the sort it was taken from, so that one reused under another sort (or forged) is
// refused as a bad field instead of reaching the database as a value of the wrong type.
export type Cursor = { sort: SortField; order: 'asc' | 'desc'; key: string | null; id: string };

const TIMESTAMP_KEY = /^(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?|infinity)$/;
const KEY_FORMAT: Record<SortField, RegExp> = {
  createdAt: TIMESTAMP_KEY,
  updatedAt: TIMESTAMP_KEY,
  occurredAt: TIMESTAMP_KEY,
  dueAt: TIMESTAMP_KEY,
  priority: /^P[1-4]$/,
  caseNumber: /^[A-Z0-9-]{1,40}$/,
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
      (key === null || (typeof key === 'string' && KEY_FORMAT[expected.sort].test(key))) &&
      typeof id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ) {
      return { sort: expected.sort, order: expected.order, key, id };
    }
  } catch {
    // fall through to the field error
  }
  throw fieldError('query.cursor', FIELD_MESSAGES.cursor_invalid);
}
