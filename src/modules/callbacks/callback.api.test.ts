import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { outboxMessages } from '../notifications/outbox.table.ts';

// Satisfaction callbacks 回访 through the API (seeds 002–004). The clock is moved by hand: Monday
// 2026-11-02 10:00 in Shanghai; the express window is 1–3 working days.
let now = new Date('2026-11-02T02:00:00Z');
const at = (iso: string) => {
  now = new Date(iso);
};
let ctx: TestContext;
let dispatch: string;

beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
  dispatch = await ctx.departmentId('dispatch');
});
afterAll(async () => ctx?.close());

/** A new case taken to resolved the way a handler does (express needs 定责 first). */
async function resolvedCase() {
  const c = await ctx.newCase();
  await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch });
  await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
  await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'process', rootCauseText: '中转交接遗漏', party: 'internal', departmentId: dispatch });
  const res = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已补发' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return c;
}

const callbacksOf = async (caseId: string) => (await ctx.as('agent', 'GET', `/api/cases/${caseId}/callbacks`)).body.items as any[];
const eventsOf = async (caseId: string) => (await ctx.as('agent', 'GET', `/api/cases/${caseId}`)).body.events as any[];
const statusOf = async (caseId: string) => (await ctx.as('agent', 'GET', `/api/cases/${caseId}`)).body.status as string;
const kinds = (events: any[], kind: string) => events.filter((e) => e.kind === kind);
const answer = { reached: true, overall: 'satisfied', result: 'satisfied', attitude: 'very_satisfied', efficiency: 'neutral', comment: '处理得不错' };

describe('scheduling', () => {
  it('should schedule a callback in the resolve, on the working-day calendar (1–3 working days, seed 002)', async () => {
    at('2026-11-06T02:00:00Z'); // Friday
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    expect(cb).toMatchObject({ status: 'pending', earliestOn: '2026-11-09', dueOn: '2026-11-11', attempts: 0, maxAttempts: 3, bucket: 'upcoming', caseNumber: c.caseNumber });
    // Due by the end of the due day in Shanghai.
    expect(cb.dueAt).toBe('2026-11-11T16:00:00.000Z');
    expect(kinds(await eventsOf(c.id), 'callback_scheduled')[0].payload).toMatchObject({ callbackId: cb.id, earliestOn: '2026-11-09', dueOn: '2026-11-11', dayKind: 'working' });
  });

  it('should cancel the old callback and schedule a new one when a reopened case is resolved again (one pending per case)', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const reopen = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating', reason: '客户反映仍未收到' });
    expect(reopen.status).toBe(200);
    let items = await callbacksOf(c.id);
    expect(items.map((x) => x.status)).toEqual(['cancelled']);
    at('2026-11-03T02:00:00Z');
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已再次补发' })).status).toBe(200);
    items = await callbacksOf(c.id);
    expect(items.map((x) => x.status)).toEqual(['pending', 'cancelled']);
    expect(items[0]).toMatchObject({ earliestOn: '2026-11-04', dueOn: '2026-11-06' });
    expect(kinds(await eventsOf(c.id), 'callback_cancelled')[0].payload.cause).toBe('case_moved');
  });
});

