import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { outboxMessages } from './outbox.table.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const messagesOf = async (caseId: string, as = 'agent') => (await ctx.as(as, 'GET', `/api/cases/${caseId}/customer-messages`)).body.items as Array<Record<string, any>>;

describe('customer messages from case events', () => {
  it('should tell the customer the case number and the published time limits when a case is received', async () => {
    const c = await ctx.newCase({ channel: 'web' });
    const [m] = await messagesOf(c.id);
    expect(m).toMatchObject({ event: 'received', channel: 'sms', status: 'pending' });
    expect(m!.body).toContain(c.caseNumber);
    // The clocks' due times, not the fallback wording.
    expect(m!.body).not.toContain('尽快');
    expect(m!.body).toMatch(/\d{1,2}\/\d{1,2} \d{2}:\d{2}/);
    expect(m!.recipient).toMatch(/^1390000\d{4}$/);
  });

  it('should send nothing for an internal (内部发现) case', async () => {
    const c = await ctx.newCase({ channel: 'internal' });
    expect(await messagesOf(c.id)).toEqual([]);
  });

  it('should tell the customer of an assignment and a public reply, never an internal note', async () => {
    const c = await ctx.newCase({ channel: 'web' });
    const dispatch = await ctx.departmentId('dispatch');
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch })).status).toBe(200);
    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/comments`, { body: '内部：司机电话未接', visibility: 'internal' });
    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/comments`, { body: '已联系网点，明日上午派送', visibility: 'public' });
    const items = await messagesOf(c.id);
    expect(items.map((m) => m.event).sort()).toEqual(['assigned', 'progress_reply', 'received']);
    const reply = items.find((m) => m.event === 'progress_reply')!;
    expect(reply.body).toContain('已联系网点，明日上午派送');
    expect(items.some((m) => m.body.includes('司机电话未接'))).toBe(false);
    // The customer is not told which internal department holds the case, in the text or its variables.
    const assigned = items.find((m) => m.event === 'assigned')!;
    const departments = (await ctx.as('admin', 'GET', '/api/departments')).body.items as Array<{ id: string; name: string }>;
    const dispatchName = departments.find((d) => d.id === dispatch)!.name;
    expect(assigned.body).toContain(c.caseNumber);
    expect(assigned.body).not.toContain(dispatchName);
    const [row] = await ctx.db.select().from(outboxMessages).where(eq(outboxMessages.id, assigned.id));
    expect(Object.keys(row!.vars)).not.toContain('department');
    // A handler of the department sees the case and a masked number; another department sees nothing.
    const asHandler = await messagesOf(c.id, 'dispatch');
    expect(asHandler[0]!.recipient).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect((await ctx.as('quality', 'GET', `/api/cases/${c.id}/customer-messages`)).status).toBe(404);
  });

  it('should tell the customer of the offered remedy with its amount, its execution and the resolution', async () => {
    const c = await ctx.newCase({ channel: 'web' });
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('dispatch') });
    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' });
    const remedy = await ctx.as('admin', 'POST', `/api/cases/${c.id}/remedies`, { items: [{ kind: 'compensation', amountFen: 1250 }] });
    const offer = await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/offer`);
    expect(offer.status, JSON.stringify(offer.body)).toBe(200);
    const offered = (await messagesOf(c.id)).find((m) => m.event === 'remedy_offered')!;
    expect(offered.body).toContain('¥12.50');
    await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/answer`, { answer: 'accepted', executionDueAt: '2026-12-31T10:00:00Z' });
    const [action] = (await ctx.as('admin', 'GET', `/api/cases/${c.id}/actions`)).body.items;
    const done = await ctx.as('admin', 'POST', `/api/actions/${action.id}/complete`, { note: '已转账' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    await ctx.as('dispatch', 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'people', rootCauseText: '派送延误', party: 'customer' });
    const resolved = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'resolved' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    const events = (await messagesOf(c.id)).map((m) => m.event);
    expect(events).toEqual(expect.arrayContaining(['remedy_offered', 'remedy_executed', 'resolved']));
    expect(events.filter((e) => e === 'resolved')).toHaveLength(1);
  });

  it("should redact the messages' text when the customer's data is erased (rule 28)", async () => {
    const c = await ctx.newCase({ channel: 'web', customer: { name: '删我', phone: '13912345678' } });
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'rejected', reason: '重复' });
    const customerId = (await ctx.as('admin', 'GET', `/api/cases/${c.id}`)).body.customer.id;
    const erased = await ctx.as('admin', 'POST', `/api/admin/customers/${customerId}/erase`, { reason: '客户要求' });
    expect(erased.status).toBe(200);
    const rows = await ctx.db.select().from(outboxMessages).where(eq(outboxMessages.caseId, c.id));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.body).not.toContain(c.caseNumber);
  });
});

