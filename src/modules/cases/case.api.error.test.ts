import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

async function caseCount(): Promise<number> {
  const res = await ctx.as('admin', 'GET', '/api/cases?limit=500');
  return res.body.items.length;
}

describe('case API errors', () => {
  it('should refuse a case without phone or description with field errors and store nothing', async () => {
    const before = await caseCount();
    const res = await ctx.as('agent', 'POST', '/api/cases', { channel: 'hotline', customer: { name: '张三' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.fields.map((f: any) => f.path).sort();
    expect(paths).toEqual(['customer.phone', 'description']);
    expect(res.body.error.fields[0].message).toBe('必填');
    expect(res.body.error.requestId).toMatch(/^req-/);
    expect(await caseCount()).toBe(before);
  });

  it('should answer in English when asked', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', { channel: 'hotline', customer: { name: '张三', phone: '12345' }, description: 'x' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Some fields are invalid; please check them');
    expect(res.body.error.fields).toEqual([{ path: 'customer.phone', message: 'Enter a valid mainland China mobile or landline number' }]);
  });

  it('should refuse blank text, wrong types and unknown enum values', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'pigeon',
      customer: { name: '   ', phone: 13812345678 },
      description: '   ',
      urgency: 'very',
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: any) => f.path).sort();
    expect(paths).toEqual(['channel', 'customer.name', 'customer.phone', 'description', 'urgency']);
  });

  it('should answer malformed JSON with 400 MALFORMED_REQUEST', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: await ctx.login('agent'), 'content-type': 'application/json' },
      payload: '{"channel": "hotline", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_REQUEST');
  });

  it('should refuse an unknown category as a field error', async () => {
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '张三', phone: '13812345678' },
      description: '测试',
      category: 'nonsense',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'category', message: '未知的投诉类别' }]);
  });

  it('should answer an illegal transition with 409 ILLEGAL_TRANSITION and change nothing', async () => {
    const c = await ctx.newCase();
    const before = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'closed' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ILLEGAL_TRANSITION');
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body.status).toBe('registered');
    expect(after.body.version).toBe(c.version);
    expect(after.body.events).toEqual(before.body.events);
  });

  it('should ask for a reason where the move needs one', async () => {
    const c = await ctx.newCase();
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'rejected', reason: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'reason', message: '此操作需要填写原因' }]);
  });

  it('should ask for a department when assigning without one', async () => {
    const c = await ctx.newCase();
    const res = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('departmentId');
  });

  it('should refuse a stale version with 409 VERSION_CONFLICT and keep the newer data', async () => {
    const c = await ctx.newCase();
    const first = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, demand: '第一位客服的修改' });
    expect(first.status).toBe(200);
    const second = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: c.version, demand: '第二位的过期修改' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VERSION_CONFLICT');
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body.demand).toBe('第一位客服的修改');
  });

  it('should refuse reusing an Idempotency-Key for a different request', async () => {
    const headers = { 'idempotency-key': 'reuse-1' };
    const a = await ctx.as('agent', 'POST', '/api/cases', { channel: 'api', customer: { name: 'A', phone: '13600000001' }, description: '一' }, headers);
    const b = await ctx.as('agent', 'POST', '/api/cases', { channel: 'api', customer: { name: 'A', phone: '13600000001' }, description: '二' }, headers);
    expect(a.status).toBe(201);
    expect(b.status).toBe(422);
    expect(b.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('should refuse fields an edit cannot change instead of ignoring them, and change nothing', async () => {
    const c = await ctx.newCase();
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, demand: '改了', status: 'closed', caseNumber: 'HACK' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.path).sort()).toEqual(['caseNumber', 'status']);
    const after = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(after.body.demand).not.toBe('改了');
    expect(after.body.version).toBe(c.version);
  });

  it('should refuse a stage or cause the company does not have, on intake and on edit', async () => {
    const before = await caseCount();
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '王五', phone: '13800138111' },
      description: '包裹破损',
      stage: 'moon',
      cause: 'aliens',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.path).sort()).toEqual(['cause', 'stage']);
    expect(await caseCount()).toBe(before);
    const c = await ctx.newCase();
    const edit = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version, stage: 'moon' });
    expect(edit.status).toBe(400);
    expect(edit.body.error.fields[0].path).toBe('stage');
  });

  it('should refuse editing a closed case', async () => {
    const c = await ctx.newCase();
    await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'rejected', reason: '重复' });
    const res = await ctx.as('agent', 'PATCH', `/api/cases/${c.id}`, { version: c.version + 1, demand: 'x' });
    expect(res.status).toBe(409);
  });

  it('should refuse a garbage cursor and an out-of-range limit with field errors', async () => {
    const a = await ctx.as('agent', 'GET', '/api/cases?cursor=notacursor');
    expect(a.status).toBe(400);
    expect(a.body.error.fields[0].path).toBe('query.cursor');
    const b = await ctx.as('agent', 'GET', '/api/cases?limit=100000');
    expect(b.status).toBe(400);
    expect(b.body.error.fields[0].path).toBe('query.limit');
  });

  it('should refuse an attachment of a forbidden type or over the size limit', async () => {
    const c = await ctx.newCase();
    const send = async (filename: string, type: string, bytes: Buffer) => {
      const boundary = '----cl';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return ctx.app.inject({
        method: 'POST',
        url: `/api/cases/${c.id}/attachments`,
        headers: { cookie: await ctx.login('agent'), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    };
    const exe = await send('virus.exe', 'application/x-msdownload', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(415);
    const big = await send('huge.jpg', 'image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1024 * 1024 + 10, 1)]));
    expect(big.statusCode).toBe(413);
    // A web page under an image's name is refused: the browser would be asked to show it inline.
    const disguised = await send('photo.png', 'image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'));
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toBe('文件内容与其类型不符');
    const empty = await send('note.txt', 'text/plain', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ path: 'file', message: '文件是空的' }]);
    const detail = await ctx.as('agent', 'GET', `/api/cases/${c.id}`);
    expect(detail.body.attachments).toHaveLength(0);
  });

  it('should answer unknown API routes with the error shape', async () => {
    const res = await ctx.as('agent', 'GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('should reject a wrong password without telling which part was wrong', async () => {
    const res = await ctx.as(null, 'POST', '/api/auth/login', { username: 'agent', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await ctx.as(null, 'POST', '/api/auth/login', { username: 'nobody', password: 'wrong' });
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
  });
  it('should refuse text PostgreSQL cannot store (NUL, broken Unicode) as field errors, in body and query alike', async () => {
    const before = await caseCount();
    const res = await ctx.as('agent', 'POST', '/api/cases', {
      channel: 'hotline',
      customer: { name: '李\u0000雷', phone: '13800138000' },
      description: '快递\ud800没到',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: any) => f.path).sort()).toEqual(['customer.name', 'description']);
    expect(res.body.error.fields[0].message).toMatch(/无法保存/);
    expect(await caseCount()).toBe(before);
    const q = await ctx.as('agent', 'GET', '/api/cases?q=%00abc', undefined, { 'accept-language': 'en' });
    expect(q.status).toBe(400);
    expect(q.body.error.fields).toEqual([{ path: 'query.q', message: expect.stringMatching(/cannot be stored/) }]);
    const login = await ctx.as(null, 'POST', '/api/auth/login', { username: 'age\u0000nt', password: 'x' });
    expect(login.status).toBe(400);
  });

  it('should refuse a cursor taken under another sort, or forged, instead of failing in the database', async () => {
    for (let i = 0; i < 3; i++) await ctx.newCase();
    const page = await ctx.as('agent', 'GET', '/api/cases?sort=priority&limit=1');
    expect(page.status).toBe(200);
    expect(page.body.nextCursor).toBeTruthy();
    const next = await ctx.as('agent', 'GET', `/api/cases?sort=priority&limit=1&cursor=${page.body.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    const reused = await ctx.as('agent', 'GET', `/api/cases?sort=createdAt&limit=1&cursor=${page.body.nextCursor}`);
    expect(reused.status).toBe(400);
    expect(reused.body.error.fields[0].path).toBe('query.cursor');
    const forged = Buffer.from(JSON.stringify(['createdAt', 'desc', 'P3', page.body.items[0].id])).toString('base64url');
    const bad = await ctx.as('agent', 'GET', `/api/cases?cursor=${forged}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.cursor');
  });

  it('should answer a handler who hands a case to another department with the result, not a 404', async () => {
    const dispatch = await ctx.departmentId('dispatch');
    const quality = await ctx.departmentId('quality');
    const c = await ctx.newCase();
    const assigned = await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch });
    expect(assigned.status).toBe(200);
    const handed = await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, {
      to: 'assigned',
      departmentId: quality,
      reason: '属于食品质量问题，转质控',
    });
    expect(handed.status).toBe(200);
    expect(handed.body.departmentId).toBe(quality);
    expect(handed.body.allowedTransitions).toEqual([]);
    // Handed over: from now on the dispatch handler no longer sees it.
    expect((await ctx.as('dispatch', 'GET', `/api/cases/${c.id}`)).status).toBe(404);
    expect((await ctx.as('quality', 'GET', `/api/cases/${c.id}`)).status).toBe(200);
  });
});