describe('the call outcome form', () => {
  it('should list due callbacks in the queue with the customer phone for agents and keep it from handlers', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const tab = async (bucket: string) => (await ctx.as('agent', 'GET', `/api/callbacks?bucket=${bucket}&limit=200`)).body.items.some((x: any) => x.caseId === c.id);
    // Before its window opens it is upcoming; from the window's first day it is today's work (seed 002: 1–3 个工作日内).
    expect([await tab('upcoming'), await tab('due_today')]).toEqual([true, false]);
    const { earliestOn, dueOn } = (await ctx.as('agent', 'GET', '/api/callbacks?bucket=upcoming&limit=200')).body.items.find((x: any) => x.caseId === c.id);
    expect(earliestOn < dueOn).toBe(true);
    at(`${earliestOn}T02:00:00Z`);
    expect([await tab('upcoming'), await tab('due_today')]).toEqual([false, true]);
    at('2026-11-05T02:00:00Z'); // the due day
    const q = await ctx.as('agent', 'GET', '/api/callbacks?bucket=due_today');
    expect(q.status).toBe(200);
    const item = q.body.items.find((x: any) => x.caseId === c.id);
    expect(item).toMatchObject({ bucket: 'due_today', attempts: 0, customer: { name: '测试客户', phoneMasked: false } });
    expect(item.customer.phone).toMatch(/^1390000\d{4}$/);
    expect(q.body.counts.dueToday).toBeGreaterThanOrEqual(1);
    expect((await ctx.as('dispatch', 'GET', '/api/callbacks')).status).toBe(403);
  });

  it('should close the case as unreachable after the configured number of unanswered calls, each attempt on the timeline', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    for (const attempt of [1, 2]) {
      const res = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome?attempt=${attempt}`, { reached: false, note: '无人接听' });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ status: 'pending', attempts: attempt });
    }
    // A retried second attempt records nothing.
    expect((await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome?attempt=2`, { reached: false })).body.attempts).toBe(2);
    const last = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome?attempt=3`, { reached: false, note: '关机' });
    expect(last.body).toMatchObject({ status: 'unreachable', attempts: 3 });
    expect(await statusOf(c.id)).toBe('closed');
    const events = await eventsOf(c.id);
    expect(kinds(events, 'callback_attempted').map((e) => e.payload.attempt)).toEqual([1, 2, 3]);
    expect(kinds(events, 'callback_unreachable')[0].payload).toMatchObject({ attempts: 3 });
    expect(kinds(events, 'status_changed').find((e) => e.toStatus === 'closed').payload.reason).toContain('未能联系到客户');
    // Finished: no more attempts.
    expect((await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, { reached: false })).status).toBe(409);
  });

  it('should use the administrator setting for the attempts, audited', async () => {
    expect((await ctx.as('agent', 'PUT', '/api/admin/callback-settings', { maxAttempts: 1 })).status).toBe(403);
    expect((await ctx.as('admin', 'PUT', '/api/admin/callback-settings', { maxAttempts: 0 })).status).toBe(400);
    expect((await ctx.as('admin', 'PUT', '/api/admin/callback-settings', { maxAttempts: 1 })).body).toEqual({ maxAttempts: 1 });
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=callback_settings');
    expect(JSON.stringify(audit.body)).toContain('callbackMaxAttempts');
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    expect((await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, { reached: false })).body.status).toBe('unreachable');
    await ctx.as('admin', 'PUT', '/api/admin/callback-settings', { maxAttempts: 3 });
  });

  it('should close the case on a satisfied answer with the three ratings on the timeline', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    const res = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, answer);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', channel: 'phone', overall: 'satisfied', attitude: 'very_satisfied', completedByName: expect.any(String) });
    expect(await statusOf(c.id)).toBe('closed');
    expect(kinds(await eventsOf(c.id), 'callback_completed')[0].payload).toMatchObject({ overall: 'satisfied', result: 'satisfied', attitude: 'very_satisfied', efficiency: 'neutral', outcome: 'closed' });
    // The same answer again (a retry) changes nothing.
    expect((await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, answer)).status).toBe(200);
    expect(kinds(await eventsOf(c.id), 'callback_completed')).toHaveLength(1);
  });

  it('should reopen and escalate the case on a dissatisfied answer, saying so (timeline and escalations view)', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    const res = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, { ...answer, overall: 'very_dissatisfied', comment: '赔偿太少' });
    expect(res.status).toBe(200);
    expect(await statusOf(c.id)).toBe('investigating');
    const events = await eventsOf(c.id);
    expect(kinds(events, 'reopened')[0]).toMatchObject({ fromStatus: 'resolved', toStatus: 'investigating' });
    expect(kinds(events, 'escalated')[0].payload).toMatchObject({ reason: 'dissatisfied_callback', role: 'supervisor' });
    const view = await ctx.as('supervisor', 'GET', '/api/escalations');
    expect(view.body.items.find((e: any) => e.caseId === c.id)).toMatchObject({ reason: 'dissatisfied_callback' });
  });

  it('should answer field errors, never a 500, for a bad outcome', async () => {
    const res = await ctx.as('agent', 'POST', `/api/callbacks/00000000-0000-4000-8000-000000000000/outcome`, { reached: true, overall: 'great' });
    expect(res.status).toBe(400);
    expect((await ctx.as('agent', 'POST', `/api/callbacks/00000000-0000-4000-8000-000000000000/outcome`, { reached: false })).status).toBe(404);
  });
});

describe('the survey link and the sweep', () => {
  it('should open the callback on its earliest date (回访中), answer the survey once, and refuse a used, wrong or expired token', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    // Not before 09:00 on the earliest day (Tuesday 2026-11-03 in Shanghai).
    const early = await ctx.services.callbacks.sweep(new Date('2026-11-03T00:30:00Z'));
    expect(early.opened.map((o) => o.callbackId)).not.toContain((await callbacksOf(c.id))[0].id);
    expect(await statusOf(c.id)).toBe('resolved');
    at('2026-11-03T01:30:00Z'); // Tuesday 09:30 in Shanghai
    const swept = await ctx.services.callbacks.sweep(now);
    const [cb] = await callbacksOf(c.id);
    const token = swept.opened.find((o) => o.callbackId === cb.id)!.token;
    expect(await statusOf(c.id)).toBe('follow_up');
    expect(kinds(await eventsOf(c.id), 'callback_opened')).toHaveLength(1);
    // The link went to the customer through the outbox, once; the timeline does not carry it.
    const sentMessages = (await ctx.db.select().from(outboxMessages).where(eq(outboxMessages.caseId, c.id))).filter((m) => m.event === 'survey');
    expect(sentMessages.length).toBeGreaterThanOrEqual(1);
    expect(sentMessages.every((m) => m.body.includes(`/portal/survey/${token}`))).toBe(true);
    expect(JSON.stringify(await eventsOf(c.id))).not.toContain(token);

    const view = await ctx.as(null, 'GET', `/api/portal/survey/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toEqual({ caseNumber: c.caseNumber, category: expect.anything(), resolvedOn: '2026-11-02' });
    expect(JSON.stringify(view.body)).not.toMatch(/1390000|测试客户/);

    const wrong = await ctx.as(null, 'GET', '/api/portal/survey/not-a-token');
    expect(wrong.status).toBe(404);
    const bad = await ctx.as(null, 'POST', `/api/portal/survey/${token}`, { overall: 'meh' });
    expect(bad.status).toBe(400);
    const sent = await ctx.as(null, 'POST', `/api/portal/survey/${token}`, { overall: 'dissatisfied', comment: '还是没收到' });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(await statusOf(c.id)).toBe('investigating');
    const events = await eventsOf(c.id);
    expect(kinds(events, 'survey_answered')[0].payload).toMatchObject({ overall: 'dissatisfied', result: null, outcome: 'reopened' });
    expect(kinds(events, 'escalated')[0].payload.reason).toBe('dissatisfied_callback');

    const again = await ctx.as(null, 'POST', `/api/portal/survey/${token}`, { overall: 'satisfied' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('SURVEY_UNAVAILABLE');
    expect((await ctx.as(null, 'GET', `/api/portal/survey/${token}`)).status).toBe(410);
  });

  it('should give the agent a fresh link that replaces the one sent before', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const [cb] = await callbacksOf(c.id);
    const first = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/survey-link`);
    expect(first.status).toBe(200);
    expect(first.body.link).toMatch(/\/portal\/survey\/[\w-]+$/);
    expect(await statusOf(c.id)).toBe('follow_up');
    const second = await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/survey-link`);
    const token = (link: string) => link.split('/').pop()!;
    expect((await ctx.as(null, 'GET', `/api/portal/survey/${token(first.body.link)}`)).status).toBe(404);
    expect((await ctx.as(null, 'POST', `/api/portal/survey/${token(second.body.link)}`, { overall: 'very_satisfied' })).status).toBe(200);
    expect(await statusOf(c.id)).toBe('closed');
    expect((await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/survey-link`)).status).toBe(409);
  });

  it('should refuse an expired survey link', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    at('2026-11-03T01:30:00Z');
    const swept = await ctx.services.callbacks.sweep(now);
    const [cb] = await callbacksOf(c.id);
    const token = swept.opened.find((o) => o.callbackId === cb.id)!.token;
    at('2026-12-01T02:00:00Z');
    const res = await ctx.as(null, 'POST', `/api/portal/survey/${token}`, { overall: 'satisfied' });
    expect(res.status).toBe(410);
    expect(res.body.error.message).toContain('过期');
  });

  it('should let the portal answer for a verified customer and close on a neutral answer', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    const customerId = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.customer.id;
    expect(await ctx.services.callbacks.surveyPendingFor(customerId, c.id)).toBe(true);
    await ctx.services.callbacks.answerSurveyAsCustomer(customerId, c.id, { overall: 'neutral', result: 'neutral' });
    expect(await statusOf(c.id)).toBe('closed');
    await expect(ctx.services.callbacks.answerSurveyAsCustomer(customerId, c.id, { overall: 'neutral' })).rejects.toMatchObject({ code: 'SURVEY_UNAVAILABLE' });
    await expect(ctx.services.callbacks.answerSurveyAsCustomer('00000000-0000-4000-8000-000000000000', c.id, { overall: 'neutral' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('should warn, then escalate to the supervisor, then the manager, each step once', async () => {
    at('2026-11-02T02:00:00Z');
    const c = await resolvedCase();
    // Due 2026-11-05 (end of day 16:00Z).
    const steps = async (iso: string) => {
      // Two workers sweeping at once take each step once.
      await Promise.all([ctx.services.callbacks.sweep(new Date(iso)), ctx.services.callbacks.sweep(new Date(iso))]);
      const events = await eventsOf(c.id);
      return { overdue: kinds(events, 'callback_overdue').length, escalated: kinds(events, 'escalated').filter((e) => e.payload.target === 'callback').map((e) => e.payload.role) };
    };
    expect(await steps('2026-11-05T15:00:00Z')).toEqual({ overdue: 0, escalated: [] });
    expect(await steps('2026-11-05T17:00:00Z')).toEqual({ overdue: 1, escalated: [] });
    expect(await steps('2026-11-05T18:00:00Z')).toEqual({ overdue: 1, escalated: [] });
    expect(await steps('2026-11-06T17:00:00Z')).toEqual({ overdue: 1, escalated: ['supervisor'] });
    expect(await steps('2026-11-06T18:00:00Z')).toEqual({ overdue: 1, escalated: ['supervisor'] });
    expect(await steps('2026-11-07T17:00:00Z')).toEqual({ overdue: 1, escalated: ['supervisor', 'manager'] });
    expect(await steps('2026-11-09T17:00:00Z')).toEqual({ overdue: 1, escalated: ['supervisor', 'manager'] });
    const [cb] = await callbacksOf(c.id);
    expect(cb.overdueLevel).toBe(3);
    const notes = await ctx.as('supervisor', 'GET', '/api/notifications');
    expect(notes.body.items.some((n: any) => n.caseId === c.id && n.kind === 'escalated')).toBe(true);
  });
});

describe('survey rate limit', () => {
  it('should answer 429 after too many survey requests from one address in a minute', async () => {
    at('2026-12-24T02:00:00Z');
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) codes.push((await ctx.as(null, 'GET', `/api/portal/survey/guess-${i}`)).status);
    expect(codes.slice(0, 20).every((c) => c === 404)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
    // The next minute the address may ask again.
    at('2026-12-24T02:01:00Z');
    expect((await ctx.as(null, 'GET', '/api/portal/survey/guess-x')).status).toBe(404);
  });
});

describe('satisfaction figures', () => {
  it('seed 004: should count levels and compute (非常满意 + 满意) / answered, unreachable counted beside', async () => {
    at('2026-11-20T02:00:00Z');
    const answers = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
    for (const overall of answers) {
      const c = await resolvedCase();
      const [cb] = await callbacksOf(c.id);
      await ctx.as('agent', 'POST', `/api/callbacks/${cb.id}/outcome`, { ...answer, overall, efficiency: overall });
    }
    const stats = await ctx.as('supervisor', 'GET', '/api/callbacks/stats?from=2026-11-20&to=2026-11-20');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      counts: { very_satisfied: 1, satisfied: 1, neutral: 1, dissatisfied: 1, very_dissatisfied: 0 },
      answered: 4,
      satisfied: 2,
      rate: { numerator: 2, denominator: 4, value: 0.5 },
    });
    expect(stats.body.dimensions.efficiency).toMatchObject({ answered: 4, satisfied: 2, rate: 0.5 });
    expect((await ctx.as('agent', 'GET', '/api/callbacks/stats?from=2026-11-20&to=2026-11-20')).status).toBe(403);
    const bad = await ctx.as('manager', 'GET', '/api/callbacks/stats?from=2026-11-21&to=2026-11-20');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('to');
  });
});
