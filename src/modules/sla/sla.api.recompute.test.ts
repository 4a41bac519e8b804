import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { cases } from '../cases/case.table.ts';
import { caseClockEvents } from './sla.table.ts';

const at = (iso: string) => new Date(iso);
const iso = (s: string) => at(s).toISOString();
const MINUTE = 60_000;
const plus = (d: string, minutes: number) => new Date(at(d).getTime() + minutes * MINUTE).toISOString();

type Ctx = TestContext;
const view = async (ctx: Ctx, id: string) => (await ctx.as('supervisor', 'GET', `/api/cases/${id}`)).body;
const targetOf = (c: any, target: string) => c.sla.targets.find((t: any) => t.target === target);
const targetsOf = (c: any) => c.sla.targets.map((t: any) => t.target).sort();
const policiesOf = async (ctx: Ctx) => (await ctx.as('admin', 'GET', '/api/admin/sla-policies')).body.items as any[];
const storedPolicyId = async (ctx: Ctx, id: string) => (await ctx.db.select({ p: cases.slaPolicyId }).from(cases).where(eq(cases.id, id)))[0]!.p;
const clockLog = async (ctx: Ctx, id: string) =>
  (await ctx.db.select().from(caseClockEvents).where(eq(caseClockEvents.caseId, id))).map((e) => `${e.type} ${e.target}`);
const move = (ctx: Ctx, id: string, to: string, extra: Record<string, unknown> = {}) =>
  ctx.as('supervisor', 'POST', `/api/cases/${id}/transitions`, { to, ...extra });
const sweep = (ctx: Ctx) => ctx.as('admin', 'POST', '/api/admin/sweep');
const withMinutes = (policy: any, target: string, minutes: number) => ({
  ...policy,
  targets: policy.targets.map((t: any) => (t.target === target ? { ...t, minutes } : t)),
});

