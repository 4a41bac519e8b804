import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import type { Actor } from '../../shared/actor.ts';
import { createPartnerService } from '../partners/partner.service.ts';
import { createClaimService, type ClaimRecoveryPort } from './claim.service.ts';

// Seed 004 (由物流公司按照合同约定进行赔偿), DOMAIN-RULES rule 7 (insured → declared value), rule 8 (the responsibility
// decision names the liable party claimed against), rule 11 (uninsured → a per-carrier multiple of the fee).
const en = { 'accept-language': 'en' };

describe('recovery claims 追偿 against the carrier responsible', () => {
  let ctx: TestContext;
  let carrierId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const p = await ctx.as('admin', 'POST', '/api/admin/partners', {
      kind: 'carrier',
      name: '追偿快运',
      compensationTerms: '未保价快件按运费 5 倍赔偿，单票最高 500 元',
      claimMultiple: 5,
      claimCapFen: 50_000,
    });
    expect(p.status).toBe(201);
    carrierId = p.body.id;
  });
  afterAll(async () => ctx?.close());

  /** The acceptance case: a lost uninsured ¥12 parcel; ¥800 proven, approved, accepted; the carrier is responsible. */
  async function resolvedLoss(opts: { freightFen?: number; insured?: boolean; declaredValueYuan?: number; responsible?: boolean } = {}) {
    const c = await ctx.newCase({
      serviceType: 'inter_province',
      freightFen: opts.freightFen ?? 1_200,
      insured: opts.insured ?? false,
      ...(opts.declaredValueYuan !== undefined ? { declaredValueYuan: opts.declaredValueYuan } : {}),
      goodsName: '羊毛大衣',
    });
    const service = await ctx.departmentId('service');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
    if (opts.responsible !== false) {
      const r = await ctx.as('agent', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'partner', rootCauseText: '干线运输途中丢失', party: 'carrier', partnerId: carrierId });
      expect(r.status).toBe(200);
    }
    const proposed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'apology' }, { kind: 'compensation', amountFen: 80_000 }] });
    expect(proposed.status).toBe(201);
    const id = proposed.body.id as string;
    expect((await ctx.as('supervisor', 'POST', `/api/remedies/${id}/decisions`, { decision: 'approve', step: 0 })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${id}/offer`)).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/remedies/${id}/answer`, { answer: 'accepted', executionDueAt: '2026-12-10T18:00:00+08:00' })).status).toBe(200);
    return c;
  }

  it('should calculate ¥60 by rule 11 from the ¥800 paid, file it once, and walk accepted → paid with the timeline and the list', async () => {
    const c = await resolvedLoss();
    const own = await ctx.as('agent', 'GET', `/api/cases/${c.id}/claims`);
    expect(own.body).toMatchObject({ items: [], canFile: true, blockedBy: null });

    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims/calculate`, {});
    expect(calc.status).toBe(200);
    expect(calc.body).toMatchObject({
      lossFen: 80_000,
      amountFen: 6_000,
      term: 'fee_multiple',
      domainRules: [11],
      source: { kind: 'remedy', items: [{ kind: 'compensation', amountFen: 80_000 }] },
      partner: { id: carrierId, name: '追偿快运', claimMultiple: 5, claimCapFen: 50_000 },
      shipment: { freightFen: 1_200, insured: false },
    });
    expect(calc.body.limits.map((l: any) => [l.term, l.ceilingFen, l.binding])).toEqual([
      ['fee_multiple', 6_000, true],
      ['contract_cap', 50_000, false],
    ]);
    // The calculator writes nothing.
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}/claims`)).body.items).toEqual([]);

    const key = { 'idempotency-key': `claim-${c.id}` };
    const filed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, { note: '附运单轨迹' }, key);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'filed', claimedFen: 6_000, outstandingFen: 6_000, version: 1, partnerName: '追偿快运', caseNumber: c.caseNumber });
    expect(filed.body.basis).toMatchObject({ amountFen: 6_000, term: 'fee_multiple', termTitle: { zh: expect.stringContaining('运费倍数') } });
    const claimId = filed.body.id as string;
    expect(filed.body.next).toEqual([]); // an agent files; supervisors answer

    const retry = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, { note: '附运单轨迹' }, key);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(claimId);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, { note: '另一份' }, key)).status).toBe(422);
    const second = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, {}, en);
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'ALREADY_EXISTS', message: expect.stringContaining('open claim') });

    // Status updates: supervisors and above, on the version seen.
    expect((await ctx.as('agent', 'POST', `/api/claims/${claimId}/status`, { status: 'accepted', version: 1 })).status).toBe(403);
    const tooMuch = await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'accepted', version: 1, agreedFen: 6_001 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.fields[0].path).toBe('agreedFen');
    const notYet = await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 1, recoveredFen: 100 });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.code).toBe('ILLEGAL_TRANSITION');
    const accepted = await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'accepted', version: 1, agreedFen: 5_000, note: '对方认可 50 元' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', agreedFen: 5_000, outstandingFen: 5_000, version: 2, next: ['paid', 'written_off'] });
    const stale = await ctx.as('manager', 'POST', `/api/claims/${claimId}/status`, { status: 'rejected', version: 1, reason: '迟到的操作' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', details: { current: 2 } });

    expect((await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 2 })).status).toBe(400);
    expect((await ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 2, recoveredFen: 5_001 })).status).toBe(400);
    // Two people record the payment at once: one wins, the other is told it is stale.
    const [a, b] = await Promise.all([
      ctx.as('supervisor', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 2, recoveredFen: 4_000 }),
      ctx.as('manager', 'POST', `/api/claims/${claimId}/status`, { status: 'paid', version: 2, recoveredFen: 4_000 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const paid = a.status === 200 ? a : b;
    expect(paid.body).toMatchObject({ status: 'paid', recoveredFen: 4_000, outstandingFen: 0, version: 3, next: [] });

    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events as Array<{ kind: string; payload: any }>;
    const kinds = events.map((e) => e.kind);
    for (const k of ['claim_filed', 'claim_accepted', 'claim_paid']) expect(kinds.filter((x) => x === k)).toHaveLength(1);
    expect(events.find((e) => e.kind === 'claim_paid')!.payload).toMatchObject({ recoveredFen: 4_000, agreedFen: 5_000, partnerName: '追偿快运' });

    // The list 追偿管理: supervisors, managers and the administrator, with totals per partner.
    expect((await ctx.as('agent', 'GET', '/api/claims')).status).toBe(403);
    expect((await ctx.as('dispatch', 'GET', '/api/claims')).status).toBe(403);
    const list = await ctx.as('manager', 'GET', `/api/claims?partnerId=${carrierId}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: any) => x.id)).toContain(claimId);
    expect(list.body.partners).toEqual([
      expect.objectContaining({ partnerId: carrierId, partnerName: '追偿快运', count: 1, claimedFen: 6_000, recoveredFen: 4_000, outstandingFen: 0 }),
    ]);
    expect((await ctx.as('manager', 'GET', '/api/claims?status=paid')).body.items.every((x: any) => x.status === 'paid')).toBe(true);

    // Closed, so a new claim may be filed against the same partner: stated by hand, with its basis.
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, { lossFen: 2_000 })).status).toBe(400);
    const again = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, { lossFen: 2_000, basis: '补发运费' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ claimedFen: 2_000, basis: { term: 'loss', source: { kind: 'explicit', basis: '补发运费' } } });
    const off = await ctx.as('supervisor', 'POST', `/api/claims/${again.body.id}/status`, { status: 'written_off', version: 1, reason: '金额过小，不再追偿' });
    expect(off.body).toMatchObject({ status: 'written_off', outstandingFen: 0 });
    const totals = (await ctx.as('admin', 'GET', `/api/claims?partnerId=${carrierId}`)).body.partners[0];
    expect(totals).toMatchObject({ count: 2, claimedFen: 8_000, recoveredFen: 4_000, outstandingFen: 0 });
  });

  it('rule 7: an insured parcel is claimed up to its declared value; the contract cap binds when lower', async () => {
    const c = await resolvedLoss({ insured: true, declaredValueYuan: 300, freightFen: 2_000 });
    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims/calculate`, {});
    expect(calc.body).toMatchObject({ amountFen: 30_000, term: 'insured_declared_value', domainRules: [7] });
    const capped = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims/calculate`, { lossFen: 70_000, basis: '发票金额' });
    expect(capped.body).toMatchObject({ amountFen: 30_000, term: 'insured_declared_value' });
    const bigInsured = await resolvedLoss({ insured: true, declaredValueYuan: 2_000 });
    expect((await ctx.as('agent', 'POST', `/api/cases/${bigInsured.id}/claims/calculate`, {})).body).toMatchObject({ amountFen: 50_000, term: 'contract_cap' });
  });

  it('should refuse a claim without an external responsibility, and keep other departments’ handlers out', async () => {
    const c = await resolvedLoss({ responsible: false });
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}/claims`)).body).toMatchObject({ canFile: false, blockedBy: 'no_external_responsibility' });
    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims/calculate`, {}, en);
    expect(calc.status).toBe(409);
    expect(calc.body.error.message).toContain('carrier, outlet or supplier');
    // The warehouse handler does not see a case of 客服: 404, as if it did not exist.
    expect((await ctx.as('warehouse', 'POST', `/api/cases/${c.id}/claims/calculate`, {})).status).toBe(404);
    expect((await ctx.as(null, 'GET', '/api/claims')).status).toBe(401);
  });

  it('should hand a payment to the cost ledger port once, in the same transaction, and never again on a retry', async () => {
    const c = await resolvedLoss();
    const filed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, {});
    const calls: Array<Parameters<ClaimRecoveryPort['recordRecovery']>[1]> = [];
    const supervisorId = await ctx.userId('supervisor');
    const actor: Actor = { id: supervisorId, username: 'supervisor', displayName: '主管', role: 'supervisor', departmentId: null };
    const build = (recovery: ClaimRecoveryPort) =>
      createClaimService({
        db: ctx.db,
        clock: () => new Date(),
        cases: ctx.services.cases,
        investigation: ctx.services.investigation,
        resolution: ctx.services.resolution,
        partners: createPartnerService({ db: ctx.db, clock: () => new Date() }),
        recovery,
      });
    // A ledger that fails takes the payment down with it: nothing is half-recorded.
    const failing = build({ recordRecovery: async () => Promise.reject(new Error('ledger down')) });
    await failing.move(actor, filed.body.id, { status: 'accepted', version: 1 });
    await expect(failing.move(actor, filed.body.id, { status: 'paid', version: 2, recoveredFen: 6_000 })).rejects.toThrow('ledger down');
    expect((await ctx.as('supervisor', 'GET', `/api/cases/${c.id}/claims`)).body.items[0]).toMatchObject({ status: 'accepted', version: 2 });

    const claims = build({ recordRecovery: async (_tx, entry) => void calls.push(entry) });
    const paid = await claims.move(actor, filed.body.id, { status: 'paid', version: 2, recoveredFen: 6_000, note: '已到账' });
    expect(paid.status).toBe('paid');
    expect(calls).toEqual([{ caseId: c.id, claimId: filed.body.id, amountFen: 6_000, actorId: supervisorId, at: expect.any(Date), note: '已到账' }]);
    await expect(claims.move(actor, filed.body.id, { status: 'paid', version: 2, recoveredFen: 6_000, note: '已到账' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(calls).toHaveLength(1);
  });

  it('keeps what was filed: the amount and basis cannot be changed, and a claim cannot be deleted (trigger)', async () => {
    const c = await resolvedLoss();
    const filed = await ctx.as('agent', 'POST', `/api/cases/${c.id}/claims`, {});
    await expect(ctx.db.execute(sql`update claims set claimed_fen = 1 where id = ${filed.body.id}`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from claims where id = ${filed.body.id}`)).rejects.toThrow();
    await ctx.db.execute(sql`update claims set note = 'ok' where id = ${filed.body.id}`);
  });
});
