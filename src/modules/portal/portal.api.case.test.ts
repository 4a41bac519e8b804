import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { complaint, multipart, PNG, portalClient, verifiedCustomer } from '../../../test/portal-support.ts';
import { wechatStandIn } from '../notifications/provider-standins.test-helpers.ts';

/** Moves a customer's case (by number) to 待客户确认 with an approved, offered ¥88 remedy; returns its id. */
async function offerRemedy(ctx: TestContext, caseNumber: string, note = '内部备注：按规则11上限赔付') {
  const c = (await ctx.as('agent', 'GET', `/api/cases/${caseNumber}`)).body;
  const dispatch = await ctx.departmentId('dispatch');
  if (c.status !== 'assigned') expect((await ctx.as('agent', 'POST', `/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: await ctx.userId('dispatch') })).status).toBe(200);
  expect((await ctx.as('dispatch', 'POST', `/api/cases/${c.id}/transitions`, { to: 'investigating' })).status).toBe(200);
  const remedy = await ctx.as('supervisor', 'POST', `/api/cases/${c.id}/remedies`, {
    items: [{ kind: 'compensation', amountFen: 8_800 }, { kind: 'discipline' }],
    note,
  });
  expect(remedy.status).toBe(201);
  if (remedy.body.status !== 'approved') expect((await ctx.as('manager', 'POST', `/api/remedies/${remedy.body.id}/decisions`, { decision: 'approve', step: 0 })).status).toBe(200);
  expect((await ctx.as('dispatch', 'POST', `/api/remedies/${remedy.body.id}/offer`)).status).toBe(200);
  return { caseId: c.id as string, remedyId: remedy.body.id as string };
}

describe('customer portal: scope, case view, messages, remedy answers', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it("should never let customer A read customer B's case, by number or by id (404 both, like a missing case)", async () => {
    const a = await verifiedCustomer(ctx, {}, '10.20.0.1');
    const b = await verifiedCustomer(ctx, {}, '10.20.0.2');
    const bId = (await ctx.as('agent', 'GET', `/api/cases/${b.caseNumber}`)).body.id;
    expect((await a.client.req('GET', `/api/portal/cases/${a.caseNumber}`)).status).toBe(200);
    for (const ref of [b.caseNumber, bId, 'TS20990101-0001']) {
      const res = await a.client.req('GET', `/api/portal/cases/${ref}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect((await a.client.req('POST', `/api/portal/cases/${ref}/messages`, { body: 'x' })).status).toBe(404);
      expect((await a.client.req('POST', `/api/portal/cases/${ref}/remedy-answer`, { answer: 'accepted' })).status).toBe(404);
    }
    expect((await a.client.req('GET', '/api/portal/cases')).body.items.map((x: any) => x.caseNumber)).toEqual([a.caseNumber]);
    // Without a session, the customer routes answer 401.
    expect((await portalClient(ctx).req('GET', `/api/portal/cases/${a.caseNumber}`)).status).toBe(401);
  });

  it("should put the customer's message and photo on the timeline as the customer's (no staff actor), and show them back", async () => {
    const a = await verifiedCustomer(ctx, {}, '10.21.0.1');
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/messages`, { body: '请尽快处理，谢谢' })).status).toBe(201);
    const up = multipart('外箱.jpg', 'image/png', PNG);
    // A name that says .jpg for PNG bytes is refused like any attachment whose name and type disagree.
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/photos`, up.payload, up.headers)).status).toBe(415);
    const ok = multipart('外箱.png', 'image/png', PNG);
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/photos`, ok.payload, ok.headers)).status).toBe(201);
    const staff = await ctx.as('agent', 'GET', `/api/cases/${a.caseNumber}`);
    const comment = staff.body.events.find((e: any) => e.kind === 'comment');
    expect(comment).toMatchObject({ actorId: null, visibility: 'public', payload: { body: '请尽快处理，谢谢', by: 'customer' } });
    const view = await a.client.req('GET', `/api/portal/cases/${a.caseNumber}`);
    expect(view.body.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'reply', from: 'customer', body: '请尽快处理，谢谢', name: null }),
        expect.objectContaining({ kind: 'photo', filename: '外箱.png' }),
      ]),
    );
  });

  it('should record an acceptance as the customer’s own answer: the same event and move as an agent’s, by: customer, executing with its actions', async () => {
    const a = await verifiedCustomer(ctx, {}, '10.22.0.1');
    const { caseId } = await offerRemedy(ctx, a.caseNumber);
    const view = await a.client.req('GET', `/api/portal/cases/${a.caseNumber}`);
    expect(view.body).toMatchObject({ status: 'awaiting_customer', stage: 'your_answer', offer: { totalFen: 8_800 } });
    // The internal measure (disciplining staff) is not put to the customer.
    expect(view.body.offer.items.map((i: any) => i.kind)).toEqual(['compensation']);
    const answered = await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'accepted' });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('executing');
    const staff = await ctx.as('agent', 'GET', `/api/cases/${caseId}`);
    const ev = staff.body.events.find((e: any) => e.kind === 'remedy_answered');
    expect(ev).toMatchObject({ actorId: null, payload: { answer: 'accepted', by: 'customer' } });
    const actions = await ctx.as('admin', 'GET', `/api/cases/${caseId}/actions`);
    expect(actions.body.items.map((x: any) => x.kind)).toContain('compensation');
    // Answered once: a second answer is refused.
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'rejected' })).status).toBe(409);
  });

  it('should record a counter-offer in yuan as fen and send the case back to 方案待定 without escalation', async () => {
    const a = await verifiedCustomer(ctx, {}, '10.23.0.1');
    const { caseId } = await offerRemedy(ctx, a.caseNumber);
    const bad = await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'countered', counterOfferYuan: '12.345' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('counterOfferYuan');
    const res = await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'countered', counterOffer: '杯子是进口的', counterOfferYuan: '120.5' });
    expect(res.status).toBe(200);
    const staff = await ctx.as('agent', 'GET', `/api/cases/${caseId}`);
    expect(staff.body.status).toBe('remedy_proposed');
    expect(staff.body.escalationLevel ?? 0).toBe(0);
    expect(staff.body.events.find((e: any) => e.kind === 'remedy_answered').payload).toMatchObject({ answer: 'countered', counterOfferFen: 12_050, counterOffer: '杯子是进口的', by: 'customer' });
  });

  it('should escalate a rejected remedy as it does when an agent records it', async () => {
    const a = await verifiedCustomer(ctx, {}, '10.24.0.1');
    const { caseId } = await offerRemedy(ctx, a.caseNumber);
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'rejected', note: '太少了' })).status).toBe(200);
    const staff = await ctx.as('agent', 'GET', `/api/cases/${caseId}`);
    expect(staff.body.status).toBe('remedy_proposed');
    expect(staff.body.events.map((e: any) => e.kind)).toContain('escalated');
  });

  it('should answer 409 when no offer is waiting', async () => {
    const a = await verifiedCustomer(ctx, {}, '10.25.0.1');
    expect((await a.client.req('POST', `/api/portal/cases/${a.caseNumber}/remedy-answer`, { answer: 'accepted' })).status).toBe(409);
  });
});

describe('customer portal: response leak', () => {
  let ctx: TestContext;
  // WeChat is set up, so the linking routes answer as they do for a customer (a stand-in of WeChat).
  let wx: Awaited<ReturnType<typeof wechatStandIn>>;
  beforeAll(async () => {
    wx = await wechatStandIn('wx-leak', 'leak-secret');
    ctx = await createTestContext({ config: { wechatOAuthBase: wx.url, publicUrl: 'https://cases.example.com' } });
    await ctx.as('admin', 'PUT', '/api/admin/notification-channels/wechat', { driver: 'wechat_mp', enabled: true, options: { apiBase: wx.url, appId: 'wx-leak' }, secrets: { appSecret: 'leak-secret' } });
  });
  afterAll(async () => {
    await ctx?.close();
    await wx?.close();
  });

  it('should carry no internal note, username, department, other customer or internal id in any portal answer', async () => {
    const SECRETS = ['内部备注-切勿外传', '调查任务-内部', '方案说明-内部'];
    const other = await verifiedCustomer(ctx, { name: '李其他', phone: '13711119999', description: '别人的投诉内容-保密' }, '10.30.0.2');
    const me = await verifiedCustomer(ctx, { name: '王本人' }, '10.30.0.1');
    const myCase = (await ctx.as('agent', 'GET', `/api/cases/${me.caseNumber}`)).body;
    const otherCase = (await ctx.as('agent', 'GET', `/api/cases/${other.caseNumber}`)).body;
    // Staff work on the case: an internal note, a public reply, an investigation task, a remedy with an internal note.
    expect((await ctx.as('agent', 'POST', `/api/cases/${myCase.id}/comments`, { body: SECRETS[0], visibility: 'internal' })).status).toBe(201);
    expect((await ctx.as('agent', 'POST', `/api/cases/${myCase.id}/comments`, { body: '您好，我们正在核实', visibility: 'public' })).status).toBe(201);
    const dispatch = await ctx.departmentId('dispatch');
    await ctx.as('agent', 'POST', `/api/cases/${myCase.id}/transitions`, { to: 'assigned', departmentId: dispatch, assigneeId: await ctx.userId('dispatch') });
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${myCase.id}/investigation/tasks`, { departmentId: await ctx.departmentId('warehouse'), instructions: SECRETS[1] })).status).toBe(201);
    await offerRemedy(ctx, me.caseNumber, SECRETS[2]);

    const answers: Array<{ route: string; body: unknown }> = [];
    const internalSecrets: string[] = [];
    const call = async (route: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) => {
      const res = await me.client.req(method, url, payload, headers);
      expect(res.status, `${route} → ${JSON.stringify(res.body)}`).toBeLessThan(400);
      answers.push({ route, body: res.body });
    };
    await call('GET /api/portal/options', 'GET', '/api/portal/options');
    await call('GET /api/portal/cases', 'GET', '/api/portal/cases');
    await call('GET /api/portal/me/notifications', 'GET', '/api/portal/me/notifications');
    await call('GET /api/portal/cases/:caseNumber', 'GET', `/api/portal/cases/${me.caseNumber}`);
    const settings = await me.client.req('PUT', '/api/portal/me/notifications', { language: 'zh' });
    expect(settings.status).toBe(200);
    answers.push({ route: 'PUT /api/portal/me/notifications', body: settings.body });
    await call('POST /api/portal/cases/:caseNumber/messages', 'POST', `/api/portal/cases/${me.caseNumber}/messages`, { body: '收到' });
    const up = multipart('p.png', 'image/png', PNG);
    await call('POST /api/portal/cases/:caseNumber/photos', 'POST', `/api/portal/cases/${me.caseNumber}/photos`, up.payload, up.headers);
    await call('POST /api/portal/cases/:caseNumber/remedy-answer', 'POST', `/api/portal/cases/${me.caseNumber}/remedy-answer`, { answer: 'countered', counterOfferYuan: '100' });
    const fresh = portalClient(ctx, '10.30.0.9');
    answers.push({ route: 'POST /api/portal/complaints', body: (await fresh.req('POST', '/api/portal/complaints', { description: '新投诉', name: '王本人', phone: me.phone })).body });
    answers.push({ route: 'POST /api/portal/follow/code', body: (await fresh.req('POST', '/api/portal/follow/code', { caseNumber: me.caseNumber, phone: me.phone })).body });
    answers.push({ route: 'POST /api/portal/follow/verify', body: (await fresh.req('POST', '/api/portal/follow/verify', { caseNumber: me.caseNumber, phone: me.phone, code: '000000' })).body });
    answers.push({ route: 'POST /api/portal/logout', body: (await fresh.req('POST', '/api/portal/logout')).body ?? null });
    // The satisfaction survey behind a callback's link (the token is its credential): a resolved case of the same customer.
    const resolved = await ctx.newCase({ customer: { name: '王本人', phone: me.phone }, description: '包裹一直没到，请尽快处理' });
    await ctx.as('agent', 'POST', `/api/cases/${resolved.id}/transitions`, { to: 'assigned', departmentId: dispatch });
    await ctx.as('dispatch', 'POST', `/api/cases/${resolved.id}/transitions`, { to: 'investigating' });
    await ctx.as('dispatch', 'PUT', `/api/cases/${resolved.id}/responsibility`, { rootCause: 'process', rootCauseText: '交接遗漏-内部', party: 'internal', departmentId: dispatch });
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${resolved.id}/transitions`, { to: 'resolved', reason: '已补发' })).status).toBe(200);
    const [callback] = (await ctx.as('agent', 'GET', `/api/cases/${resolved.id}/callbacks`)).body.items as Array<{ id: string }>;
    const link = (await ctx.as('agent', 'POST', `/api/callbacks/${callback!.id}/survey-link`)).body.link as string;
    const token = link.split('/').pop()!;
    const survey = portalClient(ctx, '10.30.0.10');
    const viewed = await survey.req('GET', `/api/portal/survey/${token}`);
    expect(viewed.status, JSON.stringify(viewed.body)).toBe(200);
    answers.push({ route: 'GET /api/portal/survey/:token', body: viewed.body });
    // The customer signed in answers it on the case page; the link is then used up.
    const inPortal = await me.client.req('POST', `/api/portal/cases/${resolved.caseNumber}/survey`, { overall: 'satisfied', comment: '很好' });
    expect(inPortal.status, JSON.stringify(inPortal.body)).toBe(200);
    expect(inPortal.body.surveyOpen).toBe(false);
    answers.push({ route: 'POST /api/portal/cases/:caseNumber/survey', body: inPortal.body });
    const used = await survey.req('POST', `/api/portal/survey/${token}`, { overall: 'satisfied' });
    expect(used.status).toBe(410);
    answers.push({ route: 'POST /api/portal/survey/:token', body: used.body });
    internalSecrets.push('交接遗漏-内部');
    // Linking WeChat: the openid (contact data) and the channel's secret are in no answer, nor in the redirect.
    const OPENID = 'o-leak-openid-7f3a9c';
    internalSecrets.push(OPENID, 'leak-secret');
    const start = await me.client.req('POST', '/api/portal/me/wechat/bind', { caseNumber: me.caseNumber });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    answers.push({ route: 'POST /api/portal/me/wechat/bind', body: start.body });
    wx.signInAs(OPENID);
    const back = new URL((await fetch(start.body.authorizeUrl, { redirect: 'manual' })).headers.get('location')!);
    const bound = await me.client.req('GET', `${back.pathname}${back.search}`);
    expect(bound.status).toBe(302);
    answers.push({ route: 'GET /api/portal/me/wechat/callback', body: { location: bound.headers.location, body: bound.body ?? null } });
    const linked = await me.client.req('GET', '/api/portal/me/notifications');
    expect(linked.body.hasWechat).toBe(true);
    answers.push({ route: 'GET /api/portal/me/notifications', body: linked.body });
    const chose = await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'wechat' });
    answers.push({ route: 'PUT /api/portal/me/notifications', body: chose.body });
    // Every answer after linking is walked again, the case view included.
    await call('GET /api/portal/cases/:caseNumber', 'GET', `/api/portal/cases/${me.caseNumber}`);
    await call('GET /api/portal/options', 'GET', '/api/portal/options');
    const unlinked = await me.client.req('DELETE', '/api/portal/me/wechat');
    expect(unlinked.status).toBe(200);
    answers.push({ route: 'DELETE /api/portal/me/wechat', body: unlinked.body });
    // Every portal route is walked.
    const portalRoutes = ctx.routes.filter((r) => r.url.startsWith('/api/portal/')).map((r) => `${r.method} ${r.url}`);
    expect(portalRoutes.sort()).toEqual([...new Set(answers.map((a) => a.route))].sort());

    const usernames = ((await ctx.as('admin', 'GET', '/api/users')).body.items as Array<{ username: string }>).map((u) => u.username);
    const departments = ((await ctx.as('admin', 'GET', '/api/departments')).body.items as Array<{ name: string; id: string }>);
    const internalIds = [myCase.id, otherCase.id, myCase.customer?.id, dispatch, ...departments.map((d) => d.id)].filter(Boolean);
    for (const { route, body } of answers) {
      const text = JSON.stringify(body);
      for (const s of [...SECRETS, ...internalSecrets, '李其他', '13711119999', '别人的投诉内容-保密', other.caseNumber, '王本人']) expect(text, route).not.toContain(s);
      for (const id of internalIds) expect(text, route).not.toContain(id);
      // No UUID at all: the portal names cases by number and answers an offer without its id.
      expect(text, route).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      const strings: string[] = [];
      JSON.parse(text, (_k, v: unknown) => (typeof v === 'string' ? (strings.push(v), v) : v));
      for (const u of usernames) expect(strings, `${route} carries username ${u}`).not.toContain(u);
      for (const d of departments) expect(strings.some((s) => s.includes(d.name) && !s.startsWith('客服 ')), `${route} names department ${d.name}`).toBe(false);
      // The customer's own phone is not echoed back either.
      expect(text, route).not.toContain(me.phone);
    }
    // Only what the customer gave: not the category triage chose for a complaint filed without one.
    expect(Object.keys(answers.find((a) => a.route === 'GET /api/portal/cases/:caseNumber')!.body as object)).not.toContain('category');
    // The public reply shows with the replier's display name only.
    const view = answers.find((a) => a.route === 'GET /api/portal/cases/:caseNumber')!.body as any;
    expect(view.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'reply', from: 'staff', name: '客服 王小敏', body: '您好，我们正在核实' })]));
  });
});

describe('customer portal: the satisfaction survey on the case page (回访, seed 004)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('should offer the survey once the case is resolved, and reopen and escalate it on 不满意', async () => {
    const me = await verifiedCustomer(ctx, {}, '10.40.0.1');
    const caseId = (await ctx.as('agent', 'GET', `/api/cases/${me.caseNumber}`)).body.id as string;
    expect((await me.client.req('GET', `/api/portal/cases/${me.caseNumber}`)).body.surveyOpen).toBe(false);
    // Not before the case is resolved: nothing to answer.
    expect((await me.client.req('POST', `/api/portal/cases/${me.caseNumber}/survey`, { overall: 'satisfied' })).status).toBe(404);

    const dispatch = await ctx.departmentId('dispatch');
    await ctx.as('agent', 'POST', `/api/cases/${caseId}/transitions`, { to: 'assigned', departmentId: dispatch });
    await ctx.as('dispatch', 'POST', `/api/cases/${caseId}/transitions`, { to: 'investigating' });
    await ctx.as('dispatch', 'PUT', `/api/cases/${caseId}/responsibility`, { rootCause: 'process', rootCauseText: '交接遗漏', party: 'internal', departmentId: dispatch });
    expect((await ctx.as('dispatch', 'POST', `/api/cases/${caseId}/transitions`, { to: 'resolved', reason: '已补发' })).status).toBe(200);
    expect((await me.client.req('GET', `/api/portal/cases/${me.caseNumber}`)).body.surveyOpen).toBe(true);

    const bad = await me.client.req('POST', `/api/portal/cases/${me.caseNumber}/survey`, { overall: 'meh' });
    expect(bad.status).toBe(400);
    const answered = await me.client.req('POST', `/api/portal/cases/${me.caseNumber}/survey`, { overall: 'dissatisfied', comment: '还是没收到' });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body.surveyOpen).toBe(false);
    // The customer sees their own answer on the timeline, and the case back in progress.
    const tl = answered.body.timeline as any[];
    expect(tl.filter((e) => e.kind === 'rated')).toEqual([{ kind: 'rated', at: expect.any(String), overall: 'dissatisfied', via: 'survey', comment: '还是没收到' }]);
    expect(tl.findIndex((e) => e.kind === 'rated')).toBeGreaterThan(tl.findIndex((e) => e.kind === 'resolved'));

    const staff = (await ctx.as('agent', 'GET', `/api/cases/${caseId}`)).body;
    expect(staff.status).toBe('investigating');
    const kinds = staff.events.map((e: any) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['survey_answered', 'reopened', 'escalated']));
    // Answered once: a second answer is refused, the reopened case stays as it is.
    expect((await me.client.req('POST', `/api/portal/cases/${me.caseNumber}/survey`, { overall: 'very_satisfied' })).status).toBe(410);
    expect((await ctx.as('agent', 'GET', `/api/cases/${caseId}`)).body.status).toBe('investigating');
  });
});

describe('customer portal: the customer’s own message settings (rule 24)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx?.close());

  it('should keep the settings from whoever filed with the number: only a session that proved the phone may read or change them', async () => {
    const me = await verifiedCustomer(ctx, {}, '10.51.0.1');
    expect((await me.client.req('GET', `/api/portal/cases/${me.caseNumber}`)).body.verified).toBe(true);
    // Someone else files with the same phone: their session sees that case, not the owner's settings.
    const other = portalClient(ctx, '10.51.0.2');
    const filed = await other.req('POST', '/api/portal/complaints', complaint({ phone: me.phone, name: '冒名者' }));
    expect(filed.status).toBe(201);
    expect((await other.req('GET', `/api/portal/cases/${filed.body.caseNumber}`)).body.verified).toBe(false);
    expect((await other.req('GET', '/api/portal/me/notifications')).status).toBe(403);
    const optOut = await other.req('PUT', '/api/portal/me/notifications', { optOut: true });
    expect(optOut.status).toBe(403);
    expect(optOut.body.error.message).toMatch(/短信验证码|SMS code/);
    expect((await me.client.req('GET', '/api/portal/me/notifications')).body.optOut).toBe(false);
  });

  it('should let a verified customer choose a channel with an address on record, change the language and opt out', async () => {
    const me = await verifiedCustomer(ctx, { email: 'lin@example.com' }, '10.50.0.1');
    expect((await me.client.req('GET', '/api/portal/me/notifications')).body).toEqual({ preferredChannel: null, language: 'zh', optOut: false, hasEmail: true, hasWechat: false });
    const wechat = await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'wechat' });
    expect(wechat.status).toBe(400);
    expect(wechat.body.error.fields[0].path).toBe('preferredChannel');
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'email', language: 'en' })).body).toMatchObject({ preferredChannel: 'email', language: 'en' });
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { optOut: true, extra: 1 })).status).toBe(400);
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { optOut: true })).body).toMatchObject({ preferredChannel: 'email', optOut: true });

    // Opted out: a public reply sends nothing (recorded as not sent), while a code they ask for still goes.
    const caseId = (await ctx.as('agent', 'GET', `/api/cases/${me.caseNumber}`)).body.id as string;
    expect((await ctx.as('agent', 'POST', `/api/cases/${caseId}/comments`, { body: '已在处理', visibility: 'public' })).status).toBe(201);
    const sent = (await ctx.as('admin', 'GET', `/api/admin/outbox?caseNumber=${me.caseNumber}&event=progress_reply`)).body.items as Array<{ status: string; suppressedReason: string | null }>;
    expect(sent.map((m) => [m.status, m.suppressedReason])).toEqual([['suppressed', 'opted_out']]);
    // Without a customer session the settings are not reachable.
    expect((await portalClient(ctx, '10.50.0.2').req('GET', '/api/portal/me/notifications')).status).toBe(401);
  });
});
