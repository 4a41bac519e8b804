// The cases the sweeper fails on, for administrators (until now only in sla_sweep_failures and the logs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { slaRepository } from './sla.repository.ts';

const at = (s: string) => new Date(s);

describe('GET /api/admin/sweep-failures', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('should list each failing case with its number, attempts, error and times, latest attempt first', async () => {
    const older = await ctx.newCase();
    const newer = await ctx.newCase();
    await slaRepository.recordSweepFailure(ctx.db, { caseId: older.id, error: 'Error: notifier down', at: at('2026-11-30T02:00:00Z'), retryAt: () => at('2026-11-30T02:05:00Z') });
    await slaRepository.recordSweepFailure(ctx.db, { caseId: older.id, error: 'Error: still down', at: at('2026-11-30T02:06:00Z'), retryAt: () => at('2026-11-30T02:16:00Z') });
    await slaRepository.recordSweepFailure(ctx.db, { caseId: newer.id, error: 'TypeError: x is undefined', at: at('2026-11-30T03:00:00Z'), retryAt: () => at('2026-11-30T03:05:00Z') });

    const res = await ctx.as('admin', 'GET', '/api/admin/sweep-failures');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      total: 2,
      items: [
        {
          caseId: newer.id,
          caseNumber: newer.caseNumber,
          attempts: 1,
          error: 'TypeError: x is undefined',
          firstFailedAt: '2026-11-30T03:00:00.000Z',
          lastAttemptAt: '2026-11-30T03:00:00.000Z',
          nextRetryAt: '2026-11-30T03:05:00.000Z',
        },
        {
          caseId: older.id,
          caseNumber: older.caseNumber,
          attempts: 2,
          error: 'Error: still down',
          firstFailedAt: '2026-11-30T02:00:00.000Z',
          lastAttemptAt: '2026-11-30T02:06:00.000Z',
          nextRetryAt: '2026-11-30T02:16:00.000Z',
        },
      ],
    });
    const one = await ctx.as('admin', 'GET', '/api/admin/sweep-failures?limit=1');
    expect(one.body.items.map((f: { caseId: string }) => f.caseId)).toEqual([newer.id]);
    expect(one.body.total).toBe(2);

    // A case swept successfully leaves the list.
    await slaRepository.clearSweepFailures(ctx.db, [older.id]);
    expect((await ctx.as('admin', 'GET', '/api/admin/sweep-failures')).body.items.map((f: { caseId: string }) => f.caseId)).toEqual([newer.id]);
  });

  it('should refuse anyone but an administrator', async () => {
    for (const who of ['agent', 'supervisor', 'manager', 'dispatch']) {
      const res = await ctx.as(who, 'GET', '/api/admin/sweep-failures');
      expect(res.status, who).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });
});