describe('admin outbox viewer', () => {
  it('should list with filters and cursor paging, show one message, and retry only a failed one (audited)', async () => {
    const c = await ctx.newCase({ channel: 'web' });
    const page1 = await ctx.as('admin', 'GET', '/api/admin/outbox?limit=1');
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.nextCursor).toMatch(/^\d+$/);
    const page2 = await ctx.as('admin', 'GET', `/api/admin/outbox?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
    const byCase = await ctx.as('admin', 'GET', `/api/admin/outbox?caseNumber=${c.caseNumber}&event=received&channel=sms&status=pending`);
    expect(byCase.body.items).toHaveLength(1);
    const id = byCase.body.items[0].id;
    expect((await ctx.as('admin', 'GET', `/api/admin/outbox/${id}`)).body).toMatchObject({ id, caseNumber: c.caseNumber, vars: { caseNumber: c.caseNumber } });
    expect((await ctx.as('admin', 'GET', '/api/admin/outbox?cursor=abc')).body.error.fields[0].path).toBe('query.cursor');

    const refused = await ctx.as('admin', 'POST', `/api/admin/outbox/${id}/retry`);
    expect(refused.status).toBe(409);
    await ctx.db.update(outboxMessages).set({ status: 'failed', attempts: 8, lastError: 'smtp: 421' }).where(eq(outboxMessages.id, id));
    expect((await ctx.as('admin', 'GET', '/api/admin/outbox?status=failed')).body.items.map((m: { id: string }) => m.id)).toContain(id);
    const retried = await ctx.as('admin', 'POST', `/api/admin/outbox/${id}/retry`);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0, lastError: 'smtp: 421' });
    const audit = await ctx.as('admin', 'GET', `/api/admin/audit?entity=outbox_message&entityId=${id}`);
    expect(audit.body.items).toHaveLength(1);
  });

  it('should deliver through the record driver in the worker, so the demo reads the message as sent', async () => {
    const c = await ctx.newCase({ channel: 'web' });
    await ctx.services.outbox.deliverDue();
    const [m] = await messagesOf(c.id);
    expect(m).toMatchObject({ status: 'sent' });
  });
});

describe('templates and channels', () => {
  it('should refuse an unknown template variable with a field error in Chinese and English', async () => {
    const url = '/api/admin/message-templates/received/sms/zh';
    const zh = await ctx.as('admin', 'PUT', url, { body: '单号{{caseNumber}}，{{orderTotal}}' }, { 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields).toEqual([{ path: 'body', message: expect.stringContaining('未知变量：{{orderTotal}}') }]);
    const en = await ctx.as('admin', 'PUT', url, { body: '{{orderTotal}}' }, { 'accept-language': 'en' });
    expect(en.body.error.fields[0].message).toContain('Unknown template variable {{orderTotal}}');
    const email = await ctx.as('admin', 'PUT', '/api/admin/message-templates/received/email/zh', { body: '{{caseNumber}}' });
    expect(email.body.error.fields[0].path).toBe('subject');
  });

  it("should use the administrator's template for the next message and go back to the built-in one on reset (audited)", async () => {
    const url = '/api/admin/message-templates/received/sms/zh';
    const saved = await ctx.as('admin', 'PUT', url, { body: '【测试】已受理{{caseNumber}}', providerTemplateId: 'SMS_1' });
    expect(saved.status).toBe(200);
    expect(saved.body.items.find((t: any) => t.event === 'received' && t.channel === 'sms' && t.language === 'zh')).toMatchObject({ isDefault: false, providerTemplateId: 'SMS_1' });
    const c = await ctx.newCase({ channel: 'web' });
    expect((await messagesOf(c.id))[0]!.body).toBe(`【测试】已受理${c.caseNumber}`);
    const reset = await ctx.as('admin', 'DELETE', url);
    expect(reset.body.items.find((t: any) => t.event === 'received' && t.channel === 'sms' && t.language === 'zh').isDefault).toBe(true);
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=message_template');
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual(['deleted', 'created']);
  });

  it('should keep channel keys write-only: never returned, never in the audit log', async () => {
    const url = '/api/admin/notification-channels/sms';
    const missing = await ctx.as('admin', 'PUT', url, { driver: 'aliyun', enabled: true, options: { accessKeyId: 'LTAI1' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['options.signName', 'secrets.accessKeySecret']);
    const saved = await ctx.as('admin', 'PUT', url, {
      driver: 'aliyun',
      enabled: true,
      options: { accessKeyId: 'LTAI1', signName: '客服', endpoint: 'http://127.0.0.1:9' },
      secrets: { accessKeySecret: 'TOP-SECRET-1' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.secrets).toEqual({ accessKeySecret: 'set' });
    // Left out, the key is kept.
    const again = await ctx.as('admin', 'PUT', url, { driver: 'aliyun', enabled: true, options: { accessKeyId: 'LTAI2', signName: '客服' } });
    expect(again.body.secrets).toEqual({ accessKeySecret: 'set' });
    const list = await ctx.as('admin', 'GET', '/api/admin/notification-channels');
    expect(JSON.stringify(list.body)).not.toContain('TOP-SECRET');
    const audit = await ctx.as('admin', 'GET', '/api/admin/audit?entity=notification_channel');
    expect(JSON.stringify(audit.body)).not.toContain('TOP-SECRET');
    expect(JSON.stringify(audit.body)).toContain('secret.accessKeySecret');
    const unknown = await ctx.as('admin', 'PUT', url, { driver: 'aliyun', enabled: false, options: { smtpHost: 'x' } });
    expect(unknown.body.error.fields[0].path).toBe('options.smtpHost');
    expect((await ctx.as('admin', 'PUT', url, { driver: 'smtp', enabled: true })).body.error.fields[0].path).toBe('driver');
    // Back to the demo's driver for the other tests.
    await ctx.as('admin', 'PUT', url, { driver: 'record', enabled: true });
  });

  it('should send a test message through the channel and say what happened', async () => {
    const ok = await ctx.as('admin', 'POST', '/api/admin/notification-channels/email/test', { to: 'ops@example.com' });
    expect(ok.body).toEqual({ ok: true, driver: 'record', error: null });
    const bad = await ctx.as('admin', 'POST', '/api/admin/notification-channels/email/test', { to: 'not-an-address' });
    expect(bad.body.error.fields[0].path).toBe('to');
    await ctx.as('admin', 'PUT', '/api/admin/notification-channels/email', { driver: 'smtp', enabled: true, options: { host: '127.0.0.1', port: 9, from: 'a@example.com' } });
    const down = await ctx.as('admin', 'POST', '/api/admin/notification-channels/email/test', { to: 'ops@example.com' });
    expect(down.body).toMatchObject({ ok: false, driver: 'smtp', error: expect.stringContaining('ECONNREFUSED') });
    expect(down.body.error).not.toContain('ops@example.com');
    await ctx.as('admin', 'PUT', '/api/admin/notification-channels/email', { driver: 'record', enabled: true });
  });
});

describe("the customer's message settings on the case page (rule 24: the customer decides)", () => {
  const settingsOf = async (caseId: string, as = 'agent') => (await ctx.as(as, 'GET', `/api/cases/${caseId}/customer-messages`)).body.settings;
  const put = (caseId: string, body: unknown, as = 'agent') => ctx.as(as, 'PUT', `/api/cases/${caseId}/customer-messages/settings`, body);

  it('should switch the customer to email on their word: the next message goes by email, and the timeline says what changed without the address', async () => {
    const c = await ctx.newCase({ channel: 'hotline' });
    expect(await settingsOf(c.id)).toMatchObject({ preferredChannel: null, optOut: false, email: null, canEdit: true });
    // Email preferred without an address: a field error, nothing stored.
    const refused = await put(c.id, { preferredChannel: 'email' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: any) => f.path)).toEqual(['preferredChannel']);
    expect((await settingsOf(c.id)).preferredChannel).toBeNull();
    expect((await put(c.id, { preferredChannel: 'email', email: 'not-an-address' })).status).toBe(400);

    const ok = await put(c.id, { preferredChannel: 'email', email: 'wang.min@example.com', language: 'en' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ preferredChannel: 'email', language: 'en', email: 'wang.min@example.com' });
    // A handler sees the address masked; handlers may not change it.
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: await ctx.departmentId('dispatch') });
    const handler = await settingsOf(c.id, 'dispatch');
    expect(handler.email).not.toBe('wang.min@example.com');
    expect(handler.canEdit).toBe(false);
    expect((await put(c.id, { optOut: true }, 'dispatch')).status).toBe(403);

    await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/comments`, { body: 'We will redeliver tomorrow morning', visibility: 'public' });
    const reply = (await messagesOf(c.id)).find((m) => m.event === 'progress_reply')!;
    expect(reply).toMatchObject({ channel: 'email', recipient: 'wang.min@example.com' });

    const events = (await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'customer_messaging_changed');
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({ fields: ['preferredChannel', 'language', 'email'], preferredChannel: 'email', language: 'en', optOut: false });
    expect(JSON.stringify(events[0])).not.toContain('wang.min');
    // The same settings again change nothing and write no event.
    expect((await put(c.id, { preferredChannel: 'email', language: 'en' })).status).toBe(200);
    expect((await ctx.as('agent', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'customer_messaging_changed')).toHaveLength(1);
  });

  it('should refuse WeChat for a customer who never linked it, and stop progress messages on an opt-out', async () => {
    const c = await ctx.newCase({ channel: 'hotline' });
    const wechat = await put(c.id, { preferredChannel: 'wechat' });
    expect(wechat.status).toBe(400);
    expect(wechat.body.error.fields[0].path).toBe('preferredChannel');
    expect((await put(c.id, { optOut: true })).status).toBe(200);
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/comments`, { body: '已联系网点', visibility: 'public' });
    const reply = (await messagesOf(c.id)).find((m) => m.event === 'progress_reply')!;
    expect(reply).toMatchObject({ status: 'suppressed', suppressedReason: 'opted_out' });
    expect((await put(c.id, { unknown: 1 })).status).toBe(400);
  });
});
