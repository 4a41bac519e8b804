import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { caseEvents, cases } from '../cases/case.table.ts';
import { createSlaService } from './sla.service.ts';
import { slaRecomputeRequests } from './sla.table.ts';

const at = (s: string) => new Date(s);
const MINUTE = 60_000;

// A policy, calendar or preset edit answers at once: it stores the change and a request to recompute the
// open cases it touches; the worker does that in bounded batches, resumable, once per case.
describe('the recomputation after a time-limit configuration edit runs in the background', () => {
  let ctx: TestContext;
  let now = at('2026-11-02T09:00:00+08:00'); // a Monday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  const attitudeCase = () => ctx.newCase({ description: '快递员态度不好，说话很冲', category: 'attitude', urgency: 'normal', channel: 'web' });
  const policies = async () => (await ctx.as('admin', 'GET', '/api/admin/sla-policies')).body.items as any[];
  const changesOf = async (ids: string[]) => {
    const rows = await ctx.db
      .select({ caseId: caseEvents.caseId, kind: caseEvents.kind })
      .from(caseEvents)
      .where(inArray(caseEvents.caseId, ids));
    return ids.map((id) => rows.filter((r) => r.caseId === id && r.kind === 'sla_policy_changed').length);
  };
  const attitudePolicy = async () => {
    const created = await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
      name: '态度投诉 8 小时',
      category: 'attitude',
      position: 0,
      policy: {
        targets: [{ target: 'resolution', minutes: 8 * 60, calendar: 'calendar', pausable: true }],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 30 },
      },
    });
    expect(created.status).toBe(201);
    await ctx.services.sla.runRecomputes(now);
    return created.body.id as string;
  };

  it('should answer the edit before recomputing, then recompute in batches that resume where they stopped', async () => {
    now = at('2026-11-02T09:00:00+08:00');
    const policyId = await attitudePolicy();
    const open = [await attitudeCase(), await attitudeCase(), await attitudeCase(), await attitudeCase(), await attitudeCase()];
    const ids = open.map((c) => c.id).sort();
    const before = await ctx.db.select({ id: cases.id, p: cases.slaPolicyId, next: cases.slaNextActionAt }).from(cases).where(inArray(cases.id, ids));
    expect(before.every((r) => r.p === policyId)).toBe(true);

    now = at('2026-11-02T09:10:00+08:00');
    expect((await ctx.as('admin', 'DELETE', `/api/admin/sla-policies/${policyId}`)).status).toBe(204);
    // Nothing recomputed yet: the request is stored, the cases are as they were.
    expect(await ctx.services.sla.pendingRecomputeCases()).toBeGreaterThanOrEqual(5);
    expect(await changesOf(ids)).toEqual([0, 0, 0, 0, 0]);

    // One batch of two, then the worker "crashes": its progress is in the request row.
    const step = await ctx.services.sla.recomputeStep(now, 2);
    expect(step).toMatchObject({ cases: 2, finished: false });
    const [progress] = await ctx.db.select().from(slaRecomputeRequests).where(eq(slaRecomputeRequests.id, step!.requestId));
    expect(progress).toMatchObject({ casesDone: 2, finishedAt: null });
    expect(progress!.afterCaseId).not.toBeNull();

    // A new worker process picks it up from there.
    const restarted = createSlaService({ db: ctx.db, clock: () => now, notifications: ctx.services.notifications });
    expect(await restarted.runRecomputes(now, { batch: 2 })).toBeGreaterThanOrEqual(3);
    expect(await ctx.services.sla.pendingRecomputeCases()).toBe(0);
    // Every case moved once, with one timeline event each.
    expect(await changesOf(ids)).toEqual([1, 1, 1, 1, 1]);
    const after = await ctx.db.select({ p: cases.slaPolicyId }).from(cases).where(inArray(cases.id, ids));
    const p4 = (await policies()).find((p) => p.priority === 'P4' && p.category === null);
    expect(after.every((r) => r.p === p4.id)).toBe(true);
  });

  it('should recompute each case once when two workers share the request', async () => {
    now = at('2026-11-03T09:00:00+08:00');
    const policyId = await attitudePolicy();
    const ids = (await Promise.all([attitudeCase(), attitudeCase(), attitudeCase(), attitudeCase(), attitudeCase(), attitudeCase()])).map((c) => c.id);
    now = at('2026-11-03T09:10:00+08:00');
    expect((await ctx.as('admin', 'DELETE', `/api/admin/sla-policies/${policyId}`)).status).toBe(204);
    const second = await ctx.secondConnection();
    try {
      const other = createSlaService({ db: second.db, clock: () => now, notifications: ctx.services.notifications });
      await Promise.all([ctx.services.sla.runRecomputes(now, { batch: 2 }), other.runRecomputes(now, { batch: 2 })]);
    } finally {
      await second.close();
    }
    expect(await changesOf(ids)).toEqual([1, 1, 1, 1, 1, 1]);
    const requests = await ctx.db.select().from(slaRecomputeRequests);
    expect(requests.every((r) => r.finishedAt !== null)).toBe(true);
  });

  it('should never let the sweeper act on a stale summary while a recomputation is pending', async () => {
    now = at('2026-11-04T09:00:00+08:00');
    const c = await attitudeCase();
    const p4 = (await policies()).find((p) => p.priority === 'P4' && p.category === null);
    const targets = p4.policy.targets.map((t: any) => (t.target === 'resolution' ? { ...t, minutes: 2 } : t));
    expect((await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${p4.id}`, { policy: { ...p4.policy, targets } })).status).toBe(200);
    // The worker has not run; the sweep brings the case in step first and breaches the new 2-minute limit.
    now = new Date(now.getTime() + 5 * MINUTE);
    expect((await ctx.as('admin', 'POST', '/api/admin/sweep')).status).toBe(200);
    const view = (await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`)).body;
    expect(view.events.filter((e: any) => e.kind === 'sla_breached').map((e: any) => e.payload.target)).toEqual(['resolution']);
    expect(await ctx.services.sla.pendingRecomputeCases()).toBe(0);
    await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${p4.id}`, { policy: p4.policy });
  });
});
