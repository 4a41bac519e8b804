import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// Issue 11 item 11: rewards and penalties (seed 004 六.3–4: 奖金、荣誉证书 / 警告、罚款、降职; seed 002: 批评教育或处罚)
// with who decided, append-only, and the summary that the responsibility decisions (定责) feed.
let ctx: TestContext;
const now = new Date('2026-11-10T10:00:00+08:00');
let dispatch: string;
let dispatchUser: string;

beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
  dispatch = await ctx.departmentId('dispatch');
  dispatchUser = await ctx.userId('dispatch');
});
afterAll(async () => ctx?.close());

/** A case handled by dispatch, with responsibility decided: dispatch (张伟) held responsible. */
async function decidedCase(person = true) {
  const c = await ctx.newCase({ category: 'delay', description: '包裹延误三天未送达' });
  await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: dispatchUser });
  await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
  const d = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, {
    rootCause: 'people',
    rootCauseText: '调度漏排车辆',
    party: 'internal',
    departmentId: dispatch,
    ...(person ? { personId: dispatchUser } : {}),
  });
  expect(d.status, JSON.stringify(d.body)).toBe(200);
  return c;
}

describe('rewards and penalties', () => {
  it('should record a fine on a case with who decided, show it on the timeline without naming the person, and revoke it', async () => {
    const c = await decidedCase();
    const res = await ctx.as('manager', 'POST', '/api/accountability/records', {
      kind: 'fine',
      amountFen: 20_000,
      userId: dispatchUser,
      caseNumber: c.caseNumber,
      reason: '漏排车辆导致延误',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'fine', direction: 'penalty', amountFen: 20_000, userId: dispatchUser, departmentId: dispatch, caseId: c.id, revocation: null, canRevoke: true });
    expect(res.body.decidedByName).toContain('陈静');
    const events = (await ctx.as('dispatch', 'GET', `/api/cases/${c.id}`)).body.events as Array<{ kind: string; payload: any }>;
    const ev = events.find((e) => e.kind === 'accountability_recorded');
    expect(ev?.payload).toEqual({ recordId: res.body.id, kind: 'fine', direction: 'penalty' });

    const revoked = await ctx.as('manager', 'POST', `/api/accountability/records/${res.body.id}/revoke`, { reason: '金额录错，重新记录' });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(revoked.body.revocation).toMatchObject({ reason: '金额录错，重新记录' });
    expect(revoked.body.canRevoke).toBe(false);
    const again = await ctx.as('manager', 'POST', `/api/accountability/records/${res.body.id}/revoke`, { reason: '再撤一次' });
    expect(again.status).toBe(409);
    const after = (await ctx.as('manager', 'GET', `/api/cases/${c.id}`)).body.events as Array<{ kind: string }>;
    expect(after.some((e) => e.kind === 'accountability_revoked')).toBe(true);
    // The revoked record stays, marked; it drops out of the default list.
    const list = await ctx.as('manager', 'GET', `/api/accountability/records?caseNumber=${c.caseNumber}`);
    expect(list.body.items).toHaveLength(0);
    const all = await ctx.as('manager', 'GET', `/api/accountability/records?caseNumber=${c.caseNumber}&includeRevoked=true`);
    expect(all.body.items).toHaveLength(1);
  });

  it('should refuse UPDATE and DELETE on the records table (append-only)', async () => {
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(ctx.db.execute(sql`update accountability_records set reason = 'x'`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(ctx.db.execute(sql`delete from accountability_records`))).toMatch(/append-only \(DELETE refused\)/);
  });

  it('should let a supervisor record the light measures only, and nobody assess themselves (seed 004 视情节轻重)', async () => {
    const warning = await ctx.as('supervisor', 'POST', '/api/accountability/records', { kind: 'warning', userId: dispatchUser, reason: '未按时回复客户' });
    expect(warning.status).toBe(201);
    const fine = await ctx.as('supervisor', 'POST', '/api/accountability/records', { kind: 'fine', amountFen: 100, userId: dispatchUser, reason: 'x' });
    expect(fine.status).toBe(403);
    const self = await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'commendation', userId: await ctx.userId('manager'), reason: 'x' });
    expect(self.status).toBe(400);
    for (const role of ['agent', 'dispatch']) {
      expect((await ctx.as(role, 'POST', '/api/accountability/records', { kind: 'commendation', departmentId: dispatch, reason: 'x' })).status).toBe(403);
    }
  });

  it('should answer 400 with field errors for a missing subject, a missing or stray amount, an unknown case', async () => {
    const cases = [
      [{ kind: 'warning', reason: 'x' }, 'userId'],
      [{ kind: 'bonus', departmentId: dispatch, reason: 'x' }, 'amountFen'],
      [{ kind: 'warning', amountFen: 100, departmentId: dispatch, reason: 'x' }, 'amountFen'],
      [{ kind: 'warning', departmentId: dispatch, caseNumber: 'TS20990101-0001', reason: 'x' }, 'caseNumber'],
      [{ kind: 'demotion', departmentId: dispatch, reason: '' }, 'reason'],
      [{ kind: 'fine', amountFen: 1.5, departmentId: dispatch, reason: 'x' }, 'amountFen'],
    ] as const;
    for (const [body, path] of cases) {
      const res = await ctx.as('manager', 'POST', '/api/accountability/records', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields.map((f: any) => f.path)).toContain(path);
    }
  });

  it('should not duplicate a retried record with the same Idempotency-Key, and refuse the key for another request', async () => {
    const body = { kind: 'honour_certificate', userId: dispatchUser, reason: '季度服务之星' };
    const first = await ctx.as('manager', 'POST', '/api/accountability/records', body, { 'idempotency-key': 'acct-1' });
    const second = await ctx.as('manager', 'POST', '/api/accountability/records', body, { 'idempotency-key': 'acct-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const other = await ctx.as('manager', 'POST', '/api/accountability/records', { ...body, reason: '别的' }, { 'idempotency-key': 'acct-1' });
    expect(other.status).toBe(422);
  });

  it("should show a person their own records only, and keep the summary to those who assess", async () => {
    const mine = await ctx.as('dispatch', 'GET', '/api/accountability/records');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((r: any) => r.userId === dispatchUser && r.canRevoke === false)).toBe(true);
    // A department-only record is not shown to a handler; another handler sees none of these.
    await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'commendation', departmentId: dispatch, reason: '部门月度表扬' });
    expect((await ctx.as('dispatch', 'GET', '/api/accountability/records')).body.items.every((r: any) => r.userId === dispatchUser)).toBe(true);
    expect((await ctx.as('quality', 'GET', '/api/accountability/records')).body.items).toHaveLength(0);
    for (const role of ['agent', 'dispatch']) {
      expect((await ctx.as(role, 'GET', '/api/accountability/summary?from=2026-11-01&to=2026-11-30')).status).toBe(403);
    }
  });
});

