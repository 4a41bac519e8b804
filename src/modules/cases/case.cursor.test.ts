import { describe, expect, it } from 'vitest';
import { isTimestampKey } from './case.cursor.ts';

describe('isTimestampKey', () => {
  it('should accept the keys PostgreSQL writes for timestamps', () => {
    for (const key of ['2026-12-07 02:21:24.123456+00', '2024-02-29 23:59:59+08', '2026-01-01T00:00:00Z', '2026-01-01 00:00:00+05:30', 'infinity']) {
      expect(isTimestampKey(key), key).toBe(true);
    }
  });

  it('should refuse dates and times that cannot exist', () => {
    for (const key of ['2026-13-01 00:00:00', '2026-02-29 00:00:00', '2026-04-31 00:00:00', '0000-01-01 00:00:00', '2026-01-01 24:00:00', '2026-01-01 00:60:00', '2026-01-01 00:00:00+16', '2026-1-1 00:00:00']) {
      expect(isTimestampKey(key), key).toBe(false);
    }
  });
});
