import { describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, label, login, logout, randomMobile, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Issue 11 item 7 and the acceptance's "paid by finance": a remedy accepted by the customer gives finance a
// compensation to pay, with the agreed 执行时限; the case cannot resolve while it is open (noOpenAction); the
// finance handler pays it from the 待执行 inbox; then the case resolves.
describe('execution: finance pays from the 待执行 inbox', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('agent cannot resolve with an open action; finance marks the compensation paid; the case resolves', async () => {
    const { page, context, consoleErrors } = shared.s;
    // A lost parcel with an accepted ¥150 compensation (within the agent's own limit), set up through the API.
    await apiLogin(context, 'agent');
    const created = await context.request.post('/api/cases', {
      data: {
        channel: 'hotline',
        customer: { name: '执行端到端客户', phone: randomMobile() },
        description: '包裹丢失，客户同意赔付 150 元',
        waybillNo: `EX${Date.now()}`,
        serviceType: 'same_city',
        freightFen: 1_000,
        insured: false,
        goodsName: '茶叶礼盒',
      },
    });
    expect(created.status()).toBe(201);
    const c = (await created.json()) as { id: string; caseNumber: string; status: string };
    if (c.status !== 'assigned') {
      const deps = (await (await context.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
      const service = deps.items.find((d) => d.code === 'service')!;
      expect((await context.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: service.id } })).status()).toBe(200);
    }
    expect((await context.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'investigating' } })).status()).toBe(200);
    const decided = await context.request.put(`/api/cases/${c.id}/responsibility`, {
      data: { rootCause: 'external', rootCauseText: '暴雨致中转场进水', party: 'force_majeure' },
    });
    expect(decided.status()).toBe(200);
    const remedy = await context.request.post(`/api/cases/${c.id}/remedies`, { data: { items: [{ kind: 'apology' }, { kind: 'compensation', amountFen: 15_000 }] } });
    expect(remedy.status()).toBe(201);
    const remedyId = ((await remedy.json()) as { id: string }).id;
    expect((await context.request.post(`/api/remedies/${remedyId}/offer`)).status()).toBe(200);
    const due = new Date(Date.now() + 2 * 24 * 3600_000).toISOString();
    expect((await context.request.post(`/api/remedies/${remedyId}/answer`, { data: { answer: 'accepted', executionDueAt: due } })).status()).toBe(200);

    await context.clearCookies(); // the browser signs in through the UI below
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    const panel = page.getByTestId('execution-panel');
    await panel.waitFor();
    const compensation = panel.getByTestId('action-compensation');
    await expect.poll(() => compensation.getByTestId('action-status').textContent()).toBe(L('exec.status.open'));
    await compensation.getByText('财务').first().waitFor();
    // The guard: resolving with the compensation unpaid is refused with its reason.
    await page.getByTestId('transition-resolved').click();
    await page.getByText('还有未完成的执行项').first().waitFor();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toContain(L('status.executing'));
    await logout(page);

    await login(page, 'zh', 'finance');
    await page.getByTestId('nav-actions').waitFor();
    await expect.poll(async () => Number((await page.getByTestId('actions-badge').textContent()) || '0')).toBeGreaterThan(0);
    await page.getByTestId('nav-actions').click();
    await page.waitForURL(/\/actions$/);
    const row = page.getByTestId(`inbox-${c.caseNumber}-compensation`);
    await row.waitFor();
    copyToDocs(await screenshot(page, 'actions-inbox', false), 'actions-inbox.png');
    await row.getByTestId('action-complete').click();
    const form = page.getByTestId('action-finish-form');
    await form.waitFor();
    await expect.poll(() => form.getByTestId('action-amount').inputValue()).toBe('150.00');
    await form.getByTestId('action-note').fill('已通过银行转账赔付');
    await page.getByTestId('action-finish-submit').click();
    await row.waitFor({ state: 'detached' });
    await logout(page);

    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    await panel.waitFor();
    await expect.poll(() => compensation.getByTestId('action-status').textContent()).toBe(L('exec.status.done'));
    await compensation.getByText('已通过银行转账赔付').waitFor();
    await page.getByText(L('event.action_completed'), { exact: true }).first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'execution-done', false), 'execution.png');
    await page.getByTestId('transition-resolved').click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toContain(L('status.resolved'));
    // The one refused move (the guard's 400) is the browser's only complaint.
    expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
