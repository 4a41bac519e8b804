import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const en = { 'accept-language': 'en' };

describe('remedies: calculator, proposal, approval by authority, the customer’s answer', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  /** A lost, uninsured inter-province parcel with a ¥12 fee, moved to 调查中 by the agent. */
  async function lostParcel() {
    const c = await ctx.newCase({ serviceType: 'inter_province', freightFen: 1_200, insured: false, goodsName: '羊毛大衣' });
    const service = await ctx.departmentId('service');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
    return c;
  }

  const propose = (caseId: string, amountFen: number, by = 'agent', headers: Record<string, string> = {}) =>
    ctx.as(by, 'POST', `/api/cases/${caseId}/remedies`, {
      items: [{ kind: 'apology' }, { kind: 'compensation', amountFen }],
      basedOn: { kind: 'loss', claimedFen: amountFen, proven: true },
    }, headers);

  it('should walk the acceptance: ¥60 by rule 11, ¥800 proposed, supervisor approves, offered, accepted → executing, all on the timeline', async () => {
    const c = await lostParcel();
    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'loss' });
    expect(calc.status).toBe(200);
    expect(calc.body.totalFen).toBe(6_000);
    expect(calc.body.lines[0]).toMatchObject({ kind: 'compensation', amountFen: 6_000, rule: { code: 'uninsuredFeeMultiple' } });
    expect(calc.body.lines[0].rule.domainRules).toContain(11);

    // The customer proves ¥800: the calculator keeps the cap and asks for a person.
    const proven = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'loss', claimedFen: 80_000, proven: true });
    expect(proven.body.totalFen).toBe(6_000);
    expect(proven.body.flags.map((f: any) => f.reason)).toContain('proven_loss_above_cap');

    const proposed = await propose(c.id, 80_000);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'pending_approval', totalFen: 80_000, pendingStep: { role: 'supervisor', index: 0, final: true } });
    expect(proposed.body.policy.uninsuredFeeMultiple).toMatchObject({ feeMultiple: 5 });
    expect(proposed.body.calculation.totalFen).toBe(6_000);
    const remedyId = proposed.body.id as string;
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.status).toBe('remedy_proposed');

    // Not yet approved: it cannot be offered, neither by the remedy nor by a bare status move.
    expect((await ctx.as('agent', 'POST', `/api/remedies/${remedyId}/offer`)).status).toBe(409);
    const bare = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'awaiting_customer' }, en);
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields[0]).toMatchObject({ path: 'to', message: expect.stringContaining('not approved') });

    const inbox = await ctx.as('supervisor', 'GET', '/api/approvals');
    expect(inbox.body.items.map((r: any) => r.id)).toContain(remedyId);
    expect((await ctx.as('supervisor', 'GET', '/api/approvals/count')).body.count).toBe(inbox.body.count);

    const approved = await ctx.as('supervisor', 'POST', `/api/remedies/${remedyId}/decisions`, { decision: 'approve', step: 0 });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await ctx.as('supervisor', 'GET', '/api/approvals')).body.items.map((r: any) => r.id)).not.toContain(remedyId);

    const offered = await ctx.as('agent', 'POST', `/api/remedies/${remedyId}/offer`);
    expect(offered.status).toBe(200);
    expect(offered.body.status).toBe('offered');

    const accepted = await ctx.as('agent', 'POST', `/api/remedies/${remedyId}/answer`, { answer: 'accepted', executionDueAt: '2026-12-10T18:00:00+08:00' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', executionDueAt: '2026-12-10T10:00:00.000Z' });

    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.status).toBe('executing');
    const kinds = detail.body.events.map((e: any) => e.kind);
    for (const k of ['remedy_proposed', 'remedy_approved', 'remedy_offered', 'remedy_answered']) expect(kinds).toContain(k);
    const moves = detail.body.events.filter((e: any) => e.kind === 'status_changed').map((e: any) => `${e.fromStatus}>${e.toStatus}`);
    expect(moves).toEqual(expect.arrayContaining(['investigating>remedy_proposed', 'remedy_proposed>awaiting_customer', 'awaiting_customer>executing']));
  });

  it('should approve within the proposer’s own limit at once', async () => {
    const c = await lostParcel();
    const res = await propose(c.id, 6_000);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'approved', chain: [], pendingStep: null });
    expect((await ctx.as('agent', 'POST', `/api/remedies/${res.body.id}/offer`)).status).toBe(200);
  });

  it('should refuse one’s own approval, a role too low, and a stale or second decision', async () => {
    const c = await lostParcel();
    // A supervisor's own ¥5,000 proposal climbs to the manager; the supervisor cannot approve it.
    const res = await propose(c.id, 500_000, 'supervisor');
    expect(res.body.pendingStep).toMatchObject({ role: 'manager' });
    const own = await ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 }, en);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/own proposal/);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 })).status).toBe(403);
    expect((await ctx.as('manager', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 3 })).status).toBe(409);
    expect((await ctx.as('manager', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 })).status).toBe(200);
    const again = await ctx.as('admin', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('should climb from supervisor to manager when the supervisor endorses an amount above their limit', async () => {
    const c = await lostParcel();
    const res = await propose(c.id, 500_000); // ¥5,000 from an agent: supervisor endorses, manager approves
    expect(res.body.chain.map((s: any) => s.role)).toEqual(['supervisor', 'manager']);
    const endorsed = await ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 });
    expect(endorsed.body).toMatchObject({ status: 'pending_approval', pendingStep: { role: 'manager', index: 1 } });
    expect(endorsed.body.decisions[0]).toMatchObject({ kind: 'endorse' });
    const approved = await ctx.as('manager', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 1 });
    expect(approved.body.status).toBe('approved');
    const kinds = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.map((e: any) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['remedy_endorsed', 'remedy_approved']));
  });

  it('should take a rejection with a comment only, and a customer counter-offer back to 方案待定 without escalating; a refusal escalates', async () => {
    const c = await lostParcel();
    const res = await propose(c.id, 80_000);
    const noComment = await ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'reject', step: 0 }, en);
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.fields).toEqual([{ path: 'comment', message: 'A rejection needs a comment' }]);
    const zh = await ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'reject', step: 0 });
    expect(zh.body.error.fields[0].message).toBe('驳回需要填写意见');
    const rejected = await ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'reject', step: 0, comment: '需要发票' });
    expect(rejected.body.status).toBe('rejected');

    const second = await propose(c.id, 6_000);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${second.body.id}/offer`)).status).toBe(200);
    const counter = await ctx.as('agent', 'POST', `/api/remedies/${second.body.id}/answer`, { answer: 'countered', counterOfferFen: 20_000, note: '客户要求 200 元' });
    expect(counter.body.status).toBe('countered');
    let detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.status).toBe('remedy_proposed');
    expect(detail.body.events.filter((e: any) => e.kind === 'escalated')).toHaveLength(0);

    const third = await propose(c.id, 20_000);
    await ctx.as('agent', 'POST', `/api/remedies/${third.body.id}/offer`);
    const refused = await ctx.as('agent', 'POST', `/api/remedies/${third.body.id}/answer`, { answer: 'rejected', note: '客户不接受' });
    expect(refused.body.status).toBe('declined');
    detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.status).toBe('remedy_proposed');
    expect(detail.body.events.filter((e: any) => e.kind === 'escalated').map((e: any) => e.payload.reason)).toContain('remedy_rejected');
  });

  it('should honour an Idempotency-Key: the same request answers 200 with the same remedy, a different one 422', async () => {
    const c = await lostParcel();
    const key = { 'idempotency-key': `rem-${c.id}` };
    const first = await propose(c.id, 10_000, 'agent', key);
    const again = await propose(c.id, 10_000, 'agent', key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect((await propose(c.id, 10_001, 'agent', key)).status).toBe(422);
  });

  it('should refuse bad input field by field in both languages, never a 500', async () => {
    const c = await lostParcel();
    const bad = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation' }, { kind: 'bribe', amountFen: -1 }] }, en);
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((f: any) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['items.1.kind', 'items.1.amountFen']));
    // Whether a kind carries money is the company's catalogue: checked once the payload is well formed.
    const noAmount = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation' }, { kind: 'apology', amountFen: 5 }] }, en);
    expect(noAmount.body.error.fields).toEqual([
      { path: 'items.0.amountFen', message: 'This remedy item needs an amount' },
      { path: 'items.1.amountFen', message: 'This remedy item carries no amount' },
    ]);
    const zh = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation' }] });
    expect(zh.body.error.fields[0].message).toBe('涉及金额的方案项需要填写金额');
    const delay = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'delay' }, en);
    expect(delay.status).toBe(400);
    expect(delay.body.error.fields[0].path).toBe('promisedDeliveryAt');
    const damage = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'damage', damagedParts: 5, totalParts: 2 });
    expect(damage.status).toBe(400);
    const answer = await ctx.as('agent', 'POST', `/api/remedies/${c.id}/answer`, { answer: 'accepted' }, en);
    expect(answer.status).toBe(400);
    expect(answer.body.error.fields[0].path).toBe('executionDueAt');
    expect((await ctx.as('agent', 'POST', `/api/remedies/${c.id}/offer`)).status).toBe(404);
    // A case not in investigation cannot take a remedy.
    const fresh = await ctx.newCase();
    expect((await propose(fresh.id, 100)).status).toBe(409);
  });

  it('should hide another department’s case from a handler and keep the inbox to approvers', async () => {
    const c = await lostParcel();
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'loss' })).status).toBe(404);
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/remedies`)).status).toBe(404);
    expect((await ctx.as('agent', 'GET', '/api/approvals')).status).toBe(403);
    expect((await ctx.as('dispatch', 'GET', '/api/approvals/count')).status).toBe(403);
  });

  it('should let the administrator edit the authority limits and the policy (validated, audited); new remedies follow', async () => {
    const before = await ctx.as('admin', 'GET', '/api/admin/resolution-settings');
    expect(before.body).toMatchObject({ isDefault: true, authorityLimits: { agent: 20_000, supervisor: 200_000, manager: 2_000_000 } });
    const bad = await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { ...before.body, isDefault: undefined, authorityLimits: { agent: 500_000, handler: 0, supervisor: 200_000, manager: 2_000_000 } }, en);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => f.path)).toContain('authorityLimits.supervisor');
    const body = { compensationPolicy: before.body.compensationPolicy, authorityLimits: { agent: 100_000, handler: 0, supervisor: 200_000, manager: 2_000_000 } };
    const saved = await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, authorityLimits: { agent: 100_000 } });
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=resolution_settings');
    expect(audit.body.items[0].changes.authorityLimits.to.agent).toBe(100_000);
    expect((await ctx.as('supervisor', 'PUT', '/api/admin/resolution-settings', body)).status).toBe(403);

    const c = await lostParcel();
    expect((await propose(c.id, 80_000)).body.status).toBe('approved'); // ¥800 is now within the agent's ¥1,000
    await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { ...body, authorityLimits: { agent: 20_000, handler: 0, supervisor: 200_000, manager: 2_000_000 } });
  });
});

// Two approvers at once: on PostgreSQL (real concurrency; PGlite runs one connection) exactly one wins.
describe.runIf(!!(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL))('two approvers acting at once', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('should let exactly one of them win; the other gets 409', async () => {
    const c = await ctx.newCase({ serviceType: 'inter_province', freightFen: 1_200, insured: false });
    const service = await ctx.departmentId('service');
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service });
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation', amountFen: 80_000 }] });
    const [a, b] = await Promise.all([
      ctx.as('supervisor', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'approve', step: 0 }),
      ctx.as('manager', 'POST', `/api/remedies/${res.body.id}/decisions`, { decision: 'reject', step: 0, comment: '金额过高' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}/remedies`);
    expect(detail.body.items[0].decisions).toHaveLength(1);
  });
});
