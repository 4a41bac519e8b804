import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/harness.ts';
import { complaint, portalClient, verifiedCustomer } from '../../../test/portal-support.ts';
import { wechatStandIn } from '../notifications/provider-standins.test-helpers.ts';

// Linking a customer's WeChat 公众号 openid through 网页授权 (snsapi_base), against a local stand-in of WeChat's
// authorize page and /sns/oauth2/access_token; then a template message reaches that openid (rule 24: the
// customer's own channel).
const APP_ID = 'wx-portal-test';
const SECRET = 'wechat-test-secret';
const PUBLIC = 'https://cases.example.com';

describe('customer portal: linking WeChat (网页授权)', () => {
  let ctx: TestContext;
  let wx: Awaited<ReturnType<typeof wechatStandIn>>;
  let offsetMs = 0;
  beforeAll(async () => {
    wx = await wechatStandIn(APP_ID, SECRET);
    ctx = await createTestContext({ clock: () => new Date(Date.now() + offsetMs), config: { wechatOAuthBase: wx.url, publicUrl: PUBLIC } });
  });
  afterAll(async () => {
    await ctx?.close();
    await wx?.close();
  });

  const setChannel = (enabled: boolean) =>
    ctx.as('admin', 'PUT', '/api/admin/notification-channels/wechat', enabled ? { driver: 'wechat_mp', enabled: true, options: { apiBase: wx.url, appId: APP_ID }, secrets: { appSecret: SECRET } } : { driver: 'record', enabled: false });

  /** Starts a binding as the customer and follows WeChat's authorize page: the callback URL WeChat sends the browser to. */
  async function authorize(client: ReturnType<typeof portalClient>, caseNumber: string, openid: string): Promise<string> {
    const start = await client.req('POST', '/api/portal/me/wechat/bind', { caseNumber });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    wx.signInAs(openid);
    const page = await fetch(start.body.authorizeUrl, { redirect: 'manual' });
    expect(page.status).toBe(302);
    const back = new URL(page.headers.get('location')!);
    expect(back.origin).toBe(PUBLIC);
    return `${back.pathname}${back.search}`;
  }
  const settings = async (client: ReturnType<typeof portalClient>) => (await client.req('GET', '/api/portal/me/notifications')).body;

  it('should link the openid from the callback, and then deliver a WeChat template message with touser = that openid', async () => {
    expect((await setChannel(true)).status).toBe(200);
    const me = await verifiedCustomer(ctx, {}, '10.60.0.1');
    expect((await me.client.req('GET', '/api/portal/options')).body.wechatBind).toBe(true);

    const start = await me.client.req('POST', '/api/portal/me/wechat/bind', { caseNumber: me.caseNumber });
    expect(start.status).toBe(200);
    const url = new URL(start.body.authorizeUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${wx.url}/connect/oauth2/authorize`);
    expect(url.hash).toBe('#wechat_redirect');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      appid: APP_ID,
      response_type: 'code',
      scope: 'snsapi_base',
      redirect_uri: `${PUBLIC}/api/portal/me/wechat/callback?case=${me.caseNumber}`,
      state: expect.stringMatching(/^[0-9a-f]{48}$/),
    });
    // The secret never leaves the server.
    expect(start.body.authorizeUrl).not.toContain(SECRET);

    const callback = await authorize(me.client, me.caseNumber, 'o-linked-0001');
    const done = await me.client.req('GET', callback);
    expect(done.status).toBe(302);
    expect(done.headers.location).toBe(`/portal/cases/${me.caseNumber}?wechat=bound`);
    expect(done.headers['cache-control']).toBe('no-store');
    const exchange = wx.requests.filter((r) => r.path === '/sns/oauth2/access_token').at(-1)!;
    expect(exchange.params).toMatchObject({ appid: APP_ID, grant_type: 'authorization_code', code: expect.stringMatching(/^CODE/) });
    const after = await settings(me.client);
    expect(after).toMatchObject({ hasWechat: true });
    expect(JSON.stringify(after)).not.toContain('o-linked-0001');

    // Recorded in the audit log as the customer's change: bound, never the openid.
    const audit = (await ctx.as('admin', 'GET', '/api/admin/audit?entity=customer')).body.items as Array<{ actorId: string | null; changes: Record<string, unknown> }>;
    const row = audit.find((a) => (a.changes.wechat as { to?: string } | undefined)?.to === 'bound');
    expect(row).toMatchObject({ actorId: null, changes: { wechat: { from: 'unbound', to: 'bound' } } });
    expect(JSON.stringify(audit)).not.toContain('o-linked-0001');

    // Now WeChat is theirs to choose; a public reply goes out as a 公众号 template message to the openid.
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'wechat' })).status).toBe(200);
    const tpl = await ctx.as('admin', 'PUT', '/api/admin/message-templates/progress_reply/wechat/zh', { body: '您的投诉{{caseNumber}}有新进展：{{reply}}', providerTemplateId: 'TPL-progress' });
    expect(tpl.status).toBe(200);
    const caseId = (await ctx.as('agent', 'GET', `/api/cases/${me.caseNumber}`)).body.id as string;
    expect((await ctx.as('agent', 'POST', `/api/cases/${caseId}/comments`, { body: '已联系网点，明天派送', visibility: 'public' })).status).toBe(201);
    await ctx.services.outbox.deliverDue();
    const sent = wx.requests.filter((r) => r.path === '/cgi-bin/message/template/send').map((r) => r.json as Record<string, any>);
    expect(sent).toEqual([expect.objectContaining({ touser: 'o-linked-0001', template_id: 'TPL-progress' })]);
    expect(sent[0]!.data.reply.value).toBe('已联系网点，明天派送');
    const [m] = (await ctx.as('admin', 'GET', `/api/admin/outbox?caseNumber=${me.caseNumber}&event=progress_reply`)).body.items as Array<{ channel: string; status: string }>;
    expect(m).toMatchObject({ channel: 'wechat', status: 'sent' });
  });

  it('should refuse a forged, replayed, expired or another session’s state, and store nothing', async () => {
    await setChannel(true);
    const me = await verifiedCustomer(ctx, {}, '10.61.0.1');
    const other = await verifiedCustomer(ctx, {}, '10.61.0.2');
    const stateError = `/portal/cases/${me.caseNumber}?wechat=error&reason=state`;

    // A state nobody issued, and none at all, with a code WeChat did issue.
    for (const q of [`state=${'a'.repeat(48)}&`, '']) {
      const forged = await me.client.req('GET', `/api/portal/me/wechat/callback?case=${me.caseNumber}&${q}code=${wx.issueCode('o-attacker')}`);
      expect(forged.status).toBe(302);
      expect(forged.headers.location).toBe(stateError);
    }
    // Another customer's state, brought to this customer's browser: refused (and used up).
    const theirs = await authorize(other.client, other.caseNumber, 'o-other-0001');
    const crossed = await me.client.req('GET', theirs.replace(other.caseNumber, me.caseNumber));
    expect(crossed.headers.location).toBe(stateError);
    expect((await other.client.req('GET', theirs)).headers.location).toBe(`/portal/cases/${other.caseNumber}?wechat=error&reason=state`);
    expect((await settings(me.client)).hasWechat).toBe(false);
    expect((await settings(other.client)).hasWechat).toBe(false);

    // A state is good once: the same callback again (a reload, or a replay) binds nothing more.
    const once = await authorize(me.client, me.caseNumber, 'o-me-0001');
    expect((await me.client.req('GET', once)).headers.location).toBe(`/portal/cases/${me.caseNumber}?wechat=bound`);
    expect((await me.client.req('DELETE', '/api/portal/me/wechat')).status).toBe(200);
    expect((await me.client.req('GET', once)).headers.location).toBe(stateError);
    expect((await settings(me.client)).hasWechat).toBe(false);

    // Ten minutes on, a state has expired.
    const late = await authorize(me.client, me.caseNumber, 'o-me-0001');
    offsetMs = 11 * 60_000;
    try {
      expect((await me.client.req('GET', late)).headers.location).toBe(stateError);
    } finally {
      offsetMs = 0;
    }
    expect((await settings(me.client)).hasWechat).toBe(false);
  });

  it('should store nothing when WeChat refuses the code (40029 invalid, 40163 used) and say which', async () => {
    await setChannel(true);
    const me = await verifiedCustomer(ctx, {}, '10.62.0.1');
    const callback = await authorize(me.client, me.caseNumber, 'o-refused-0001');
    const invalid = await me.client.req('GET', callback.replace(/code=[^&]+/, 'code=not-a-real-code'));
    expect(invalid.headers.location).toBe(`/portal/cases/${me.caseNumber}?wechat=error&reason=wechat&errcode=40029`);
    expect((await settings(me.client)).hasWechat).toBe(false);

    // A code already exchanged once (a second tab), with a fresh state.
    const first = await authorize(me.client, me.caseNumber, 'o-refused-0001');
    const usedCode = new URL(first, PUBLIC).searchParams.get('code')!;
    expect((await me.client.req('GET', first)).headers.location).toMatch(/wechat=bound$/);
    expect((await me.client.req('DELETE', '/api/portal/me/wechat')).status).toBe(200);
    const second = await authorize(me.client, me.caseNumber, 'o-refused-0001');
    const used = await me.client.req('GET', second.replace(/code=[^&]+/, `code=${usedCode}`));
    expect(used.headers.location).toBe(`/portal/cases/${me.caseNumber}?wechat=error&reason=wechat&errcode=40163`);
    expect((await settings(me.client)).hasWechat).toBe(false);
  });

  it('should refuse to start when the wechat channel is not set up (options say so), and bind nothing from a callback then', async () => {
    await setChannel(true);
    const me = await verifiedCustomer(ctx, {}, '10.63.0.1');
    const pending = await authorize(me.client, me.caseNumber, 'o-off-0001');
    expect((await setChannel(false)).status).toBe(200);
    expect((await me.client.req('GET', '/api/portal/options')).body.wechatBind).toBe(false);
    const refused = await me.client.req('POST', '/api/portal/me/wechat/bind', { caseNumber: me.caseNumber });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('微信');
    expect((await me.client.req('GET', pending)).headers.location).toBe(`/portal/cases/${me.caseNumber}?wechat=error&reason=unavailable`);
    expect((await settings(me.client)).hasWechat).toBe(false);
    await setChannel(true);
  });

  it('should let the customer unlink: a WeChat preference falls back to the company’s order (SMS)', async () => {
    await setChannel(true);
    const me = await verifiedCustomer(ctx, {}, '10.64.0.1');
    expect((await me.client.req('GET', await authorize(me.client, me.caseNumber, 'o-unlink-0001'))).headers.location).toMatch(/wechat=bound$/);
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'wechat' })).body.preferredChannel).toBe('wechat');
    const unlinked = await me.client.req('DELETE', '/api/portal/me/wechat');
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toMatchObject({ hasWechat: false, preferredChannel: null });
    // WeChat can no longer be chosen, and the next message goes by SMS.
    expect((await me.client.req('PUT', '/api/portal/me/notifications', { preferredChannel: 'wechat' })).status).toBe(400);
    const caseId = (await ctx.as('agent', 'GET', `/api/cases/${me.caseNumber}`)).body.id as string;
    await ctx.as('agent', 'POST', `/api/cases/${caseId}/comments`, { body: '已处理', visibility: 'public' });
    const msgs = (await ctx.as('admin', 'GET', `/api/admin/outbox?caseNumber=${me.caseNumber}&event=progress_reply`)).body.items as Array<{ channel: string }>;
    expect(msgs.map((m) => m.channel)).toEqual(['sms']);
    const audit = (await ctx.as('admin', 'GET', '/api/admin/audit?entity=customer')).body.items as Array<{ changes: Record<string, unknown> }>;
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ changes: { wechat: { from: 'bound', to: 'unbound' }, preferredChannel: { from: 'wechat', to: null }, by: { to: 'customer' } } })]));
  });

  it('should keep linking to a customer who proved the phone: a filing session 403, no session 401, a staff session 401', async () => {
    await setChannel(true);
    const filing = portalClient(ctx, '10.65.0.1');
    const filed = await filing.req('POST', '/api/portal/complaints', complaint());
    expect(filed.status).toBe(201);
    const refused = await filing.req('POST', '/api/portal/me/wechat/bind', { caseNumber: filed.body.caseNumber });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('短信验证码');
    expect((await filing.req('DELETE', '/api/portal/me/wechat')).status).toBe(403);

    const none = portalClient(ctx, '10.65.0.2');
    const staff = await ctx.login('agent');
    for (const [method, url, body] of [
      ['POST', '/api/portal/me/wechat/bind', { caseNumber: filed.body.caseNumber }],
      ['GET', `/api/portal/me/wechat/callback?code=${wx.issueCode('o-x')}&state=x`, undefined],
      ['DELETE', '/api/portal/me/wechat', undefined],
    ] as const) {
      const anon = await none.req(method as 'GET', url, body);
      expect(anon.status, `${method} ${url}`).toBe(401);
      expect(anon.body.error.code).toBe('UNAUTHENTICATED');
      expect((await ctx.as(null, method, url, body, { cookie: staff })).status, `${method} ${url} as staff`).toBe(401);
    }
    // Someone else's case number cannot be the page to return to.
    const me = await verifiedCustomer(ctx, {}, '10.65.0.3');
    expect((await me.client.req('POST', '/api/portal/me/wechat/bind', { caseNumber: filed.body.caseNumber })).status).toBe(404);
  });
});
