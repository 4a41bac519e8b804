import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { createDomainServices } from '../../services.ts';

const at = (iso: string) => new Date(iso);

describe('triage at intake (express preset)', () => {
  let ctx: TestContext;
  let now = at('2026-09-30T17:50:00+08:00'); // Wednesday before the National Day holiday (Oct 1–7)
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  it('should land a parcel that "三天没到" in dispatch as a delay, with a deadline that skips the holiday', async () => {
    now = at('2026-09-30T17:50:00+08:00');
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'app',
      customer: { name: '张三', phone: '13800001111' },
      description: '我的快递三天没到',
      waybillNo: 'SF1000000001',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: 'delay', categoryConfirmed: false, status: 'assigned', departmentName: '调度', assigneeName: '调度 张伟' });
    expect(res.body.suggestion.category.reasons.map((r: any) => r.term).join()).toContain('没到');
    // Acknowledge within 240 working minutes (P4): 10 minutes on Sep 30, then Oct 1–7 are off, so 230 on Thu Oct 8.
    expect(res.body.priority).toBe('P4');
    const ack = res.body.sla.targets.find((t: any) => t.target === 'acknowledge');
    expect(ack).toMatchObject({ status: 'running', dueAt: at('2026-10-08T12:50:00+08:00').toISOString() });
    // The legal outer limit (7 calendar days) does not stop for holidays.
    const legal = res.body.sla.targets.find((t: any) => t.target === 'legal_outer_limit');
    expect(legal.dueAt).toBe(at('2026-10-07T17:50:00+08:00').toISOString());
    const detail = await ctx.as('agent', 'GET', `/api/cases/${res.body.id}`);
    expect(detail.body.events.map((e: any) => e.kind)).toEqual(['created', 'triaged', 'status_changed', 'assigned']);
    expect(detail.body.events[2].payload).toMatchObject({ auto: true, reason: '类别=延误 → 调度', reasonEn: 'category=Delay → 调度' });
  });

  it('should land rotten food from a key customer in quality control as P1, with the reasons kept', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '李四', phone: '13800002222', isKey: true },
      description: '今天送到的冷冻虾仁已经化冻发臭，全部腐烂变质了',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: 'food_quality', priority: 'P1', departmentName: '质控' });
    expect(res.body.priorityReasons.map((r: any) => r.factor)).toEqual(expect.arrayContaining(['food_safety', 'key_customer']));
  });

  it("should keep the agent's own category and urgency, and mark the category confirmed", async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '王五', phone: '13800003333' },
      description: '快递员态度很差，还把包裹扔在门口',
      category: 'attitude',
      urgency: 'urgent',
    });
    expect(res.body).toMatchObject({ category: 'attitude', urgency: 'urgent', categoryConfirmed: true });
  });

  it('should offer the earlier case on the same waybill as a duplicate, and link it', async () => {
    const first = await ctx.newCase({ waybillNo: 'YT2000000000001', description: '包裹破损' });
    const s = await ctx.as('agent', 'POST', '/api/triage/suggest', { text: '外箱压坏了，里面东西碎了', waybillNo: 'YT2000000000001', phone: '13900009999' });
    expect(s.status).toBe(200);
    expect(s.body.duplicates.map((d: any) => d.caseId)).toContain(first.id);
    expect(s.body.category.code).toBe('damage');
    const second = await ctx.newCase({ waybillNo: 'YT2000000000001', description: '外箱压坏了' });
    const link = await ctx.as('agent', 'POST', `/api/cases/${second.id}/links`, { otherId: first.caseNumber });
    expect(link.status).toBe(204);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${first.id}`);
    expect(detail.body.links.map((l: any) => l.id)).toEqual([second.id]);
  });

  it('should refuse to link an unknown case with a message about linking', async () => {
    const c = await ctx.newCase({ description: '包裹还没到' });
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/links`, { otherId: 'TS20990101-9999' }, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'otherId', message: 'No such case, or it is this case itself' }]);
  });

  it('should treat a customer marked key on their record as key without the flag on the request', async () => {
    const phone = '13800006666';
    await ctx.newCase({ customer: { name: '钱七', phone, isKey: true }, description: '咨询一下运费' });
    const later = await ctx.newCase({ customer: { name: '钱七', phone }, description: '快递员态度不好' });
    expect(later.priorityReasons.map((r: any) => r.factor)).toContain('key_customer');
    const preview = await ctx.as('agent', 'POST', '/api/triage/suggest', { text: '快递员态度不好', phone });
    expect(preview.body.priority.reasons.map((r: any) => r.factor)).toContain('key_customer');
  });

  it('should recompute the priority when an agent edits what it depends on, unless the priority is set by hand', async () => {
    const c = await ctx.newCase({ customer: { name: '孙八', phone: '13800007777' }, description: '想问一下包裹到哪了', urgency: 'normal' });
    expect(c.priorityReasons.map((r: any) => r.factor)).not.toContain('upset');
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, urgency: 'critical', upset: true });
    expect(edited.status).toBe(200);
    expect(edited.body.priorityReasons.map((r: any) => r.factor)).toEqual(expect.arrayContaining(['urgency', 'upset']));
    expect(edited.body.priority < c.priority).toBe(true); // P1 sorts before P4
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const update = detail.body.events.find((e: any) => e.kind === 'updated');
    expect(update.payload.changes.priority).toEqual({ from: c.priority, to: edited.body.priority });
    // A priority set by hand stays, whatever else changes in the same edit (lowering it is a supervisor's call).
    const manual = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: edited.body.version, priority: 'P4', upset: false });
    expect(manual.body.priority).toBe('P4');
  });

  it('should raise priority for a repeat complaint and a regulator referral', async () => {
    const phone = '13800004444';
    await ctx.newCase({ customer: { name: '赵六', phone }, description: '快递延误了' });
    const again = await ctx.newCase({ customer: { name: '赵六', phone }, description: '快递还是没到，我已经是第二次打电话了', regulatorReferral: '12305' });
    expect(again.priorityReasons.map((r: any) => r.factor)).toEqual(expect.arrayContaining(['repeat', 'regulator_referral']));
    expect(['P1', 'P2']).toContain(again.priority);
    expect(again.sla.targets.map((t: any) => t.target)).toContain('appeal_reply');
  });

  it('should learn from a corrected category when retrained', async () => {
    const c = await ctx.newCase({ description: '寄件时收了我二十元上楼费，说好的包邮' });
    const fixed = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, category: 'fee_dispute' });
    expect(fixed.body).toMatchObject({ category: 'fee_dispute', categoryConfirmed: true });
    const retrain = await ctx.as('admin', 'POST', '/api/admin/classifier/retrain');
    expect(retrain.status).toBe(200);
    expect(retrain.body.examples).toBeGreaterThanOrEqual(1);
  });
});