describe('open cases follow an edit of their policy, their calendar or the preset (express)', () => {
  let ctx: Ctx;
  let now = at('2026-11-02T10:00:00+08:00'); // a Monday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());
  // The edit only asks for the recomputation; the worker's job does it (here, to the end).
  const settle = () => ctx.services.sla.runRecomputes(now);

  const attitudeCase = () => ctx.newCase({ description: '快递员态度不好，说话很冲', category: 'attitude', urgency: 'normal', channel: 'web' });
  const p4 = async () => (await policiesOf(ctx)).find((p) => p.priority === 'P4' && p.category === null);

  it('should move the deadlines of open cases when their policy is edited, so the sweeper acts on the new limit', async () => {
    now = at('2026-11-02T10:00:00+08:00');
    const c = await attitudeCase();
    expect(c.priority).toBe('P4');
    expect(targetOf(c, 'resolution').dueAt).toBe(plus('2026-11-02T10:00:00+08:00', 5 * 24 * 60));
    const policy = await p4();

    now = at('2026-11-02T10:01:00+08:00');
    const edited = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${policy.id}`, { policy: withMinutes(policy.policy, 'resolution', 2) });
    expect(edited.status).toBe(200);
    await settle();
    // The running clock keeps its start: 2 minutes from intake, not from the edit.
    expect(targetOf(await view(ctx, c.id), 'resolution')).toMatchObject({ status: 'running', dueAt: iso('2026-11-02T10:02:00+08:00') });

    now = at('2026-11-02T10:05:00+08:00');
    const swept = await sweep(ctx);
    expect(swept.body.actions).toBeGreaterThanOrEqual(3);
    const after = await view(ctx, c.id);
    expect(after.events.filter((e: any) => e.kind === 'sla_breached').map((e: any) => e.payload.target)).toEqual(['resolution']);
    expect(after.events.filter((e: any) => e.kind === 'escalated').map((e: any) => e.payload.level)).toEqual([1]);
    expect(after.escalationLevel).toBe(1);
    expect(targetOf(after, 'resolution').status).toBe('breached');

    // Back to five days: the case is no longer overdue on resolution (its breach stays on record).
    now = at('2026-11-02T10:06:00+08:00');
    await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${policy.id}`, { policy: policy.policy });
    await settle();
    expect(targetOf(await view(ctx, c.id), 'resolution').dueAt).toBe(plus('2026-11-02T10:00:00+08:00', 5 * 24 * 60));
  });

  it('should keep open cases on their policy when one is created, and move them to the one that fits when theirs is deleted', async () => {
    now = at('2026-11-03T09:00:00+08:00');
    const policy = await p4();
    const onP4 = await attitudeCase();
    const created = await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
      name: '态度投诉 30 分钟',
      category: 'attitude',
      position: 0,
      policy: {
        targets: [{ target: 'resolution', minutes: 30, calendar: 'calendar', pausable: true }],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 30 },
      },
    });
    expect(created.status).toBe(201);
    await settle();
    expect(await storedPolicyId(ctx, onP4.id)).toBe(policy.id);
    expect((await view(ctx, onP4.id)).sla).toEqual(onP4.sla);

    const c = await attitudeCase();
    expect(await storedPolicyId(ctx, c.id)).toBe(created.body.id);
    expect(targetsOf(c)).toEqual(['legal_outer_limit', 'resolution']);

    now = at('2026-11-03T09:10:00+08:00');
    expect((await ctx.as('admin', 'DELETE', `/api/admin/sla-policies/${created.body.id}`)).status).toBe(204);
    await settle();
    expect(await storedPolicyId(ctx, c.id)).toBe(policy.id);
    const moved = await view(ctx, c.id);
    const change = moved.events.find((e: any) => e.kind === 'sla_policy_changed');
    expect(change.payload).toMatchObject({ fromPolicyId: created.body.id, toPolicyId: policy.id, cause: 'config' });
    // The P4 targets the case lacked count from intake at 09:00: 240 working minutes, 24 hours; resolution and the legal limit keep their start.
    expect(targetOf(moved, 'acknowledge').dueAt).toBe(iso('2026-11-03T13:00:00+08:00'));
    expect(targetOf(moved, 'first_reply').dueAt).toBe(iso('2026-11-04T09:00:00+08:00'));
    expect(targetOf(moved, 'resolution').dueAt).toBe(plus('2026-11-03T09:00:00+08:00', 5 * 24 * 60));
    expect(targetOf(moved, 'legal_outer_limit').dueAt).toBe(iso('2026-11-10T09:00:00+08:00'));
  });

  it('should move business-time deadlines when the calendar they count on is edited', async () => {
    now = at('2026-11-06T16:00:00+08:00'); // Friday afternoon
    const c = await attitudeCase();
    // 240 working minutes: two hours on Friday, two on Monday.
    expect(targetOf(c, 'acknowledge').dueAt).toBe(iso('2026-11-09T11:00:00+08:00'));
    const calendars = (await ctx.as('admin', 'GET', '/api/admin/calendars')).body.items;
    const office = calendars.find((x: any) => x.isDefault);
    const saturday = { ...office.definition, weekly: { ...office.definition.weekly, '6': [{ start: '09:00', end: '18:00' }] } };
    expect((await ctx.as('admin', 'PATCH', `/api/admin/calendars/${office.id}`, { definition: saturday })).status).toBe(200);
    await settle();
    expect(targetOf(await view(ctx, c.id), 'acknowledge').dueAt).toBe(iso('2026-11-07T11:00:00+08:00'));

    now = at('2026-11-07T12:00:00+08:00'); // the Saturday now worked
    await sweep(ctx);
    const after = await view(ctx, c.id);
    expect(after.events.filter((e: any) => e.kind === 'sla_breached').map((e: any) => e.payload.target)).toEqual(['acknowledge']);
    await ctx.as('admin', 'PATCH', `/api/admin/calendars/${office.id}`, { definition: office.definition });
    await settle();
  });

  it('should move every open case to the policy that fits when a preset is applied', async () => {
    now = at('2026-11-09T09:00:00+08:00');
    const policy = await p4();
    await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${policy.id}`, { policy: withMinutes(policy.policy, 'resolution', 6.5 * 24 * 60) });
    await settle();
    const c = await attitudeCase();
    expect(targetOf(c, 'resolution').dueAt).toBe(plus('2026-11-09T09:00:00+08:00', 6.5 * 24 * 60));

    now = at('2026-11-09T09:30:00+08:00');
    expect((await ctx.as('admin', 'POST', '/api/admin/presets/express/apply')).status).toBe(204);
    await settle();
    const fresh = await p4();
    expect(fresh.id).not.toBe(policy.id); // the preset replaced every policy
    expect(await storedPolicyId(ctx, c.id)).toBe(fresh.id);
    const after = await view(ctx, c.id);
    expect(targetOf(after, 'resolution').dueAt).toBe(plus('2026-11-09T09:00:00+08:00', 5 * 24 * 60));
    expect(after.events.find((e: any) => e.kind === 'sla_policy_changed').payload).toMatchObject({ fromPolicyId: policy.id, toPolicyId: fresh.id, cause: 'config' });
    // Finished cases keep their record as it was.
    const open = await ctx.db.select({ id: cases.id, p: cases.slaPolicyId, s: cases.status }).from(cases);
    const ids = new Set((await policiesOf(ctx)).map((p) => p.id));
    for (const row of open.filter((r) => !['resolved', 'follow_up', 'closed', 'rejected', 'merged'].includes(r.s))) expect(ids.has(row.p!)).toBe(true);
  });
});

describe('a case that moves to another policy runs every target of it', () => {
  let ctx: Ctx;
  let now = at('2026-11-02T09:00:00+08:00');
  let delayOnly: any;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
    // A category-only policy written for one target: the statutory 7 days still apply to its cases.
    delayOnly = (
      await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
        name: '延误：只管解决',
        category: 'delay',
        position: 0,
        policy: {
          targets: [{ target: 'resolution', minutes: 48 * 60, calendar: 'calendar', pausable: true }],
          pauseStatuses: ['awaiting_customer'],
          warnAtShare: 0.75,
          escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 },
        },
      })
    ).body;
  });
  afterAll(async () => ctx?.close());

  it('should start the targets the new policy adds as if it had applied from intake, with the pauses and replies already on record', async () => {
    now = at('2026-11-02T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递三天没到', category: 'delay', urgency: 'normal', channel: 'web' });
    expect(targetsOf(c)).toEqual(['legal_outer_limit', 'resolution']);
    now = at('2026-11-02T09:05:00+08:00');
    await move(ctx, c.id, 'investigating');
    now = at('2026-11-02T09:30:00+08:00');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/comments`, { body: '已联系网点查件', visibility: 'public' })).status).toBe(201);
    await move(ctx, c.id, 'remedy_proposed');
    now = at('2026-11-02T10:00:00+08:00');
    await move(ctx, c.id, 'awaiting_customer');
    now = at('2026-11-02T11:00:00+08:00');
    const back = await move(ctx, c.id, 'executing'); // an hour with the customer
    expect(targetOf(back.body, 'resolution').dueAt).toBe(plus('2026-11-02T09:00:00+08:00', 48 * 60 + 60));

    now = at('2026-11-02T11:10:00+08:00');
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: back.body.version, category: 'attitude', priority: 'P4' });
    expect(edited.status).toBe(200);
    const t = edited.body.sla.targets;
    expect(t.map((x: any) => x.target).sort()).toEqual(['acknowledge', 'first_reply', 'legal_outer_limit', 'resolution']);
    // The public reply at 09:30 met both the acknowledgement and the first reply.
    expect(targetOf(edited.body, 'acknowledge')).toMatchObject({ status: 'met', metAt: iso('2026-11-02T09:30:00+08:00') });
    expect(targetOf(edited.body, 'first_reply')).toMatchObject({ status: 'met', metAt: iso('2026-11-02T09:30:00+08:00') });
    // Resolution keeps its start and its pause, under P4's five days; the legal limit runs from intake, unpaused.
    expect(targetOf(edited.body, 'resolution')).toMatchObject({ status: 'running', dueAt: plus('2026-11-02T09:00:00+08:00', 5 * 24 * 60 + 60) });
    expect(targetOf(edited.body, 'legal_outer_limit')).toMatchObject({ status: 'running', dueAt: iso('2026-11-09T09:00:00+08:00') });
  });

  it('should count a new pausable target from intake, paused while the customer was asked', async () => {
    now = at('2026-11-03T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递三天没到', category: 'delay', urgency: 'normal', channel: 'web' });
    await move(ctx, c.id, 'investigating');
    await move(ctx, c.id, 'remedy_proposed');
    now = at('2026-11-03T10:00:00+08:00');
    const waiting = await move(ctx, c.id, 'awaiting_customer');
    now = at('2026-11-03T10:30:00+08:00');
    // Still waiting: the new first-reply clock is paused too, with 60 minutes used.
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: waiting.body.version, category: 'attitude', priority: 'P4' });
    expect(targetOf(edited.body, 'first_reply')).toMatchObject({ status: 'paused', dueAt: null });
    expect(targetOf(edited.body, 'acknowledge')).toMatchObject({ status: 'running', dueAt: iso('2026-11-03T13:00:00+08:00') });
    now = at('2026-11-03T11:00:00+08:00');
    const back = await move(ctx, c.id, 'executing');
    expect(targetOf(back.body, 'first_reply')).toMatchObject({ status: 'running', dueAt: iso('2026-11-04T10:00:00+08:00') });
  });

  it('should stop the targets the new policy lacks, on record, but never the statutory legal limit', async () => {
    now = at('2026-11-04T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递员态度不好', category: 'attitude', urgency: 'normal', channel: 'web' });
    expect(targetsOf(c)).toEqual(['acknowledge', 'first_reply', 'legal_outer_limit', 'resolution']);
    now = at('2026-11-04T09:20:00+08:00');
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, category: 'delay', priority: 'P4' });
    expect(edited.status).toBe(200);
    expect(await storedPolicyId(ctx, c.id)).toBe(delayOnly.id);
    expect(targetsOf(edited.body)).toEqual(['legal_outer_limit', 'resolution']);
    expect(targetOf(edited.body, 'legal_outer_limit').dueAt).toBe(iso('2026-11-11T09:00:00+08:00'));
    expect(targetOf(edited.body, 'resolution').dueAt).toBe(plus('2026-11-04T09:00:00+08:00', 48 * 60));
    const log = await clockLog(ctx, c.id);
    expect(log.filter((e) => e.startsWith('stopped')).sort()).toEqual(['stopped acknowledge', 'stopped first_reply']);
    expect(log).not.toContain('stopped legal_outer_limit');
    expect((await view(ctx, c.id)).events.find((e: any) => e.kind === 'sla_policy_changed').payload).toMatchObject({ toPolicyId: delayOnly.id, cause: 'edit' });
  });
});

