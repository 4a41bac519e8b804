import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

const en = { 'accept-language': 'en' };

describe('carriers, suppliers and outlets as company data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('should let the administrator add one with its contract terms, list it for any signed-in staff, and audit it', async () => {
    const res = await ctx.as('admin', 'POST', '/api/admin/partners', {
      kind: 'carrier',
      name: '中联速递',
      contactName: '理赔专员 何先生',
      contactPhone: '400-800-1234',
      contactEmail: 'claims@zhonglian.example',
      compensationTerms: '未保价快件按运费 5 倍以内赔偿；保价快件按声明价值赔偿',
      claimMultiple: 5,
      claimCapFen: 200_000,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'carrier', name: '中联速递', contactPhone: '4008001234', claimMultiple: 5, claimCapFen: 200_000, active: true });

    const list = await ctx.as('dispatch', 'GET', '/api/partners?kind=carrier');
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: any) => p.name)).toContain('中联速递');

    const audit = await ctx.as('admin', 'GET', `/api/admin/audit?entity=partner&entityId=${res.body.id}`);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ action: 'created', entity: 'partner' });
    expect(audit.body.items[0].changes.name).toEqual({ to: '中联速递' });
  });

  it('should edit and deactivate one: pickers stop offering it, the admin list keeps it, each change audited', async () => {
    const created = await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'supplier', name: '鲜源农产品' });
    const id = created.body.id as string;
    const edit = await ctx.as('admin', 'PATCH', `/api/admin/partners/${id}`, { compensationTerms: '质量问题由供应商承担货款及运费', claimMultiple: 1.5 });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ compensationTerms: '质量问题由供应商承担货款及运费', claimMultiple: 1.5 });
    const off = await ctx.as('admin', 'PATCH', `/api/admin/partners/${id}`, { active: false });
    expect(off.body.active).toBe(false);

    const picker = await ctx.as('agent', 'GET', '/api/partners');
    expect(picker.body.items.map((p: any) => p.id)).not.toContain(id);
    const all = await ctx.as('admin', 'GET', '/api/partners?includeInactive=true');
    expect(all.body.items.find((p: any) => p.id === id)).toMatchObject({ active: false });

    const audit = await ctx.as('admin', 'GET', `/api/admin/audit?entity=partner&entityId=${id}`);
    expect(audit.body.items.map((e: any) => e.action)).toEqual(['deactivated', 'updated', 'created']);
  });

  it('should refuse bad input field by field in both languages, never a 500', async () => {
    const bad = await ctx.as(
      'admin',
      'POST',
      '/api/admin/partners',
      { kind: 'airline', name: ' ', contactPhone: '12', contactEmail: 'nope', claimMultiple: -1, claimCapFen: 1.5 },
      en,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.fields.map((f: any) => f.path).sort()).toEqual(['claimCapFen', 'claimMultiple', 'contactEmail', 'contactPhone', 'kind', 'name']);
    const zh = await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'carrier', name: 'x', contactPhone: '12' });
    expect(zh.body.error.fields[0]).toMatchObject({ path: 'contactPhone', message: '请输入有效的中国大陆手机号或固定电话' });
    const unknownField = await ctx.as('admin', 'PATCH', `/api/admin/partners/00000000-0000-4000-8000-000000000000`, { kind: 'outlet' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.fields[0].path).toBe('kind');
    const missing = await ctx.as('admin', 'PATCH', `/api/admin/partners/00000000-0000-4000-8000-000000000000`, { name: 'x' });
    expect(missing.status).toBe(404);
  });

  it('should answer 409 on the name field for a second partner of the same kind and name (create and rename)', async () => {
    await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'outlet', name: '张江网点' });
    const again = await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'outlet', name: '张江网点' }, en);
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toEqual([{ path: 'name', message: 'A partner of this kind already has this name' }]);
    // Another kind may share the name.
    expect((await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'carrier', name: '张江网点' })).status).toBe(201);
    const other = await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'outlet', name: '金桥网点' });
    const rename = await ctx.as('admin', 'PATCH', `/api/admin/partners/${other.body.id}`, { name: '张江网点' });
    expect(rename.status).toBe(409);
  });
});
