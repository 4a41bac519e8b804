import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness.ts';

// Issue 11's first acceptance check, across the modules that carry it (resolution, execution, costs, claims,
// investigation): a lost uninsured parcel with a ¥12 fee — ¥60 by DOMAIN-RULES rule 11 (5 × the fee), the customer
// proves ¥800, the supervisor approves (above the agent's ¥200), the customer accepts, finance pays, the carrier
// is claimed (its contract: 5 × the fee, rule 11; liable party by rule 8) and pays; the case shows its net cost,
// and every step is on the timeline. Also the fourth check's ledger half: no API changes or deletes an entry.
describe('the resolution loop end to end (issue 11 acceptance)', () => {
  let ctx: TestContext;
  let carrierId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const p = await ctx.as('admin', 'POST', '/api/admin/partners', {
      kind: 'carrier',
      name: '闭环干线物流',
      compensationTerms: '未保价快件按运费 5 倍赔偿',
      claimMultiple: 5,
    });
    expect(p.status).toBe(201);
    carrierId = p.body.id;
  });
  afterAll(async () => ctx?.close());

  it('should take a ¥12 lost parcel from ¥60 (rule 11) to ¥800 paid by finance, recover ¥60 from the carrier, and show a net cost of ¥740', async () => {
    const c = await ctx.newCase({ serviceType: 'inter_province', freightFen: 1_200, insured: false, goodsName: '羊毛大衣' });
    const service = await ctx.departmentId('service');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);

    // The calculator: ¥60, naming rule 11.
    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'loss' });
    expect(calc.status).toBe(200);
    expect(calc.body.totalFen).toBe(6_000);
    expect(calc.body.lines[0].rule.domainRules).toContain(11);

    // The customer proves ¥800: the agent proposes it; above the agent's ¥200 it waits for the supervisor.
    const key = { 'idempotency-key': `loop-${c.id}` };
    const body = { items: [{ kind: 'apology' }, { kind: 'compensation', amountFen: 80_000 }], basedOn: { kind: 'loss', claimedFen: 80_000, proven: true } };
    const proposed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, body, key);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending_approval', pendingStep: { role: 'supervisor' } });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, body, key)).body.id).toBe(proposed.body.id); // a retry, no duplicate
    const remedyId = proposed.body.id as string;
    expect((await ctx.as('supervisor', 'POST', `/api/remedies/${remedyId}/decisions`, { decision: 'approve', step: 0, comment: '凭证齐全' })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${remedyId}/offer`)).status).toBe(200);
    const accepted = await ctx.as('agent', 'POST', `/api/remedies/${remedyId}/answer`, { answer: 'accepted', executionDueAt: '2026-12-10T18:00:00+08:00' });
    expect(accepted.status).toBe(200);
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.status).toBe('executing');

    // 定责: the carrier. The case cannot resolve while finance has not paid.
    const r = await ctx.as('agent', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'partner', rootCauseText: '干线运输途中丢失', party: 'carrier', partnerId: carrierId });
    expect(r.status).toBe(200);
    const early = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0].path).toBe('actions'); // the noOpenAction guard

    // Finance pays from its 待执行 inbox.
    const inbox = await ctx.as('finance', 'GET', '/api/actions');
    expect(inbox.status).toBe(200);
    const pay = (inbox.body.items as Array<{ id: string; caseId: string; kind: string; amountFen: number | null }>).find((a) => a.caseId === c.id);
    expect(pay).toMatchObject({ kind: 'compensation', amountFen: 80_000 });
    expect((await ctx.as('finance', 'POST', `/api/actions/${pay!.id}/complete`, { note: '已转账至客户银行卡' })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' })).status).toBe(200);

    // The carrier is claimed under its contract (5 × ¥12 = ¥60) and pays.
    const filed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, {}, { 'idempotency-key': `claim-${c.id}` });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ claimedFen: 6_000, basis: { term: 'fee_multiple' } });
    const claimId = filed.body.id as string;
    expect((await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'accepted', version: 1 })).status).toBe(200);
    expect((await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 2, recoveredFen: 6_000 })).status).toBe(200);

    // The net cost: ¥800 paid out, ¥60 recovered.
    const costs = await ctx.as('agent', 'GET', `/api/cases/${c.id}/costs`);
    expect(costs.status).toBe(200);
    expect(costs.body.totals).toEqual({ grossFen: 80_000, recoveriesFen: 6_000, netFen: 74_000 });
    expect(costs.body.entries.map((e: { kind: string; amountFen: number }) => [e.kind, e.amountFen]).sort()).toEqual([
      ['compensation', 80_000],
      ['recovery', -6_000],
    ]);

    // Every step on the timeline, in order.
    const kinds = ((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events as Array<{ kind: string }>).map((e) => e.kind);
    const steps = [
      'remedy_proposed',
      'remedy_approved',
      'remedy_offered',
      'remedy_answered',
      'action_created',
      'responsibility_decided',
      'action_completed',
      'claim_filed',
      'claim_accepted',
      'claim_paid',
    ];
    for (const k of steps) expect(kinds, k).toContain(k);
    const firstOf = (k: string) => kinds.indexOf(k);
    const order = steps.map(firstOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The payment's and the recovery's ledger entries, each written in its step's transaction.
    expect(kinds.filter((k) => k === 'cost_posted')).toHaveLength(2);
  });

  it('should offer no API that changes or deletes a ledger entry, and the database refuses it too', async () => {
    const c = await ctx.newCase();
    const labour = await ctx.as('agent', 'POST', `/api/cases/${c.id}/labour`, { minutes: 30, note: '电话沟通' }, { 'idempotency-key': `labour-${c.id}` });
    expect(labour.status, JSON.stringify(labour.body)).toBe(201);
    const [entry] = (await ctx.as('agent', 'GET', `/api/cases/${c.id}/costs`)).body.entries as Array<{ id: string; amountFen: number }>;
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await ctx.as('admin', method, `/api/cost-entries/${entry!.id}`, method === 'DELETE' ? undefined : { amountFen: 1 })).status, method).toBe(404);
    }
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(ctx.db.execute(sql`update cost_entries set amount_fen = 1 where id = ${entry!.id}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`delete from cost_entries where id = ${entry!.id}`))).toMatch(/append-only/);
    // A correction is a reversing entry: the original stays as it was.
    expect((await ctx.as('supervisor', 'POST', `/api/cost-entries/${entry!.id}/reverse`, { reason: '重复登记' })).status).toBe(201);
    const after = (await ctx.as('agent', 'GET', `/api/cases/${c.id}/costs`)).body;
    expect(after.entries.find((e: { id: string }) => e.id === entry!.id).amountFen).toBe(entry!.amountFen);
    expect(after.totals.netFen).toBe(0);
  });
});
