import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, dialog, label, launchBrowser, login, logout, openSession, pickOption, randomMobile, screenshot, type Session } from './support.ts';

// As the web shows fen (web/src/lib/vocab-labels.ts fenAsYuan): ¥12 / ¥12.50.
const fenAsYuan = (fen: number): string =>
  `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: fen % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 })}`;

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Issue 11 item 11: the dispatcher was held responsible for a delay (定责); the manager fines him on the case,
// sees the fine in the 考核 summary, and revokes it as a mistake — the record stays, marked revoked.
describe('accountability 考核', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;
  let caseNumber = '';
  let dispatchUser = '';
  const reason = `漏排车辆导致延误-${Date.now()}`;

  const summaryOf = async () => {
    const today = new Date();
    const day = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const from = day(new Date(today.getTime() - 29 * 24 * 3600_000));
    const res = await api.request.get(`/api/accountability/summary?from=${from}&to=${day(today)}`);
    const body = (await res.json()) as { persons: Array<{ userId: string; penalties: number; penaltyFen: number }> };
    return body.persons.find((p) => p.userId === dispatchUser) ?? { penalties: 0, penaltyFen: 0 };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'manager');
    const deps = ((await (await api.request.get('/api/departments')).json()) as { items: { id: string; code: string }[] }).items;
    const dispatch = deps.find((d) => d.code === 'dispatch')!.id;
    dispatchUser = ((await (await api.request.get(`/api/users?departmentId=${dispatch}`)).json()) as { items: { id: string; username: string }[] }).items.find(
      (u) => u.username === 'dispatch',
    )!.id;
    const created = await api.request.post('/api/cases', {
      data: { channel: 'hotline', customer: { name: '端到端考核客户', phone: randomMobile() }, description: '快递延误三天，调度没有排车', category: 'delay' },
    });
    const c = (await created.json()) as { id: string; caseNumber: string };
    caseNumber = c.caseNumber;
    await api.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: dispatch, assigneeId: dispatchUser } });
    await api.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'investigating' } });
    const decided = await api.request.put(`/api/cases/${c.id}/responsibility`, {
      data: { rootCause: 'people', rootCauseText: '调度漏排车辆', party: 'internal', departmentId: dispatch, personId: dispatchUser },
    });
    expect(decided.status()).toBe(200);
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => browser?.close());

  it('manager records a fine on the case, sees it in the summary, and revokes it', async () => {
    const { page } = s;
    const before = await summaryOf();
    await s.context.clearCookies();
    await login(page, 'zh', 'manager');
    await page.goto(`/cases/${caseNumber}`);
    const card = page.getByTestId('accountability-card');
    await card.getByTestId('acct-add').click();
    const form = dialog(page, L('acct.record'));
    await pickOption(page, form.getByTestId('acct-kind'), L('acct.kind.fine'));
    await pickOption(page, form.getByTestId('acct-person'), '调度 张伟');
    // antd puts data-* on the input itself or on its wrapper, depending on the version.
    await form.locator('input[data-testid=acct-amount], [data-testid=acct-amount] input').first().fill('200');
    await form.getByTestId('acct-reason').fill(reason);
    await page.getByTestId('acct-submit').click();
    await form.waitFor({ state: 'hidden' });
    await card.getByTestId('case-acct-records').getByText(reason).waitFor();
    // The timeline names neither the person nor the amount.
    await page.getByTestId('case-detail').getByText(L('event.accountability_recorded')).first().waitFor();

    await page.getByTestId('nav-accountability').click();
    await page.getByTestId('accountability-page').waitFor();
    const row = page.locator('[data-testid=acct-persons] tbody tr.ant-table-row').filter({ hasText: '调度 张伟' });
    const expected = `${before.penalties + 1} · ${fenAsYuan(before.penaltyFen + 20_000)}`;
    await expect.poll(() => row.textContent()).toContain(expected);
    await page.locator('[data-testid=acct-records] tbody tr.ant-table-row').filter({ hasText: reason }).waitFor();
    copyToDocs(await screenshot(page, 'accountability-page'), 'accountability.png');

    // Revoke it as a mistake: it drops out of the summary and the list; the case keeps it, marked revoked.
    const records = page.locator('[data-testid=acct-records] tbody tr.ant-table-row').filter({ hasText: reason });
    await records.getByTestId('acct-revoke').click();
    const confirm = dialog(page, L('acct.revokeTitle'));
    await confirm.getByTestId('acct-revoke-reason').fill('应由物流部承担，记录有误');
    await confirm.getByRole('button', { name: L('acct.revoke') }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(() => records.count()).toBe(0);
    const after = `${before.penalties}${before.penaltyFen ? ` · ${fenAsYuan(before.penaltyFen)}` : ''}`;
    if (before.penalties > 0) await expect.poll(() => row.textContent()).toContain(after);
    await page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('accountability-card').getByTestId('acct-revoked').filter({ hasText: '应由物流部承担' }).waitFor();
    await page.getByTestId('case-detail').getByText(L('event.accountability_revoked')).first().waitFor();
    await page.getByTestId('accountability-card').scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'accountability-card', false), 'accountability-card.png');
    expect(s.consoleErrors).toEqual([]);
    await logout(page);
  });

  it('the dispatcher sees his own records only, and no summary', async () => {
    const { page } = s;
    await s.context.clearCookies();
    await login(page, 'zh', 'dispatch');
    await page.goto('/accountability');
    await page.getByTestId('accountability-page').waitFor();
    await page.getByText(L('acct.myRecords')).waitFor();
    expect(await page.getByTestId('acct-persons').count()).toBe(0);
    await logout(page);
  });
});
