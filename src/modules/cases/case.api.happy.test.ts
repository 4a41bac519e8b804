import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('case intake and lifecycle (HTTP)', () => {
  it('should answer health with the database kind and the upload limit', async () => {
    const res = await ctx.as(null, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ? 'postgres' : 'pglite',
      demo: false,
      maxUploadBytes: 1024 * 1024,
    });
  });

  it('should create a case with a case number and a creation event when posted with Chinese text', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '张三', phone: '138-1234-5678' },
      description: '我的快递三天没到，物流信息一直没有更新，里面是给孩子的生日礼物',
      waybillNo: 'SF1234567890123',
      category: 'delay',
      urgency: 'urgent',
      demand: '尽快派送并减免运费',
    });
    expect(res.status).toBe(201);
    expect(res.body.caseNumber).toMatch(/^TS\d{8}-\d{4}$/);
    expect(res.body.status).toBe('registered');
    expect(res.body.customer.phone).toBe('13812345678');
    expect(res.body.receivedByName).toBe('客服 王小敏');

    const detail = await ctx.as('agent', 'GET', `/api/cases/${res.body.caseNumber}`);
    expect(detail.status).toBe(200);
    expect(detail.body.description).toContain('三天没到');
    // Creation by the agent, then the system's triage (classification and priority) in the same transaction.
    expect(detail.body.events.map((e: any) => e.kind)).toEqual(['created', 'triaged']);
    expect(detail.body.events[0]).toMatchObject({ kind: 'created', toStatus: 'registered', actorName: '客服 王小敏' });
  });

  it('should return the first case when the same Idempotency-Key is retried', async () => {
    const body = { channel: 'api', customer: { name: '李四', phone: '13900001111' }, description: '包裹破损，外箱压扁' };
    const headers = { 'idempotency-key': 'order-system-req-42' };
    const first = await ctx.as('agent', 'POST', '/api/cases', body, headers);
    const second = await ctx.as('agent', 'POST', '/api/cases', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    const list = await ctx.as('agent', 'GET', '/api/cases?q=13900001111');
    expect(list.body.items).toHaveLength(1);
  });

  it('should create exactly one case when retries with one key race each other', async () => {
    const body = { channel: 'api', customer: { name: '王五', phone: '13900002222' }, description: '错发了别人的货' };
    const headers = { 'idempotency-key': 'race-1' };
    const results = await Promise.all(Array.from({ length: 5 }, () => ctx.as('agent', 'POST', '/api/cases', body, headers)));
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const list = await ctx.as('agent', 'GET', '/api/cases?q=13900002222');
    expect(list.body.items).toHaveLength(1);
  });

  it('should give unique case numbers to concurrent intakes', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ctx.as('agent', 'POST', '/api/cases', {
          channel: 'web',
          customer: { name: '并发', phone: `1370000${String(1000 + i)}` },
          description: `并发测试 ${i}`,
        }),
      ),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.caseNumber)).size).toBe(10);
  });

  it('should walk the whole loop from registered to closed, each step on the timeline', async () => {
    const c = await ctx.newCase();
    const dispatch = await ctx.departmentId('dispatch');
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['agent', 'acknowledged', {}],
      ['agent', 'assigned', { departmentId: dispatch }],
      ['dispatch', 'investigating', {}],
      ['dispatch', 'remedy_proposed', {}],
      ['dispatch', 'awaiting_customer', {}],
      ['dispatch', 'executing', {}],
      ['dispatch', 'resolved', {}],
      ['agent', 'follow_up', {}],
      ['agent', 'closed', {}],
    ];
    for (const [user, to, extra] of steps) {
      // The express preset resolves only after 定责 (the responsibilityDecided guard).
      if (to === 'resolved') {
        const decided = await ctx.as(user, 'PUT', `/api/cases/${c.id}/responsibility`, { rootCause: 'process', rootCauseText: '中转交接遗漏', party: 'internal', departmentId: dispatch });
        expect(decided.status).toBe(200);
      }
      const res = await ctx.as(user, 'POST', `/api/cases/${c.id}/transitions`, { to, ...extra });
      expect(res.status, `${to}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.status).toBe(to);
    }
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const moves = detail.body.events.filter((e: any) => e.kind === 'status_changed').map((e: any) => `${e.fromStatus}>${e.toStatus}`);
    expect(moves).toEqual([
      'registered>acknowledged',
      'acknowledged>assigned',
      'assigned>investigating',
      'investigating>remedy_proposed',
      'remedy_proposed>awaiting_customer',
      'awaiting_customer>executing',
      'executing>resolved',
      'resolved>follow_up',
      'follow_up>closed',
    ]);
    expect(detail.body.events.some((e: any) => e.kind === 'assigned' && e.payload.toDepartmentId === dispatch)).toBe(true);
    expect(detail.body.closedAt).not.toBeNull();
    expect(detail.body.version).toBe(10);
  });

  it('should offer only the moves legal now and allowed to the role', async () => {
    const c = await ctx.newCase();
    expect(c.allowedTransitions.map((t: any) => t.to).sort()).toEqual(['acknowledged', 'assigned', 'rejected']);
    expect(c.allowedTransitions.find((t: any) => t.to === 'rejected').requiresReason).toBe(true);
  });

  it('should reopen a closed case with a reason, by a supervisor', async () => {
    const c = await ctx.newCase();
    const steps = ['acknowledged', 'rejected'];
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: steps[0] });
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'rejected', reason: '非本公司运单' });
    expect(res.status).toBe(200);
    expect(res.body.rejectReason).toBe('非本公司运单');
  });

  it('should update fields with the version and record the changes', async () => {
    const c = await ctx.newCase();
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, urgency: 'critical', demand: '要求赔偿' });
    expect(res.status).toBe(200);
    expect(res.body.urgency).toBe('critical');
    expect(res.body.version).toBe(c.version + 1);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const updated = detail.body.events.find((e: any) => e.kind === 'updated');
    expect(updated.payload.changes.urgency).toEqual({ from: 'normal', to: 'critical' });
  });

  it('should add internal notes and public replies, distinguished on the timeline', async () => {
    const c = await ctx.newCase();
    const note = await ctx.as('agent', 'POST', `/api/cases/${c.id}/comments`, { body: '客户语气激动，注意安抚', visibility: 'internal' });
    const reply = await ctx.as('agent', 'POST', `/api/cases/${c.id}/comments`, { body: '已为您催促网点派送', visibility: 'public' });
    expect(note.status).toBe(201);
    expect(reply.status).toBe(201);
    expect(note.body).toMatchObject({ kind: 'note', visibility: 'internal' });
    expect(reply.body).toMatchObject({ kind: 'comment', visibility: 'public' });
  });

  it('should merge a duplicate into another case', async () => {
    const a = await ctx.newCase();
    const b = await ctx.newCase();
    const res = await ctx.as('agent', 'POST', `/api/cases/${b.id}/merge`, { intoId: a.caseNumber, reason: '同一运单重复来电' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'merged', mergedIntoId: a.id });
    const target = await ctx.as('agent', 'GET', `/api/cases/${a.id}`);
    expect(target.body.events.some((e: any) => e.kind === 'merged_from' && e.payload.fromId === b.id)).toBe(true);
  });

  it('should store a waybill number as carriers print it and find it however it is typed', async () => {
    const c = await ctx.newCase({ waybillNo: ' jt 0012 3456 789 ', orderNo: 'dd-778899' });
    expect(c.waybillNo).toBe('JT00123456789');
    expect(c.orderNo).toBe('DD-778899');
    for (const q of ['jt00123456789', 'JT00123456789', 'jt 0012 3456 789']) {
      const res = await ctx.as('agent', 'GET', `/api/cases?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((x: any) => x.id)).toEqual([c.id]);
    }
    const byOrder = await ctx.as('agent', 'GET', '/api/cases?q=dd-778899');
    expect(byOrder.body.items.map((x: any) => x.id)).toEqual([c.id]);
  });

  it('should filter by received dates given as days in the company time zone, and refuse impossible ones', async () => {
    const c = await ctx.newCase();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const same = await ctx.as('agent', 'GET', `/api/cases?from=${today}&to=${today}&limit=500`);
    expect(same.status).toBe(200);
    expect(same.body.items.map((x: any) => x.id)).toContain(c.id);
    const later = await ctx.as('agent', 'GET', '/api/cases?from=2099-01-01');
    expect(later.body.items).toHaveLength(0);
    const bad = await ctx.as('agent', 'GET', '/api/cases?to=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.to');
  });

  it('should find a customer by phone with their earlier cases', async () => {
    const c1 = await ctx.newCase({ customer: { name: '老客户', phone: '15000009999' } });
    const c2 = await ctx.newCase({ customer: { name: '老客户', phone: '+86 150 0000 9999' } });
    const res = await ctx.as('agent', 'GET', '/api/customers?phone=15000009999');
    expect(res.status).toBe(200);
    expect(res.body.customer.caseCount).toBe(2);
    expect(res.body.cases.map((c: any) => c.id).sort()).toEqual([c1.id, c2.id].sort());
  });

  it('should look a customer up by phone with 200 either way: found, or { customer: null }', async () => {
    const nobody = await ctx.as('agent', 'GET', '/api/customers/lookup?phone=13700001234');
    expect(nobody.status).toBe(200);
    expect(nobody.body).toEqual({ customer: null, cases: [] });

    // A landline, written with its separators, and a +86 mobile find the customer stored in normal form.
    const landline = await ctx.newCase({ customer: { name: '座机客户', phone: '021-62345678' } });
    const byLandline = await ctx.as('agent', 'GET', `/api/customers/lookup?phone=${encodeURIComponent('021-6234 5678')}`);
    expect(byLandline.status).toBe(200);
    expect(byLandline.body.customer).toMatchObject({ name: '座机客户', phone: '02162345678', caseCount: 1 });
    expect(byLandline.body.cases.map((c: any) => c.id)).toEqual([landline.id]);
    expect(byLandline.body).toEqual((await ctx.as('agent', 'GET', '/api/customers?phone=02162345678')).body);

    await ctx.newCase({ customer: { name: '手机客户', phone: '15100002222' } });
    const plus86 = await ctx.as('agent', 'GET', `/api/customers/lookup?phone=${encodeURIComponent('+86 151 0000 2222')}`);
    expect(plus86.body.customer).toMatchObject({ name: '手机客户', phone: '15100002222' });

    const invalid = await ctx.as('agent', 'GET', '/api/customers/lookup?phone=12345');
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields[0].path).toBe('query.phone');
    const none = await ctx.as(null, 'GET', '/api/customers/lookup?phone=13700001234');
    expect(none.status).toBe(401);
  });

  it('should answer the session with the body of /api/auth/me when signed in', async () => {
    const me = await ctx.as('agent', 'GET', '/api/auth/me');
    const session = await ctx.as('agent', 'GET', '/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual(me.body);
    expect(session.body.user.username).toBe('agent');
    expect(session.body.permissions).toContain('case.create');
  });

  it('should upload and download an attachment with its sha256', async () => {
    const c = await ctx.newCase();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2d9ae0d0000000049454e44ae426082', 'hex');
    const boundary = '----cltest';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="破损照片.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${c.id}/attachments`,
      headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(up.statusCode).toBe(201);
    const att = up.json();
    expect(att.size).toBe(png.length);
    expect(att.sha256).toMatch(/^[0-9a-f]{64}$/);
    const down = await ctx.app.inject({ method: 'GET', url: att.url, headers: { cookie: await ctx.login('agent') } });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(png)).toBe(true);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.attachments).toHaveLength(1);
    expect(detail.body.events.some((e: any) => e.kind === 'attachment_added')).toBe(true);
  });
});

