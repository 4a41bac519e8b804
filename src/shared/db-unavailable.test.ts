import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-unavailable.ts';

const pgError = (code: string) => Object.assign(new Error('server said no'), { code });
// How drizzle reports a failed query: its own error, the driver's in `cause`.
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select …'), { cause });

describe('which database errors mean "unavailable, try again" (503) rather than a bug (500)', () => {
  it('should count timeouts, refused or dropped connections and a server shutting down', () => {
    expect(isDatabaseUnavailable(wrapped(pgError('57014')))).toBe(true); // statement_timeout
    expect(isDatabaseUnavailable(wrapped(pgError('25P03')))).toBe(true); // idle in transaction
    expect(isDatabaseUnavailable(pgError('57P01'))).toBe(true); // admin shutdown
    expect(isDatabaseUnavailable(pgError('08006'))).toBe(true); // connection failure
    expect(isDatabaseUnavailable(pgError('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(new Error('Query read timeout')))).toBe(true);
  });

  it('should not count errors of the query or the data', () => {
    expect(isDatabaseUnavailable(wrapped(pgError('23505')))).toBe(false); // unique violation
    expect(isDatabaseUnavailable(wrapped(pgError('42P01')))).toBe(false); // undefined table
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
