import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { createDomainServices } from '../../services.ts';

// Retraining is background work (docs/decisions/010): it is due after N confirmations since the last
// model, counted from an index, and two workers never train at once.
describe('classifier retraining in the background', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  const models = async () => {
    const r = (await ctx.db.execute(sql`select count(*)::int as n from classifier_models`)) as unknown as { rows: Array<{ n: number }> };
    return r.rows[0]!.n;
  };
  const confirmOne = async (i: number) =>
    ctx.newCase({ category: i % 2 ? 'delay' : 'damage', description: i % 2 ? `快递一直没到 ${i}` : `外箱压坏了，里面的杯子碎了 ${i}` });

  it('should train once N categories are confirmed since the last model, and not again until N more are', async () => {
    const before = await models();
    for (let i = 0; i < 19; i++) await confirmOne(i);
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(false);
    await confirmOne(19);
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(true);
    expect(await models()).toBe(before + 1);
    // The twenty are in the model now: nothing new, nothing to do.
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(false);
    // A case created without a category and not corrected is no confirmation.
    for (let i = 0; i < 20; i++) await ctx.newCase({ description: `没有分类的投诉 ${i}` });
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(false);
    // An agent's correction of an existing case is one.
    const c = await ctx.newCase({ description: '包裹被淋湿了' });
    for (let i = 0; i < 19; i++) await confirmOne(100 + i);
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(false);
    const fixed = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, category: 'damage' });
    expect(fixed.status).toBe(200);
    expect(await ctx.services.triage.retrainIfDue(20)).toBe(true);
    expect(await models()).toBe(before + 2);
  });

  // Two workers need two connections: on PGlite they would only take turns.
  const onPglite = !(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
  it.skipIf(onPglite)('should let only one of two workers train when both find a retraining due at once', async () => {
    for (let i = 0; i < 20; i++) await confirmOne(200 + i);
    const before = await models();
    const second = await ctx.secondConnection();
    try {
      const other = createDomainServices({ db: second.db, clock: () => new Date(), timezone: 'Asia/Shanghai' });
      const results = await Promise.all([ctx.services.triage.retrainIfDue(20), other.triage.retrainIfDue(20)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await models()).toBe(before + 1);
    } finally {
      await second.close();
    }
  });
});
