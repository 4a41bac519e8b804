import pg from 'pg';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, launchBrowser, openSession, randomMobile, screenshot } from './support.ts';

// A 1×1 PNG: the photo the customer takes.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// WeChat's in-app browser on an iPhone: the portal's main target.
const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN';

/**
 * The one-time code as an administrator reads it: from the customer outbox (its admin viewer's API), or —
 * where that viewer is not there — from the outbox table of the server's PostgreSQL (DATABASE_URL).
 */
async function codeFromOutbox(admin: BrowserContext, caseNumber: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await admin.request.get('/api/admin/outbox?event=otp');
    let body: string | undefined;
    if (res.status() === 200) {
      const page = (await res.json()) as { items: Array<{ event: string; caseNumber: string | null; body: string }> };
      body = page.items.find((m) => m.event === 'otp' && m.caseNumber === caseNumber)?.body;
    } else if (process.env.DATABASE_URL) {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        const r = await client.query<{ body: string }>(
          `select o.body from outbox_messages o join cases c on c.id = o.case_id where o.event = 'otp' and c.case_number = $1 order by o.seq desc limit 1`,
          [caseNumber],
        );
        body = r.rows[0]?.body;
      } finally {
        await client.end();
      }
    } else {
      throw new Error('no outbox viewer and no DATABASE_URL to read the code from');
    }
    const code = body?.match(/\d{6}/)?.[0];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no code in the outbox for ${caseNumber}`);
}

async function staff(browser: Awaited<ReturnType<typeof launchBrowser>>, baseURL: string, username: string) {
  const context = await browser.newContext({ baseURL });
  await apiLogin(context, username);
  return context;
}

// Issue 13's acceptance: on a phone, a customer files a complaint with a photo from a store's QR link, gets the
// number and the time limits, follows it with the SMS code, accepts the offered remedy and answers the survey
// 不满意; the case reopens and shows as escalated on the workbench; every message sent is in the outbox.
describe('customer portal on a phone', () => {
  const baseURL = inject('baseURL');

  it('files with a photo from a store QR link, follows with the SMS code, accepts the offer and answers the survey 不满意', async () => {
    const browser = await launchBrowser();
    try {
      // The administrator adds a store; its QR code opens the portal with the store filled in.
      const admin = await staff(browser, baseURL, 'admin');
      const code = `E2E${Date.now().toString(36).toUpperCase()}`;
      expect((await admin.request.post('/api/admin/stores', { data: { code, name: '南京西路店' } })).status()).toBe(201);
      const desk = await openSession(browser, baseURL);
      await apiLogin(desk.context, 'admin');
      await desk.page.goto('/admin/stores');
      const card = desk.page.getByTestId(`store-${code}`);
      await card.getByTestId('store-qr').waitFor();
      const link = (await card.getByTestId('store-link').textContent())!;
      expect(link).toContain(`/portal?store=${code}`);
      await screenshot(desk.page, 'portal-store-qr');

      const context = await browser.newContext({
        baseURL,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: WECHAT_UA,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));

      // Scanning the code: the link's path on this server.
      await page.goto(new URL(link).pathname + new URL(link).search);
      await expect.poll(() => page.getByTestId('store').inputValue()).toBe('南京西路店');
      await page.getByTestId('policy-limits').waitFor();
      const mobile = randomMobile();
      await page.getByTestId('waybill').fill(`SF${Date.now()}`);
      await page.getByTestId('description').fill('在门店买的杯子，回家打开发现碎了');
      await page.getByTestId('demand').fill('希望退款或换一个新的');
      await page.getByTestId('photos').setInputFiles({ name: '杯子.png', mimeType: 'image/png', buffer: PNG });
      await page.getByText('杯子.png').waitFor();
      await page.getByTestId('name').fill('林女士');
      await page.getByTestId('phone').fill(mobile);
      await page.getByTestId('submit').click();
      await page.getByTestId('filed').waitFor();
      const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
      expect(caseNumber).toMatch(/^TS\d{8}-\d{4}$/);
      await page.getByTestId('limit-acknowledge').waitFor();
      await page.getByTestId('limit-resolution').waitFor();
      copyToDocs(await screenshot(page, 'portal-filed'), 'portal-filed.png');

      // Staff see it as channel 扫码 with the store and the photo; they work it up to an offer of ¥88.
      const agent = await staff(browser, baseURL, 'agent');
      const c = (await (await agent.request.get(`/api/cases/${caseNumber}`)).json()) as { id: string; channel: string; store: string; status: string; attachments?: Array<{ filename: string }> };
      expect(c).toMatchObject({ channel: 'qr', store: '南京西路店' });
      expect(JSON.stringify(c)).toContain('杯子.png');
      const departments = (await (await admin.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
      const service = departments.items.find((d) => d.code === 'service')!;
      if (c.status !== 'assigned') expect((await agent.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: service.id } })).status()).toBe(200);
      expect((await agent.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'investigating' } })).status()).toBe(200);
      const supervisor = await staff(browser, baseURL, 'supervisor');
      const remedy = (await (await supervisor.request.post(`/api/cases/${c.id}/remedies`, { data: { items: [{ kind: 'refund', amountFen: 8_800 }] } })).json()) as { id: string; status: string };
      expect(remedy.status).toBe('approved');
      expect((await agent.request.post(`/api/remedies/${remedy.id}/offer`)).status()).toBe(200);

      // Later, the customer follows the case with the code sent by SMS.
      await page.goto('/portal/follow');
      await page.getByTestId('follow-case').fill(caseNumber);
      await page.getByTestId('follow-phone').fill(mobile);
      await page.getByTestId('send-code').click();
      await page.getByTestId('code-sent').waitFor();
      await page.getByTestId('code').fill(await codeFromOutbox(admin, caseNumber));
      await page.getByTestId('verify').click();
      await page.waitForURL(new RegExp(`/portal/cases/${caseNumber}$`));
      await page.getByTestId('offer').waitFor();
      await expect.poll(() => page.getByTestId('offer-total').textContent()).toBe('¥88.00');
      await expect.poll(() => page.getByTestId('status').textContent()).toBe('等待您确认处理方案');
      copyToDocs(await screenshot(page, 'portal-offer'), 'portal-offer.png');
      await page.getByTestId('accept').click();
      await expect.poll(() => page.getByTestId('status').textContent()).toBe('正在落实处理方案');
      await page.getByTestId('offer').waitFor({ state: 'detached' });
      await page.getByText('您接受了处理方案').waitFor();

      // On the staff side the answer is the customer's own, and the case is being carried out.
      const after = (await (await agent.request.get(`/api/cases/${c.id}`)).json()) as { status: string; events: Array<{ kind: string; actorId: string | null; payload: Record<string, unknown> }> };
      expect(after.status).toBe('executing');
      expect(after.events.find((e) => e.kind === 'remedy_answered')).toMatchObject({ actorId: null, payload: { answer: 'accepted', by: 'customer' } });
      // The page fits the phone: nothing wider than the screen.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

      // The refund is paid, responsibility decided, the case resolved: the customer is asked how it went (回访).
      const actions = (await (await supervisor.request.get(`/api/cases/${c.id}/actions`)).json()) as { items: Array<{ id: string; status: string }> };
      for (const a of actions.items.filter((x) => x.status === 'open')) {
        const done = await supervisor.request.post(`/api/actions/${a.id}/complete`, { data: { note: '已退款' } });
        expect(done.status(), await done.text()).toBe(200);
      }
      const resp = await supervisor.request.put(`/api/cases/${c.id}/responsibility`, { data: { rootCause: 'process', rootCauseText: '包装不足', party: 'internal', departmentId: service.id } });
      expect(resp.status(), await resp.text()).toBe(200);
      const resolved = await supervisor.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'resolved' } });
      expect(resolved.status(), await resolved.text()).toBe(200);
      await page.reload();
      await page.getByTestId('case-survey').waitFor();
      await page.getByTestId('case-survey-dissatisfied').click();
      await page.getByTestId('case-survey-comment').fill('杯子还没退款到账');
      await page.getByTestId('case-survey').scrollIntoViewIfNeeded();
      copyToDocs(await screenshot(page, 'portal-survey', false), 'portal-survey.png');
      await page.getByTestId('case-survey-submit').click();
      await page.getByTestId('case-survey').waitFor({ state: 'detached' });
      // The customer keeps the codes but wants no more progress messages (rule 24).
      await page.getByTestId('notify-opt-out').click();
      await page.getByTestId('notify').getByText('已保存').waitFor();
      expect((await (await context.request.get('/api/portal/me/notifications')).json()) as { optOut: boolean }).toMatchObject({ optOut: true });
      expect(errors).toEqual([]);

      // 不满意 reopens the case, and the supervisor finds it escalated on the workbench's escalations board.
      const reopened = (await (await agent.request.get(`/api/cases/${c.id}`)).json()) as { status: string; events: Array<{ kind: string }> };
      expect(reopened.status).toBe('investigating');
      expect(reopened.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['survey_answered', 'reopened', 'escalated']));
      const board = await openSession(browser, baseURL);
      await apiLogin(board.context, 'supervisor');
      await board.page.goto('/escalations');
      await board.page.getByTestId('escalation-case').filter({ hasText: caseNumber }).first().waitFor();

      // Every message the customer was sent is in the outbox, with its channel.
      const sent = (await (await admin.request.get(`/api/admin/outbox?caseNumber=${caseNumber}&limit=100`)).json()) as { items: Array<{ event: string; channel: string; status: string }> };
      const events = sent.items.map((m) => m.event);
      expect(events).toEqual(expect.arrayContaining(['received', 'otp', 'remedy_offered', 'remedy_executed', 'resolved']));
      expect(sent.items.every((m) => ['sms', 'email', 'wechat'].includes(m.channel))).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
