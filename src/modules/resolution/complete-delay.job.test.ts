import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

// DOMAIN-RULES 10 (彻底延误): a same-city parcel undelivered 3 calendar days after its promised time, any other
// after 7, is treated as lost. The worker's job writes it on the timeline once per open case.
describe('彻底延误 job (rule 10)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  const PROMISED = '2026-11-20T10:00:00.000Z';
  const at = (iso: string) => new Date(iso);
  const flags = async (caseId: string) =>
    (await ctx.as('admin', 'GET', `/api/cases/${caseId}`)).body.events.filter((e: any) => e.kind === 'complete_delay_flagged');

  it('should flag a same-city delay once at its instant, never before, and notify the owner (rule 10)', async () => {
    const c = await ctx.newCase({ category: 'delay', serviceType: 'same_city', promisedDeliveryAt: PROMISED });
    // One minute before promised + 3 days: not yet.
    expect(await ctx.services.completeDelay.sweep(at('2026-11-23T09:59:00.000Z'))).not.toContain(c.id);
    expect(await flags(c.id)).toHaveLength(0);
    // Reaching the instant counts.
    expect(await ctx.services.completeDelay.sweep(at('2026-11-23T10:00:00.000Z'))).toContain(c.id);
    // A second run (another worker, a restart) does not flag it again.
    expect(await ctx.services.completeDelay.sweep(at('2026-11-24T10:00:00.000Z'))).not.toContain(c.id);
    const [flag, ...rest] = await flags(c.id);
    expect(rest).toHaveLength(0);
    expect(flag).toMatchObject({ actorId: null, payload: { completeDelayAt: '2026-11-23T10:00:00.000Z', serviceType: 'same_city', thresholdDays: 3 } });
    const inbox = await ctx.as('agent', 'GET', '/api/notifications');
    expect(inbox.body.items.some((n: any) => n.kind === 'complete_delay' && n.caseId === c.id)).toBe(true);

    const queue = await ctx.as('agent', 'GET', '/api/cases?completeDelay=true');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((x: any) => x.id)).toContain(c.id);
  });

  it('should wait 7 days for an inter-province parcel (rule 10)', async () => {
    const c = await ctx.newCase({ category: 'delay', serviceType: 'inter_province', promisedDeliveryAt: PROMISED });
    expect(await ctx.services.completeDelay.sweep(at('2026-11-26T10:00:00.000Z'))).not.toContain(c.id);
    expect(await ctx.services.completeDelay.sweep(at('2026-11-27T10:00:00.000Z'))).toContain(c.id);
  });

  it('should not flag a closed case, nor a case of another category', async () => {
    const closed = await ctx.newCase({ category: 'delay', serviceType: 'same_city', promisedDeliveryAt: PROMISED });
    const moved = await ctx.as('agent', 'POST', `/api/cases/${closed.id}/transitions`, { to: 'rejected', reason: '重复投诉' });
    expect(moved.status).toBe(200);
    const other = await ctx.newCase({ category: 'damage', serviceType: 'same_city', promisedDeliveryAt: PROMISED });
    const flagged = await ctx.services.completeDelay.sweep(at('2026-12-01T10:00:00.000Z'));
    expect(flagged).not.toContain(closed.id);
    expect(flagged).not.toContain(other.id);
    expect(await flags(closed.id)).toHaveLength(0);
    const queue = await ctx.as('agent', 'GET', '/api/cases?completeDelay=true');
    expect(queue.body.items.map((x: any) => x.id)).not.toContain(closed.id);
  });

  it('should flag each case once when two workers sweep at the same time', async () => {
    const c = await ctx.newCase({ category: 'delay', serviceType: 'same_city', promisedDeliveryAt: '2026-11-25T10:00:00.000Z' });
    const now = at('2026-11-29T10:00:00.000Z');
    const [a, b] = await Promise.all([ctx.services.completeDelay.sweep(now), ctx.services.completeDelay.sweep(now)]);
    expect([...a, ...b].filter((id) => id === c.id)).toHaveLength(1);
    expect(await flags(c.id)).toHaveLength(1);
  });

  it('should follow the company’s edited days and not flag while the rule is off', async () => {
    const settings = (await ctx.as('admin', 'GET', '/api/admin/resolution-settings')).body;
    const policy = { ...settings.compensationPolicy, completeDelay: { enabled: false, sameCityDays: 2, otherDays: 7 } };
    expect((await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { compensationPolicy: policy, authorityLimits: settings.authorityLimits })).status).toBe(200);
    const c = await ctx.newCase({ category: 'delay', serviceType: 'same_city', promisedDeliveryAt: '2026-11-28T10:00:00.000Z' });
    expect(await ctx.services.completeDelay.sweep(at('2026-11-30T10:00:00.000Z'))).toEqual([]);
    policy.completeDelay.enabled = true;
    await ctx.as('admin', 'PUT', '/api/admin/resolution-settings', { compensationPolicy: policy, authorityLimits: settings.authorityLimits });
    expect(await ctx.services.completeDelay.sweep(at('2026-11-30T09:59:00.000Z'))).not.toContain(c.id);
    expect(await ctx.services.completeDelay.sweep(at('2026-11-30T10:00:00.000Z'))).toContain(c.id);
  });
});