describe('round robin and least load within a department', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  it('should share routed cases between the members on duty by turns', async () => {
    const dispatch = await ctx.departmentId('dispatch');
    await ctx.as('admin', 'POST', '/api/users', { username: 'dispatch2', displayName: '调度 钱二', role: 'handler', departmentId: dispatch, password: 'password1' });
    await ctx.as('admin', 'PATCH', `/api/departments/${dispatch}`, { assignmentStrategy: 'round_robin' });
    const names = [];
    for (let i = 0; i < 4; i++) names.push((await ctx.newCase({ description: `我的快递三天没到 ${i}`, channel: 'web' })).assigneeName);
    expect(names).toEqual(['调度 张伟', '调度 钱二', '调度 张伟', '调度 钱二']);
  });

  it('should skip members who are off duty', async () => {
    const id = await ctx.userId('dispatch2');
    await ctx.as('admin', 'PATCH', `/api/users/${id}`, { onDuty: false });
    const names = [];
    for (let i = 0; i < 2; i++) names.push((await ctx.newCase({ description: `快递三天没到 ${i}`, channel: 'web' })).assigneeName);
    expect(names).toEqual(['调度 张伟', '调度 张伟']);
  });

  it('should let a collaborating department of a joint team see the case', async () => {
    const c = await ctx.newCase({ description: '我的快递三天没到，仓库说已出库', channel: 'web' });
    expect((await ctx.as('warehouse', 'GET', `/api/cases/${c.id}`)).status).toBe(404);
    const warehouse = await ctx.departmentId('warehouse');
    const before = (await ctx.as('warehouse', 'GET', '/api/cases/counts')).body;
    const res = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/collaborators`, { departmentId: warehouse });
    expect(res.status).toBe(200);
    const seen = await ctx.as('warehouse', 'GET', `/api/cases/${c.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.collaborators.map((x: any) => x.name)).toEqual(['仓库']);
    // The tab counts cover the joint team's cases too, once each.
    const after = (await ctx.as('warehouse', 'GET', '/api/cases/counts')).body;
    expect(after.all).toBe(before.all + 1);
    const listed = (await ctx.as('warehouse', 'GET', '/api/cases?limit=200')).body.items;
    expect(listed.length).toBe(after.all);
  });
});

