import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { REDACTED } from './privacy.rules.ts';

// Personal data (rules 28, 31): erasure reaches the text other modules keep about a customer's cases
// (remedies, investigation, execution, costs, claims, replies to the regulator, accountability), in the same
// transaction; amounts, statuses, kinds and times stay. The append-only tables let exactly that update through.
const YEAR = 365 * 86_400_000;
let now = new Date('2026-11-05T01:00:00Z');
let ctx: TestContext;

const SECRET = '住在幸福路88号的王小明';
const PHONE = '13712345670';
const customer = { name: '王小明', phone: PHONE };

const ok = (res: { status: number; body: unknown }, status = 200) => expect(res.status, JSON.stringify(res.body)).toBe(status);
/** Setup steps: any success. */
const done = (res: { status: number; body: unknown }) => expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);

beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
});
afterAll(async () => ctx?.close());

describe('erasing a customer reaches the other modules’ text (rule 28)', () => {
  let c: { id: string; caseNumber: string };
  let referred: { id: string; caseNumber: string };
  let customerId: string;
  let carrierId: string;
  let dispatchUser: string;

  beforeAll(async () => {
    const p = await ctx.as('admin', 'POST', '/api/admin/partners', { kind: 'carrier', name: '删除快运', compensationTerms: '未保价快件按运费 5 倍赔偿', claimMultiple: 5, claimCapFen: 50_000 });
    ok(p, 201);
    carrierId = p.body.id;
    dispatchUser = await ctx.userId('dispatch');

    // A lost parcel: investigated with a task and an evidence mark, the carrier held responsible, a remedy
    // approved and accepted, its compensation paid, labour booked, a claim filed and a fine recorded.
    c = await ctx.newCase({ customer, category: 'damage', description: `外箱破损，${SECRET}`, serviceType: 'inter_province', freightFen: 1_200, insured: false, goodsName: '羊毛大衣' });
    customerId = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.customer.id;
    const dispatch = await ctx.departmentId('dispatch');
    const warehouse = await ctx.departmentId('warehouse');
    done(await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: dispatchUser }));
    done(await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' }));
    const task = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/tasks`, { departmentId: warehouse, instructions: `联系${SECRET}核实`, dueAt: '2026-11-06T18:00:00+08:00' });
    ok(task, 201);
    done(await ctx.as('warehouse', 'PATCH', `/api/investigation/tasks/${task.body.id}`, { findings: `出库完好，${SECRET}签收` }));
    done(await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/investigation/evidence`, { itemCode: 'dispatch_record', notApplicableReason: `${SECRET}自提` }));
    done(await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'partner', rootCauseText: `运输丢失，${SECRET}`, party: 'carrier', partnerId: carrierId, note: `见${SECRET}` }));
    const remedy = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/remedies`, {
      items: [{ kind: 'apology', note: `致电${SECRET}` }, { kind: 'compensation', amountFen: 80_000 }],
      note: `赔给${SECRET}`,
    });
    ok(remedy, 201);
    done(await ctx.as('supervisor', 'POST', `/api/remedies/${remedy.body.id}/decisions`, { decision: 'approve', step: 0, comment: `同意赔${SECRET}` }));
    done(await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/offer`));
    done(await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/answer`, { answer: 'accepted', executionDueAt: '2026-12-10T18:00:00+08:00', note: `${SECRET}同意` }));
    const actions = (await ctx.as('dispatch', 'GET', `/api/cases/${c.id}/actions`)).body.items as any[];
    for (const a of actions) {
      if (a.kind === 'compensation') done(await ctx.as('finance', 'POST', `/api/actions/${a.id}/complete`, { note: `已转账给${SECRET}` }));
      else done(await ctx.as('dispatch', 'POST', `/api/actions/${a.id}/cancel`, { reason: `${SECRET}不需要` }));
    }
    done(await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/labour`, { minutes: 25, note: `电话${SECRET}` }, { 'idempotency-key': `labour-${c.id}` }));
    done(await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/claims`, { note: `附${SECRET}的照片` }, { 'idempotency-key': `claim-${c.id}` }));
    done(await ctx.as('manager', 'POST', '/api/accountability/records', { kind: 'fine', amountFen: 20_000, userId: dispatchUser, caseNumber: c.caseNumber, reason: `怠慢${SECRET}` }));
    done(await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' }));
    done(await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'closed', reason: '客户无法联系' }));

    // A transferred appeal answered to the regulator, then rejected.
    referred = await ctx.newCase({ customer, description: `已向12305申诉，${SECRET}`, category: 'attitude', channel: 'web', regulatorReferral: '12305' });
    now = new Date(now.getTime() + 3_600_000);
    done(await ctx.as('agent', 'POST', `/api/cases/${referred.id}/regulator-replies`, { regulator: '12305', content: `已回访${SECRET}`, repliedAt: new Date(now.getTime() - 60_000).toISOString() }));
    done(await ctx.as('agent', 'POST', `/api/cases/${referred.id}/transitions`, { to: 'rejected', reason: '重复投诉' }));
    // A regulator's file is kept 3 years after closure (rule 27).
    now = new Date(now.getTime() + 3 * YEAR + 7 * 86_400_000);
    ctx.forgetSessions();
  });

  it('should export the other modules’ text about the customer’s cases', async () => {
    const res = await ctx.as('admin', 'GET', `/api/admin/customers/${customerId}/export`);
    ok(res);
    const mine = res.body.cases.find((x: any) => x.case.id === c.id);
    const texts = JSON.stringify(mine.texts);
    for (const m of ['remedies', 'investigation', 'execution', 'costs', 'claims', 'regulatorReplies', 'accountability']) expect(mine.texts).toHaveProperty(m);
    expect(texts).toContain(`赔给${SECRET}`);
    expect(texts).toContain(`出库完好，${SECRET}签收`);
    expect(texts).toContain(`已转账给${SECRET}`);
    expect(texts).toContain(`怠慢${SECRET}`);
    expect(JSON.stringify(res.body.cases.find((x: any) => x.case.id === referred.id).texts.regulatorReplies)).toContain(`已回访${SECRET}`);
  });

  it('should redact every module’s free text and keep amounts, statuses and kinds', async () => {
    const res = await ctx.as('admin', 'POST', `/api/admin/customers/${customerId}/erase`, { reason: '客户申请删除' });
    ok(res);
    expect(res.body.recordsRedacted).toBeGreaterThanOrEqual(9);

    const remedies = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/remedies`)).body;
    const remedy = (remedies.items ?? remedies)[0];
    expect(remedy).toMatchObject({ status: 'accepted', note: REDACTED, customerNote: REDACTED });
    expect(remedy.items).toEqual([
      { kind: 'apology', amountFen: null, note: REDACTED },
      { kind: 'compensation', amountFen: 80_000, note: null },
    ]);
    expect(remedy.decisions.map((d: any) => [d.kind, d.comment])).toEqual([['approve', REDACTED]]);

    const tasks = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/investigation/tasks`)).body;
    expect((tasks.items ?? tasks).map((t: any) => [t.instructions, t.findings])).toEqual([[REDACTED, REDACTED]]);
    const investigation = JSON.stringify((await ctx.as('admin', 'GET', `/api/cases/${c.id}/investigation`)).body);
    expect(investigation).not.toContain(SECRET);
    expect(investigation).toContain('carrier');

    const actions = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/actions`)).body.items as any[];
    const paid = actions.find((a) => a.kind === 'compensation');
    expect(paid).toMatchObject({ status: 'done', amountFen: 80_000, resultNote: REDACTED });
    expect(actions.filter((a) => a.status === 'cancelled').every((a) => a.cancelReason === REDACTED)).toBe(true);

    const costs = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/costs`)).body;
    expect(JSON.stringify(costs)).not.toContain(SECRET);
    expect(JSON.stringify(costs)).toContain(REDACTED);
    expect(JSON.stringify(costs)).toContain('80000');

    const claims = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/claims`)).body.items as any[];
    expect(claims.map((x) => [x.status, x.claimedFen, x.note])).toEqual([['filed', 6_000, REDACTED]]);

    const replies = (await ctx.as('admin', 'GET', `/api/cases/${referred.id}/regulator-replies`)).body.items as any[];
    expect(replies.map((r) => [r.regulator, r.content])).toEqual([['12305', REDACTED]]);

    const records = (await ctx.as('manager', 'GET', `/api/accountability/records?caseNumber=${c.caseNumber}`)).body.items as any[];
    expect(records.map((r) => [r.kind, r.amountFen, r.reason])).toEqual([['fine', 20_000, REDACTED]]);

    // Nothing of it is left anywhere the export reads.
    const exported = await ctx.as('admin', 'GET', `/api/admin/customers/${customerId}/export`);
    expect(JSON.stringify(exported.body)).not.toContain(SECRET);
  });

  it('should still refuse any other change to the append-only records (trigger)', async () => {
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: unknown) => String((e as any)?.cause?.message ?? (e as Error).message));
    const tables = [
      { table: 'cost_entries', col: 'note', other: 'amount_fen = amount_fen + 1' },
      { table: 'regulator_replies', col: 'content', other: `regulator = '12315'` },
      { table: 'accountability_records', col: 'reason', other: 'amount_fen = 1' },
      { table: 'remedy_decisions', col: 'comment', other: `kind = 'reject'` },
      { table: 'evidence_marks', col: 'not_applicable_reason', other: `item_code = 'x'` },
    ];
    for (const t of tables) {
      const id = sql.raw(`(SELECT id FROM ${t.table} WHERE ${t.col} = '${REDACTED}' LIMIT 1)`);
      // Already the marker: no text may come back, and nothing else may change with or without it.
      expect(await refusal(ctx.db.execute(sql`UPDATE ${sql.raw(t.table)} SET ${sql.raw(t.col)} = 'restored' WHERE id = ${id}`)), t.table).toMatch(/append-only \(UPDATE refused\)/);
      expect(await refusal(ctx.db.execute(sql`UPDATE ${sql.raw(t.table)} SET ${sql.raw(t.other)} WHERE id = ${id}`)), t.table).toMatch(/append-only/);
      expect(await refusal(ctx.db.execute(sql`UPDATE ${sql.raw(t.table)} SET ${sql.raw(t.col)} = '${sql.raw(REDACTED)}', ${sql.raw(t.other)} WHERE id = ${id}`)), t.table).toMatch(/append-only/);
      expect(await refusal(ctx.db.execute(sql`DELETE FROM ${sql.raw(t.table)} WHERE id = ${id}`)), t.table).toMatch(/append-only \(DELETE refused\)/);
    }
    // A fresh row: its text may become the marker once, and only with nothing else changed.
    const fresh = await ctx.newCase({ customer: { name: '赵六', phone: '13712340001' }, description: '包裹延误' });
    done(await ctx.as('agent', 'POST', `/api/cases/${fresh.id}/labour`, { minutes: 5, note: '电话赵六' }, { 'idempotency-key': `labour-${fresh.id}` }));
    const entry = sql`(SELECT id FROM cost_entries WHERE case_id = ${fresh.id})`;
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET note = '改写' WHERE id = ${entry}`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET note = NULL WHERE id = ${entry}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET note = '[redacted]', amount_fen = 0 WHERE id = ${entry}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET amount_fen = amount_fen WHERE id = ${entry}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`UPDATE cost_entries SET note = '[redacted]' WHERE id = ${entry}`))).toBe('accepted');
  });
});

describe('the retention job reaches the other modules’ text too (rule 27)', () => {
  it('should redact a ledger note of a case past its period, keeping the amount', async () => {
    const start = now;
    const old = await ctx.newCase({ customer: { name: '周七', phone: '13712347777' }, description: '旧的投诉' });
    done(await ctx.as('agent', 'POST', `/api/cases/${old.id}/labour`, { minutes: 30, note: '电话周七，住幸福路' }, { 'idempotency-key': `labour-${old.id}` }));
    done(await ctx.as('agent', 'POST', `/api/cases/${old.id}/transitions`, { to: 'rejected', reason: '超出受理范围' }));
    done(await ctx.as('admin', 'PUT', '/api/admin/privacy/retention', { periods: { case_text: 30 } }));

    now = new Date(start.getTime() + 40 * 86_400_000);
    ctx.forgetSessions();
    expect((await ctx.services.privacy.sweep(now)).cases).toBeGreaterThanOrEqual(1);
    const costs = JSON.stringify((await ctx.as('admin', 'GET', `/api/cases/${old.id}/costs`)).body);
    expect(costs).not.toContain('周七');
    expect(costs).toContain(REDACTED);
    expect(costs).toContain('"labourMinutes":30');
  });
});
