// Who may change a case (issue 12): the lead department and the front desk and management, through the
// lifecycle; a collaborating department reads and comments. Each test failed before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
let dispatch: string;
let quality: string;
beforeAll(async () => {
  ctx = await createTestContext();
  dispatch = await ctx.departmentId('dispatch');
  quality = await ctx.departmentId('quality');
});
afterAll(async () => ctx?.close());

/** A case led by dispatch, with quality on its joint team. */
async function jointCase(status: 'assigned' | 'investigating' = 'assigned', overrides: Record<string, unknown> = {}) {
  const c = await ctx.newCase(overrides);
  expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch })).status).toBe(200);
  expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/collaborators`, { departmentId: quality })).status).toBe(200);
  if (status === 'investigating') expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
  return (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body as { id: string; caseNumber: string; version: number; status: string };
}

describe('a collaborating department reads and comments only', () => {
  it('should refuse a transition, a reassignment and a resolve by a collaborator with 403', async () => {
    const c = await jointCase();
    const move = await ctx.as('quality', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    expect(move.status).toBe(403);
    expect(move.body.error.code).toBe('FORBIDDEN');
    const takeOver = await ctx.as('quality', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: quality, reason: '我们来' });
    expect(takeOver.status).toBe(403);
    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    const resolve = await ctx.as('quality', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已解释' });
    expect(resolve.status).toBe(403);
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body).toMatchObject({ status: 'investigating', departmentId: dispatch });
  });

  it("should refuse a collaborator's edit of the lead's facts and of the owner, and their links", async () => {
    const c = await jointCase();
    for (const body of [{ demand: '改一下' }, { urgency: 'critical' }, { departmentId: quality, reason: '我们来' }]) {
      const res = await ctx.as('quality', 'PATCH', `/api/cases/${c.id}`, { version: c.version, ...body });
      expect(res.status, JSON.stringify(body)).toBe(403);
    }
    const other = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${other.id}/transitions`, { to: 'assigned', departmentId: quality });
    expect((await ctx.as('quality', 'POST', `/api/cases/${c.id}/links`, { otherId: other.caseNumber })).status).toBe(403);
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.links).toEqual([]);
  });

  it('should let a collaborator read and comment, and offer them no moves', async () => {
    const c = await jointCase();
    const view = await ctx.as('quality', 'GET', `/api/cases/${c.id}`);
    expect(view.status).toBe(200);
    expect(view.body.allowedTransitions).toEqual([]);
    expect((await ctx.as('quality', 'POST', `/api/cases/${c.id}/comments`, { body: '质控已看过', visibility: 'internal' })).status).toBe(201);
    // The lead department keeps its moves.
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}`)).body.allowedTransitions.length).toBeGreaterThan(0);
  });

  it("should refuse a collaborator's proposal and offer of the lead's remedy with 403", async () => {
    const c = await jointCase('investigating');
    const remedy = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'apology' }] });
    expect(remedy.status).toBe(201);
    const offer = await ctx.as('quality', 'POST', `/api/remedies/${remedy.body.id}/offer`);
    expect(offer.status).toBe(403);
    const seen = await ctx.as('quality', 'GET', `/api/cases/${c.id}/remedies`);
    expect(seen.body.items[0].can).toMatchObject({ offer: false, answer: false });
    const propose = await ctx.as('quality', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'apology' }] });
    expect(propose.status).toBe(403);
    expect((await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/offer`)).status).toBe(200);
  });

  it("should refuse a collaborator's reply to the regulator with 403 and let the lead department record it", async () => {
    const c = await jointCase('assigned', { regulatorReferral: '12305' });
    const body = { regulator: '12305', content: '经核实，已向客户致歉', repliedAt: new Date().toISOString() };
    const byCollaborator = await ctx.as('quality', 'POST', `/api/cases/${c.id}/regulator-replies`, body);
    expect(byCollaborator.status).toBe(403);
    expect(byCollaborator.body.error.code).toBe('FORBIDDEN');
    expect((await ctx.as('quality', 'GET', `/api/cases/${c.id}/regulator-replies`)).body).toMatchObject({ items: [], canReply: false });
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/regulator-replies`)).body.canReply).toBe(true);
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/regulator-replies`, body)).status).toBe(201);
  });
});

describe('ownership changes go through the lifecycle', () => {
  it('should refuse an edit of department or assignee where the lifecycle allows no assignment (409)', async () => {
    const c = await jointCase('investigating');
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'remedy_proposed' })).status).toBe(200);
    const now = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    const dep = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: now.version, departmentId: quality, reason: '转质控' });
    expect(dep.status).toBe(409);
    expect(dep.body.error.code).toBe('ILLEGAL_TRANSITION');
    const who = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: now.version, assigneeId: await ctx.userId('dispatch'), reason: '换人' });
    expect(who.status).toBe(409);
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body).toMatchObject({ status: 'remedy_proposed', departmentId: dispatch, version: now.version });
  });

  it('should still let the front desk reassign by edit where the lifecycle allows it', async () => {
    const c = await jointCase();
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, departmentId: await ctx.departmentId('warehouse'), reason: '仓库问题' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('assigned');
  });

  it('should refuse departmentId null with a field error and leave the case with its department', async () => {
    const c = await jointCase();
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, departmentId: null, reason: '不归任何部门' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['departmentId']);
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.departmentId).toBe(dispatch);
  });
});

