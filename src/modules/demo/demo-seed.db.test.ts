import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { seedDemoCases } from './demo-seed.ts';

const NOW = new Date('2026-11-20T10:00:00+08:00');

describe('demo seed replays the past in time order', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => NOW });
    await seedDemoCases(ctx.db, { timezone: 'Asia/Shanghai', count: 60, now: NOW });
    // The replay closes cases through their satisfaction callbacks too; on a loaded machine it takes a while.
  }, 300_000);
  afterAll(async () => ctx?.close());

  it('should escalate when the time limits ran out, spread over the past, once per deadline and level', async () => {
    const res = await ctx.as('manager', 'GET', '/api/escalations?open=false&limit=500');
    expect(res.status).toBe(200);
    const items: Array<{ caseId: string; target: string | null; level: number; reason: string; at: string }> = res.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBe(res.body.summary.total);
    // Not all at the moment of seeding: the sweeper ran as the simulated days passed.
    expect(new Set(items.map((e) => e.at.slice(0, 13))).size).toBeGreaterThan(5);
    expect(items.every((e) => new Date(e.at) <= NOW)).toBe(true);
    // A missed deadline climbs its own ladder once; an immediate escalation (critical, reopened …) is another event.
    const keys = items.map((e) => `${e.caseId}|${e.target}|${e.level}|${e.reason}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should record each escalation after its breach, and leave nothing due behind', async () => {
    const cases = (await ctx.as('manager', 'GET', '/api/cases?limit=200')).body.items as Array<{ id: string }>;
    expect(cases).toHaveLength(60);
    for (const c of cases.slice(0, 20)) {
      const events = (await ctx.as('manager', 'GET', `/api/cases/${c.id}`)).body.events as Array<{ kind: string; createdAt: string; payload: any }>;
      for (const e of events.filter((x) => x.kind === 'escalated' && x.payload.reason === 'breach')) {
        const breach = events.find((x) => x.kind === 'sla_breached' && x.payload.target === e.payload.target);
        expect(breach).toBeDefined();
        expect(new Date(e.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(breach!.createdAt).getTime());
      }
      // The timeline is in time order although the cases were replayed interleaved.
      const times = events.map((x) => new Date(x.createdAt).getTime());
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
    expect(await ctx.services.sla.sweep(NOW)).toEqual([]);
  });

  // Issue 11 item 12: the demo company's past looks like a working team's, so the KPIs built on it are believable.
  it('should look like a working team: few escalated, most acknowledged in time, only the newest unassigned, every status shown', async () => {
    const cases = (await ctx.as('manager', 'GET', '/api/cases?limit=200')).body.items as Array<Record<string, any>>;
    const escalations = (await ctx.as('manager', 'GET', '/api/escalations?open=false&limit=500')).body.items as Array<{ caseId: string }>;
    const escalated = new Set(escalations.map((e) => e.caseId));
    expect(escalated.size / cases.length).toBeLessThanOrEqual(0.25);
    expect(escalations.length).toBeLessThanOrEqual(cases.length);
    const ack = cases.map((c) => c.sla?.targets.find((t: any) => t.target === 'acknowledge')).filter(Boolean);
    const ackInTime = ack.filter((t: any) => t.status === 'met' && t.breachedAt === null);
    expect(ackInTime.length / cases.length).toBeGreaterThanOrEqual(0.8);
    const resolved = cases.filter((c) => ['resolved', 'follow_up', 'closed'].includes(c.status));
    const resolvedInTime = resolved.filter((c) => !c.sla?.targets.find((t: any) => t.target === 'resolution')?.breachedAt);
    expect(resolvedInTime.length / resolved.length).toBeGreaterThanOrEqual(0.8);
    // Unassigned: at most ten, and only among the newest cases.
    const unassigned = cases.filter((c) => c.departmentId === null && !['rejected', 'merged'].includes(c.status));
    expect(unassigned.length).toBeLessThanOrEqual(10);
    const byAge = [...cases].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
    const newest = new Set(byAge.slice(0, Math.max(10, Math.ceil(cases.length * 0.15))).map((c) => c.id));
    expect(unassigned.every((c) => newest.has(c.id))).toBe(true);
    const statuses = new Set(cases.map((c) => c.status));
    for (const s of ['registered', 'acknowledged', 'assigned', 'investigating', 'remedy_proposed', 'awaiting_customer', 'executing', 'resolved', 'follow_up', 'closed', 'rejected']) {
      expect(statuses.has(s), s).toBe(true);
    }
  });

  it('should show numbers on the accountability page on first start: responsibility decided, rewards and penalties', async () => {
    const res = await ctx.as('manager', 'GET', '/api/accountability/summary?from=2026-09-01&to=2026-11-20');
    expect(res.status).toBe(200);
    expect(res.body.departments.length).toBeGreaterThan(1);
    expect(res.body.departments.some((d: any) => d.responsibleCases > 0)).toBe(true);
    expect(res.body.persons.some((p: any) => p.penalties > 0)).toBe(true);
    expect(res.body.persons.some((p: any) => p.rewardFen > 0)).toBe(true);
    const records = (await ctx.as('manager', 'GET', '/api/accountability/records')).body.items as Array<{ caseId: string | null }>;
    expect(records.filter((r) => r.caseId !== null).length).toBeGreaterThan(0);
  });

  it('should show the callback queue and the satisfaction figures with real numbers on first start', async () => {
    const queue = await ctx.as('agent', 'GET', '/api/callbacks?bucket=done');
    expect(queue.body.counts.done).toBeGreaterThan(10);
    expect(queue.body.counts.overdue + queue.body.counts.dueToday + queue.body.counts.upcoming).toBeGreaterThan(0);
    const stats = await ctx.as('manager', 'GET', '/api/callbacks/stats?from=2026-01-01&to=2026-11-20');
    expect(stats.body.answered).toBeGreaterThan(10);
    expect(stats.body.unreachable).toBeGreaterThan(0);
    // A realistic spread: mostly satisfied, some neutral, a few dissatisfied (those cases were reopened).
    expect(stats.body.rate.value).toBeGreaterThan(0.6);
    expect(stats.body.rate.value).toBeLessThan(1);
    expect(stats.body.counts.dissatisfied + stats.body.counts.very_dissatisfied).toBeGreaterThan(0);
    // Closed demo cases closed through their callback: none was cancelled by a bare move.
    const cancelled = await ctx.db.execute(sql`SELECT count(*)::int AS n FROM callbacks WHERE status = 'cancelled'`);
    expect((cancelled as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
  });

  it('should leave only the last day of notifications unread', async () => {
    for (const user of ['supervisor', 'manager', 'dispatch']) {
      const res = await ctx.as(user, 'GET', '/api/notifications?limit=200');
      const unread = res.body.items.filter((n: any) => n.readAt === null);
      expect(unread.every((n: any) => NOW.getTime() - new Date(n.createdAt).getTime() <= 24 * 3600_000)).toBe(true);
    }
  });

  it("should fill the outbox viewer: the cases' messages delivered, a few failed with their error, one SMS code", async () => {
    const page = (await ctx.as('admin', 'GET', '/api/admin/outbox?limit=200')).body;
    expect(page.counts.sent).toBeGreaterThan(60);
    expect(page.counts.failed).toBe(3);
    const failed = (await ctx.as('admin', 'GET', '/api/admin/outbox?status=failed')).body.items;
    expect(failed.every((m: any) => m.lastError && m.channel === 'sms')).toBe(true);
    const codes = (await ctx.as('admin', 'GET', '/api/admin/outbox?event=otp')).body.items;
    expect(codes).toHaveLength(1);
    expect(codes[0].body).toContain('386514');
    const events = new Set(page.items.map((m: any) => m.event));
    for (const e of ['received', 'assigned', 'progress_reply', 'resolved']) expect(events).toContain(e);
    // Customers who wrote by email or WeChat hear back there; a few opted out (rule 24) and got nothing more.
    const on = async (q: string) => (await ctx.as('admin', 'GET', `/api/admin/outbox?${q}&limit=1`)).body.items.length;
    expect(await on('channel=email&status=sent')).toBe(1);
    expect(await on('channel=wechat&status=sent')).toBe(1);
    expect(await on('status=suppressed')).toBe(1);
  });

  it('should seed the demo partners and give most shipment cases their facts, naming the partner involved', async () => {
    const partners = (await ctx.as('agent', 'GET', '/api/partners')).body.items as Array<{ name: string; kind: string }>;
    expect(partners.map((p) => p.kind).sort()).toEqual(expect.arrayContaining(['carrier', 'outlet', 'supplier']));
    const cases = (await ctx.as('manager', 'GET', '/api/cases?limit=200')).body.items as Array<Record<string, any>>;
    const withFacts = cases.filter((c) => c.goodsName !== null);
    expect(withFacts.length).toBeGreaterThan(10);
    expect(withFacts.length).toBeLessThan(cases.length);
    for (const c of withFacts) {
      expect(c.itemPriceFen).toBeGreaterThan(0);
      if (c.partnerId) expect(partners.map((p) => p.name)).toContain(c.partnerName);
      if (c.shippedAt && c.promisedDeliveryAt) expect(new Date(c.promisedDeliveryAt).getTime()).toBeGreaterThan(new Date(c.shippedAt).getTime());
    }
    expect(withFacts.some((c) => c.brandCompany && c.deliveryCompany && c.brandCompany !== c.deliveryCompany)).toBe(true);
  });

  // Issue 11 item 12: resolved demo cases carry the real remedy loop, so remedies, approvals, the ledger, claims and
  // budgets are not empty on first start.
  it('should give resolved cases an accepted remedy, approvals by the supervisor, done actions, ledger entries, claims and budgets', async () => {
    const rows = async (q: ReturnType<typeof sql>) => ((await ctx.db.execute(q)) as unknown as { rows: Array<Record<string, any>> }).rows;
    const count = (list: Array<Record<string, any>>) => Object.fromEntries(list.map((r) => [r.k, Number(r.n)]));
    const resolved = await rows(sql`SELECT id FROM cases WHERE status IN ('resolved', 'follow_up', 'closed')`);
    const withAccepted = await rows(sql`SELECT DISTINCT c.id FROM cases c JOIN remedies r ON r.case_id = c.id WHERE c.status IN ('resolved', 'follow_up', 'closed') AND r.status = 'accepted'`);
    expect(resolved.length).toBeGreaterThan(10);
    expect(withAccepted.length / resolved.length).toBeGreaterThanOrEqual(0.9);
    // Every case the demo resolved had its actions done (or failed and retried): none open.
    const open = await rows(sql`SELECT a.id FROM execution_actions a JOIN cases c ON c.id = a.case_id WHERE a.status = 'open' AND c.status IN ('resolved', 'follow_up', 'closed')`);
    expect(open).toEqual([]);
    // A remedy before 待客户确认: every case past it has a remedy offered (the lenient guard is never relied on).
    const bare = await rows(sql`SELECT c.id FROM cases c WHERE c.status IN ('awaiting_customer', 'executing', 'resolved', 'follow_up', 'closed') AND NOT EXISTS (SELECT 1 FROM remedies r WHERE r.case_id = c.id AND r.offered_at IS NOT NULL)`);
    expect(bare).toEqual([]);
    const remedies = count(await rows(sql`SELECT status AS k, count(*) AS n FROM remedies GROUP BY status`));
    expect(remedies.accepted).toBeGreaterThan(10);
    const decisions = count(await rows(sql`SELECT d.actor_role || ':' || d.kind AS k, count(*) AS n FROM remedy_decisions d GROUP BY 1`));
    expect(decisions['supervisor:approve']).toBeGreaterThan(0);
    const actions = count(await rows(sql`SELECT status AS k, count(*) AS n FROM execution_actions GROUP BY status`));
    expect(actions.done).toBeGreaterThan(10);
    const ledger = count(await rows(sql`SELECT kind AS k, count(*) AS n FROM cost_entries GROUP BY kind`));
    expect(Object.keys(ledger).length).toBeGreaterThanOrEqual(4);
    expect(ledger.labour).toBeGreaterThan(0);
    expect(ledger.recovery).toBeGreaterThan(0);
    const recoveries = await rows(sql`SELECT amount_fen FROM cost_entries WHERE kind = 'recovery'`);
    expect(recoveries.every((r) => Number(r.amount_fen) < 0)).toBe(true);
    const claims = count(await rows(sql`SELECT status AS k, count(*) AS n FROM claims GROUP BY status`));
    expect(claims.paid).toBeGreaterThan(0);
    // Everything happened in the replayed past.
    const future = await rows(sql`SELECT id FROM cost_entries WHERE occurred_at > ${NOW.toISOString()}`);
    expect(future).toEqual([]);
    const budgets = await rows(sql`SELECT scope AS k, count(*) AS n FROM cost_budgets GROUP BY scope`);
    expect(count(budgets).company).toBeGreaterThanOrEqual(2);
    expect(count(budgets).category).toBeGreaterThan(0);
    const report = await ctx.as('manager', 'GET', '/api/costs/report?from=2026-08&to=2026-11&by=category');
    expect(report.status).toBe(200);
    expect(report.body.company.filter((m: any) => m.budgetFen !== null).length).toBe(count(budgets).company);
    expect([...report.body.company, ...report.body.rows].some((m: any) => m.status === 'over')).toBe(true);
    console.info('demo seed:', JSON.stringify({ remedies, decisions, actions, ledger, claims, budgets: count(budgets) }));
  });
});
