// The case page names only cases the reader may see ("every role sees only what it may"): a department
// handler reading their case's timeline does not learn another department's case from a duplicate
// suggestion, a link or a merge, while the front desk (all departments) still does. Failed before the fix.
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

type Case = { id: string; caseNumber: string };
type Event = { kind: string; payload: Record<string, unknown> };

async function caseOf(departmentId: string, overrides: Record<string, unknown> = {}): Promise<Case> {
  const c = await ctx.newCase(overrides);
  expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId })).status).toBe(200);
  return c;
}

const eventsOf = (body: { events: Event[] }, kind: string) => body.events.filter((e) => e.kind === kind);

describe('timeline references to other cases follow the reader’s scope', () => {
  let b: Case; // quality's case
  let a: Case; // dispatch's case: a duplicate of b (same waybill), linked to b, and c merged into it
  let c: Case; // quality's case, merged into a
  let d: Case; // dispatch's case, merged into b
  let own: Case; // dispatch's case, linked to a: the handler may see it

  beforeAll(async () => {
    const waybillNo = 'SF770000000001';
    b = await caseOf(quality, { waybillNo, customer: { name: '客户乙', phone: '13966660001' } });
    a = await caseOf(dispatch, { waybillNo, customer: { name: '客户甲', phone: '13966660002' } });
    c = await caseOf(quality);
    d = await caseOf(dispatch);
    own = await caseOf(dispatch);
    expect((await ctx.as('agent', 'POST', `/api/cases/${a.id}/links`, { otherId: b.id })).status).toBe(204);
    expect((await ctx.as('agent', 'POST', `/api/cases/${a.id}/links`, { otherId: own.id })).status).toBe(204);
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/merge`, { intoId: a.id, reason: '同一件事' })).status).toBe(200);
    expect((await ctx.as('agent', 'POST', `/api/cases/${d.id}/merge`, { intoId: b.id, reason: '同一件事' })).status).toBe(200);
  });

  it("should not name another department's case anywhere in the case answer when a handler reads it", async () => {
    const res = await ctx.as('dispatch', 'GET', `/api/cases/${a.id}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const other of [b, c]) {
      expect(text).not.toContain(other.caseNumber);
      expect(text).not.toContain(other.id);
    }
    // The hidden references are still there, as markers the page renders as "a case of another department".
    expect(eventsOf(res.body, 'triaged')[0]!.payload.duplicates).toEqual([null]);
    const linked = eventsOf(res.body, 'linked').map((e) => e.payload);
    expect(linked).toContainEqual({ otherId: null, otherCaseNumber: null, hidden: true });
    // A case of the handler's own department is named as before.
    expect(linked).toContainEqual({ otherId: own.id, otherCaseNumber: own.caseNumber });
    expect(eventsOf(res.body, 'merged_from')[0]!.payload).toEqual({ fromId: null, fromCaseNumber: null, hidden: true, reason: '同一件事' });
    expect(res.body.links.map((l: Case) => l.id)).toEqual([own.id]);
  });

  it("should not name the case a handler's case was merged into when it is another department's", async () => {
    const res = await ctx.as('dispatch', 'GET', `/api/cases/${d.id}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(b.caseNumber);
    expect(text).not.toContain(b.id);
    expect(res.body).toMatchObject({ status: 'merged', mergedIntoId: null });
    // The queue's row says the same.
    const queue = await ctx.as('dispatch', 'GET', `/api/cases?q=${d.caseNumber}&status=merged`);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((x: Case & { mergedIntoId: string | null }) => [x.id, x.mergedIntoId])).toEqual([[d.id, null]]);
    expect(eventsOf(res.body, 'merged')[0]!.payload).toEqual({ intoId: null, intoCaseNumber: null, hidden: true, reason: '同一件事' });
  });

  it('should hide the other way round too: quality reads its case linked to and suggested beside dispatch’s', async () => {
    const res = await ctx.as('quality', 'GET', `/api/cases/${b.id}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const other of [a, d]) expect(text).not.toContain(other.caseNumber);
  });

  it('should still name every case to a role that sees all departments', async () => {
    const res = await ctx.as('agent', 'GET', `/api/cases/${a.id}`);
    expect(res.status).toBe(200);
    expect(eventsOf(res.body, 'triaged')[0]!.payload.duplicates).toEqual([b.caseNumber]);
    expect(eventsOf(res.body, 'linked').map((e) => e.payload)).toContainEqual({ otherId: b.id, otherCaseNumber: b.caseNumber });
    expect(eventsOf(res.body, 'merged_from')[0]!.payload).toMatchObject({ fromId: c.id, fromCaseNumber: c.caseNumber });
    expect(res.body.links.map((l: Case) => l.id).sort()).toEqual([b.id, own.id].sort());
    const merged = await ctx.as('agent', 'GET', `/api/cases/${d.id}`);
    expect(eventsOf(merged.body, 'merged')[0]!.payload).toMatchObject({ intoId: b.id, intoCaseNumber: b.caseNumber });
    expect(merged.body.mergedIntoId).toBe(b.id);
    expect(JSON.stringify(merged.body)).not.toContain('"hidden"');
  });

  it("should list only the handler's department's cases of the same customer", async () => {
    const phone = '13966660009';
    const mine = await caseOf(dispatch, { customer: { name: '客户丙', phone } });
    const theirs = await caseOf(quality, { customer: { name: '客户丙', phone } });
    const res = await ctx.as('dispatch', 'GET', `/api/customers?phone=${phone}`);
    expect(res.status).toBe(200);
    expect(res.body.cases.map((x: Case) => x.id)).toEqual([mine.id]);
    expect(JSON.stringify(res.body)).not.toContain(theirs.caseNumber);
  });
});
