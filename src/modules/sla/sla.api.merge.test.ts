import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { cases } from '../cases/case.table.ts';
import { caseClockEvents } from './sla.table.ts';

const at = (s: string) => new Date(s);
const CLOCK_KINDS = ['sla_warning', 'sla_breached', 'escalated'];

describe('a merged case stops its clocks', () => {
  let ctx: TestContext;
  let now = at('2026-11-02T10:00:00+08:00'); // a Monday
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now, autoRoute: true });
  });
  afterAll(async () => ctx?.close());

  it('should stop every clock of the merged case in the merge, so the sweeper never warns or escalates it', async () => {
    const kept = await ctx.newCase({ description: '快递员态度不好，说话很冲', category: 'attitude', urgency: 'normal', channel: 'web' });
    const duplicate = await ctx.newCase({ description: '快递员态度不好，又打电话来', category: 'attitude', urgency: 'normal', channel: 'web' });
    expect(duplicate.sla.nextDueAt).not.toBeNull();

    now = at('2026-11-02T10:30:00+08:00');
    const merged = await ctx.as('supervisor', 'POST', `/api/cases/${duplicate.id}/merge`, { intoId: kept.id, reason: '同一投诉重复来电' });
    expect(merged.body).toMatchObject({ status: 'merged' });
    expect(merged.body.status).toBe('merged');
    // In the merge's own transaction: the log says every running clock stopped, and nothing is due any more.
    const log = await ctx.db.select().from(caseClockEvents).where(eq(caseClockEvents.caseId, duplicate.id));
    const started = new Set(log.filter((e) => e.type === 'started').map((e) => e.target));
    const ended = new Set(log.filter((e) => e.type === 'stopped' || e.type === 'met').map((e) => e.target));
    expect([...started].filter((t) => !ended.has(t))).toEqual([]);
    const [row] = await ctx.db.select({ next: cases.slaNextActionAt }).from(cases).where(eq(cases.id, duplicate.id));
    expect(row!.next).toBeNull();

    // Weeks later, past every deadline: the kept case is escalated, the merged one is left alone.
    now = at('2026-11-30T10:00:00+08:00');
    expect((await ctx.as('admin', 'POST', '/api/admin/sweep')).status).toBe(200);
    const keptView = (await ctx.as('supervisor', 'GET', `/api/cases/${kept.id}`)).body;
    expect(keptView.events.some((e: any) => e.kind === 'escalated')).toBe(true);
    const mergedView = (await ctx.as('supervisor', 'GET', `/api/cases/${duplicate.id}`)).body;
    expect(mergedView.events.filter((e: any) => CLOCK_KINDS.includes(e.kind))).toEqual([]);
    expect(mergedView.sla.targets.every((t: any) => t.status === 'stopped' || t.status === 'met')).toBe(true);
  });
});
