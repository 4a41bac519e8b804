import { describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, label, login, logout, pickOption, randomMobile, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Issue 11 items 4–6: the approval chain in the browser. An agent proposes ¥800 (above the agent's ¥200), the
// supervisor approves it in the 待审批 inbox, the agent offers it and records the customer's acceptance.
describe('remedies: the approval chain', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('agent proposes over the limit, supervisor approves in the inbox, agent offers and records acceptance', async () => {
    const { page, context, consoleErrors } = shared.s;
    // A lost, uninsured ¥12 parcel in investigation, set up through the API.
    await apiLogin(context, 'agent');
    const created = await context.request.post('/api/cases', {
      data: {
        channel: 'hotline',
        customer: { name: '端到端客户', phone: randomMobile() },
        description: '包裹丢失，客户称内有价值 800 元的羊毛大衣',
        waybillNo: `RM${Date.now()}`,
        serviceType: 'inter_province',
        freightFen: 1_200,
        insured: false,
        goodsName: '羊毛大衣',
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

    await context.clearCookies(); // the browser signs in through the UI below
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    const card = page.getByTestId('resolution-card');
    await card.waitFor();
    // The calculator: ¥60 = 5 × the ¥12 fee (rule 11).
    await card.getByTestId('remedy-calculate').click();
    await expect.poll(() => card.getByTestId('remedy-calc-total').textContent()).toBe('¥60');
    await card.getByTestId('remedy-calculation').getByText('11').first().waitFor();
    // The customer proves ¥800: the agent proposes it.
    await card.getByTestId('remedy-claimed').fill('800');
    await card.getByTestId('remedy-proven').check();
    await card.getByTestId('remedy-calculate').click();
    await card.getByTestId('remedy-add-item').click();
    await pickOption(page, card.getByTestId('remedy-item-kind-1'), L('remedy.kind.compensation'));
    await card.getByTestId('remedy-item-amount-1').fill('800');
    await card.getByTestId('remedy-propose').click();
    const status = card.getByTestId('remedy-status').first();
    await expect.poll(() => status.textContent()).toBe(L('remedy.status.pending_approval'));
    await expect.poll(() => card.getByTestId('remedy-total').first().textContent()).toBe('¥800');
    await card.getByTestId('remedy-chain').getByText(L('role.supervisor')).waitFor();
    await screenshot(page, 'remedy-proposed');
    await logout(page);

    await login(page, 'zh', 'supervisor');
    await page.getByTestId('nav-approvals').waitFor();
    await expect.poll(async () => Number((await page.getByTestId('approvals-badge').textContent()) || '0')).toBeGreaterThan(0);
    await page.getByTestId('nav-approvals').click();
    await page.waitForURL(/\/approvals$/);
    const row = page.getByTestId(`approval-${c.caseNumber}`);
    await row.waitFor();
    copyToDocs(await screenshot(page, 'approvals-inbox', false), 'approvals-inbox.png');
    await row.getByTestId('remedy-comment').fill('凭发票核实');
    await row.getByTestId('remedy-approve').click();
    await row.waitFor({ state: 'detached' });
    await logout(page);

    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    await card.waitFor();
    await expect.poll(() => card.getByTestId('remedy-status').first().textContent()).toBe(L('remedy.status.approved'));
    await card.getByTestId('remedy-offer').click();
    await expect.poll(() => card.getByTestId('remedy-status').first().textContent()).toBe(L('remedy.status.offered'));
    const due = card.getByTestId('remedy-due-input');
    await due.click();
    await due.fill('2030-01-15 18:00:00');
    // The picker's OK confirms the typed time (Enter would submit the whole form at once).
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-ok button').click();
    await card.getByTestId('remedy-answer-submit').click();
    await expect.poll(() => card.getByTestId('remedy-status').first().textContent()).toBe(L('remedy.status.accepted'));
    await card.getByTestId('remedy-due').getByText('2030-01-15 18:00').waitFor();
    await page.getByTestId('case-status').getByText(L('status.executing')).first().waitFor();
    for (const key of ['event.remedy_proposed', 'event.remedy_approved', 'event.remedy_offered', 'event.remedy_answered'] as const) {
      await page.getByText(L(key), { exact: true }).first().waitFor();
    }
    // The panel with the chain that approved it and the customer's answer, beside the case.
    await card.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'remedy-accepted', false), 'remedy.png');
    expect(consoleErrors).toEqual([]);
  });
});