describe('time limits and escalation (injected clock)', () => {
  let ctx: TestContext;
  let now = at('2026-11-02T09:00:00+08:00'); // a Monday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
    // A short policy for delays: resolve within 60 minutes, warn at 75%, supervisor at breach, manager 30 minutes later.
    const res = await ctx.as('admin', 'POST', '/api/admin/sla-policies', {
      name: '测试：延误 60 分钟',
      category: 'delay',
      position: 0,
      policy: {
        targets: [{ target: 'resolution', minutes: 60, calendar: 'calendar', pausable: true }],
        pauseStatuses: ['awaiting_customer'],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 30 },
      },
    });
    expect(res.status).toBe(201);
  });
  afterAll(async () => ctx?.close());

  const sweep = () => ctx.services.sla.sweep(now);
  const kinds = async (id: string) => (await ctx.as('supervisor', 'GET', `/api/cases/${id}`)).body.events.map((e: any) => e.kind);

  it('should warn the owner, then escalate to a supervisor and to a manager, each exactly once', async () => {
    now = at('2026-11-02T09:00:00+08:00');
    const c = await ctx.newCase({ description: '我的快递三天没到', channel: 'web' });
    // The policy's one target, and the statutory 7 calendar days that every express case carries.
    expect(c.sla.targets).toEqual([
      expect.objectContaining({ target: 'resolution', status: 'running' }),
      expect.objectContaining({ target: 'legal_outer_limit', status: 'running', dueAt: at('2026-11-09T09:00:00+08:00').toISOString() }),
    ]);

    now = at('2026-11-02T09:30:00+08:00');
    expect(await sweep()).toEqual([]);
    now = at('2026-11-02T09:46:00+08:00');
    expect((await sweep()).map((a) => a.action)).toEqual(['warn']);
    expect((await sweep()).length).toBe(0);
    const owner = await ctx.as('dispatch', 'GET', '/api/notifications');
    expect(owner.body.items.map((n: any) => n.kind)).toContain('sla_warning');

    now = at('2026-11-02T10:01:00+08:00');
    expect((await sweep()).map((a) => `${a.action}${a.level ?? ''}`)).toEqual(['breach', 'escalate1']);
    now = at('2026-11-02T10:31:00+08:00');
    expect((await sweep()).map((a) => `${a.action}${a.level ?? ''}`)).toEqual(['escalate2']);
    now = at('2026-11-02T12:00:00+08:00');
    expect(await sweep()).toEqual([]);

    const k = await kinds(c.id);
    expect(k.filter((x: string) => x === 'sla_warning')).toHaveLength(1);
    expect(k.filter((x: string) => x === 'sla_breached')).toHaveLength(1);
    expect(k.filter((x: string) => x === 'escalated')).toHaveLength(2);
    const view = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`);
    expect(view.body.escalationLevel).toBe(2);
    expect(view.body.sla.status).toBe('breached');
    const supervisor = await ctx.as('supervisor', 'GET', '/api/notifications');
    expect(supervisor.body.items.filter((n: any) => n.kind === 'escalated' && n.caseId === c.id)).toHaveLength(1);
    const manager = await ctx.as('manager', 'GET', '/api/notifications');
    expect(manager.body.items.filter((n: any) => n.kind === 'escalated' && n.caseId === c.id).map((n: any) => n.payload.level)).toEqual([2]);
    const escalations = await ctx.as('manager', 'GET', '/api/escalations');
    expect(escalations.body.items.filter((e: any) => e.caseId === c.id).map((e: any) => e.role)).toEqual(['manager', 'supervisor']);
    // The summary counts every escalation, not only the page of items.
    const one = await ctx.as('manager', 'GET', '/api/escalations?limit=1&open=false');
    expect(one.body.items).toHaveLength(1);
    const all = (await ctx.as('manager', 'GET', '/api/escalations?limit=500&open=false')).body.items;
    expect(one.body.summary).toEqual({
      total: all.length,
      level1: all.filter((e: any) => e.level === 1).length,
      level2: all.filter((e: any) => e.level === 2).length,
      cases: new Set(all.map((e: any) => e.caseId)).size,
    });
    expect(one.body.summary.level2).toBeGreaterThanOrEqual(1);
  });

  it('should move an edited case to the policy that now fits, counting from intake, and escalate a case made critical', async () => {
    now = at('2026-11-04T09:00:00+08:00'); // Wednesday, working hours
    const c = await ctx.newCase({ description: '快递员态度不好，说话很冲', category: 'attitude', urgency: 'normal', channel: 'web' });
    expect(c.priority).toBe('P4');
    const p4Due = c.sla.targets.find((t: any) => t.target === 'first_reply').dueAt;

    now = at('2026-11-04T09:10:00+08:00');
    const edited = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, priority: 'P1', regulatorReferral: '12305' });
    expect(edited.status).toBe(200);
    // P1 answers within 60 working minutes of intake, not of the edit.
    const firstReply = edited.body.sla.targets.find((t: any) => t.target === 'first_reply');
    expect(firstReply.dueAt).toBe(at('2026-11-04T10:00:00+08:00').toISOString());
    expect(new Date(firstReply.dueAt).getTime()).toBeLessThan(new Date(p4Due).getTime());
    // The regulator's appeal now has its own reply clock.
    expect(edited.body.sla.targets.map((t: any) => t.target)).toContain('appeal_reply');
    expect(await kinds(c.id)).toContain('sla_policy_changed');

    const critical = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: edited.body.version, urgency: 'critical' });
    expect(critical.body.escalationLevel).toBe(2);
    const again = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: critical.body.version, demand: '要求道歉' });
    expect(again.status).toBe(200);
    const events = (await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`)).body.events;
    expect(events.filter((e: any) => e.kind === 'escalated' && e.payload.reason === 'critical')).toHaveLength(1);
  });

  it('should carry out what fell due while no scheduler ran, once, in order', async () => {
    now = at('2026-11-03T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递三天没到，急用', channel: 'web' });
    now = at('2026-11-03T15:00:00+08:00'); // the server was down for six hours
    const done = (await sweep()).filter((a) => a.caseId === c.id).map((a) => `${a.action}${a.level ?? ''}`);
    expect(done).toEqual(['warn', 'breach', 'escalate1', 'escalate2']);
    expect((await sweep()).filter((a) => a.caseId === c.id)).toEqual([]);
  });

  // Two sweepers need two connections. On PGlite (one connection per process) ctx.secondConnection()
  // hands back the same connection, so the sweeps would only take turns and prove nothing about row
  // claims; the test runs where it means something: the PostgreSQL suite (vitest.pg.config.ts, with
  // TEST_DATABASE_URL or DATABASE_URL set, as test/harness.ts decides).
  const onPglite = !(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
  it.skipIf(onPglite)('should escalate exactly once when two schedulers sweep the same database at once', async () => {
    now = at('2026-11-04T09:00:00+08:00');
    const cases: Array<{ id: string }> = [];
    for (let i = 0; i < 6; i++) cases.push(await ctx.newCase({ description: `快递三天没到 ${i}`, channel: 'web' }));
    const second = await ctx.secondConnection();
    expect(second.db).not.toBe(ctx.db); // a pool of its own, as a second server process would have
    const other = createDomainServices({ db: second.db, clock: () => now, timezone: 'Asia/Shanghai' });
    now = at('2026-11-04T11:00:00+08:00');
    const [a, b] = await Promise.all([ctx.services.sla.sweep(now, 2), other.sla.sweep(now, 2)]);
    await second.close();
    const all = [...a, ...b].filter((x) => cases.some((c) => c.id === x.caseId));
    expect(all).toHaveLength(6 * 4);
    for (const c of cases) {
      const k = await kinds(c.id);
      expect(k.filter((x: string) => x === 'escalated')).toHaveLength(2);
      expect(k.filter((x: string) => x === 'sla_warning')).toHaveLength(1);
    }
  });

  it('should pause the clock while waiting for the customer and move the deadline by the pause', async () => {
    now = at('2026-11-05T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递三天没到', channel: 'web' });
    const move = async (to: string, extra: Record<string, unknown> = {}) =>
      ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to, ...extra });
    now = at('2026-11-05T09:10:00+08:00');
    await move('investigating');
    await move('remedy_proposed');
    const waiting = await move('awaiting_customer');
    expect(waiting.body.sla.status).toBe('paused');
    now = at('2026-11-05T11:10:00+08:00'); // two hours with the customer
    expect((await sweep()).filter((a) => a.caseId === c.id)).toEqual([]);
    const back = await move('executing');
    expect(back.body.sla.targets[0]).toMatchObject({ status: 'running', dueAt: at('2026-11-05T12:00:00+08:00').toISOString() });
  });

  it('should escalate at once when the customer rejects the remedy, when a case is reopened and when it is critical', async () => {
    now = at('2026-11-06T09:00:00+08:00');
    const c = await ctx.newCase({ description: '快递三天没到', channel: 'web' });
    for (const to of ['investigating', 'remedy_proposed', 'awaiting_customer']) await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to });
    const rejected = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'remedy_proposed', reason: '客户不接受5元补偿' });
    expect(rejected.body.escalationLevel).toBe(1);
    const critical = await ctx.newCase({ description: '快递三天没到', channel: 'web', urgency: 'critical' });
    expect(critical.escalationLevel).toBe(2);
    const esc = await ctx.as('supervisor', 'GET', '/api/escalations');
    expect(esc.body.items.find((e: any) => e.caseId === c.id).reason).toBe('remedy_rejected');

    // Reopened: a case resolved without an escalation of its own escalates to the supervisor the moment it comes back.
    now = at('2026-11-06T09:20:00+08:00');
    const r = await ctx.newCase({ description: '快递三天没到', channel: 'web' });
    for (const to of ['investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved']) {
      if (to === 'resolved') {
        const decided = await ctx.as('dispatch', 'PUT', `/api/cases/${r.id}/responsibility`, { rootCause: 'partner', rootCauseText: '中转延误', party: 'force_majeure' });
        expect(decided.status).toBe(200);
      }
      expect((await ctx.as('dispatch', 'POST', `/api/cases/${r.id}/transitions`, { to })).status).toBe(200);
    }
    now = at('2026-11-06T09:40:00+08:00');
    const reopened = await ctx.as('agent', 'POST', `/api/cases/${r.id}/transitions`, { to: 'investigating', reason: '客户反映包裹仍未收到' });
    expect(reopened.status).toBe(200);
    expect(reopened.body.escalationLevel).toBe(1);
    // The resolution clock starts again from the reopen: 60 minutes from 09:40.
    expect(reopened.body.sla.targets.find((t: any) => t.target === 'resolution')).toMatchObject({
      status: 'running',
      dueAt: at('2026-11-06T10:40:00+08:00').toISOString(),
    });
    const after = (await ctx.as('supervisor', 'GET', '/api/escalations')).body.items.filter((e: any) => e.caseId === r.id);
    expect(after.map((e: any) => [e.reason, e.role])).toEqual([['reopened', 'supervisor']]);
    const events = (await ctx.as('supervisor', 'GET', `/api/cases/${r.id}`)).body.events;
    expect(events.filter((e: any) => e.kind === 'escalated').map((e: any) => e.payload.reason)).toEqual(['reopened']);
    const bell = (await ctx.as('supervisor', 'GET', '/api/notifications')).body.items;
    expect(bell.filter((n: any) => n.kind === 'escalated' && n.caseId === r.id)).toHaveLength(1);
  });
  it("should escalate to the supervisors of the case's own department where it has some, else to all", async () => {
    now = at('2026-11-06T11:00:00+08:00');
    const quality = await ctx.departmentId('quality');
    const created = await ctx.as('admin', 'POST', '/api/users', {
      username: 'qsup',
      displayName: '质控主管',
      role: 'supervisor',
      departmentId: quality,
      password: 'demo1234', // the harness signs in with the demo password
    });
    expect(created.status).toBe(201);
    const c = await ctx.newCase({ description: '生鲜配送的猪肉发臭变质了', channel: 'web' });
    expect(c.departmentName).toBe('质控');
    for (const to of ['investigating', 'remedy_proposed', 'awaiting_customer']) {
      expect((await ctx.as('quality', 'POST', `/api/cases/${c.id}/transitions`, { to })).status).toBe(200);
    }
    const rejected = await ctx.as('quality', 'POST', `/api/cases/${c.id}/transitions`, { to: 'remedy_proposed', reason: '客户不接受退款方案' });
    expect(rejected.body.escalationLevel).toBe(1);
    const escalatedTo = async (user: string) =>
      (await ctx.as(user, 'GET', '/api/notifications')).body.items.filter((n: any) => n.kind === 'escalated' && n.caseId === c.id);
    expect(await escalatedTo('qsup')).toHaveLength(1);
    expect(await escalatedTo('supervisor')).toHaveLength(0);
    // A dispatch case: no supervisor there, so the service-desk supervisor hears of it.
    const d = await ctx.newCase({ description: '快递三天没到', channel: 'web' });
    for (const to of ['investigating', 'remedy_proposed', 'awaiting_customer']) await ctx.as('dispatch', 'POST', `/api/cases/${d.id}/transitions`, { to });
    await ctx.as('dispatch', 'POST', `/api/cases/${d.id}/transitions`, { to: 'remedy_proposed', reason: '客户不接受补偿' });
    const bell = (await ctx.as('supervisor', 'GET', '/api/notifications')).body.items;
    expect(bell.filter((n: any) => n.kind === 'escalated' && n.caseId === d.id)).toHaveLength(1);
  });
});
