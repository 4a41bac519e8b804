import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// Every code or id the admin configuration refers to must exist: a bad one is a 400 naming the field,
// in Chinese and in English, and what was stored stays as it was.
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const now = new Date('2026-12-01T10:00:00+08:00');

const policyBody = (over: Record<string, unknown> = {}, policy: Record<string, unknown> = {}) => ({
  name: '参照检查',
  priority: 'P2',
  position: 5,
  policy: {
    targets: [{ target: 'resolution', minutes: 600, calendar: 'calendar', pausable: true }],
    pauseStatuses: ['awaiting_customer'],
    warnAtShare: 0.75,
    escalation: { supervisorAfterBreachMinutes: 0, managerAfterBreachMinutes: 60 },
    ...policy,
  },
  ...over,
});

describe('admin configuration refuses references to nothing', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  const policies = async () => (await ctx.as('admin', 'GET', '/api/admin/sla-policies')).body.items as any[];
  const rules = async () => (await ctx.as('admin', 'GET', '/api/admin/routing-rules')).body.items as any[];
  const en = { 'accept-language': 'en' };

  it('should answer an unknown calendar on a new policy with a field error, not a 500, and store nothing', async () => {
    const before = await policies();
    const zh = await ctx.as('admin', 'POST', '/api/admin/sla-policies', policyBody({ calendarId: UNKNOWN_ID }));
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION_FAILED');
    expect(zh.body.error.fields).toEqual([{ path: 'calendarId', message: '工作日历不存在' }]);
    const english = await ctx.as('admin', 'POST', '/api/admin/sla-policies', policyBody({ calendarId: UNKNOWN_ID }), en);
    expect(english.status).toBe(400);
    expect(english.body.error.fields).toEqual([{ path: 'calendarId', message: 'Unknown calendar' }]);
    expect(await policies()).toEqual(before);
  });

  it('should answer an unknown calendar on a policy edit with a field error and keep the policy', async () => {
    const target = (await policies())[0];
    const res = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${target.id}`, { calendarId: UNKNOWN_ID, name: '改名' }, en);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'calendarId', message: 'Unknown calendar' }] });
    expect((await policies()).find((p) => p.id === target.id)).toEqual(target);
  });

  it('should refuse an unknown category and a misspelt pause status on a policy, field by field', async () => {
    const before = await policies();
    const body = policyBody({ category: 'no_such_cat' }, { pauseStatuses: ['awaiting_customer', 'awaiting_custmer'] });
    const zh = await ctx.as('admin', 'POST', '/api/admin/sla-policies', body);
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual([
      { path: 'category', message: '投诉类别不存在或已停用' },
      { path: 'policy.pauseStatuses.1', message: '未知的工单状态' },
    ]);
    const english = await ctx.as('admin', 'POST', '/api/admin/sla-policies', body, en);
    expect(english.body.error.fields.map((f: any) => f.message)).toEqual(['Unknown or inactive category', 'Unknown case status']);
    expect(await policies()).toEqual(before);

    const target = before[0];
    const edit = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${target.id}`, {
      policy: { ...target.policy, pauseStatuses: ['awaiting_custmer'] },
    });
    expect(edit.status).toBe(400);
    expect(edit.body.error.fields).toEqual([{ path: 'policy.pauseStatuses.0', message: '未知的工单状态' }]);
    const cat = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${target.id}`, { category: 'no_such_cat' });
    expect(cat.status).toBe(400);
    expect(cat.body.error.fields).toEqual([{ path: 'category', message: '投诉类别不存在或已停用' }]);
    expect(await policies()).toEqual(before);
  });

  it('should accept a policy whose calendar, category and pause statuses all exist', async () => {
    const calendars = (await ctx.as('admin', 'GET', '/api/admin/calendars')).body.items;
    const res = await ctx.as('admin', 'POST', '/api/admin/sla-policies', policyBody({ calendarId: calendars[0].id, category: 'delay' }, { pauseStatuses: ['awaiting_customer', 'executing'] }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ calendarId: calendars[0].id, category: 'delay' });
    const edit = await ctx.as('admin', 'PATCH', `/api/admin/sla-policies/${res.body.id}`, { calendarId: null, category: 'damage' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ calendarId: null, category: 'damage' });
  });

  it('should refuse a category that was deactivated', async () => {
    expect((await ctx.as('admin', 'PATCH', '/api/admin/categories/hygiene', { active: false })).status).toBe(200);
    const res = await ctx.as('admin', 'POST', '/api/admin/sla-policies', policyBody({ category: 'hygiene' }));
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'category', message: '投诉类别不存在或已停用' }]);
    const dispatch = await ctx.departmentId('dispatch');
    const rule = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 90, category: 'hygiene', departmentId: dispatch });
    expect(rule.status).toBe(400);
    expect(rule.body.error.fields).toEqual([{ path: 'category', message: '投诉类别不存在或已停用' }]);
    await ctx.as('admin', 'PATCH', '/api/admin/categories/hygiene', { active: true });
  });

  it('should refuse a routing rule with an unknown category, stage and channel, naming each field', async () => {
    const before = await rules();
    const dispatch = await ctx.departmentId('dispatch');
    const body = { position: 99, category: 'nonexistent', stage: 'moon', channel: 'fax', departmentId: dispatch };
    const zh = await ctx.as('admin', 'POST', '/api/admin/routing-rules', body);
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual([
      { path: 'category', message: '投诉类别不存在或已停用' },
      { path: 'stage', message: '环节不在当前行业模板中' },
      { path: 'channel', message: '未知的受理渠道' },
    ]);
    const english = await ctx.as('admin', 'POST', '/api/admin/routing-rules', body, en);
    expect(english.body.error.fields.map((f: any) => f.message)).toEqual([
      'Unknown or inactive category',
      'Unknown stage: not in the industry preset',
      'Unknown channel',
    ]);
    expect(await rules()).toEqual(before);
  });

  it('should refuse an unknown or inactive department on a routing rule, on create and on edit', async () => {
    const before = await rules();
    const create = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 99, category: 'delay', departmentId: UNKNOWN_ID }, en);
    expect(create.status).toBe(400);
    expect(create.body.error.fields).toEqual([{ path: 'departmentId', message: 'Unknown or inactive department' }]);
    const rule = before[0];
    const edit = await ctx.as('admin', 'PATCH', `/api/admin/routing-rules/${rule.id}`, { departmentId: UNKNOWN_ID, stage: 'moon', channel: 'fax' });
    expect(edit.status).toBe(400);
    expect(edit.body.error.fields.map((f: any) => f.path)).toEqual(['stage', 'channel', 'departmentId']);
    expect(await rules()).toEqual(before);
  });

  it('should accept a routing rule whose category, stage, channel and department exist, and clear conditions on edit', async () => {
    const logistics = await ctx.departmentId('logistics');
    const res = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 99, category: 'loss', stage: 'transport', channel: 'app', departmentId: logistics });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ category: 'loss', stage: 'transport', channel: 'app', departmentId: logistics });
    const edit = await ctx.as('admin', 'PATCH', `/api/admin/routing-rules/${res.body.id}`, { stage: null, channel: 'wechat' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ stage: null, channel: 'wechat' });
  });
});