describe('lowering priority or urgency needs a supervisor or above', () => {
  it("should refuse a handler's lowering of priority and urgency (403) but let them raise it", async () => {
    const c = await jointCase();
    const up = await ctx.as('dispatch', 'PATCH', `/api/cases/${c.id}`, { version: c.version, urgency: 'critical', priority: 'P1' });
    expect(up.status).toBe(200);
    const down = await ctx.as('dispatch', 'PATCH', `/api/cases/${c.id}`, { version: up.body.version, priority: 'P4' });
    expect(down.status).toBe(403);
    expect(down.body.error.code).toBe('FORBIDDEN');
    const calmer = await ctx.as('dispatch', 'PATCH', `/api/cases/${c.id}`, { version: up.body.version, urgency: 'normal' });
    expect(calmer.status).toBe(403);
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body).toMatchObject({ urgency: 'critical', priority: 'P1', version: up.body.version });
    const bySupervisor = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: up.body.version, urgency: 'normal', priority: 'P4' });
    expect(bySupervisor.status).toBe(200);
    expect(bySupervisor.body).toMatchObject({ urgency: 'normal', priority: 'P4' });
  });

  it("should not lower the priority through a handler's edit of its inputs, but through a supervisor's", async () => {
    const c = await jointCase();
    const before = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body;
    const raised = await ctx.as('dispatch', 'PATCH', `/api/cases/${c.id}`, { version: before.version, regulatorReferral: '12305' });
    expect(raised.status).toBe(200);
    expect(raised.body.priority < before.priority).toBe(true); // 'P1' < 'P4': the referral raised it
    const back = await ctx.as('dispatch', 'PATCH', `/api/cases/${c.id}`, { version: raised.body.version, regulatorReferral: null });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ regulatorReferral: null, priority: raised.body.priority });
    const bySupervisor = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: back.body.version, declaredValueYuan: 0 });
    expect(bySupervisor.status).toBe(200);
    expect(bySupervisor.body.priority > raised.body.priority).toBe(true);
  });
});

describe('the joint team of a finished case', () => {
  it('should refuse adding or removing a collaborator on a rejected, closed or merged case (409)', async () => {
    const rejected = await ctx.newCase();
    expect((await ctx.as('agent', 'POST', `/api/cases/${rejected.id}/transitions`, { to: 'rejected', reason: '重复来电' })).status).toBe(200);
    const merged = await ctx.newCase();
    const target = await ctx.newCase();
    expect((await ctx.as('agent', 'POST', `/api/cases/${merged.id}/merge`, { intoId: target.caseNumber })).status).toBe(200);
    for (const c of [rejected, merged]) {
      const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/collaborators`, { departmentId: quality });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
      expect(res.body.error.message).toMatch(/协办/);
      const en = await ctx.as('agent', 'POST', `/api/cases/${c.id}/collaborators`, { departmentId: quality }, { 'accept-language': 'en' });
      expect(en.body.error.message).toMatch(/collaborat/i);
      expect((await ctx.as('agent', 'DELETE', `/api/cases/${c.id}/collaborators/${quality}`)).status).toBe(409);
    }
    const detail = await ctx.as('agent', 'GET', `/api/cases/${rejected.id}`);
    expect(detail.body.collaborators).toEqual([]);
  });
});

describe('related cases', () => {
  it("should list only the linked cases the reader may see", async () => {
    const c = await jointCase();
    const hidden = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${hidden.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('finance') });
    const visible = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${visible.id}/transitions`, { to: 'assigned', departmentId: dispatch });
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/links`, { otherId: hidden.caseNumber })).status).toBe(204);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/links`, { otherId: visible.caseNumber })).status).toBe(204);
    const agent = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(agent.body.links.map((l: { id: string }) => l.id).sort()).toEqual([hidden.id, visible.id].sort());
    const handler = await ctx.as('dispatch', 'GET', `/api/cases/${c.id}`);
    expect(handler.body.links.map((l: { id: string }) => l.id)).toEqual([visible.id]);
  });
});

describe('ids in paths', () => {
  it('should answer 400 VALIDATION_FAILED, never 500, for ids that are not UUIDs or case numbers', async () => {
    const c = await ctx.newCase();
    const probes = [
      ['GET', '/api/cases/abc%00def'],
      ['PATCH', '/api/cases/not-a-uuid'],
      ['POST', '/api/cases/not-a-uuid/transitions'],
      ['POST', '/api/cases/not-a-uuid/comments'],
      ['POST', '/api/cases/not-a-uuid/collaborators'],
      ['DELETE', `/api/cases/${c.id}/collaborators/not-a-uuid`],
    ] as const;
    for (const [method, url] of probes) {
      const res = await ctx.as('agent', method, url, method === 'GET' || method === 'DELETE' ? undefined : { version: 1, to: 'acknowledged', body: 'x', departmentId: c.id });
      expect(res.status, `${method} ${url}`).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
