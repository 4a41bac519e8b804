import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { AppError } from '../../shared/errors.ts';
import { cases } from '../cases/case.table.ts';
import { EXPRESS_PRESET } from '../presets/express.ts';
import { SUPERMARKET_PRESET } from '../presets/supermarket.ts';
import { ensureConfiguration } from '../admin/preset-application.service.ts';
import { companySettings } from '../settings/settings.table.ts';
import { assertCaseTaxonomy, effectivePreset } from './taxonomy.service.ts';
import { causes, stages } from './taxonomy.table.ts';

const now = new Date('2026-12-01T10:00:00+08:00');
const en = { 'accept-language': 'en' };

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('causes, stages and the callback window as company data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  it('should fill them from the preset on first start, and effectivePreset should read them', async () => {
    const list = await ctx.as('admin', 'GET', '/api/admin/causes');
    expect(list.status).toBe(200);
    const active = list.body.items.filter((c: any) => c.active).map((c: any) => c.code);
    expect(active).toEqual(expect.arrayContaining(EXPRESS_PRESET.causes.map((c) => c.code)));
    const carrier = list.body.items.find((c: any) => c.code === 'carrier');
    expect(carrier).toMatchObject({ nameZh: '承运商/合作方原因', nameEn: 'Carrier or partner', responsibility: 'external_partner', active: true });

    const st = await ctx.as('admin', 'GET', '/api/admin/stages');
    expect(st.body.items.filter((s: any) => s.active).map((s: any) => s.code)).toEqual(expect.arrayContaining(EXPRESS_PRESET.stages.map((s) => s.code)));
    expect(st.body.items.find((s: any) => s.code === 'sorting').keywords).toEqual(expect.arrayContaining([{ term: '分拣', weight: 3 }]));

    const window = await ctx.as('admin', 'GET', '/api/admin/callback-window');
    expect(window.body).toEqual({ fromDays: 1, toDays: 3, dayKind: 'working' });

    const preset = await effectivePreset(ctx.db);
    expect(preset.causes.map((c) => c.code)).toEqual(active);
    expect(preset.stages.map((s) => s.code)).toEqual(st.body.items.filter((s: any) => s.active).map((s: any) => s.code));
    expect(preset.callbackWindow).toEqual({ fromDays: 1, toDays: 3, dayKind: 'working' });
  });

  it('should create a cause, show it to agents and to triage, and refuse its code a second time with 409', async () => {
    const body = { code: 'packaging', nameZh: '包装不当', nameEn: 'Poor packaging', definitionZh: '包装材料或方式不足以保护货物', responsibility: 'internal', sortOrder: 5 };
    const created = await ctx.as('admin', 'POST', '/api/admin/causes', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...body, definitionEn: null, active: true });

    const again = await ctx.as('admin', 'POST', '/api/admin/causes', { ...body, nameZh: '另一个' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_EXISTS');
    expect(again.body.error.fields).toEqual([{ path: 'code', message: '编码已存在' }]);
    const againEn = await ctx.as('admin', 'POST', '/api/admin/causes', body, en);
    expect(againEn.body.error.fields).toEqual([{ path: 'code', message: 'This code is taken' }]);
    const stored = await ctx.db.select().from(causes).where(eq(causes.code, 'packaging'));
    expect(stored.map((r) => r.nameZh)).toEqual(['包装不当']);

    const forAgents = await ctx.as('agent', 'GET', '/api/causes');
    expect(forAgents.status).toBe(200);
    expect(forAgents.body.items).toContainEqual({ code: 'packaging', nameZh: '包装不当', nameEn: 'Poor packaging', responsibility: 'internal', active: true });
    // sortOrder 5 puts it first.
    expect((await effectivePreset(ctx.db)).causes[0]).toEqual({ code: 'packaging', nameZh: '包装不当', nameEn: 'Poor packaging', responsibility: 'internal' });
  });

  it('should answer 400 field by field in Chinese and English for bad input, and store nothing', async () => {
    const before = await ctx.db.select().from(causes);
    const bad = { code: 'Bad Code', nameZh: '   ', nameEn: 'x'.repeat(61), responsibility: 'nobody', sortOrder: -1 };
    const zh = await ctx.as('admin', 'POST', '/api/admin/causes', bad);
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe('VALIDATION_FAILED');
    const paths = zh.body.error.fields.map((f: any) => f.path).sort();
    expect(paths).toEqual(['code', 'nameEn', 'nameZh', 'responsibility', 'sortOrder']);
    expect(zh.body.error.fields.find((f: any) => f.path === 'nameZh').message).toBe('不能为空');
    const enRes = await ctx.as('admin', 'POST', '/api/admin/causes', bad, en);
    expect(enRes.status).toBe(400);
    expect(enRes.body.error.fields.find((f: any) => f.path === 'nameZh').message).toBe('Must not be blank');
    expect(enRes.body.error.message).toBe('Some fields are invalid; please check them');

    const missing = await ctx.as('admin', 'POST', '/api/admin/stages', {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: any) => [f.path, f.message]).sort()).toEqual([
      ['code', '必填'],
      ['nameEn', '必填'],
      ['nameZh', '必填'],
    ]);

    const notJson = await ctx.app.inject({
      method: 'POST',
      url: '/api/admin/causes',
      headers: { cookie: await ctx.login('admin'), 'content-type': 'application/json' },
      payload: '{"code":',
    });
    expect(notJson.statusCode).toBe(400);

    const nul = await ctx.as('admin', 'POST', '/api/admin/causes', { code: 'nul_text', nameZh: 'a\u0000b', nameEn: 'x' });
    expect(nul.status).toBe(400);

    const patchBad = await ctx.as('admin', 'PATCH', '/api/admin/causes/carrier', { nameZh: '', active: 'no' });
    expect(patchBad.status).toBe(400);
    expect(patchBad.body.error.fields.map((f: any) => f.path).sort()).toEqual(['active', 'nameZh']);

    expect(await ctx.db.select().from(causes)).toEqual(before);
    const unknown = await ctx.as('admin', 'PATCH', '/api/admin/causes/no_such_cause', { nameZh: '无' });
    expect(unknown.status).toBe(404);
  });

  it('should deactivate a cause: gone from triage and refused on cases, but still named for old cases', async () => {
    const res = await ctx.as('admin', 'PATCH', '/api/admin/causes/packaging', { active: false, definitionZh: '' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 'packaging', active: false, definitionZh: null });
    expect((await effectivePreset(ctx.db)).causes.some((c) => c.code === 'packaging')).toBe(false);
    const forAgents = await ctx.as('agent', 'GET', '/api/causes');
    expect(forAgents.body.items.find((c: any) => c.code === 'packaging')).toMatchObject({ active: false, nameZh: '包装不当' });

    const err = await refusal(assertCaseTaxonomy(ctx.db, { cause: 'packaging', stage: 'nowhere' }));
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual([
      { path: 'stage', message: { zh: '环节不存在或已停用', en: 'Unknown or inactive stage' } },
      { path: 'cause', message: { zh: '原因不存在或已停用', en: 'Unknown or inactive cause' } },
    ]);
    // A case that already carries the code keeps it; null clears it; active codes pass.
    await assertCaseTaxonomy(ctx.db, { cause: 'packaging' }, { cause: 'packaging' });
    await assertCaseTaxonomy(ctx.db, { cause: null, stage: undefined });
    await assertCaseTaxonomy(ctx.db, { cause: 'carrier', stage: 'sorting' });

    const back = await ctx.as('admin', 'PATCH', '/api/admin/causes/packaging', { active: true });
    expect(back.body.active).toBe(true);
    await assertCaseTaxonomy(ctx.db, { cause: 'packaging' });
  });

  it('should create a stage with keywords that the classifier then suggests, and refuse a repeated keyword', async () => {
    const dup = await ctx.as('admin', 'POST', '/api/admin/stages', {
      code: 'cold_store',
      nameZh: '冷库',
      nameEn: 'Cold store',
      keywords: [{ term: '冷库', weight: 3 }, { term: '冷库', weight: 2 }],
    });
    expect(dup.status).toBe(400);
    expect(dup.body.error.fields).toEqual([{ path: 'keywords.1.term', message: '关键词重复' }]);
    expect(await ctx.db.select().from(stages).where(eq(stages.code, 'cold_store'))).toEqual([]);

    const created = await ctx.as('admin', 'POST', '/api/admin/stages', {
      code: 'cold_store',
      nameZh: '冷库',
      nameEn: 'Cold store',
      keywords: [{ term: '冷库', weight: 3 }, { term: '冷藏间', weight: 2.5 }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'cold_store', active: true, sortOrder: 100, definitionZh: null });
    const preset = await effectivePreset(ctx.db);
    expect(preset.stages.find((s) => s.code === 'cold_store')?.keywords).toEqual([{ term: '冷库', weight: 3 }, { term: '冷藏间', weight: 2.5 }]);

    const suggest = await ctx.as('agent', 'POST', '/api/triage/suggest', { text: '我的包裹在冷库里放了三天都没人管' });
    expect(suggest.status).toBe(200);
    expect(suggest.body.stage).toMatchObject({ code: 'cold_store', nameZh: '冷库' });

    const renamed = await ctx.as('admin', 'PATCH', '/api/admin/stages/cold_store', { nameEn: 'Cold room', keywords: [{ term: '冷库', weight: 3 }] });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ nameZh: '冷库', nameEn: 'Cold room', keywords: [{ term: '冷库', weight: 3 }] });
    const dupStage = await ctx.as('admin', 'POST', '/api/admin/stages', { code: 'cold_store', nameZh: '冷库2', nameEn: 'x' });
    expect(dupStage.status).toBe(409);

    const off = await ctx.as('admin', 'PATCH', '/api/admin/stages/cold_store', { active: false });
    expect(off.body.active).toBe(false);
    const after = await ctx.as('agent', 'POST', '/api/triage/suggest', { text: '我的包裹在冷库里放了三天都没人管' });
    expect(after.body.stage?.code).not.toBe('cold_store');
  });

  it('should set the callback window, refuse one that ends before it starts, and keep the old one then', async () => {
    const put = await ctx.as('admin', 'PUT', '/api/admin/callback-window', { fromDays: 2, toDays: 5, dayKind: 'calendar' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ fromDays: 2, toDays: 5, dayKind: 'calendar' });

    const backwards = await ctx.as('admin', 'PUT', '/api/admin/callback-window', { fromDays: 6, toDays: 2, dayKind: 'working' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([{ path: 'toDays', message: '结束天数不能早于开始天数' }]);
    const backwardsEn = await ctx.as('admin', 'PUT', '/api/admin/callback-window', { fromDays: 6, toDays: 2, dayKind: 'working' }, en);
    expect(backwardsEn.body.error.fields).toEqual([{ path: 'toDays', message: 'The window cannot end before it starts' }]);
    const wrong = await ctx.as('admin', 'PUT', '/api/admin/callback-window', { fromDays: -1, toDays: 1.5, dayKind: 'weekly' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.map((f: any) => f.path).sort()).toEqual(['dayKind', 'fromDays', 'toDays']);

    expect((await ctx.as('admin', 'GET', '/api/admin/callback-window')).body).toEqual({ fromDays: 2, toDays: 5, dayKind: 'calendar' });
    expect((await effectivePreset(ctx.db)).callbackWindow).toEqual({ fromDays: 2, toDays: 5, dayKind: 'calendar' });
  });

  it("should replace them with another preset's when it is applied, keeping the old codes inactive", async () => {
    const res = await ctx.as('admin', 'POST', '/api/admin/presets/supermarket/apply');
    expect(res.status).toBe(204);
    const list = (await ctx.as('admin', 'GET', '/api/admin/causes')).body.items as Array<{ code: string; active: boolean }>;
    expect(list.filter((c) => c.active).map((c) => c.code)).toEqual(SUPERMARKET_PRESET.causes.map((c) => c.code));
    expect(list.find((c) => c.code === 'packaging')?.active).toBe(false);
    const st = (await ctx.as('admin', 'GET', '/api/admin/stages')).body.items as Array<{ code: string; active: boolean }>;
    expect(st.filter((s) => s.active).map((s) => s.code)).toEqual(SUPERMARKET_PRESET.stages.map((s) => s.code));
    expect(st.find((s) => s.code === 'cold_store')?.active).toBe(false);
    expect((await ctx.as('admin', 'GET', '/api/admin/callback-window')).body).toEqual({ fromDays: 3, toDays: 7, dayKind: 'calendar' });

    const preset = await effectivePreset(ctx.db);
    expect(preset.code).toBe('supermarket');
    expect(preset.causes).toEqual(SUPERMARKET_PRESET.causes);
    expect(preset.stages).toEqual(SUPERMARKET_PRESET.stages);
    expect(preset.callbackWindow).toEqual(SUPERMARKET_PRESET.callbackWindow);
  });

  it('should backfill an install from before they were stored, from the preset in force and the codes on its cases', async () => {
    const c = await ctx.newCase();
    await ctx.db.update(cases).set({ stage: 'legacy_stage', cause: 'carrier' }).where(eq(cases.id, c.id));
    await ctx.db.delete(causes);
    await ctx.db.delete(stages);
    await ctx.db.delete(companySettings).where(eq(companySettings.key, 'callbackWindow'));

    // Nothing stored: the preset in force still answers.
    expect((await effectivePreset(ctx.db)).causes).toEqual(SUPERMARKET_PRESET.causes);
    await assertCaseTaxonomy(ctx.db, { stage: 'store' });
    await expect(assertCaseTaxonomy(ctx.db, { stage: 'sorting' })).rejects.toThrow(AppError);

    expect(await ensureConfiguration(ctx.db, 'express', { demo: false, now, timezone: 'Asia/Shanghai' })).toBe(false);
    const cs = await ctx.db.select().from(causes);
    expect(cs.filter((r) => r.active).map((r) => r.code).sort()).toEqual(SUPERMARKET_PRESET.causes.map((x) => x.code).sort());
    // carrier is not a supermarket cause, but a case carries it: kept by name, inactive.
    expect(cs.find((r) => r.code === 'carrier')).toMatchObject({ nameZh: '承运商/合作方原因', active: false });
    const ss = await ctx.db.select().from(stages);
    expect(ss.find((r) => r.code === 'legacy_stage')).toMatchObject({ nameZh: 'legacy_stage', active: false });
    expect(ss.filter((r) => r.active).map((r) => r.code).sort()).toEqual(SUPERMARKET_PRESET.stages.map((x) => x.code).sort());
    expect((await ctx.as('admin', 'GET', '/api/admin/callback-window')).body).toEqual({ fromDays: 3, toDays: 7, dayKind: 'calendar' });

    // A second start changes nothing.
    await ctx.as('admin', 'PATCH', '/api/admin/causes/supplier', { nameZh: '供应商问题' });
    await ensureConfiguration(ctx.db, 'express', { demo: false, now, timezone: 'Asia/Shanghai' });
    expect((await ctx.db.select().from(causes).where(eq(causes.code, 'supplier')))[0]?.nameZh).toBe('供应商问题');
  });
});
