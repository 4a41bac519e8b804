import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import type { Actor } from '../../shared/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { monthOf } from './costs.rules.ts';
import type { PostCostInput } from './costs.service.ts';

// Issue 11 item 10 (成本台账) and seed 004 七 (成本预算, 成本核算台账): entries never edited or deleted, a correction is
// a reversing entry, recoveries negative, labour = minutes × rate, budgets per month against actual.
describe('cost ledger', () => {
  let ctx: TestContext;
  let dispatch: string;
  let logistics: string;
  let supervisor: Actor;
  beforeAll(async () => {
    ctx = await createTestContext();
    dispatch = await ctx.departmentId('dispatch');
    logistics = await ctx.departmentId('logistics');
    supervisor = { id: await ctx.userId('supervisor'), username: 'supervisor', displayName: '主管 李建国', role: 'supervisor', departmentId: null };
  });
  afterAll(async () => ctx?.close());

  async function caseIn(departmentId: string, category: string) {
    const c = await ctx.newCase({ category });
    const moved = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId });
    expect(moved.status).toBe(200);
    return c;
  }

  const post = (input: Omit<PostCostInput, 'actorId' | 'note'> & { actorId?: string | null }) =>
    ctx.db.transaction((tx) => ctx.services.costs.postCostEntry(tx, { actorId: null, note: null, ...input }));

  const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));

  it('should log handling labour as minutes × the rate, once per Idempotency-Key, on the timeline', async () => {
    const c = await caseIn(dispatch, 'delay');
    const key = { 'idempotency-key': 'labour-1' };
    // Express preset default: ¥40.00 per hour; 25 minutes = ¥16.67 (rounded half up once).
    const first = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/labour`, { minutes: 25, note: '电话核实' }, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'labour', amountFen: 1_667, source: 'labour', sourceId: null, labourMinutes: 25, rateFenPerHour: 4_000, note: '电话核实', caseNumber: c.caseNumber });
    const again = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/labour`, { minutes: 25, note: '电话核实' }, key);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const reused = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/labour`, { minutes: 30 }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const costs = await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.status).toBe(200);
    expect(costs.body.entries).toHaveLength(1);
    expect(costs.body.totals).toEqual({ grossFen: 1_667, recoveriesFen: 0, netFen: 1_667 });
    expect(costs.body.can).toEqual({ labour: true, post: false, reverse: false });
    expect(costs.body.entries[0].can.reverse).toBe(false);

    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const events = detail.body.events.filter((e: any) => e.kind === 'cost_posted');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorName: '调度 张伟', payload: { entryId: first.body.id, kind: 'labour', amountFen: 1_667, labourMinutes: 25, rateFenPerHour: 4_000 } });
  });

  it('should refuse bad labour input with field errors', async () => {
    const c = await caseIn(dispatch, 'delay');
    for (const minutes of [0, 1.5, 10_081, '30']) {
      const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe('minutes');
    }
    const future = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 5, occurredAt: '2099-01-01T00:00:00Z' });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('occurredAt');
  });

  it("should show a case's costs only to whoever may see the case (a handler: own department)", async () => {
    const c = await caseIn(dispatch, 'delay');
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/costs`)).status).toBe(200);
    for (const [method, url, body] of [
      ['GET', `/api/cases/${c.id}/costs`, undefined],
      ['POST', `/api/cases/${c.id}/labour`, { minutes: 5 }],
      ['POST', `/api/cases/${c.id}/cost-entries`, { kind: 'repair', amountFen: 100, note: 'x' }],
    ] as const) {
      const res = await ctx.as('quality', method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    // Their own department's case: labour yes, a manual entry no (supervisors and above).
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/cost-entries`, { kind: 'repair', amountFen: 100, note: 'x' })).status).toBe(403);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/cost-entries`, { kind: 'repair', amountFen: 100, note: 'x' })).status).toBe(403);
  });

  it('should take manual entries from supervisors with the sign by kind, in integer fen', async () => {
    const c = await caseIn(dispatch, 'damage');
    const repair = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/cost-entries`, { kind: 'repair', amountFen: 5_000, note: '更换外壳' });
    expect(repair.status).toBe(201);
    expect(repair.body).toMatchObject({ kind: 'repair', amountFen: 5_000, source: 'manual', category: 'damage', departmentId: dispatch, can: { reverse: true } });
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'repair', amountFen: 10.5, note: 'x' }, 'amountFen'],
      [{ kind: 'repair', amountFen: 0, note: 'x' }, 'amountFen'],
      [{ kind: 'repair', amountFen: -100, note: 'x' }, 'amountFen'],
      [{ kind: 'recovery', amountFen: 100, note: 'x' }, 'amountFen'],
      [{ kind: 'repair', amountFen: 1_000_000_001, note: 'x' }, 'amountFen'],
      [{ kind: 'labour', amountFen: 100, note: 'x' }, 'kind'],
      [{ kind: 'repair', amountFen: 100, note: '  ' }, 'note'],
    ];
    for (const [body, path] of bad) {
      const res = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/cost-entries`, body, { 'accept-language': 'en' });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields[0].path).toBe(path);
    }
    const recovery = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/cost-entries`, { kind: 'recovery', amountFen: -3_000, note: '承运商线下赔付' });
    expect(recovery.status).toBe(201);
    const costs = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.body.totals).toEqual({ grossFen: 5_000, recoveriesFen: 3_000, netFen: 2_000 });
  });

  it('should correct an entry only by a reversing entry: once, never a reversal, supervisors and above', async () => {
    const c = await caseIn(dispatch, 'delay');
    const labour = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 60 });
    expect(labour.body.amountFen).toBe(4_000);
    const id = labour.body.id as string;
    expect((await ctx.as('agent', 'POST', `/api/cost-entries/${id}/reverse`, { reason: '重复登记' })).status).toBe(403);
    expect((await ctx.as('dispatch', 'POST', `/api/cost-entries/${id}/reverse`, { reason: '重复登记' })).status).toBe(403);
    expect((await ctx.as('supervisor', 'POST', `/api/cost-entries/${id}/reverse`, { reason: ' ' })).status).toBe(400);

    const reversed = await ctx.as('supervisor', 'POST', `/api/cost-entries/${id}/reverse`, { reason: '重复登记' });
    expect(reversed.status).toBe(201);
    expect(reversed.body).toMatchObject({ kind: 'labour', amountFen: -4_000, source: 'reversal', sourceId: id, reversesId: id, note: '重复登记', labourMinutes: -60, can: { reverse: false } });

    const twice = await ctx.as('supervisor', 'POST', `/api/cost-entries/${id}/reverse`, { reason: '再冲' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ALREADY_EXISTS');
    const ofReversal = await ctx.as('manager', 'POST', `/api/cost-entries/${reversed.body.id}/reverse`, { reason: '冲回' });
    expect(ofReversal.status).toBe(409);
    expect(ofReversal.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect((await ctx.as('supervisor', 'POST', '/api/cost-entries/00000000-0000-4000-8000-000000000000/reverse', { reason: 'x' })).status).toBe(404);

    const costs = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.body.totals).toEqual({ grossFen: 0, recoveriesFen: 0, netFen: 0 });
    expect(costs.body.entries.find((e: any) => e.id === id)).toMatchObject({ reversedById: reversed.body.id, can: { reverse: false } });
    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'cost_reversed');
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ reversesId: id, amountFen: -4_000, reason: '重复登记' });
  });

  it('should refuse UPDATE and DELETE on the ledger (append-only trigger)', async () => {
    const c = await caseIn(dispatch, 'delay');
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 10 });
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET amount_fen = 1`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(ctx.db.execute(sql`DELETE FROM cost_entries`))).toMatch(/append-only \(DELETE refused\)/);
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}/costs`)).body.totals.grossFen).toBe(667);
  });

  it('should post from another module idempotently on (source, source id, kind), with integer fen and the sign checked', async () => {
    const c = await caseIn(logistics, 'loss');
    const at = new Date();
    const input = { caseId: c.id, kind: 'compensation' as const, amountFen: 80_000, source: 'execution_action' as const, sourceId: 'action-1', occurredAt: at };
    const first = await post(input);
    expect(first.created).toBe(true);
    expect(await post(input)).toEqual({ id: first.id, created: false });
    // The same source may post another kind (a resend's freight beside its goods).
    expect((await post({ ...input, kind: 'resend', amountFen: 1_200 })).created).toBe(true);
    await expect(post({ ...input, amountFen: 90_000 })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    for (const amountFen of [10.5, 0, -1, Number.NaN]) {
      await expect(post({ ...input, sourceId: `bad-${amountFen}`, amountFen })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    await expect(post({ ...input, kind: 'recovery', source: 'claim', sourceId: 'claim-x', amountFen: 60_000 })).rejects.toBeInstanceOf(AppError);
    await expect(post({ ...input, caseId: '00000000-0000-4000-8000-000000000000', sourceId: 'ghost' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const recovered = await post({ caseId: c.id, kind: 'recovery', amountFen: -60_000, source: 'claim', sourceId: 'claim-1', occurredAt: at });
    expect(recovered.created).toBe(true);

    const costs = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.body.totals).toEqual({ grossFen: 81_200, recoveriesFen: 60_000, netFen: 21_200 });
    expect(costs.body.entries.map((e: any) => [e.kind, e.source, e.sourceId])).toEqual([
      ['compensation', 'execution_action', 'action-1'],
      ['resend', 'execution_action', 'action-1'],
      ['recovery', 'claim', 'claim-1'],
    ]);
    // One event per entry: the replay wrote none.
    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'cost_posted');
    expect(events.map((e: any) => e.payload.amountFen)).toEqual([80_000, 1_200, -60_000]);
  });

  it("should post inside another module's case change through its appendEvent (no nested transaction)", async () => {
    const c = await caseIn(logistics, 'loss');
    const result = await ctx.services.cases.change(supervisor, c.id, (ops) =>
      ctx.services.costs.postCostEntry(
        ops.tx,
        { caseId: c.id, kind: 'refund', amountFen: 2_000, source: 'execution_action', sourceId: 'action-in-change', actorId: supervisor.id, occurredAt: ops.now },
        { appendEvent: ops.appendEvent },
      ),
    );
    expect(result.created).toBe(true);
    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'cost_posted');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorName: '主管 李建国', payload: { entryId: result.id, kind: 'refund', amountFen: 2_000 } });
  });

  describe('budgets and the report', () => {
    let a: { id: string };
    let compensationId: string;
    beforeAll(async () => {
      // Hand-computed fixtures in October and November 2026 (no other test posts in those months).
      a = await caseIn(dispatch, 'damage');
      const b = await caseIn(logistics, 'loss');
      const c = await caseIn(logistics, 'damage');
      const oct = new Date('2026-10-15T04:00:00Z');
      const nov = new Date('2026-11-10T04:00:00Z');
      compensationId = (await post({ caseId: a.id, kind: 'compensation', amountFen: 80_000, source: 'execution_action', sourceId: 'r-a1', occurredAt: oct })).id;
      await post({ caseId: a.id, kind: 'recovery', amountFen: -60_000, source: 'claim', sourceId: 'r-a2', occurredAt: oct });
      await post({ caseId: b.id, kind: 'refund', amountFen: 30_000, source: 'execution_action', sourceId: 'r-b1', occurredAt: oct });
      await post({ caseId: b.id, kind: 'fee_waiver', amountFen: 1_200, source: 'execution_action', sourceId: 'r-b2', occurredAt: nov });
      await post({ caseId: c.id, kind: 'repair', amountFen: 5_000, source: 'execution_action', sourceId: 'r-c1', occurredAt: nov });
      await post({ caseId: c.id, kind: 'resend', amountFen: 2_500, source: 'execution_action', sourceId: 'r-c2', occurredAt: nov });
      for (const body of [
        { month: '2026-10', scope: 'company', amountFen: 100_000 },
        { month: '2026-10', scope: 'category', scopeKey: 'damage', amountFen: 50_000 },
        { month: '2026-11', scope: 'category', scopeKey: 'loss', amountFen: 10_000 },
        { month: '2026-11', scope: 'department', scopeKey: logistics, amountFen: 5_000 },
        { month: '2026-11', scope: 'department', scopeKey: dispatch, amountFen: 1_000 },
      ]) {
        const res = await ctx.as('manager', 'PUT', '/api/cost-budgets', body);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    });

    const report = (by: string, from = '2026-10', to = '2026-11') => ctx.as('supervisor', 'GET', `/api/costs/report?from=${from}&to=${to}&by=${by}`);
    const pick = (r: any) => [r.month, r.group, r.grossFen, r.recoveriesFen, r.netFen, r.budgetFen, r.varianceFen, r.percentUsed, r.status];

    it('should sum by category per month against the category budgets', async () => {
      const res = await report('category');
      expect(res.status).toBe(200);
      expect(res.body.months).toEqual(['2026-10', '2026-11']);
      expect(res.body.rows.map(pick)).toEqual([
        ['2026-10', 'damage', 80_000, 60_000, 20_000, 50_000, 30_000, 40, 'within'],
        ['2026-10', 'loss', 30_000, 0, 30_000, null, null, null, 'no_budget'],
        ['2026-11', 'damage', 7_500, 0, 7_500, null, null, null, 'no_budget'],
        ['2026-11', 'loss', 1_200, 0, 1_200, 10_000, 8_800, 12, 'within'],
      ]);
      expect(res.body.company.map((r: any) => [r.month, r.netFen, r.budgetFen, r.varianceFen, r.percentUsed, r.status])).toEqual([
        ['2026-10', 50_000, 100_000, 50_000, 50, 'within'],
        ['2026-11', 8_700, null, null, null, 'no_budget'],
      ]);
    });

    it('should sum by department, showing a budget with no cost yet', async () => {
      const res = await report('department');
      expect(res.body.rows.map(pick)).toEqual(
        expect.arrayContaining([
          ['2026-10', dispatch, 80_000, 60_000, 20_000, null, null, null, 'no_budget'],
          ['2026-10', logistics, 30_000, 0, 30_000, null, null, null, 'no_budget'],
          ['2026-11', logistics, 8_700, 0, 8_700, 5_000, -3_700, 174, 'over'],
          ['2026-11', dispatch, 0, 0, 0, 1_000, 1_000, 0, 'within'],
        ]),
      );
      expect(res.body.rows).toHaveLength(4);
    });

    it('should sum by kind (no budgets by kind)', async () => {
      const res = await report('kind');
      expect(res.body.rows.map((r: any) => [r.month, r.group, r.netFen, r.status])).toEqual([
        ['2026-10', 'compensation', 80_000, 'no_budget'],
        ['2026-10', 'recovery', -60_000, 'no_budget'],
        ['2026-10', 'refund', 30_000, 'no_budget'],
        ['2026-11', 'fee_waiver', 1_200, 'no_budget'],
        ['2026-11', 'repair', 5_000, 'no_budget'],
        ['2026-11', 'resend', 2_500, 'no_budget'],
      ]);
    });

    it('should keep a month as posted: an edit of the case does not move it, a reversal lands in its own month', async () => {
      const before = (await report('category')).body;
      const month = monthOf(new Date(), 'Asia/Shanghai');
      const damageNow = async () => (await report('category', month, month)).body.rows.find((r: any) => r.group === 'damage') ?? { grossFen: 0, netFen: 0 };
      const nowBefore = await damageNow();
      const current = (await ctx.as('agent', 'GET', `/api/cases/${a.id}`)).body;
      expect((await ctx.as('agent', 'PATCH', `/api/cases/${a.id}`, { version: current.version, category: 'loss' })).status).toBe(200);
      expect((await ctx.as('supervisor', 'POST', `/api/cost-entries/${compensationId}/reverse`, { reason: '金额录错' })).status).toBe(201);
      expect((await report('category')).body).toEqual(before);
      // The reversal keeps the original's category (damage), in the month it was posted.
      expect(await damageNow()).toMatchObject({ grossFen: nowBefore.grossFen - 80_000, netFen: nowBefore.netFen - 80_000 });
    });

    it('should refuse a bad range and keep the report to supervisors, managers and the administrator', async () => {
      expect((await report('category', '2026-11', '2026-10')).status).toBe(400);
      expect((await report('category', '2024-01', '2026-11')).status).toBe(400);
      expect((await report('category', '2026-13', '2026-11')).status).toBe(400);
      for (const who of ['agent', 'dispatch']) expect((await ctx.as(who, 'GET', '/api/costs/report?from=2026-10&to=2026-11')).status).toBe(403);
      expect((await ctx.as('manager', 'GET', '/api/costs/report?from=2026-10&to=2026-11')).status).toBe(200);
    });

    it('should let managers and the administrator set budgets, audited, and nobody else', async () => {
      for (const who of ['agent', 'dispatch', 'supervisor']) {
        expect((await ctx.as(who, 'PUT', '/api/cost-budgets', { month: '2026-12', scope: 'company', amountFen: 1 })).status).toBe(403);
      }
      const set = await ctx.as('admin', 'PUT', '/api/cost-budgets', { month: '2026-12', scope: 'company', amountFen: 200_000 });
      expect(set.body.budget).toMatchObject({ month: '2026-12', scope: 'company', scopeKey: '', amountFen: 200_000 });
      expect((await ctx.as('manager', 'PUT', '/api/cost-budgets', { month: '2026-12', scope: 'company', amountFen: 250_000 })).body.budget.amountFen).toBe(250_000);
      const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=cost_budget');
      expect(audit.body.items[0]).toMatchObject({ entityId: '2026-12:company:company', action: 'updated', changes: { amountFen: { from: 200_000, to: 250_000 } } });
      expect((await ctx.as('manager', 'PUT', '/api/cost-budgets', { month: '2026-12', scope: 'company', amountFen: null })).body.budget).toBeNull();
      const list = await ctx.as('supervisor', 'GET', '/api/cost-budgets?from=2026-10&to=2026-12');
      // Ordered by month, scope, then key (department ids are random, so compare as a set within a month).
      expect(list.body.items.map((b: any) => `${b.month} ${b.scope} ${b.amountFen}`).sort()).toEqual([
        '2026-10 category 50000',
        '2026-10 company 100000',
        '2026-11 category 10000',
        '2026-11 department 1000',
        '2026-11 department 5000',
      ]);
      for (const [body, path] of [
        [{ month: '2026-12', scope: 'category', scopeKey: 'no_such', amountFen: 1 }, 'scopeKey'],
        [{ month: '2026-12', scope: 'department', scopeKey: 'x', amountFen: 1 }, 'scopeKey'],
        [{ month: '2026-12', scope: 'company', scopeKey: 'damage', amountFen: 1 }, 'scopeKey'],
        [{ month: '2026-12', scope: 'category', amountFen: 1 }, 'scopeKey'],
        [{ month: '2026-12', scope: 'company', amountFen: -1 }, 'amountFen'],
        [{ month: '2026-12', scope: 'company', amountFen: 1.5 }, 'amountFen'],
        [{ month: '12/2026', scope: 'company', amountFen: 1 }, 'month'],
      ] as const) {
        const res = await ctx.as('manager', 'PUT', '/api/cost-budgets', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.fields[0].path).toBe(path);
      }
    });

    it('should list the ledger newest first with filters and a cursor, to supervisors and above', async () => {
      const first = await ctx.as('supervisor', 'GET', '/api/cost-entries?month=2026-10&limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(2);
      const second = await ctx.as('supervisor', 'GET', `/api/cost-entries?month=2026-10&limit=2&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const all = [...first.body.items, ...second.body.items];
      expect(all.map((e: any) => e.amountFen).sort()).toEqual([-60_000, 30_000, 80_000].sort());
      const filtered = await ctx.as('manager', 'GET', `/api/cost-entries?month=2026-11&departmentId=${logistics}&kind=repair`);
      expect(filtered.body.items.map((e: any) => e.amountFen)).toEqual([5_000]);
      expect((await ctx.as('admin', 'GET', '/api/cost-entries?category=loss&month=2026-11')).body.items.map((e: any) => e.kind)).toEqual(['fee_waiver']);
      expect((await ctx.as('supervisor', 'GET', '/api/cost-entries?cursor=nonsense')).status).toBe(400);
      for (const who of ['agent', 'dispatch']) expect((await ctx.as(who, 'GET', '/api/cost-entries')).status).toBe(403);
    });
  });

  it('should export the ledger as CSV for a spreadsheet, with the filters, to supervisors and above', async () => {
    const res = await ctx.as('supervisor', 'GET', '/api/cost-entries/export?month=2026-10');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('cost-ledger-2026-10.csv');
    const lines = res.raw.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('发生时间,月份,工单,类型,金额（元）,来源,类别,部门,登记人,说明,分录编号,冲销分录');
    // The October fixtures: compensation 800.00, recovery −600.00, refund 300.00 (newest posted first).
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 7).join(','))).toEqual(
      expect.arrayContaining(['赔偿,800.00,执行,破损', '追偿回款,-600.00,追偿,破损', '退款,300.00,执行,丢失/少件']),
    );
    expect(lines).toHaveLength(4);
    const en = await ctx.as('manager', 'GET', '/api/cost-entries/export?month=2026-10&kind=recovery', undefined, { 'accept-language': 'en' });
    expect(en.raw.body.split('\r\n')[1]).toContain('Recovery,-600.00,Claim');
    expect((await ctx.as('agent', 'GET', '/api/cost-entries/export')).status).toBe(403);
  });

  it('should take the labour rate from the administrator (audited), frozen onto each entry', async () => {
    expect((await ctx.as('admin', 'GET', '/api/admin/cost-settings')).body).toEqual({ labourRateFenPerHour: 4_000, defaultLabourRateFenPerHour: 4_000, isDefault: true });
    for (const who of ['manager', 'supervisor']) expect((await ctx.as(who, 'PUT', '/api/admin/cost-settings', { labourRateFenPerHour: 1 })).status).toBe(403);
    expect((await ctx.as('admin', 'PUT', '/api/admin/cost-settings', { labourRateFenPerHour: 0 })).status).toBe(400);
    const c = await caseIn(dispatch, 'delay');
    const before = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 30 });
    const saved = await ctx.as('admin', 'PUT', '/api/admin/cost-settings', { labourRateFenPerHour: 6_000 });
    expect(saved.body).toEqual({ labourRateFenPerHour: 6_000, defaultLabourRateFenPerHour: 4_000, isDefault: false });
    const after = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 30 });
    expect([before.body.amountFen, after.body.amountFen]).toEqual([2_000, 3_000]);
    const costs = await ctx.as('agent', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.body.entries.map((e: any) => e.rateFenPerHour)).toEqual([4_000, 6_000]);
    expect(costs.body.labourRateFenPerHour).toBe(6_000);
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=cost_settings');
    expect(audit.body.items[0]).toMatchObject({ action: 'updated', changes: { labourRateFenPerHour: { from: 4_000, to: 6_000 } } });
  });
});
