import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { findUserByUsername, toActor } from '../users/user.service.ts';
import { DEFAULT_REMEDY_CATALOGUES } from './remedy-catalogue.rules.ts';
import { createExecutionService, type ExecutionCostPort } from './execution.service.ts';

const en = { 'accept-language': 'en' };
const AGREED = '2026-12-20T10:00:00.000Z';

describe('execution 执行: actions of an accepted remedy, the 待执行 inbox, the noOpenAction guard', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    // The express preset's catalogue offers no shopping voucher (a carrier sells no goods): this company gives
    // one as goodwill, and repairs what its couriers broke, so the administrator turns it on (the remedy catalogue is company data).
    const items = DEFAULT_REMEDY_CATALOGUES.express.map((i) => (i.kind === 'voucher' || i.kind === 'repair' ? { ...i, enabled: true } : i));
    expect((await ctx.as('admin', 'PUT', '/api/admin/remedy-catalogue', { items })).status).toBe(200);
  });
  afterAll(async () => ctx?.close());

  /**
   * A lost parcel whose remedy (an apology, ¥800 compensation, a resend, a ¥30 voucher) the customer accepted
   * with the 执行时限 AGREED; the responsibility is decided so that only the actions stand between it and 已解决.
   */
  async function acceptedCase(items: unknown[] = [{ kind: 'apology' }, { kind: 'compensation', amountFen: 80_000 }, { kind: 'resend' }, { kind: 'voucher', amountFen: 3_000 }]) {
    const c = await ctx.newCase({ serviceType: 'inter_province', freightFen: 1_200, insured: false, goodsName: '羊毛大衣' });
    const service = await ctx.departmentId('service');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
    const resp = await ctx.as('agent', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'external', rootCauseText: '暴雨中转丢失', party: 'force_majeure' });
    expect(resp.status).toBe(200);
    // The administrator's own proposal needs no approval.
    const remedy = await ctx.as('admin', 'POST', `/api/cases/${c.id}/remedies`, { items });
    expect(remedy.status).toBe(201);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${remedy.body.id}/offer`)).status).toBe(200);
    const answered = await ctx.as('agent', 'POST', `/api/remedies/${remedy.body.id}/answer`, { answer: 'accepted', executionDueAt: AGREED });
    expect(answered.status).toBe(200);
    return { ...c, remedyId: remedy.body.id as string };
  }

  const actionsOf = async (caseId: string, by = 'agent') => (await ctx.as(by, 'GET', `/api/cases/${caseId}/actions`)).body;
  const actionOf = async (caseId: string, kind: string) => (await actionsOf(caseId)).items.find((a: any) => a.kind === kind);

  it('should create the default actions on acceptance: money to finance, the resend to the warehouse, the voucher to customer service, due by the 执行时限', async () => {
    const c = await acceptedCase();
    const list = await actionsOf(c.id);
    expect(list.executionDueAt).toBe(AGREED);
    expect(list.openCount).toBe(3);
    expect(list.canAdd).toBe(true);
    expect(list.items.map((a: any) => [a.kind, a.departmentCode, a.amountFen, a.dueAt, a.status, a.remedyId]).sort()).toEqual([
      ['compensation', 'finance', 80_000, AGREED, 'open', c.remedyId],
      ['resend', 'warehouse', null, AGREED, 'open', c.remedyId],
      ['voucher', 'service', 3_000, AGREED, 'open', c.remedyId],
    ]);
    const detail = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    // The owner departments joined the case (the joint team), so their handlers see it.
    expect(detail.collaborators.map((x: any) => x.departmentCode ?? x.code ?? x.departmentName ?? x.name)).toEqual(expect.arrayContaining([expect.stringMatching(/finance|财务/), expect.stringMatching(/warehouse|仓库/)]));
    expect(detail.events.filter((e: any) => e.kind === 'action_created')).toHaveLength(3);
    // The 执行时限 runs as a time limit: due at the agreed instant.
    expect(detail.sla.targets.find((t: any) => t.target === 'execution')).toMatchObject({ dueAt: AGREED, status: 'running' });
    expect((await ctx.as('finance', 'GET', `/api/cases/${c.id}`)).status).toBe(200);
  });

  it('should refuse another department’s handler: 403 on an action of a case they see, 404 on a case they do not', async () => {
    const c = await acceptedCase();
    const compensation = await actionOf(c.id, 'compensation');
    const byWarehouse = await ctx.as('warehouse', 'POST', `/api/actions/${compensation.id}/complete`, {}, en);
    expect(byWarehouse.status).toBe(403);
    expect(byWarehouse.body.error.message).toMatch(/own department/);
    expect((await actionsOf(c.id, 'warehouse')).items.find((a: any) => a.kind === 'compensation').can.complete).toBe(false);
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/actions`)).status).toBe(404);
    expect((await ctx.as('dispatch', 'POST', `/api/actions/${compensation.id}/complete`, {})).status).toBe(404);
    // A handler cannot cancel; the finance handler's inbox holds the compensation and none of the others.
    expect((await ctx.as('finance', 'POST', `/api/actions/${compensation.id}/cancel`, { reason: 'x' })).status).toBe(403);
    const inbox = (await ctx.as('finance', 'GET', '/api/actions')).body;
    expect(inbox.items.map((a: any) => a.id)).toContain(compensation.id);
    expect(inbox.items.every((a: any) => a.departmentCode === 'finance')).toBe(true);
    expect((await ctx.as('finance', 'GET', '/api/actions/count')).body.count).toBe(inbox.count);
    expect((await ctx.as('finance', 'GET', '/api/actions?kind=resend')).body.items).toEqual([]);
    expect((await ctx.as('finance', 'GET', '/api/actions?kind=nonsense')).status).toBe(400);
    // The manager sees every department's.
    const all = (await ctx.as('manager', 'GET', '/api/actions')).body.items.filter((a: any) => a.caseId === c.id);
    expect(all).toHaveLength(3);
  });

  it('should not resolve while an action is open (noOpenAction), then resolve once each is done, failed or cancelled; the 执行时限 is met', async () => {
    const c = await acceptedCase();
    const blocked = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' }, en);
    expect(blocked.status).toBe(400);
    expect(blocked.body.error.fields[0]).toMatchObject({ path: 'actions', message: expect.stringContaining('Open actions remain') });
    const zh = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' });
    expect(zh.body.error.fields[0].message).toContain('未完成的执行项');

    const paid = await ctx.as('finance', 'POST', `/api/actions/${(await actionOf(c.id, 'compensation')).id}/complete`, { note: '已转账' });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'done', amountFen: 80_000, resultNote: '已转账' });
    const failed = await ctx.as('warehouse', 'POST', `/api/actions/${(await actionOf(c.id, 'resend')).id}/fail`, { note: '缺货' });
    expect(failed.body).toMatchObject({ status: 'failed', can: { retry: true } });
    const cancelled = await ctx.as('agent', 'POST', `/api/actions/${(await actionOf(c.id, 'voucher')).id}/cancel`, { reason: '客户改为退款' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '客户改为退款' });

    const resolved = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' });
    expect(resolved.status).toBe(200);
    const detail = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    expect(detail.sla.targets.find((t: any) => t.target === 'execution')).toMatchObject({ status: 'met' });
    const kinds = detail.events.map((e: any) => e.kind);
    for (const k of ['action_completed', 'action_failed', 'action_cancelled']) expect(kinds).toContain(k);
  });

  it('should refuse completing twice with a clear 409, and of two completions at once let one win', async () => {
    const c = await acceptedCase();
    const id = (await actionOf(c.id, 'compensation')).id;
    const [a, b] = await Promise.all([
      ctx.as('finance', 'POST', `/api/actions/${id}/complete`, {}, en),
      ctx.as('supervisor', 'POST', `/api/actions/${id}/complete`, {}, en),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body.error).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('already done') });
    const again = await ctx.as('finance', 'POST', `/api/actions/${id}/complete`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已完成');
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'action_completed')).toHaveLength(1);
  });

  it('should add an action by hand once per Idempotency-Key, retry a failed one, and need the repair record for a repair', async () => {
    const c = await acceptedCase([{ kind: 'repair' }]);
    const body = { kind: 'return_wrong_item', note: '上门取回错发的货' };
    const first = await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, body, { 'idempotency-key': 'exec-1' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'return_wrong_item', departmentCode: 'warehouse', dueAt: AGREED, remedyId: c.remedyId });
    const retry = await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, body, { 'idempotency-key': 'exec-1' });
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, { kind: 'other' }, { 'idempotency-key': 'exec-1' })).status).toBe(422);
    expect((await actionsOf(c.id)).items.filter((a: any) => a.kind === 'return_wrong_item')).toHaveLength(1);

    const repair = await actionOf(c.id, 'repair');
    expect(repair.departmentCode).toBe('quality');
    const noRecord = await ctx.as('quality', 'POST', `/api/actions/${repair.id}/complete`, {}, en);
    expect(noRecord.status).toBe(400);
    expect(noRecord.body.error.fields[0]).toMatchObject({ path: 'repair', message: expect.stringContaining('fault') });
    const failed = await ctx.as('quality', 'POST', `/api/actions/${repair.id}/fail`, { note: '配件缺货' });
    expect(failed.status).toBe(200);
    // A handler retries their own department's failed action; the new one repairs with its record.
    const again = await ctx.as('quality', 'POST', `/api/cases/${c.id}/actions`, { kind: 'repair', retryOfId: repair.id });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ retryOfId: repair.id, departmentCode: 'quality', status: 'open' });
    const done = await ctx.as('quality', 'POST', `/api/actions/${again.body.id}/complete`, {
      amountFen: 2_500,
      repair: { fault: '屏幕排线松动', method: '重新压接排线', partsReplaced: '排线 1 根' },
    });
    expect(done.body).toMatchObject({ status: 'done', amountFen: 2_500, repair: { fault: '屏幕排线松动', method: '重新压接排线', partsReplaced: '排线 1 根' } });
    // A handler adds nothing for another department; nothing is added to a case that is not 执行中.
    expect((await ctx.as('quality', 'POST', `/api/cases/${c.id}/actions`, { kind: 'refund', amountFen: 100 })).status).toBe(403);
    const other = await ctx.newCase();
    expect((await ctx.as('agent', 'POST', `/api/cases/${other.id}/actions`, { kind: 'other' })).status).toBe(409);
  });

  it.each([
    { what: 'negative', amountFen: -1 },
    { what: 'fractional', amountFen: 1.5 },
    { what: 'beyond a safe integer', amountFen: 2 ** 53 },
    { what: 'a string', amountFen: '100' },
  ])('should refuse an amount that is $what with 400 on amountFen', async ({ amountFen }) => {
    const c = await acceptedCase([{ kind: 'refund', amountFen: 100 }]);
    const created = await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, { kind: 'refund', amountFen });
    expect(created.status).toBe(400);
    expect(created.body.error.fields.map((f: any) => f.path)).toContain('amountFen');
    const completed = await ctx.as('finance', 'POST', `/api/actions/${(await actionOf(c.id, 'refund')).id}/complete`, { amountFen });
    expect(completed.status).toBe(400);
  });

  it('should need an amount on money and refuse one where none belongs', async () => {
    const c = await acceptedCase([{ kind: 'refund', amountFen: 100 }]);
    const none = await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, { kind: 'compensation' }, en);
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0]).toMatchObject({ path: 'amountFen', message: expect.stringContaining('amount') });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/actions`, { kind: 'keep_wrong_item', amountFen: 100 })).status).toBe(400);
  });

  it('should post a money action’s cost once, in the completing transaction, and not again on a retried request', async () => {
    const c = await acceptedCase([{ kind: 'compensation', amountFen: 80_000 }, { kind: 'resend' }]);
    const calls: Array<Parameters<ExecutionCostPort['recordActionCost']>[1]> = [];
    const costs: ExecutionCostPort = { recordActionCost: async (_tx, entry) => void calls.push(entry) };
    const svc = ctx.services;
    const execution = createExecutionService({ db: ctx.db, clock: () => new Date(), cases: svc.cases, routing: svc.routing, costs });
    const finance = toActor((await findUserByUsername(ctx.db, 'finance'))!);
    const warehouse = toActor((await findUserByUsername(ctx.db, 'warehouse'))!);
    const money = await actionOf(c.id, 'compensation');
    await execution.complete(finance, money.id, { amountFen: 79_900, note: '已转账' });
    await expect(execution.complete(finance, money.id, { amountFen: 79_900, note: '已转账' })).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(calls).toEqual([
      { caseId: c.id, actionId: money.id, actionKind: 'compensation', amountFen: 79_900, actorId: finance.id, at: expect.any(Date), note: '已转账' },
    ]);
    // A resend without freight costs nothing: no entry.
    await execution.complete(warehouse, (await actionOf(c.id, 'resend')).id, {});
    expect(calls).toHaveLength(1);
    // A failing ledger undoes the completion: one transaction.
    const c2 = await acceptedCase([{ kind: 'refund', amountFen: 500 }]);
    const broken = createExecutionService({
      db: ctx.db,
      clock: () => new Date(),
      cases: svc.cases,
      routing: svc.routing,
      costs: { recordActionCost: async () => Promise.reject(new Error('ledger down')) },
    });
    const refund = await actionOf(c2.id, 'refund');
    await expect(broken.complete(finance, refund.id, {})).rejects.toThrow('ledger down');
    expect((await actionOf(c2.id, 'refund')).status).toBe('open');
  });

  it('should take the default departments from the administrator’s mapping (audited)', async () => {
    const before = (await ctx.as('admin', 'GET', '/api/admin/execution-settings')).body;
    expect(before).toMatchObject({ isDefault: true, departments: { compensation: 'finance', resend: 'warehouse' } });
    expect((await ctx.as('agent', 'GET', '/api/admin/execution-settings')).status).toBe(403);
    const bad = await ctx.as('admin', 'PUT', '/api/admin/execution-settings', { departments: { ...before.departments, voucher: 'marketing' } });
    expect(bad.status).toBe(400);
    const saved = await ctx.as('admin', 'PUT', '/api/admin/execution-settings', { departments: { ...before.departments, voucher: 'store' } });
    expect(saved.body).toMatchObject({ isDefault: false, departments: { voucher: 'store' } });
    const c = await acceptedCase([{ kind: 'voucher', amountFen: 1_000 }]);
    expect((await actionOf(c.id, 'voucher')).departmentCode).toBe('store');
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=execution_settings');
    expect(audit.body.items[0]).toMatchObject({ entity: 'execution_settings', action: 'updated' });
    await ctx.as('admin', 'PUT', '/api/admin/execution-settings', { departments: before.departments });
  });
});
