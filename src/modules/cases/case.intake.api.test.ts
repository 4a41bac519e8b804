// Intake writes the new case once, with its final values, and routing's turns stay fair when intakes
// for one department run at the same time (PostgreSQL: npm run test:pg runs this file on a server).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ autoRoute: true });
});
afterAll(async () => ctx?.close());

describe('intake writes the case row once', () => {
  it('should file a routed, critical case without any UPDATE of the case row, every value and timeline event in place', async () => {
    // Any UPDATE of a case while this trigger exists fails the statement (and so the intake).
    await ctx.db.execute(sql.raw(`create function test_no_case_update() returns trigger language plpgsql as $$ begin raise exception 'cases updated'; end $$`));
    await ctx.db.execute(sql.raw('create trigger test_no_case_update before update on cases for each row execute function test_no_case_update()'));
    try {
      const res = await ctx.as('agent', 'POST', '/api/cases', {
        channel: 'web',
        customer: { name: '一次写入', phone: '13711110001' },
        description: '快递三天没到，我要投诉到12305',
        urgency: 'critical',
        category: 'delay',
      });
      expect(res.status).toBe(201);
      const c = res.body;
      // Triage, routing and the clocks all landed on the inserted row.
      expect(c).toMatchObject({ status: 'assigned', category: 'delay', urgency: 'critical', categoryConfirmed: true });
      expect(c.departmentId).toBe(await ctx.departmentId('dispatch'));
      expect(c.assigneeName).toBeTruthy();
      expect(c.priorityReasons.length).toBeGreaterThan(0);
      expect(c.escalationLevel).toBeGreaterThan(0);
      expect(c.sla.targets.map((t: any) => t.target)).toContain('resolution');
      const { body } = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
      // The order of the intake's timeline is as it always was.
      expect(body.events.map((e: any) => e.kind)).toEqual(['created', 'triaged', 'status_changed', 'assigned', 'escalated']);
      const outbox = (await ctx.as('admin', 'GET', `/api/admin/outbox?caseNumber=${c.caseNumber}`)).body.items.map((m: any) => m.event);
      expect(outbox.sort()).toEqual(['assigned', 'received']);
    } finally {
      await ctx.db.execute(sql.raw('drop trigger test_no_case_update on cases'));
      await ctx.db.execute(sql.raw('drop function test_no_case_update()'));
    }
  });
});

describe('round robin and least load with intakes at the same time', () => {
  let store = 0;
  // A department of its own with three members, and a rule sending cases of its stores there.
  async function department(code: string, strategy: 'round_robin' | 'least_load') {
    const dep = await ctx.as('admin', 'POST', '/api/departments', { code, name: `并发${code}` });
    expect(dep.status).toBe(201);
    for (const n of ['a', 'b', 'c']) {
      const u = await ctx.as('admin', 'POST', '/api/users', { username: `${code}_${n}`, displayName: `${code} ${n}`, role: 'handler', departmentId: dep.body.id, password: 'password1' });
      expect(u.status).toBe(201);
    }
    expect((await ctx.as('admin', 'PATCH', `/api/departments/${dep.body.id}`, { assignmentStrategy: strategy })).status).toBe(200);
    const rule = await ctx.as('admin', 'POST', '/api/admin/routing-rules', { position: 0, storePrefix: code.toUpperCase(), departmentId: dep.body.id });
    expect(rule.status).toBe(201);
    return dep.body.id as string;
  }
  const fileAtOnce = (code: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, () => {
        store += 1;
        return ctx.as('agent', 'POST', '/api/cases', {
          channel: 'web',
          customer: { name: '并发', phone: `1372222${String(1000 + store)}` },
          description: `包裹破损 ${store}`,
          store: `${code.toUpperCase()}-${store}`,
        });
      }),
    );
  const tally = (names: string[]) => Object.values(names.reduce<Record<string, number>>((acc, x) => ({ ...acc, [x]: (acc[x] ?? 0) + 1 }), {})).sort();

  it('should give each member the same number of turns when round-robin intakes race', async () => {
    await department('rrfair', 'round_robin');
    const results = await fileAtOnce('rrfair', 9);
    expect(results.map((r) => r.status)).toEqual(Array(9).fill(201));
    expect(tally(results.map((r) => r.body.assigneeName))).toEqual([3, 3, 3]);
    // The turns carry on from where the race left them.
    const next = await fileAtOnce('rrfair', 3);
    expect(new Set(next.map((r) => r.body.assigneeName)).size).toBe(3);
  });

  it('should level open work when least-load intakes race', async () => {
    await department('llfair', 'least_load');
    const results = await fileAtOnce('llfair', 9);
    expect(results.map((r) => r.status)).toEqual(Array(9).fill(201));
    expect(tally(results.map((r) => r.body.assigneeName))).toEqual([3, 3, 3]);
  });
});
