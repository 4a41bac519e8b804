import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { purgeExpiredPortal } from './portal.service.ts';
import { complaint, lastCode, multipart, PNG, portalClient } from '../../../test/portal-support.ts';

describe('customer portal: filing a complaint', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ autoRoute: true });
    await ctx.as('admin', 'POST', '/api/admin/stores', { code: 'SH-XUJIAHUI', name: '徐家汇店' });
  });
  afterAll(async () => ctx?.close());

  it('should file from a store QR link through the normal intake (channel qr, store filled, triaged, clocks started) and show the number and limits at once (seed 002)', async () => {
    const options = portalClient(ctx);
    const opts = await options.req('GET', '/api/portal/options?store=SH-XUJIAHUI');
    expect(opts.status).toBe(200);
    expect(opts.body.store).toEqual({ code: 'SH-XUJIAHUI', name: '徐家汇店' });
    expect(opts.body.categories.length).toBeGreaterThan(0);
    expect(opts.body.limits.map((l: any) => l.target)).toEqual(expect.arrayContaining(['acknowledge', 'resolution']));

    const c = portalClient(ctx);
    const filed = await c.req('POST', '/api/portal/complaints', complaint({ store: 'SH-XUJIAHUI', category: opts.body.categories[0].code }));
    expect(filed.status).toBe(201);
    expect(filed.body.caseNumber).toMatch(/^TS\d{8}-\d{4}$/);
    expect(filed.body.limits.find((l: any) => l.target === 'acknowledge')?.dueAt).toEqual(expect.any(String));
    expect(filed.body.limits.find((l: any) => l.target === 'resolution')?.dueAt).toEqual(expect.any(String));
    expect(c.cookie).toMatch(/^cl_portal=/);

    // Staff see the case as any other: channel qr, the store's name, no receiving agent, on the timeline as the customer's.
    const staff = await ctx.as('agent', 'GET', `/api/cases/${filed.body.caseNumber}`);
    expect(staff.body).toMatchObject({ channel: 'qr', store: '徐家汇店', status: expect.any(String) });
    expect(staff.body.events.find((e: any) => e.kind === 'created')).toMatchObject({ actorId: null, payload: { by: 'customer' } });
    expect(staff.body.events.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['created', 'triaged']));

    // The photo, right after, with the filing's session (that case only).
    const up = multipart('破损.png', 'image/png', PNG);
    const photo = await c.req('POST', `/api/portal/cases/${filed.body.caseNumber}/photos`, up.payload, up.headers);
    expect(photo.status).toBe(201);
    const files = await ctx.as('agent', 'GET', `/api/cases/${staff.body.id}`);
    expect(JSON.stringify(files.body)).toContain('破损.png');
  });

  it('should not let a filing with someone else’s phone change that customer’s name or email on record', async () => {
    const known = await ctx.newCase({ customer: { name: '赵真名', phone: '13722223333', email: 'zhao@example.com' } });
    const c = portalClient(ctx, '10.2.0.77');
    const filed = await c.req('POST', '/api/portal/complaints', complaint({ name: '冒名者', phone: '13722223333', email: 'fake@example.com' }));
    expect(filed.status).toBe(201);
    // Both cases refer to the one customer, whose record is as the staff took it.
    for (const n of [known.caseNumber, filed.body.caseNumber]) {
      const view = (await ctx.as('agent', 'GET', `/api/cases/${n}`)).body;
      expect(view.customer).toMatchObject({ name: '赵真名', email: 'zhao@example.com' });
    }
  });

  it('should file without a store as channel h5', async () => {
    const c = portalClient(ctx);
    const filed = await c.req('POST', '/api/portal/complaints', complaint());
    expect((await ctx.as('agent', 'GET', `/api/cases/${filed.body.caseNumber}`)).body.channel).toBe('h5');
  });

  it('should never duplicate a retried submit with the same Idempotency-Key, and refuse the key reused for another complaint', async () => {
    const body = complaint();
    const c = portalClient(ctx);
    const first = await c.req('POST', '/api/portal/complaints', body, { 'idempotency-key': 'retry-1' });
    const again = await c.req('POST', '/api/portal/complaints', body, { 'idempotency-key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.caseNumber).toBe(first.body.caseNumber);
    const list = await ctx.as('agent', 'GET', `/api/cases?q=${body.waybillNo}`);
    expect(list.body.items).toHaveLength(1);
    const other = await c.req('POST', '/api/portal/complaints', { ...body, description: '另一件事' }, { 'idempotency-key': 'retry-1' });
    expect(other.status).toBe(422);
  });

  it('should refuse a non-image photo, an unknown store and a bad phone with field errors', async () => {
    const c = portalClient(ctx);
    const filed = await c.req('POST', '/api/portal/complaints', complaint());
    const pdf = multipart('a.pdf', 'application/pdf', Buffer.from('%PDF-1.4 x'));
    expect((await c.req('POST', `/api/portal/cases/${filed.body.caseNumber}/photos`, pdf.payload, pdf.headers)).status).toBe(415);
    const store = await c.req('POST', '/api/portal/complaints', complaint({ store: 'NOPE' }), { 'accept-language': 'en' });
    expect(store.status).toBe(400);
    expect(store.body.error.fields[0]).toMatchObject({ path: 'store', message: 'Unknown or inactive store' });
    const phone = await c.req('POST', '/api/portal/complaints', complaint({ phone: '123' }));
    expect(phone.status).toBe(400);
    expect(phone.body.error.fields[0].path).toBe('phone');
  });

  it("should limit the filing's session to the case just filed", async () => {
    const phone = '13700009999';
    const a = portalClient(ctx);
    const first = await a.req('POST', '/api/portal/complaints', complaint({ phone }));
    const b = portalClient(ctx);
    const second = await b.req('POST', '/api/portal/complaints', complaint({ phone }));
    // Same customer (same phone), but the second filing's session does not open the first case.
    expect((await b.req('GET', `/api/portal/cases/${second.body.caseNumber}`)).status).toBe(200);
    expect((await b.req('GET', `/api/portal/cases/${first.body.caseNumber}`)).status).toBe(404);
    expect((await b.req('GET', '/api/portal/cases')).body.items.map((x: any) => x.caseNumber)).toEqual([second.body.caseNumber]);
  });

  it('should limit filings per address (429 with Retry-After)', async () => {
    const c = portalClient(ctx, '10.9.9.9');
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await c.req('POST', '/api/portal/complaints', complaint())).status;
    expect(last).toBe(429);
  });
});

