import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../background.ts';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// Decision 002 (amended): case numbers come from one sequence per day; the hourly purge retires past days'.
let ctx: TestContext;
let now = new Date('2026-11-02T02:00:00Z'); // 10:00 in Shanghai, 2026-11-02
beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
});
afterAll(async () => ctx?.close());

const sequences = async (): Promise<string[]> => {
  const { rows } = (await ctx.db.execute(
    sql`select relname from pg_class where relkind = 'S' and relname like 'case\\_number\\_%' order by relname`,
  )) as unknown as { rows: Array<{ relname: string }> };
  return rows.map((r) => r.relname);
};

describe('case-number sequences of past days', () => {
  it('should drop a past day’s sequence, keep its last number and continue from it should that day come again', async () => {
    const first = await ctx.newCase();
    const second = await ctx.newCase();
    expect(second.caseNumber).toBe('TS20261102-0002');
    expect(first.caseNumber).toBe('TS20261102-0001');
    now = new Date('2026-11-05T02:00:00Z');
    await ctx.newCase();
    expect(await sequences()).toEqual(['case_number_20261102', 'case_number_20261105']);

    const counts = await purgeExpired(ctx.db, now, { idempotencyKeyRetentionMs: 72 * 3600_000 });
    expect(counts.caseNumberSequences).toBe(1);
    // Today's (and yesterday's) stay: only days two or more back in UTC are retired.
    expect(await sequences()).toEqual(['case_number_20261105']);

    // A back-dated intake for the retired day takes the next number, not one already given.
    now = new Date('2026-11-02T09:00:00Z');
    const late = await ctx.newCase();
    expect(late.caseNumber).toBe('TS20261102-0003');
    // And a second purge finds nothing new to retire beyond that recreated day.
    now = new Date('2026-11-05T03:00:00Z');
    expect((await purgeExpired(ctx.db, now, { idempotencyKeyRetentionMs: 72 * 3600_000 })).caseNumberSequences).toBe(1);
    expect(await sequences()).toEqual(['case_number_20261105']);
  });
});
