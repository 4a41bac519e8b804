// The recomputations a policy, calendar or preset change asks for, for administrators: what asked, who,
// how far the worker got and when it finished (until now only in sla_recompute_requests).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { cases } from '../cases/case.table.ts';

describe('GET /api/admin/recompute-requests', () => {
  let ctx: TestContext;
  let now = new Date('2026-11-02T10:00:00+08:00');
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  const list = async () => (await ctx.as('admin', 'GET', '/api/admin/recompute-requests')).body;

  it('should show a policy edit as a pending recomputation with its progress, then as finished once the worker ran', async () => {
    expect(await list()).toEqual({ items: [], pending: 0 });
    const first = await ctx.newCase();
    await ctx.newCase();
    // The policy the cases run on: editing it asks for them to be recomputed.
    const policyId = (await ctx.db.select({ p: cases.slaPolicyId }).from(cases).where(eq(cases.id, first.id)))[0]!.p;
    const policy = (await ctx.as('admin', 'GET', '/api/admin/sla-policies')).body.items.find((p: { id: string }) => p.id === policyId);

    now = new Date('2026-11-02T10:05:00+08:00');
    const edited = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${policy.id}`, { active: false });
    expect(edited.status).toBe(200);

    const pending = await list();
    expect(pending.pending).toBe(1);
    expect(pending.items).toHaveLength(1);
    const adminId = await ctx.userId('admin');
    expect(pending.items[0]).toMatchObject({
      cause: 'policy',
      requestedById: adminId,
      requestedAt: '2026-11-02T02:05:00.000Z',
      allCases: false,
      casesDone: 0,
      finishedAt: null,
    });
    expect(pending.items[0].requestedByName).toEqual(expect.any(String));
    const total = pending.items[0].casesLeft as number;
    expect(total).toBeGreaterThanOrEqual(2);

    // One batch of one case: progress is stored and shown.
    await ctx.services.sla.recomputeStep(now, 1);
    const halfway = (await list()).items[0];
    expect(halfway).toMatchObject({ casesDone: 1, casesLeft: total - 1, finishedAt: null });

    now = new Date('2026-11-02T10:06:00+08:00');
    await ctx.services.sla.runRecomputes(now);
    const done = await list();
    expect(done.pending).toBe(0);
    expect(done.items[0]).toMatchObject({ id: pending.items[0].id, casesDone: total, casesLeft: 0, finishedAt: '2026-11-02T02:06:00.000Z' });
  });

  it('should name a calendar edit and a preset as what asked, pending ones first', async () => {
    now = new Date('2026-11-02T11:00:00+08:00');
    const calendar = (await ctx.as('admin', 'GET', '/api/admin/calendars')).body.items[0];
    const cal = await ctx.as('admin', 'PATCH', `/api/admin/calendars/${calendar.id}`, { definition: calendar.definition });
    expect(cal.status).toBe(200);
    const preset = (await ctx.as('admin', 'GET', '/api/admin/presets')).body.current ?? 'express';
    now = new Date('2026-11-02T11:01:00+08:00');
    expect((await ctx.as('admin', 'POST', `/api/admin/presets/${preset}/apply`)).status).toBeLessThan(300);

    const { items, pending } = await list();
    expect(pending).toBe(2);
    expect(items.map((r: { cause: string; finishedAt: string | null; allCases: boolean }) => [r.cause, r.allCases, r.finishedAt === null])).toEqual([
      ['calendar', false, true],
      ['preset', true, true],
      ['policy', false, false],
    ]);
  });

  it('should refuse anyone but an administrator', async () => {
    for (const who of ['agent', 'supervisor', 'manager', 'dispatch']) {
      const res = await ctx.as(who, 'GET', '/api/admin/recompute-requests');
      expect(res.status, who).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });
});
