import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const at = (s: string) => new Date(s);

// Issue 11 item 6: "an accepted offer carries an execution deadline 执行时限 that runs as a time-limit clock" — the
// sweeper warns and escalates it like the others; the case meets it by leaving 执行中.
describe('the 执行时限 as a time limit: started on acceptance, swept when overdue, met at resolving', () => {
  let ctx: TestContext;
  let now = at('2026-11-02T10:00:00+08:00');
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  it('should breach and escalate the execution deadline once when overdue, and meet it when the case resolves', async () => {
    const c = await ctx.newCase({ serviceType: 'same_city', freightFen: 1_000, insured: false });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('service') })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
    await ctx.as('agent', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'external', rootCauseText: '暴雨', party: 'force_majeure' });
    const remedy = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'fee_waiver', amountFen: 1_000 }] });
    await ctx.as('agent', 'POST', `/api/remedies/${remedy.body.id}/offer`);
    now = at('2026-11-02T11:00:00+08:00');
    // Agreed: waived within 4 hours (the warning falls at 75 %, 14:00).
    const accepted = await ctx.as('agent', 'POST', `/api/remedies/${remedy.body.id}/answer`, { answer: 'accepted', executionDueAt: '2026-11-02T15:00:00+08:00' });
    expect(accepted.status).toBe(200);
    const execution = async () => (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.sla.targets.find((t: any) => t.target === 'execution');
    expect(await execution()).toMatchObject({ status: 'running', dueAt: '2026-11-02T07:00:00.000Z' });

    now = at('2026-11-02T15:30:00+08:00');
    expect((await ctx.as('admin', 'POST', '/api/admin/sweep')).status).toBe(200);
    const swept = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    const ofExecution = (kind: string) => swept.events.filter((e: any) => e.kind === kind && e.payload.target === 'execution');
    expect(ofExecution('sla_warning')).toHaveLength(1);
    expect(ofExecution('sla_breached')).toHaveLength(1);
    expect(ofExecution('escalated').map((e: any) => e.payload.level)).toEqual([1]);
    expect(await execution()).toMatchObject({ status: 'breached' });
    // A second sweep finds nothing more of it to do.
    await ctx.as('admin', 'POST', '/api/admin/sweep');
    const again = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    expect(again.events.filter((e: any) => e.kind === 'sla_breached' && e.payload.target === 'execution')).toHaveLength(1);

    const [action] = (await ctx.as('agent', 'GET', `/api/cases/${c.id}/actions`)).body.items;
    expect(action).toMatchObject({ kind: 'fee_waiver', overdue: true });
    expect((await ctx.as('finance', 'POST', `/api/actions/${action.id}/complete`, {})).status).toBe(200);
    now = at('2026-11-02T16:00:00+08:00');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' })).status).toBe(200);
    expect(await execution()).toMatchObject({ status: 'met' });
  });
});
