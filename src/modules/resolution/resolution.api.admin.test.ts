import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const en = { 'accept-language': 'en' };
const zh = { 'accept-language': 'zh-CN' };

describe('admin: compensation rules, remedy catalogue, evidence checklists', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  const settings = async () => (await ctx.as('admin', 'GET', '/api/admin/resolution-settings')).body;
  const audit = async (entity: string) => (await ctx.as('admin', 'GET', `/api/admin/audit?entity=${entity}`)).body.items;

  async function investigating(overrides: Record<string, unknown> = {}) {
    const c = await ctx.newCase({ serviceType: 'inter_province', freightFen: 1_200, insured: false, ...overrides });
    const service = await ctx.departmentId('service');
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service });
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    return c;
  }

  it('should give the preset’s defaults with every rule’s number and source', async () => {
    const res = await ctx.as('admin', 'GET', '/api/admin/resolution-settings/defaults');
    expect(res.status).toBe(200);
    expect(res.body.preset).toBe('express');
    expect(res.body.compensationPolicy.uninsuredFeeMultiple).toEqual({ enabled: true, feeMultiple: 5 });
    const rule11 = res.body.rules.find((r: any) => r.code === 'uninsuredFeeMultiple');
    expect(rule11.domainRules).toContain(11);
    expect(rule11.basis).toMatch(/5 倍运费/);
    expect(res.body.remedyCatalogue.map((e: any) => e.kind)).toHaveLength(11);
  });

  it('should preview an edited, unsaved multiple naming rule 11, and map a bad number onto its field in zh and en', async () => {
    const s = await settings();
    const policy = { ...s.compensationPolicy, uninsuredFeeMultiple: { enabled: true, feeMultiple: 7 } };
    const body = { compensationPolicy: policy, facts: { serviceType: 'inter_province', freightFen: 1_200, insured: false }, incident: { kind: 'loss' } };
    const preview = await ctx.as('admin', 'POST', '/api/admin/resolution-settings/preview', body);
    expect(preview.status).toBe(200);
    expect(preview.body.totalFen).toBe(8_400);
    expect(preview.body.lines[0].rule).toMatchObject({ code: 'uninsuredFeeMultiple', domainRules: [11, 7] });
    // Nothing was saved.
    expect((await settings()).compensationPolicy.uninsuredFeeMultiple.feeMultiple).toBe(5);

    const bad = { ...body, compensationPolicy: { ...policy, uninsuredFeeMultiple: { enabled: true, feeMultiple: 5.555 } } };
    const inEn = await ctx.as('admin', 'POST', '/api/admin/resolution-settings/preview', bad, en);
    expect(inEn.status).toBe(400);
    expect(inEn.body.error.fields).toContainEqual({ path: 'compensationPolicy.uninsuredFeeMultiple.feeMultiple', message: 'A multiple has at most two decimals' });
    const inZh = await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { compensationPolicy: bad.compensationPolicy, authorityLimits: s.authorityLimits }, zh);
    expect(inZh.body.error.fields).toContainEqual({ path: 'compensationPolicy.uninsuredFeeMultiple.feeMultiple', message: '倍数最多两位小数' });
    const window = await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', {
      compensationPolicy: { ...s.compensationPolicy, threeGuarantees: { enabled: true, choiceWindowDays: 10, exchangeWindowDays: 5 } },
      authorityLimits: { ...s.authorityLimits, supervisor: s.authorityLimits.agent },
    }, zh);
    expect(window.body.error.fields).toEqual(expect.arrayContaining([
      { path: 'compensationPolicy.threeGuarantees.exchangeWindowDays', message: '换货期限不能短于可选退换修期限' },
      { path: 'authorityLimits.supervisor', message: '须高于客服的权限额度' },
    ]));
    // A sample without the fact a rule needs names it on the sample.
    const missing = await ctx.as('admin', 'POST', '/api/admin/resolution-settings/preview', { ...body, incident: { kind: 'delay' } }, en);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('facts.promisedDeliveryAt');
  });

  it('should make the calculator on a case follow a saved number (rule 11), audited', async () => {
    const s = await settings();
    const policy = { ...s.compensationPolicy, uninsuredFeeMultiple: { enabled: true, feeMultiple: 6 } };
    expect((await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { compensationPolicy: policy, authorityLimits: s.authorityLimits })).status).toBe(200);
    const c = await investigating();
    const calc = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies/calculate`, { kind: 'loss' });
    expect(calc.body.totalFen).toBe(7_200);
    expect((await audit('resolution_settings')).length).toBeGreaterThan(0);
    // Back to the defaults for the tests below.
    const defaults = (await ctx.as('admin', 'GET', '/api/admin/resolution-settings/defaults')).body;
    await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { compensationPolicy: defaults.compensationPolicy, authorityLimits: defaults.authorityLimits });
  });

  it('should refuse a disabled remedy kind with a field error, let the catalogue decide on money, and audit the edit', async () => {
    const cat = await ctx.as('agent', 'GET', '/api/remedy-catalogue');
    expect(cat.status).toBe(200);
    expect(cat.body.isDefault).toBe(true);
    // The express preset: a carrier gives no shopping vouchers.
    expect(cat.body.items.find((e: any) => e.kind === 'voucher').enabled).toBe(false);
    const items = cat.body.items.map((e: any) =>
      e.kind === 'resend' ? { ...e, enabled: false } : e.kind === 'search_recover' ? { ...e, carriesMoney: true, labelZh: '查件追回' } : e,
    );
    // The order is the company's: search first.
    const reordered = [items.find((e: any) => e.kind === 'search_recover'), ...items.filter((e: any) => e.kind !== 'search_recover')];
    const saved = await ctx.as('admin', 'PUT', '/api/admin/remedy-catalogue', { items: reordered });
    expect(saved.status).toBe(200);
    expect(saved.body.isDefault).toBe(false);
    expect(saved.body.items[0]).toMatchObject({ kind: 'search_recover', labelZh: '查件追回', carriesMoney: true });
    const entries = await audit('remedy_catalogue');
    expect(entries[0].changes).toHaveProperty('resend');

    const c = await investigating();
    const refused = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'apology' }, { kind: 'resend' }] }, en);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([{ path: 'items.1.kind', message: 'This kind of remedy is not offered in the company’s catalogue' }]);
    const noAmount = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'search_recover' }] }, zh);
    expect(noAmount.body.error.fields).toEqual([{ path: 'items.0.amountFen', message: '涉及金额的方案项需要填写金额' }]);
    const ok = await ctx.as('agent', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'search_recover', amountFen: 1_500 }, { kind: 'apology' }] });
    expect(ok.status).toBe(201);
    expect(ok.body.totalFen).toBe(1_500);

    const dup = await ctx.as('admin', 'PUT', '/api/admin/remedy-catalogue', { items: [...reordered.slice(0, 10), reordered[0]] }, en);
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields.map((f: any) => f.path)).toContain('items.10.kind');
  });

  it('should let an administrator edit a category’s evidence checklist, keep a case’s marks on a removed item, and restore the preset', async () => {
    const list = await ctx.as('admin', 'GET', '/api/admin/evidence-checklists');
    expect(list.status).toBe(200);
    const damage = list.body.items.find((x: any) => x.category === 'damage');
    expect(damage.isDefault).toBe(true);
    expect(damage.items.map((i: any) => i.code)).toEqual(['parcel_photos', 'item_photos', 'waybill_track', 'dispatch_record']);

    const c = await investigating({ category: 'damage' });
    const marked = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'dispatch_record', notApplicableReason: '同城直送, 无出库' });
    expect(marked.status).toBe(200);

    const items = [
      { code: 'parcel_photos', zh: '外包装照片(六面)', en: 'Photos of the parcel (six sides)', required: true },
      { code: 'item_photos', zh: '物品照片', en: 'Photos of the item', required: true },
      { code: 'repair_quote', zh: '维修报价', en: 'Repair quote', required: false },
    ];
    const saved = await ctx.as('admin', 'PUT', '/api/admin/evidence-checklists/damage', { items });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, items });
    expect((await audit('evidence_checklist'))[0]).toMatchObject({ entityId: 'damage', action: 'updated' });

    const overview = (await ctx.as('agent', 'GET', `/api/cases/${c.id}/investigation`)).body;
    expect(overview.checklist.map((i: any) => [i.code, i.labelZh, i.required, i.retired])).toEqual([
      ['parcel_photos', '外包装照片(六面)', true, false],
      ['item_photos', '物品照片', true, false],
      ['repair_quote', '维修报价', false, false],
      // Removed from the checklist, but this case marked it: kept, with its mark.
      ['dispatch_record', '仓库出库记录', false, true],
    ]);
    expect(overview.checklist[3]).toMatchObject({ done: true, notApplicableReason: '同城直送, 无出库' });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'repair_quote', notApplicableReason: '整件更换' })).status).toBe(200);
    const gone = await ctx.as('agent', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'waybill_track', notApplicableReason: 'x' });
    expect(gone.status).toBe(400);

    const bad = await ctx.as('admin', 'PUT', '/api/admin/evidence-checklists/damage', { items: [items[0], { ...items[1], code: 'parcel_photos' }, { ...items[2], code: 'Bad Code' }] }, zh);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual(expect.arrayContaining([
      { path: 'items.1.code', message: '证据项编码重复' },
      { path: 'items.2.code', message: '编码只能由小写字母、数字和下划线组成' },
    ]));
    expect((await ctx.as('admin', 'PUT', '/api/admin/evidence-checklists/no_such_category', { items: [] })).status).toBe(400);

    const restored = await ctx.as('admin', 'DELETE', '/api/admin/evidence-checklists/damage');
    expect(restored.status).toBe(200);
    expect(restored.body.isDefault).toBe(true);
    expect(restored.body.items.map((i: any) => i.code)).toEqual(['parcel_photos', 'item_photos', 'waybill_track', 'dispatch_record']);
    const after = (await ctx.as('agent', 'GET', `/api/cases/${c.id}/investigation`)).body;
    expect(after.checklist.find((i: any) => i.code === 'repair_quote')).toMatchObject({ retired: true, done: true });
  });
});