describe('reassignment', () => {
  it('should need a reason to take a case from the department or member that has it, and keep it on the timeline', async () => {
    const dispatch = await ctx.departmentId('dispatch');
    const warehouse = await ctx.departmentId('warehouse');
    const c = await ctx.newCase();
    // The first department needs no reason.
    expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch })).status).toBe(200);
    const bare = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: warehouse });
    expect(bare.status).toBe(400);
    expect(bare.body.error.fields).toEqual([{ path: 'reason', message: expect.stringMatching(/改派需要填写原因/) }]);
    const current = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`);
    const edit = await ctx.as('supervisor', 'PATCH', `/api/cases/${c.id}`, { version: current.body.version, departmentId: warehouse });
    expect(edit.status).toBe(400);
    expect(edit.body.error.fields[0].path).toBe('reason');
    const stillDispatch = await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`);
    expect(stillDispatch.body.departmentId).toBe(dispatch);
    const moved = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: warehouse, reason: '错发，需仓库核实' });
    expect(moved.status).toBe(200);
    const events = (await ctx.as('supervisor', 'GET', `/api/cases/${c.id}`)).body.events.filter((e: any) => e.kind === 'assigned');
    expect(events.at(-1).payload.reason).toBe('错发，需仓库核实');
  });
});

