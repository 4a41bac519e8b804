import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { cases } from '../cases/case.table.ts';
import type { NotificationService } from '../notifications/notification.service.ts';
import { createSlaService, type SlaService } from './sla.service.ts';
import { slaSweepFailures } from './sla.table.ts';

const at = (s: string) => new Date(s);
const MINUTE = 60_000;

describe('a case the sweeper fails on', () => {
  let ctx: TestContext;
  let now = at('2026-11-02T09:00:00+08:00'); // a Monday
  let sla: SlaService;
  // The notifier fails for one case (say its owner's mailbox is broken) until told otherwise.
  let broken: string | null = null;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
    const real = ctx.services.notifications;
    const notifications: NotificationService = {
      ...real,
      notify: async (tx, ids, n) => {
        if (n.caseId === broken) throw new Error('notifier down');
        return real.notify(tx, ids, n);
      },
    };
    sla = createSlaService({ db: ctx.db, clock: () => now, notifications });
  });
  afterAll(async () => ctx?.close());

  const escalations = async (id: string) =>
    ((await ctx.as('supervisor', 'GET', `/api/cases/${id}`)).body.events as any[]).filter((e) => e.kind === 'escalated');
  const nextActionAt = async (id: string) => (await ctx.db.select({ at: cases.slaNextActionAt }).from(cases).where(eq(cases.id, id)))[0]!.at;
  const failureOf = async (id: string) => (await ctx.db.select().from(slaSweepFailures).where(eq(slaSweepFailures.caseId, id)))[0];

  it('should escalate the other due cases of the batch, record the failure and postpone that case', async () => {
    const bad = await ctx.newCase({ description: '快递员态度不好，说话很冲', category: 'attitude', urgency: 'normal', channel: 'web' });
    now = at('2026-11-02T10:00:00+08:00');
    const others = [
      await ctx.newCase({ description: '快递员态度不好，扔件', category: 'attitude', urgency: 'normal', channel: 'web' }),
      await ctx.newCase({ description: '快递员态度不好，不送上门', category: 'attitude', urgency: 'normal', channel: 'web' }),
    ];
    broken = bad.id;

    // Past every deadline: all three are due in one batch, the broken one first.
    now = at('2026-11-30T10:00:00+08:00');
    const report = await sla.sweepReport(now);
    for (const c of others) expect((await escalations(c.id)).length).toBeGreaterThan(0);
    expect(report.actions.some((a) => a.caseId === bad.id)).toBe(false);
    expect(report.failed).toEqual([{ caseId: bad.id, attempts: 1, error: 'Error: notifier down', retryAt: new Date(now.getTime() + 5 * MINUTE) }]);
    // Its savepoint was rolled back: nothing half done on its timeline.
    expect(await escalations(bad.id)).toEqual([]);
    expect(await failureOf(bad.id)).toMatchObject({ attempts: 1, error: 'Error: notifier down', firstFailedAt: now, lastAttemptAt: now });
    expect(await nextActionAt(bad.id)).toEqual(new Date(now.getTime() + 5 * MINUTE));

    // The next tick passes it by until its back-off is over, then tries again and backs off longer.
    expect((await sla.sweepReport(now)).failed).toEqual([]);
    now = new Date(now.getTime() + 6 * MINUTE);
    const again = await sla.sweepReport(now);
    expect(again.failed.map((f) => [f.caseId, f.attempts])).toEqual([[bad.id, 2]]);
    expect(await nextActionAt(bad.id)).toEqual(new Date(now.getTime() + 10 * MINUTE));
    expect((await sla.sweepFailures()).total).toBe(1);

    // Once the cause is gone the case is escalated like the others and its failure record goes.
    broken = null;
    now = new Date(now.getTime() + 11 * MINUTE);
    const healed = await sla.sweepReport(now);
    expect(healed.failed).toEqual([]);
    expect((await escalations(bad.id)).length).toBeGreaterThan(0);
    expect(await failureOf(bad.id)).toBeUndefined();
  });
});
