import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const en = { 'accept-language': 'en' };

// Issue 11, item 1: the shipment or order facts a remedy depends on, both liable parties (rule 8), the
// partner involved and the nature of the complaint (seed 002).
describe('case facts', () => {
  let ctx: TestContext;
  let carrierId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    carrierId = (await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'carrier', name: '中联速递', claimMultiple: 5 })).body.id;
  });
  afterAll(async () => ctx?.close());

  it('should take the facts at intake and show them, with the partner name and the nature of the category', async () => {
    const c = await ctx.newCase({
      category: 'loss',
      shippedAt: '2026-11-20T09:00:00+08:00',
      promisedDeliveryAt: '2026-11-21T18:00:00+08:00',
      serviceType: 'same_city',
      goodsName: '  蓝牙耳机  ',
      quantity: 1,
      itemPriceFen: 29_900,
      freightFen: 1_200,
      insured: false,
      declaredValueYuan: 299,
      brandCompany: '中联速递',
      deliveryCompany: '中联速递浦东张江加盟网点',
      partnerId: carrierId,
    });
    expect(c).toMatchObject({
      shippedAt: '2026-11-20T01:00:00.000Z',
      promisedDeliveryAt: '2026-11-21T10:00:00.000Z',
      serviceType: 'same_city',
      goodsName: '蓝牙耳机',
      quantity: 1,
      itemPriceFen: 29_900,
      freightFen: 1_200,
      insured: false,
      declaredValueYuan: 299,
      brandCompany: '中联速递',
      deliveryCompany: '中联速递浦东张江加盟网点',
      partnerId: carrierId,
      partnerName: '中联速递',
      partnerKind: 'carrier',
      nature: 'operation_error',
    });
    const attitude = await ctx.newCase({ category: 'attitude' });
    expect(attitude.nature).toBe('service_quality');
    const other = await ctx.newCase({ category: 'other' });
    expect(other.nature).toBeNull();
  });

  it('should record an edit of the facts on the updated event, with the partner by name, and keep priority working', async () => {
    const c = await ctx.newCase({ category: 'damage' });
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, {
      version: c.version,
      goodsName: '陶瓷花瓶',
      itemPriceFen: 50_000,
      freightFen: 2_300,
      insured: true,
      declaredValueYuan: 60_000,
      serviceType: 'inter_province',
      shippedAt: '2026-11-18T10:00:00+08:00',
      partnerId: carrierId,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ goodsName: '陶瓷花瓶', itemPriceFen: 50_000, insured: true, partnerName: '中联速递', nature: 'operation_error' });
    // The declared value still feeds the priority score.
    expect(res.body.priorityReasons.map((r: any) => r.factor)).toContain('valuables');
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const updated = detail.body.events.filter((e: any) => e.kind === 'updated').at(-1);
    expect(updated.payload.changes).toMatchObject({
      goodsName: { from: null, to: '陶瓷花瓶' },
      itemPriceFen: { from: null, to: 50_000 },
      insured: { from: null, to: true },
      shippedAt: { from: null, to: '2026-11-18T02:00:00.000Z' },
      partnerId: { from: null, to: carrierId },
      partnerName: { from: null, to: '中联速递' },
    });
    // Clearing a fact is a change too.
    const cleared = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: res.body.version, goodsName: '', partnerId: null });
    expect(cleared.body).toMatchObject({ goodsName: null, partnerId: null, partnerName: null });
  });

  it('should refuse bad facts field by field in both languages, never a 500', async () => {
    const c = await ctx.newCase();
    const bad = await ctx.as(
      'agent',
      'PATCH',
      `/api/cases/${c.id}`,
      { version: c.version, quantity: 0, itemPriceFen: 12.5, freightFen: -1, serviceType: 'abroad', goodsName: 'x'.repeat(201), brandCompany: 'x'.repeat(101), insured: 'yes', shippedAt: 'yesterday' },
      en,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: any) => f.path).sort()).toEqual(
      ['brandCompany', 'freightFen', 'goodsName', 'insured', 'itemPriceFen', 'quantity', 'serviceType', 'shippedAt'].sort(),
    );
    const unknownPartner = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, partnerId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownPartner.status).toBe(400);
    expect(unknownPartner.body.error.fields).toEqual([{ path: 'partnerId', message: '承运商/供应商不存在或已停用' }]);
    const order = await ctx.as(
      'agent',
      'PATCH',
      `/api/cases/${c.id}`,
      { version: c.version, shippedAt: '2026-11-20T10:00:00+08:00', promisedDeliveryAt: '2026-11-19T10:00:00+08:00' },
      en,
    );
    expect(order.status).toBe(400);
    expect(order.body.error.fields).toEqual([{ path: 'promisedDeliveryAt', message: 'The promised delivery time cannot be before the shipping time' }]);
    const intake = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'web',
      customer: { name: 'a', phone: '13800000009' },
      description: '包裹丢失',
      partnerId: '00000000-0000-4000-8000-000000000000',
    });
    expect(intake.status).toBe(400);
    expect(intake.body.error.fields[0].path).toBe('partnerId');
  });

  it('should keep a partner deactivated after it was set, but refuse it on another case', async () => {
    const p = (await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'outlet', name: '金桥网点' })).body.id as string;
    const c = await ctx.newCase({ partnerId: p });
    await ctx.as('admin', 'PATCH', `/api/admin/partners/${p}`, { active: false });
    const keep = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, partnerId: p, goodsName: '文件' });
    expect(keep.status).toBe(200);
    expect(keep.body.partnerName).toBe('金桥网点');
    const other = await ctx.newCase();
    const refused = await ctx.as('agent', 'PATCH', `/api/cases/${other.id}`, { version: other.version, partnerId: p });
    expect(refused.status).toBe(400);
  });

  it('should let the administrator set a category nature and show it on its cases', async () => {
    const res = await ctx.as('admin', 'PATCH', '/api/admin/categories/other', { nature: 'information' });
    expect(res.status).toBe(200);
    expect(res.body.nature).toBe('information');
    const c = await ctx.newCase({ category: 'other' });
    expect(c.nature).toBe('information');
    const bad = await ctx.as('admin', 'PATCH', '/api/admin/categories/other', { nature: 'weather' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('nature');
    await ctx.as('admin', 'PATCH', '/api/admin/categories/other', { nature: null });
  });
});