describe('administration under concurrency and with empty edits', () => {
  it('should create a user once when the same username is posted four times at once', async () => {
    const department = await ctx.departmentId('dispatch');
    const body = { username: 'racer', displayName: '并发测试', role: 'handler', departmentId: department, password: 'racer-pass-1' };
    const results = await Promise.all([1, 2, 3, 4].map(() => ctx.as('admin', 'POST', '/api/users', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.fields[0].path).toBe('username');
    const users = await ctx.as('admin', 'GET', '/api/users');
    expect(users.body.items.filter((u: any) => u.username === 'racer')).toHaveLength(1);
  });

  it('should let an admin deactivate a member of a department that was deactivated first, but not move someone into it', async () => {
    const dep = await ctx.as('admin', 'POST', '/api/departments', { code: 'repair', name: '维修' });
    const user = await ctx.as('admin', 'POST', '/api/users', { username: 'fixer', displayName: '维修 小李', role: 'handler', departmentId: dep.body.id, password: 'fixer-pass-1' });
    expect(user.status).toBe(201);
    expect((await ctx.as('admin', 'PATCH', `/api/departments/${dep.body.id}`, { active: false })).status).toBe(200);
    const off = await ctx.as('admin', 'PATCH', `/api/users/${user.body.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const agentId = await ctx.userId('agent');
    const moved = await ctx.as('admin', 'PATCH', `/api/users/${agentId}`, { role: 'handler', departmentId: dep.body.id });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields[0].path).toBe('departmentId');
  });

  it('should create a department once under a race, and answer an empty edit with the department as it is', async () => {
    const body = { code: 'claims', name: '理赔' };
    const results = await Promise.all([1, 2, 3].map(() => ctx.as('admin', 'POST', '/api/departments', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const id = results.find((r) => r.status === 201)!.body.id;
    const empty = await ctx.as('admin', 'PATCH', `/api/departments/${id}`, {});
    expect(empty.status).toBe(200);
    expect(empty.body.name).toBe('理赔');
  });
});