describe('the summary per department and person', () => {
  it('should count decided cases, where responsible and by root cause, with reward and penalty totals net of revocations', async () => {
    const fresh = await createTestContext({ clock: () => now });
    const prev = ctx;
    ctx = fresh;
    try {
      dispatch = await ctx.departmentId('dispatch');
      dispatchUser = await ctx.userId('dispatch');
      const a = await decidedCase();
      await decidedCase(false);
      // A case handled by dispatch where nobody was responsible (force majeure).
      const c = await ctx.newCase({ category: 'loss', description: '包裹丢失' });
      await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: dispatchUser });
      await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
      const carrier = await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'external', rootCauseText: '暴雨停运', party: 'force_majeure' });
      expect(carrier.status, JSON.stringify(carrier.body)).toBe(200);
      await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'fine', amountFen: 5_000, userId: dispatchUser, caseId: a.id, reason: '漏排' });
      await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'bonus', amountFen: 30_000, userId: dispatchUser, reason: '月度服务之星' });
      const wrong = await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'fine', amountFen: 99_900, userId: dispatchUser, reason: '录错' });
      await ctx.as('manager', 'POST', `/api/accountability/records/${wrong.body.id}/revoke`, { reason: '录错了' });

      const res = await ctx.as('supervisor', 'GET', '/api/accountability/summary?from=2026-11-10&to=2026-11-10');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const dep = res.body.departments.find((d: any) => d.departmentId === dispatch);
      expect(dep).toMatchObject({ decidedCases: 3, responsibleCases: 2, responsibleSharePct: 66.7, rewards: 1, rewardFen: 30_000, penalties: 1, penaltyFen: 5_000 });
      expect(dep.byRootCause).toEqual([
        { rootCause: 'people', cases: 2, responsible: 2 },
        { rootCause: 'external', cases: 1, responsible: 0 },
      ]);
      const person = res.body.persons.find((p: any) => p.userId === dispatchUser);
      // Assignee of all three; named responsible on one (the second decision named the department only).
      expect(person).toMatchObject({ displayName: '调度 张伟', departmentName: '调度', decidedCases: 3, responsibleCases: 1, penaltyFen: 5_000, rewardFen: 30_000 });
      // Another period: nothing.
      const empty = await ctx.as('manager', 'GET', '/api/accountability/summary?from=2026-10-01&to=2026-10-31');
      expect(empty.body).toMatchObject({ from: '2026-10-01', to: '2026-10-31', departments: [], persons: [] });
      const bad = await ctx.as('manager', 'GET', '/api/accountability/summary?from=2026-11-30&to=2026-11-01');
      expect(bad.status).toBe(400);
    } finally {
      await fresh.close();
      ctx = prev;
    }
  });
});
