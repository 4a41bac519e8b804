import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { REDACTED } from './privacy.rules.ts';

// Personal data (rules 25–31): erasure removes the text from every read path and keeps the events;
// a refused erasure changes nothing; the retention job redacts only what is past its period.
const DAY = 86_400_000;
let now = new Date('2026-06-01T02:00:00Z');
let ctx: TestContext;

const SECRET = '住在幸福路88号的王小明';
const PHONE = '13712345678';

async function upload(caseId: string, text: string) {
  const boundary = '----privacy';
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/attachments`,
    headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="王小明身份证.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; url: string };
}

async function reject(caseId: string, reason: string) {
  const res = await ctx.as('agent', 'POST', `/api/cases/${caseId}/transitions`, { to: 'rejected', reason });
  expect(res.status).toBe(200);
}

const auditRows = async (entityId: string) => (await ctx.as('admin', 'GET', `/api/admin/audit?entity=customer&entityId=${entityId}`)).body.items as any[];

beforeAll(async () => {
  ctx = await createTestContext({ clock: () => now });
});
afterAll(async () => ctx?.close());

describe('erasing a customer (rule 28)', () => {
  let c: { id: string; caseNumber: string };
  let customerId: string;
  let file: { id: string; url: string };
  let eventsBefore: any[];

  beforeAll(async () => {
    c = await ctx.newCase({ customer: { name: '王小明', phone: PHONE, email: 'wxm@example.com' }, description: `快递丢了，${SECRET}`, demand: '赔偿 500 元', waybillNo: 'SF900000000001' });
    customerId = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.customer.id;
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/comments`, { body: `已致电${SECRET}`, visibility: 'public' })).status).toBe(201);
    file = await upload(c.id, `身份证 ${SECRET}`);
    await reject(c.id, `重复投诉：${SECRET}`);
    eventsBefore = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.events;
  });

  it('should export everything held about the customer, audited', async () => {
    const res = await ctx.as('admin', 'GET', `/api/admin/customers/${customerId}/export`);
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({ name: '王小明', phone: PHONE, email: 'wxm@example.com', erasedAt: null });
    expect(res.body.cases).toHaveLength(1);
    expect(res.body.cases[0].case.description).toContain(SECRET);
    expect(res.body.cases[0].events.some((e: any) => e.kind === 'comment' && e.payload.body.includes(SECRET))).toBe(true);
    expect(res.body.cases[0].attachments).toEqual([expect.objectContaining({ id: file.id, filename: '王小明身份证.txt' })]);
    expect((await auditRows(customerId))[0]).toMatchObject({ action: 'exported', actorName: '系统管理员' });
  });

  it('should refuse an erasure without a reason (400) and change nothing', async () => {
    const res = await ctx.as('admin', 'POST', `/api/admin/customers/${customerId}/erase`, { reason: ' ' });
    expect(res.status).toBe(400);
    expect((await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.description).toContain(SECRET);
  });

  it('should refuse erasure while the customer has an open case (rule 25), changing nothing', async () => {
    const open = await ctx.newCase({ customer: { name: '李四', phone: '13712340000' }, description: `李四的投诉 ${SECRET}` });
    const other = (await ctx.as('admin', 'GET', `/api/cases/${open.id}`)).body;
    const before = await ctx.as('admin', 'GET', `/api/admin/customers/${other.customer.id}/export`);
    const auditBefore = (await auditRows(other.customer.id)).length;
    const res = await ctx.as('admin', 'POST', `/api/admin/customers/${other.customer.id}/erase`, { reason: '客户申请删除' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
    expect(res.body.error.details.blockers).toEqual([{ reason: 'open_case', caseNumber: open.caseNumber }]);
    const after = await ctx.as('admin', 'GET', `/api/admin/customers/${other.customer.id}/export`);
    expect(after.body.customer).toEqual(before.body.customer);
    expect(after.body.cases[0].case.description).toBe(before.body.cases[0].case.description);
    expect(after.body.cases[0].events).toEqual(before.body.cases[0].events);
    // Only the two exports were audited, not the refused erasure.
    expect((await auditRows(other.customer.id)).map((r) => r.action)).toEqual(['exported', ...Array(auditBefore).fill('exported')]);
  });

  it('should erase the data from the case view, the timeline, search, the lookup, the file and the export; the events stay', async () => {
    // Before: found by the text and the phone.
    expect((await ctx.as('agent', 'GET', `/api/cases?q=${encodeURIComponent('幸福路88号')}`)).body.items.map((i: any) => i.id)).toContain(c.id);
    expect((await ctx.as('agent', 'GET', `/api/cases?q=${PHONE}`)).body.items.map((i: any) => i.id)).toContain(c.id);

    const res = await ctx.as('admin', 'POST', `/api/admin/customers/${customerId}/erase`, { reason: '客户依法申请删除（工单 #1）' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ customerId, alreadyErased: false, cases: 1, attachmentsRedacted: 1 });
    expect(res.body.eventsRedacted).toBeGreaterThanOrEqual(3);

    const view = await ctx.as('admin', 'GET', `/api/cases/${c.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ description: REDACTED, demand: REDACTED, rejectReason: REDACTED, waybillNo: REDACTED });
    expect(view.body.customer).toMatchObject({ name: REDACTED, phone: REDACTED, email: null });
    expect(JSON.stringify(view.body)).not.toMatch(/幸福路|王小明|13712345678|wxm@/);

    // The timeline: the same events (kinds, times, actors, statuses) plus one saying data was erased.
    const events = view.body.events as any[];
    expect(events.slice(0, eventsBefore.length).map((e) => [e.id, e.kind, e.createdAt, e.actorId, e.fromStatus, e.toStatus])).toEqual(
      eventsBefore.map((e) => [e.id, e.kind, e.createdAt, e.actorId, e.fromStatus, e.toStatus]),
    );
    expect(events).toHaveLength(eventsBefore.length + 1);
    expect(events.at(-1)).toMatchObject({ kind: 'personal_data_erased', payload: { cause: 'request', kinds: ['case_text', 'attachments'], attachmentsRedacted: 1 } });
    expect(events.find((e) => e.kind === 'comment').payload.body).toBe(REDACTED);
    expect(events.find((e) => e.kind === 'attachment_added').payload).toMatchObject({ filename: REDACTED, size: expect.any(Number) });

    // Search by the text or the phone finds nothing; the phone lookup knows no such customer.
    const ids = async (q: string) => (await ctx.as('agent', 'GET', `/api/cases?q=${encodeURIComponent(q)}`)).body.items.map((i: any) => i.id);
    expect(await ids('幸福路88号')).not.toContain(c.id);
    expect(await ids(PHONE)).toEqual([]);
    expect((await ctx.as('admin', 'GET', `/api/customers/lookup?phone=${PHONE}`)).body.customer).toBeNull();

    // The file: listed under the marker, served to nobody (not even an administrator).
    const files = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body;
    expect(JSON.stringify(files)).not.toContain('身份证');
    expect((await ctx.as('admin', 'GET', file.url)).status).toBe(404);

    // The export holds none of it either.
    const exp = await ctx.as('admin', 'GET', `/api/admin/customers/${customerId}/export`);
    expect(JSON.stringify(exp.body)).not.toMatch(/幸福路|王小明|13712345678|wxm@|身份证/);
    expect(exp.body.customer.erasedAt).toEqual(now.toISOString());
    expect(exp.body.cases[0].redactions.map((r: any) => r.kind).sort()).toEqual(['attachments', 'case_text']);

    // Audited with the reason, in the erasure's transaction; the timeline does not carry the reason.
    const audit = (await auditRows(customerId)).find((r) => r.action === 'erased');
    expect(audit).toMatchObject({ entity: 'customer', entityId: customerId, changes: { reason: { to: '客户依法申请删除（工单 #1）' }, cases: { to: 1 } } });
    expect(JSON.stringify(events)).not.toContain('客户依法申请删除');
  });

  it('should answer a second erasure with the first one and change nothing (idempotent)', async () => {
    const eventsBefore2 = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.events.length;
    const auditBefore = (await auditRows(customerId)).length;
    const res = await ctx.as('admin', 'POST', `/api/admin/customers/${customerId}/erase`, { reason: '再次申请' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ alreadyErased: true, cases: 0 });
    expect((await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.events).toHaveLength(eventsBefore2);
    expect(await auditRows(customerId)).toHaveLength(auditBefore);
  });

  it('should start a new customer when the same phone calls again', async () => {
    const again = await ctx.newCase({ customer: { name: '王小明', phone: PHONE } });
    const view = (await ctx.as('admin', 'GET', `/api/cases/${again.id}`)).body;
    expect(view.customer.id).not.toBe(customerId);
    expect(view.customer.caseCount).toBe(1);
  });

  it('should answer 404 for an unknown customer', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect((await ctx.as('admin', 'POST', `/api/admin/customers/${id}/erase`, { reason: 'x' })).status).toBe(404);
    expect((await ctx.as('admin', 'GET', `/api/admin/customers/${id}/export`)).status).toBe(404);
  });
});

describe('the timeline trigger (one allowed change)', () => {
  // Drizzle wraps the database error; the trigger's message is its cause.
  const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));

  it('should refuse any change but strings becoming the marker once', async () => {
    const k = await ctx.newCase({ description: '触发器测试' });
    await ctx.as('agent', 'POST', `/api/cases/${k.id}/comments`, { body: '原文', visibility: 'internal' });
    const id = sql.raw(`(SELECT id FROM case_events WHERE case_id = '${k.id}' AND kind = 'note')`);
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET payload = '{"body":"改写"}', redacted_at = now() WHERE id = ${id}`))).toMatch(/append-only \(UPDATE refused\)/);
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET payload = '{}', redacted_at = now() WHERE id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET kind = 'comment', payload = '{"body":"[redacted]"}', redacted_at = now() WHERE id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET payload = '{"body":"[redacted]"}' WHERE id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(ctx.db.execute(sql`DELETE FROM case_events WHERE id = ${id}`))).toMatch(/append-only \(DELETE refused\)/);
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET payload = '{"body":"[redacted]"}', redacted_at = now() WHERE id = ${id}`))).toBe('accepted');
    // Once only.
    expect(await refusal(ctx.db.execute(sql`UPDATE case_events SET redacted_at = now() + interval '1 day' WHERE id = ${id}`))).toMatch(/append-only/);
  });
});

describe('retention (rule 27)', () => {
  it('should redact only the cases past the period, on the next run of the job', async () => {
    const start = now;
    const old = await ctx.newCase({ customer: { name: '赵一', phone: '13712341111' }, description: '旧的投诉 赵一家门口' });
    await ctx.as('agent', 'POST', `/api/cases/${old.id}/comments`, { body: '赵一的回复', visibility: 'public' });
    await reject(old.id, '超出受理范围');
    now = new Date(start.getTime() + 20 * DAY);
    const recent = await ctx.newCase({ customer: { name: '钱二', phone: '13712342222' }, description: '近的投诉 钱二' });
    await reject(recent.id, '超出受理范围');
    const open = await ctx.newCase({ customer: { name: '孙三', phone: '13712343333' }, description: '未结的投诉 孙三' });

    const put = await ctx.as('admin', 'PUT', '/api/admin/privacy/retention', { periods: { case_text: 30, attachments: 30 } });
    expect(put.status).toBe(200);
    expect(put.body.periods).toMatchObject({ case_text: 30, attachments: 30, contact: 1095 });

    now = new Date(start.getTime() + 40 * DAY);
    const done = await ctx.services.privacy.sweep(now);
    expect(done.cases).toBeGreaterThanOrEqual(1);
    const oldView = (await ctx.as('admin', 'GET', `/api/cases/${old.id}`)).body;
    expect(oldView.description).toBe(REDACTED);
    expect(oldView.events.find((e: any) => e.kind === 'comment').payload.body).toBe(REDACTED);
    expect(oldView.events.filter((e: any) => e.kind === 'personal_data_erased').map((e: any) => e.payload.cause)).toEqual(['retention', 'retention']);
    expect(oldView.events.at(-1).actorId).toBeNull();
    // Contact data has its own, longer period.
    expect(oldView.customer.name).toBe('赵一');
    expect((await ctx.as('admin', 'GET', `/api/cases/${recent.id}`)).body.description).toBe('近的投诉 钱二');
    expect((await ctx.as('admin', 'GET', `/api/cases/${open.id}`)).body.description).toBe('未结的投诉 孙三');

    // A second run finds nothing new for these cases.
    const eventsAfter = oldView.events.length;
    await ctx.services.privacy.sweep(now);
    expect((await ctx.as('admin', 'GET', `/api/cases/${old.id}`)).body.events).toHaveLength(eventsAfter);

    // Contact data past its own period: all the customer's cases ended long enough ago.
    await ctx.as('admin', 'PUT', '/api/admin/privacy/retention', { periods: { contact: 30 } });
    await ctx.services.privacy.sweep(now);
    expect((await ctx.as('admin', 'GET', `/api/cases/${old.id}`)).body.customer).toMatchObject({ name: REDACTED, phone: REDACTED });
    expect((await ctx.as('admin', 'GET', `/api/cases/${recent.id}`)).body.customer.name).toBe('钱二');
    expect((await ctx.as('admin', 'GET', `/api/cases/${open.id}`)).body.customer.name).toBe('孙三');
  });

  it('should audit a change of the periods and refuse one below a month', async () => {
    const bad = await ctx.as('admin', 'PUT', '/api/admin/privacy/retention', { periods: { case_text: 3 } });
    expect(bad.status).toBe(400);
    const audit = (await ctx.as('admin', 'GET', '/api/admin/audit?entity=retention_policy')).body.items;
    expect(audit[0]).toMatchObject({ entityId: 'contact', action: 'updated', changes: { days: { from: 1095, to: 30 } } });
    expect((await ctx.as('admin', 'GET', '/api/admin/privacy/retention')).body.periods.case_text).toBe(30);
  });
});

describe('bulk reads of unmasked phones (rule 29)', () => {
  it('should record who listed full phones and how many, never the numbers or the search text', async () => {
    const before = (await ctx.as('admin', 'GET', '/api/admin/privacy/phone-reads?limit=200')).body.items.length;
    const list = await ctx.as('agent', 'GET', '/api/cases?q=13712343333');
    expect(list.body.items.length).toBe(1);
    const reads = (await ctx.as('admin', 'GET', '/api/admin/privacy/phone-reads?limit=200')).body.items;
    expect(reads).toHaveLength(before + 1);
    expect(reads[0]).toMatchObject({ actorName: expect.any(String), source: 'case_list', phoneCount: 1 });
    expect(reads[0].filters).toContain('q');
    expect(JSON.stringify(reads)).not.toContain('13712343333');
    // A handler sees masked phones: no record.
    await ctx.as('dispatch', 'GET', '/api/cases');
    expect((await ctx.as('admin', 'GET', '/api/admin/privacy/phone-reads?limit=200')).body.items).toHaveLength(before + 1);
  });

  it('should prune reads older than their period (rule 27)', async () => {
    await ctx.as('admin', 'PUT', '/api/admin/privacy/retention', { periods: { phone_reads: 30 } });
    const res = await ctx.services.privacy.sweep(new Date(now.getTime() + 31 * DAY));
    expect(res.phoneReads).toBeGreaterThan(0);
    expect((await ctx.as('admin', 'GET', '/api/admin/privacy/phone-reads')).body.items).toEqual([]);
  });
});