describe('the appeal reply on a 12315 transfer (express preset)', () => {
  let ctx: Ctx;
  let now = at('2026-11-05T09:00:00+08:00'); // a Thursday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  // DOMAIN-RULES A2 rule 21: market regulation has 7 working days for the complaint it received; the
  // company's reply has to reach it inside them, so it gets the internal 3 working days (section C).
  it('should give a 12315 transfer 3 working days, well inside the 7 of 消费者权益保护法 第46条', async () => {
    const c = await ctx.newCase({ description: '我已经打了12315投诉你们', category: 'attitude', channel: 'web', regulatorReferral: '12315' });
    // 9 working hours a day: Thursday, Friday, Monday.
    expect(targetOf(c, 'appeal_reply')).toMatchObject({ status: 'running', dueAt: iso('2026-11-09T18:00:00+08:00') });
  });
});

describe('a preset without a statutory limit (fresh food) and a policy that adds one', () => {
  let ctx: Ctx;
  let now = at('2026-11-02T09:00:00+08:00');
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true, preset: 'fresh_food' });
  });
  afterAll(async () => ctx?.close());

  it('should start a legal limit the new policy has from intake and never pause it', async () => {
    const legal = await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
      name: '错发：三日法定',
      category: 'wrong_item',
      position: 0,
      policy: {
        targets: [
          { target: 'resolution', minutes: 48 * 60, calendar: 'calendar', pausable: true },
          { target: 'legal_outer_limit', minutes: 3 * 24 * 60, calendar: 'calendar', pausable: false },
        ],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 },
      },
    });
    expect(legal.status).toBe(201);
    now = at('2026-11-02T09:00:00+08:00');
    const c = await ctx.newCase({ description: '服务员态度很差', category: 'attitude', urgency: 'normal', channel: 'web' });
    expect(targetsOf(c)).not.toContain('legal_outer_limit');
    await move(ctx, c.id, 'investigating');
    await move(ctx, c.id, 'remedy_proposed');
    now = at('2026-11-02T10:00:00+08:00');
    await move(ctx, c.id, 'awaiting_customer');
    now = at('2026-11-02T12:00:00+08:00');
    const back = await move(ctx, c.id, 'executing');
    now = at('2026-11-02T12:10:00+08:00');
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: back.body.version, category: 'wrong_item', priority: 'P4' });
    expect(edited.status).toBe(200);
    expect(await storedPolicyId(ctx, c.id)).toBe(legal.body.id);
    // From intake at 09:00, not from the edit, and the two hours waiting for the customer do not count.
    expect(targetOf(edited.body, 'legal_outer_limit')).toMatchObject({ status: 'running', dueAt: iso('2026-11-05T09:00:00+08:00') });
    expect(targetOf(edited.body, 'resolution').dueAt).toBe(plus('2026-11-02T09:00:00+08:00', 48 * 60 + 120));
  });

  it("should give every open case the express preset's statutory limit, counted from intake, when that preset is applied", async () => {
    now = at('2026-11-03T09:00:00+08:00');
    const c = await ctx.newCase({ description: '服务员态度很差', category: 'attitude', urgency: 'normal', channel: 'web' });
    expect(targetsOf(c)).not.toContain('legal_outer_limit');
    now = at('2026-11-04T09:00:00+08:00');
    expect((await ctx.as('admin', 'POST', '/api/admin/presets/express/apply')).status).toBe(204);
    await ctx.services.sla.runRecomputes(now);
    const after = await view(ctx, c.id);
    expect(targetOf(after, 'legal_outer_limit')).toMatchObject({ status: 'running', dueAt: iso('2026-11-10T09:00:00+08:00') });
    expect(targetOf(after, 'resolution').dueAt).toBe(plus('2026-11-03T09:00:00+08:00', 5 * 24 * 60));
  });
});