describe('customer portal: following a case with a one-time code', () => {
  let ctx: TestContext;
  let now = new Date('2026-12-07T02:00:00Z');
  beforeAll(async () => {
    ctx = await createTestContext({ clock: () => now });
  });
  afterAll(async () => ctx?.close());

  it('should send a 6-digit code by SMS through the outbox and keep only its hash', async () => {
    const body = complaint();
    const filed = await portalClient(ctx).req('POST', '/api/portal/complaints', body);
    const c = portalClient(ctx);
    const sent = await c.req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: body.phone });
    expect(sent).toMatchObject({ status: 202, body: { sent: true, expiresInSeconds: 600 } });
    const code = await lastCode(ctx, filed.body.caseNumber);
    expect(code).toMatch(/^\d{6}$/);
    const channels = (await ctx.db.execute(sql`select channel from outbox_messages where event = 'otp'`)) as any;
    expect((channels.rows ?? channels).map((r: any) => r.channel)).toEqual(['sms']);
    const stored = (await ctx.db.execute(sql`select code_hash from portal_codes`)) as any;
    expect(JSON.stringify(stored.rows ?? stored)).not.toContain(code);
  });

  it('should answer a wrong case number / phone pair exactly as a right one (no existence oracle)', async () => {
    const body = complaint();
    const filed = await portalClient(ctx).req('POST', '/api/portal/complaints', body);
    const right = await portalClient(ctx, '10.1.0.1').req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: body.phone });
    const wrongPhone = await portalClient(ctx, '10.1.0.2').req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: '13911112222' });
    const noCase = await portalClient(ctx, '10.1.0.3').req('POST', '/api/portal/follow/code', { caseNumber: 'TS20990101-0001', phone: body.phone });
    expect(wrongPhone.status).toBe(right.status);
    expect(wrongPhone.body).toEqual(right.body);
    expect(noCase.body).toEqual(right.body);
    // Verifying a pair that matches nothing answers like a wrong code.
    const v1 = await portalClient(ctx, '10.1.0.4').req('POST', '/api/portal/follow/verify', { caseNumber: 'TS20990101-0001', phone: body.phone, code: '123456' });
    const v2 = await portalClient(ctx, '10.1.0.4').req('POST', '/api/portal/follow/verify', { caseNumber: filed.body.caseNumber, phone: body.phone, code: '000000' === (await lastCode(ctx, filed.body.caseNumber)) ? '000001' : '000000' });
    expect(v1.status).toBe(400);
    expect({ ...v1.body.error, requestId: '' }).toEqual({ ...v2.body.error, requestId: '' });
  });

  it('should refuse a wrong code, then accept the right one once, with a session for that customer', async () => {
    const { caseNumber, phone } = await (async () => {
      const body = complaint();
      const filed = await portalClient(ctx).req('POST', '/api/portal/complaints', body);
      return { caseNumber: filed.body.caseNumber, phone: body.phone };
    })();
    const c = portalClient(ctx, '10.2.0.1');
    await c.req('POST', '/api/portal/follow/code', { caseNumber, phone });
    const code = (await lastCode(ctx, caseNumber))!;
    const wrong = await c.req('POST', '/api/portal/follow/verify', { caseNumber, phone, code: code === '111111' ? '222222' : '111111' }, { 'accept-language': 'en' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ path: 'code', message: expect.stringContaining('wrong') });
    expect(c.cookie).toBeNull();
    const ok = await c.req('POST', '/api/portal/follow/verify', { caseNumber, phone, code });
    expect(ok.status).toBe(200);
    expect((await c.req('GET', `/api/portal/cases/${caseNumber}`)).status).toBe(200);
    // Used once: the same code again is refused.
    expect((await portalClient(ctx, '10.2.0.2').req('POST', '/api/portal/follow/verify', { caseNumber, phone, code })).status).toBe(400);
  });

  it('should refuse an expired code', async () => {
    const body = complaint();
    const filed = await portalClient(ctx).req('POST', '/api/portal/complaints', body);
    const c = portalClient(ctx, '10.3.0.1');
    await c.req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: body.phone });
    const code = await lastCode(ctx, filed.body.caseNumber);
    now = new Date(now.getTime() + 11 * 60_000);
    expect((await c.req('POST', '/api/portal/follow/verify', { caseNumber: filed.body.caseNumber, phone: body.phone, code })).status).toBe(400);
    // The background purge removes expired codes.
    const before = (await ctx.db.execute(sql`select count(*)::int as n from portal_codes where expires_at < ${now.toISOString()}`)) as any;
    expect((before.rows ?? before)[0].n).toBeGreaterThan(0);
    expect(await purgeExpiredPortal(ctx.db, now)).toBeGreaterThan(0);
    const after = (await ctx.db.execute(sql`select count(*)::int as n from portal_codes where expires_at < ${now.toISOString()}`)) as any;
    expect((after.rows ?? after)[0].n).toBe(0);
  });

  it('should end a code after 5 wrong tries, even for the right code after', async () => {
    const body = complaint();
    const filed = await portalClient(ctx).req('POST', '/api/portal/complaints', body);
    const c = portalClient(ctx, '10.4.0.1');
    await c.req('POST', '/api/portal/follow/code', { caseNumber: filed.body.caseNumber, phone: body.phone });
    const code = (await lastCode(ctx, filed.body.caseNumber))!;
    const wrong = code === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++) expect((await c.req('POST', '/api/portal/follow/verify', { caseNumber: filed.body.caseNumber, phone: body.phone, code: wrong })).status).toBe(400);
    expect((await c.req('POST', '/api/portal/follow/verify', { caseNumber: filed.body.caseNumber, phone: body.phone, code })).status).toBe(400);
  });

  it('should limit code sends per phone and per address with 429 and Retry-After, whether or not the pair exists', async () => {
    const phone = '13600001111';
    let res;
    for (let i = 0; i < 5; i++) {
      res = await portalClient(ctx, `10.5.0.${i}`).req('POST', '/api/portal/follow/code', { caseNumber: 'TS20990101-0001', phone });
      expect(res.status).toBe(202);
    }
    res = await portalClient(ctx, '10.5.0.99').req('POST', '/api/portal/follow/code', { caseNumber: 'TS20990101-0001', phone });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const one = portalClient(ctx, '10.6.0.1');
    for (let i = 0; i < 20; i++) expect((await one.req('POST', '/api/portal/follow/code', { caseNumber: 'TS20990101-0001', phone: `135000${String(10000 + i).slice(-5)}` })).status).toBe(202);
    expect((await one.req('POST', '/api/portal/follow/code', { caseNumber: 'TS20990101-0001', phone: '13500099999' })).status).toBe(429);
  });

  it('should limit wrong codes per address', async () => {
    const c = portalClient(ctx, '10.7.0.1');
    let last = 0;
    for (let i = 0; i < 31; i++) last = (await c.req('POST', '/api/portal/follow/verify', { caseNumber: 'TS20990101-0001', phone: '13600002222', code: '123456' })).status;
    expect(last).toBe(429);
  });

  it('should record who created, renamed and switched off a store in the audit log, and nothing for a refused or empty change', async () => {
    const made = await ctx.as('admin', 'POST', '/api/admin/stores', { code: 'BJ-WANGJING', name: '望京店' });
    expect(made.status).toBe(201);
    const taken = await ctx.as('admin', 'POST', '/api/admin/stores', { code: 'BJ-WANGJING', name: '另一家' });
    expect(taken.status).toBe(400);
    expect((await ctx.as('admin', 'PATCH', `/api/admin/stores/${made.body.id}`, { name: '望京店' })).status).toBe(200);
    expect((await ctx.as('admin', 'PATCH', `/api/admin/stores/${made.body.id}`, { name: '望京SOHO店' })).status).toBe(200);
    expect((await ctx.as('admin', 'PATCH', `/api/admin/stores/${made.body.id}`, { active: false })).body.active).toBe(false);
    const log = await ctx.as('admin', 'GET', `/api/admin/audit?entity=store&entityId=${made.body.id}`);
    expect(log.status).toBe(200);
    const rows = [...log.body.items].reverse();
    expect(rows.map((r: any) => r.action)).toEqual(['created', 'updated', 'deactivated']);
    expect(rows[0]).toMatchObject({ actorName: expect.any(String), changes: { code: { to: 'BJ-WANGJING' }, name: { to: '望京店' } } });
    expect(rows[1].changes).toEqual({ name: { from: '望京店', to: '望京SOHO店' } });
    expect(rows[2].changes).toEqual({ active: { from: true, to: false } });
  });
});
