import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// DOMAIN-RULES rule 2 (the company processes a regulator-transferred appeal and reports back), rule 5 (its reply
// deadline: an internal 3 working days), rule 21 (12315: 7 working days for the department): recording the reply
// meets the appeal-reply clock at the time it was sent; before this only resolving the case stopped it.
const at = (s: string) => new Date(s);
const en = { 'accept-language': 'en' };
const targetOf = (c: any, target: string) => c.sla.targets.find((t: any) => t.target === target);

describe('replies to the regulator 答复监管', () => {
  let ctx: TestContext;
  let now = at('2026-11-05T09:00:00+08:00'); // a Thursday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  const referred = () => ctx.newCase({ description: '已向12305申诉，快递丢了没人管', category: 'attitude', channel: 'web', regulatorReferral: '12305' });
  const appealEvents = async (id: string) =>
    ((await ctx.as('supervisor', 'GET', `/api/cases/${id}`)).body.events as any[]).filter(
      (e) => ['sla_warning', 'sla_breached', 'escalated'].includes(e.kind) && e.payload.target === 'appeal_reply',
    );

  it('should record the reply, meet the appeal clock at repliedAt, and leave nothing for the sweeper', async () => {
    now = at('2026-11-05T09:00:00+08:00');
    const c = await referred();
    const unanswered = await referred();
    expect(targetOf(c, 'appeal_reply')).toMatchObject({ status: 'running', dueAt: '2026-11-09T10:00:00.000Z' });
    const before = await ctx.as('agent', 'GET', `/api/cases/${c.id}/regulator-replies`);
    expect(before.body).toEqual({ items: [], referral: '12305', canReply: true });

    now = at('2026-11-06T12:00:00+08:00');
    const future = await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, { regulator: '12305', content: '已核实', repliedAt: '2026-11-06T13:00:00+08:00' }, en);
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0]).toMatchObject({ path: 'repliedAt', message: expect.stringContaining('later than now') });
    const early = await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, { regulator: '12305', content: '已核实', repliedAt: '2026-11-05T08:00:00+08:00' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0]).toMatchObject({ path: 'repliedAt', message: '答复时间不能早于监管转办时间' });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, { regulator: '12305', content: '  ', repliedAt: '2026-11-06T10:00:00+08:00' })).status).toBe(400);

    const body = { regulator: '12305', content: '经核实，快件在转运中心丢失，已按保价规则赔付并致歉', repliedAt: '2026-11-06T10:00:00+08:00' };
    const reply = await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, body);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ regulator: '12305', repliedAt: '2026-11-06T02:00:00.000Z', recordedByName: expect.any(String) });
    const again = await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, body);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(reply.body.id);

    const view = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    expect(targetOf(view, 'appeal_reply')).toMatchObject({ status: 'met', metAt: '2026-11-06T02:00:00.000Z' });
    // The other clocks keep running: only the appeal reply was answered.
    expect(targetOf(view, 'resolution').status).not.toBe('met');
    const replied = view.events.filter((e: any) => e.kind === 'regulator_replied');
    expect(replied).toHaveLength(1);
    expect(replied[0].payload).toMatchObject({ replyId: reply.body.id, regulator: '12305', appealClock: 'met', onTime: true });
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}/regulator-replies`)).body.items.map((r: any) => r.id)).toEqual([reply.body.id]);

    // A week later the sweeper has escalated the unanswered appeal, never the answered one.
    now = at('2026-11-13T12:00:00+08:00');
    expect((await ctx.as('admin', 'POST', '/api/admin/sweep')).status).toBe(200);
    expect(await appealEvents(c.id)).toEqual([]);
    expect((await appealEvents(unanswered.id)).map((e) => e.kind)).toEqual(expect.arrayContaining(['sla_warning', 'sla_breached', 'escalated']));

    // A later reply is recorded; the clock stays as it was met.
    const late = await ctx.as('agent', 'POST', `/api/cases/${c.id}/regulator-replies`, { ...body, content: '补充说明：已回访客户', repliedAt: '2026-11-13T11:00:00+08:00' });
    expect(late.status).toBe(201);
    const lateEvent = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'regulator_replied').at(-1);
    expect(lateEvent.payload).toMatchObject({ appealClock: 'already_ended', onTime: null });
  });

  it('should refuse a case without a referral, and keep other departments’ handlers out', async () => {
    now = at('2026-11-16T09:00:00+08:00');
    const plain = await ctx.newCase({ description: '快递员态度不好', category: 'attitude', channel: 'web' });
    expect((await ctx.as('agent', 'GET', `/api/cases/${plain.id}/regulator-replies`)).body).toMatchObject({ referral: null, canReply: false });
    const res = await ctx.as('agent', 'POST', `/api/cases/${plain.id}/regulator-replies`, { regulator: '12305', content: 'x', repliedAt: '2026-11-16T08:30:00+08:00' }, en);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('no regulator referral');
    const c = await referred();
    const owner = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.departmentId;
    const outsider = owner === (await ctx.departmentId('warehouse')) ? 'finance' : 'warehouse';
    expect((await ctx.as(outsider, 'POST', `/api/cases/${c.id}/regulator-replies`, { regulator: '12305', content: 'x', repliedAt: '2026-11-16T09:00:00+08:00' })).status).toBe(404);
  });

  it('keeps a reply as recorded (append-only trigger)', async () => {
    await expect(ctx.db.execute(sql`update regulator_replies set content = 'changed'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from regulator_replies`)).rejects.toThrow();
  });
});
