// The triage preview answers each caller within what they may see (issue 12): a department handler
// learns nothing of another department's cases or customers from it. This failed before the fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('POST /api/triage/suggest scoped to the caller', () => {
  it("should not show a handler another department's duplicates, repeats or key-customer flag", async () => {
    const phone = '13955550001';
    const waybillNo = 'SF880000000001';
    const c = await ctx.newCase({ customer: { name: '重要客户甲', phone, isKey: true }, waybillNo, category: 'delay' });
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('dispatch') });
    const probe = { text: '快递三天没到，运单号查不到物流信息', phone, waybillNo, category: 'delay' };

    const other = await ctx.as('quality', 'POST', '/api/triage/suggest', probe);
    expect(other.status).toBe(200);
    expect(other.body.duplicates).toEqual([]);
    expect(other.body.repeatCount).toBe(0);
    expect(other.body.priority.reasons.map((r: { factor: string }) => r.factor)).not.toContain('key_customer');
    expect(JSON.stringify(other.body)).not.toContain(c.caseNumber);

    // The lead department and the front desk see the case as before.
    for (const who of ['dispatch', 'agent']) {
      const own = await ctx.as(who, 'POST', '/api/triage/suggest', probe);
      expect(own.body.duplicates.map((d: { caseId: string }) => d.caseId), who).toEqual([c.id]);
      expect(own.body.duplicates[0]).toMatchObject({ caseNumber: c.caseNumber, status: 'assigned' });
      expect(own.body.repeatCount).toBe(1);
      expect(own.body.priority.reasons.map((r: { factor: string }) => r.factor)).toContain('key_customer');
    }
  });

  it('should answer a waybill or phone with a NUL character with 400 or an empty answer, never 500', async () => {
    for (const body of [{ text: '没到', waybillNo: 'SF1\u00002' }, { text: '没到', phone: '1380000\u00000000' }, { text: '没到\u0000', store: 'a\u0000' }]) {
      const res = await ctx.as('agent', 'POST', '/api/triage/suggest', body);
      expect([200, 400], JSON.stringify(body)).toContain(res.status);
    }
  });
});
