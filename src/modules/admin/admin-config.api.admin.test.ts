import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const now = new Date('2026-12-01T10:00:00+08:00');

describe('admin configuration: calendars, time-limit policies, priority rules', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  it('should list the default Monday–Friday calendar with its holiday coverage in both languages', async () => {
    const res = await ctx.as('admin', 'GET', '/api/admin/calendars');
    expect(res.status).toBe(200);
    const office = res.body.items.find((c: any) => c.definition.kind === 'working_hours');
    expect(office).toBeDefined();
    expect(Object.keys(office.definition.weekly).sort()).toEqual(['1', '2', '3', '4', '5']);
    // 2026 has official data; 2027 does not, so the admin is warned in the language of their choice.
    const coverage = Object.fromEntries(office.coverage.map((c: any) => [c.year, c]));
    expect(coverage[2026]).toMatchObject({ covered: true, warning: null });
    expect(coverage[2027].covered).toBe(false);
    expect(coverage[2027].warning.zh).toContain('2027 年调休安排未知');
    expect(coverage[2027].warning.en).toContain('2027 holiday schedule is unknown');
  });

  it('should save a calendar that lists only the days with hours, and keep it on a bad edit', async () => {
    const list = await ctx.as('admin', 'GET', '/api/admin/calendars');
    const office = list.body.items.find((c: any) => c.definition.kind === 'working_hours');
    const weekly = { '1': [{ start: '08:30', end: '17:30' }], '2': [{ start: '08:30', end: '17:30' }], '6': [{ start: '09:00', end: '12:00' }] };
    const saved = await ctx.as('admin', 'PATCH', `/api/admin/calendars/${office.id}`, { definition: { ...office.definition, weekly } });
    expect(saved.status).toBe(200);
    expect(saved.body.definition.weekly).toEqual(weekly);

    const bad = await ctx.as('admin', 'PATCH', `/api/admin/calendars/${office.id}`, {
      definition: { ...office.definition, weekly: { '1': [{ start: '18:00', end: '09:00' }] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'definition.weekly.1.0', message: '结束时间必须晚于开始时间（跨夜班次请拆成两段）' }]);
    const badEn = await ctx.as(
      'admin',
      'PATCH',
      `/api/admin/calendars/${office.id}`,
      { definition: { ...office.definition, weekly: { '1': [{ start: '18:00', end: '09:00' }] } } },
      { 'accept-language': 'en' },
    );
    expect(badEn.body.error.fields[0].message).toBe('the period must end after it starts (split overnight shifts in two)');
    const after = await ctx.as('admin', 'GET', '/api/admin/calendars');
    expect(after.body.items.find((c: any) => c.id === office.id).definition.weekly).toEqual(weekly);
  });

  it('should explain a bad time-limit policy field by field, in Chinese and in English', async () => {
    const body = {
      name: '测试策略',
      policy: {
        targets: [{ target: 'legal_outer_limit', minutes: 10080, calendar: 'business', pausable: true }],
        pauseStatuses: [],
        warnAtShare: 0.75,
        escalation: { supervisorAfterBreachMinutes: 60, managerAfterBreachMinutes: 30 },
      },
    };
    const zh = await ctx.as('admin', 'POST', '/api/admin/sla-policies', body);
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual([
      { path: 'policy.targets.0', message: '法定时限按自然日计算，且不能暂停' },
      { path: 'policy.escalation.managerAfterBreachMinutes', message: '经理不应早于主管收到升级' },
    ]);
    const en = await ctx.as('admin', 'POST', '/api/admin/sla-policies', body, { 'accept-language': 'en' });
    expect(en.body.error.fields.map((f: any) => f.message)).toEqual([
      'the legal outer limit runs in calendar time and never pauses',
      'the manager should not hear before the supervisor',
    ]);
  });
});
