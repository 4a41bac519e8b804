import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, dialog, label, launchBrowser, login, openSession, randomMobile, rowWith, screenshot } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Satisfaction callbacks 回访 in the browser: the agent's queue and call outcome form (a missed call, then the
// answers; the case closes), the supervisor's figures; and the customer's survey on a phone (390×844, WeChat's
// in-app browser), answered once.
describe('satisfaction callbacks 回访', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A case filed and resolved through the API as a handler does (express needs 定责 first). */
  const resolvedCase = async (): Promise<{ id: string; caseNumber: string }> => {
    await apiLogin(api, 'agent');
    const post = async (url: string, data: unknown, method: 'post' | 'put' = 'post') => {
      const res = await api.request[method](url, { data });
      if (!res.ok()) throw new Error(`${url} → ${res.status()} ${await res.text()}`);
      return res.json();
    };
    const c = await post('/api/cases', {
      channel: 'hotline',
      customer: { name: '回访客户', phone: randomMobile() },
      description: '快递延误三天，客户要求尽快送达',
      waybillNo: `CB${Date.now()}`,
    });
    const deps = (await (await api.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
    const service = deps.items.find((d) => d.code === 'service')!.id;
    if (c.status !== 'assigned') await post(`/api/cases/${c.id}/transitions`, { to: 'assigned', departmentId: service });
    await post(`/api/cases/${c.id}/transitions`, { to: 'investigating' });
    await post(`/api/cases/${c.id}/responsibility`, { rootCause: 'process', rootCauseText: '中转交接遗漏', party: 'internal', departmentId: service }, 'put');
    await post(`/api/cases/${c.id}/transitions`, { to: 'resolved', reason: '已加急派送并致歉' });
    return c;
  };

  it('agent records a missed call and then the answers from the queue; the case closes; the supervisor sees the rate', async () => {
    const c = await resolvedCase();
    const { page, consoleErrors } = await openSession(browser, baseURL);
    await login(page, 'zh', 'agent');
    await page.getByTestId('nav-callbacks').click();
    await page.waitForURL(/\/callbacks$/);
    // A callback scheduled today is due within the window: on the upcoming tab.
    await page.getByTestId('callback-tab-upcoming').click();
    const row = rowWith(page, 'callback-table', c.caseNumber);
    await row.waitFor();
    expect(await row.getByTestId('callback-phone').textContent()).toMatch(/^139\d{8}$/);

    // First call: nobody answers.
    await row.getByTestId('callback-record').click();
    let modal = dialog(page, L('callback.outcome.title', { caseNumber: c.caseNumber }));
    await modal.getByTestId('callback-reached-no').click();
    await modal.getByText(L('callback.noAnswerHint', { attempt: 1, max: 3 })).waitFor();
    await modal.getByTestId('callback-note').fill('无人接听');
    await modal.getByRole('button', { name: L('callback.save') }).click();
    await modal.waitFor({ state: 'hidden' });
    await row.getByText('1 / 3').waitFor();

    // Second call: the customer answers; the overall answer is required.
    await row.getByTestId('callback-record').click();
    modal = dialog(page, L('callback.outcome.title', { caseNumber: c.caseNumber }));
    await modal.getByRole('button', { name: L('callback.save') }).click();
    await modal.getByText(L('validation.required', { field: L('callback.overall') })).waitFor();
    for (const [field, level] of [['overall', 'satisfied'], ['result', 'satisfied'], ['attitude', 'very_satisfied'], ['efficiency', 'neutral']] as const) {
      await modal.getByTestId(`callback-${field}-${level}`).click();
    }
    await modal.getByTestId('callback-comment').fill('送达及时，客服态度好');
    copyToDocs(await screenshot(page, 'callback-outcome', false), 'callback-outcome.png');
    await modal.getByRole('button', { name: L('callback.save') }).click();
    await modal.waitFor({ state: 'hidden' });
    await page.getByTestId('callback-tab-done').click();
    const done = rowWith(page, 'callback-table', c.caseNumber);
    await done.getByText(L('callback.level.satisfied')).waitFor();

    // The case page: closed, the answers in the panel and on the timeline.
    await done.getByTestId('callback-case').click();
    await page.getByTestId('callback-panel').getByTestId('callback-panel-overall').getByText(L('callback.level.satisfied')).waitFor();
    await page.getByText(L('event.callback_attempted'), { exact: true }).first().waitFor();
    await page.getByText(L('event.callback_completed'), { exact: true }).first().waitFor();
    await page.getByText(L('status.closed')).first().waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    // The supervisor's figures (seed 004's rate) on the same page.
    const sup = await openSession(browser, baseURL);
    await login(sup.page, 'zh', 'supervisor');
    await sup.page.goto('/callbacks');
    const stats = sup.page.getByTestId('callback-stats');
    await stats.getByText(L('callback.stats.formula')).waitFor();
    await expect.poll(async () => Number(((await stats.getByTestId('callback-stats-answered').textContent()) ?? '').replace(/\D/g, ''))).toBeGreaterThan(0);
    copyToDocs(await screenshot(sup.page, 'callbacks-queue', false), 'callbacks-queue.png');
    expect(sup.consoleErrors).toEqual([]);
    await sup.page.context().close();
  });

  it('customer answers the survey on a phone (390×844, WeChat browser) once; the link then says it was used', async () => {
    const c = await resolvedCase();
    // The agent sends the link (as the sweep would on the earliest day) and reads it off the case page.
    const staff = await openSession(browser, baseURL);
    await login(staff.page, 'zh', 'agent');
    await staff.page.goto(`/cases/${c.caseNumber}`);
    await staff.page.getByTestId('callback-send-link').click();
    const link = (await staff.page.getByTestId('callback-link-url').textContent())!.trim();
    expect(link).toMatch(/\/portal\/survey\/[\w-]+$/);
    await staff.page.context().close();

    const phone = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
    });
    const page = await phone.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const path = new URL(link).pathname;
    await page.goto(path);
    await page.getByTestId('survey-case-number').getByText(c.caseNumber).waitFor();
    // No staff layout, nothing internal, nothing wider than the phone.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    expect(await page.getByText('回访客户').count()).toBe(0);
    expect(await page.evaluate<number>(`document.documentElement.scrollWidth`)).toBeLessThanOrEqual(390);
    // English and back.
    await page.getByTestId('survey-lang').click();
    await page.getByText('How did we do?').waitFor();
    await page.getByTestId('survey-lang').click();
    await page.getByText('服务满意度评价').waitFor();
    // Sending without the overall answer asks for it.
    await page.getByTestId('survey-submit').click();
    await page.getByText('请选择总体满意度').waitFor();
    await page.getByTestId('survey-overall-very_satisfied').click();
    await page.getByTestId('survey-attitude-very_satisfied').click();
    await page.getByTestId('survey-comment').fill('快递员很负责');
    await screenshot(page, 'survey-phone');
    copyToDocs(await screenshot(page, 'survey-phone', false), 'survey-phone.png');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-thanks').waitFor();
    // Single use: the same link again.
    await page.goto(path);
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('survey-error').textContent()).toContain('已提交');
    // A wrong link is a clear message, not a crash.
    await page.goto('/portal/survey/not-a-real-token');
    await page.getByTestId('survey-error').getByText('链接无效', { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await phone.close();

    // The case closed on the customer's answer.
    await apiLogin(api, 'agent');
    const view = (await (await api.request.get(`/api/cases/${c.id}`)).json()) as { status: string; events: Array<{ kind: string }> };
    expect(view.status).toBe('closed');
    expect(view.events.some((e) => e.kind === 'survey_answered')).toBe(true);
  });
});