describe('assignment', () => {
  it('should assign to a department and a member, and refuse a member of another department', async () => {
    const c = await ctx.newCase();
    const dispatch = await ctx.departmentId('dispatch');
    const zhang = await ctx.userId('dispatch');
    const liu = await ctx.userId('quality');
    const wrong = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: liu });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe('assigneeId');
    const ok = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: zhang });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ departmentName: '调度', assigneeName: '调度 张伟' });
    const mine = await ctx.as('dispatch', 'GET', '/api/cases?view=mine');
    expect(mine.body.items.map((x: any) => x.id)).toContain(c.id);
    const counts = await ctx.as('dispatch', 'GET', '/api/cases/counts');
    expect(counts.body.mine).toBeGreaterThanOrEqual(1);
  });

  it('should reassign by PATCH with an assignment event', async () => {
    const c = await ctx.newCase();
    const quality = await ctx.departmentId('quality');
    const liu = await ctx.userId('quality');
    const res = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: c.version, departmentId: quality, assigneeId: liu });
    expect(res.status).toBe(200);
    expect(res.body.assigneeName).toBe('质控 刘洋');
    const detail = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.events.find((e: any) => e.kind === 'assigned').payload).toMatchObject({
      toDepartmentId: quality,
      toAssigneeId: liu,
      toDepartmentName: '质控',
      toAssigneeName: '质控 刘洋',
    });
  });
});

describe('tab counts', () => {
  it('should count open work in mine and unassigned, and every visible case in all', async () => {
    const before = (await ctx.as('agent', 'GET', '/api/cases/counts')).body;
    const c = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'rejected', reason: '重复来电' });
    const after = (await ctx.as('agent', 'GET', '/api/cases/counts')).body;
    expect(after.all).toBe(before.all + 1);
    expect(after.unassigned).toBe(before.unassigned);
    const listed = await ctx.as('agent', 'GET', '/api/cases?limit=500');
    expect(listed.body.items).toHaveLength(after.all);
  });
});
