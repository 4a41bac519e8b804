import { describe, expect, inject, it } from 'vitest';
import { apiLogin, confirmDialog, copyToDocs, label, login, logout, randomMobile, rowWith, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

/** ¥1,234.50 as the cost pages show it (signed, two decimals). */
const yuan = (fen: number) => `${fen < 0 ? '−' : ''}¥${(Math.abs(fen) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The month (YYYY-MM) in the company's zone, as the ledger files entries. */
const companyMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

// Issue 11 item 10 (成本台账) in the browser: an agent logs handling labour and sees the case's net cost; a
// supervisor reverses an entry with a reason; a manager sets the month's budget and sees budget against actual.
describe('cost ledger: labour, reversal, budget against actual', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('agent logs labour, supervisor reverses an entry, manager sets a budget and sees budget vs actual', async () => {
    const { page, context, consoleErrors } = shared.s;
    await apiLogin(context, 'agent');
    const created = await context.request.post('/api/cases', {
      data: { channel: 'hotline', customer: { name: '成本客户', phone: randomMobile() }, description: '包裹破损，客户要求赔偿', waybillNo: `CO${Date.now()}` },
    });
    expect(created.status()).toBe(201);
    const c = (await created.json()) as { id: string; caseNumber: string; status: string };
    if (c.status !== 'assigned') {
      const deps = (await (await context.request.get('/api/departments')).json()) as { items: Array<{ id: string; code: string }> };
      const service = deps.items.find((d) => d.code === 'service')!;
      expect((await context.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: service.id } })).status()).toBe(200);
    }
    const rate = ((await (await context.request.get(`/api/cases/${c.id}/costs`)).json()) as { labourRateFenPerHour: number }).labourRateFenPerHour;
    const fenFor = (minutes: number) => Math.floor((minutes * rate * 2 + 60) / 120); // half up, as the server rounds
    await context.clearCookies();

    // The agent logs 30 and then 15 minutes of handling on the case.
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    const card = page.getByTestId('costs-card');
    await card.waitFor();
    for (const [minutes, note] of [[30, '电话核实破损情况'], [15, '重复登记']] as const) {
      await card.getByTestId('cost-add-labour').click();
      await page.getByTestId('labour-minutes').fill(String(minutes));
      await page.getByTestId('labour-note').fill(note);
      await confirmDialog(page, L('cost.minutes'), L('common.save'));
    }
    const both = fenFor(30) + fenFor(15);
    await expect.poll(() => card.getByTestId('cost-net').textContent()).toContain(yuan(both));
    await expect.poll(() => card.getByTestId('cost-entry').count()).toBe(2);
    await page.getByText(L('event.cost_posted'), { exact: true }).first().waitFor();
    // Agents do not reverse.
    expect(await card.getByTestId('cost-reverse').count()).toBe(0);
    await logout(page);

    // The supervisor reverses the duplicate with a reason; the net cost drops back.
    await login(page, 'zh', 'supervisor');
    await page.goto(`/cases/${c.caseNumber}`);
    await card.waitFor();
    const duplicate = card.getByTestId('cost-entry').filter({ hasText: '重复登记' });
    await duplicate.getByTestId('cost-reverse').click();
    await page.getByTestId('reverse-reason').fill('同一次通话登记了两次');
    await confirmDialog(page, L('cost.reverseHint'), L('cost.reverse'));
    await expect.poll(() => card.getByTestId('cost-net').textContent()).toContain(yuan(fenFor(30)));
    await card.getByText(L('cost.reversed')).first().waitFor();
    await page.getByText(L('event.cost_reversed'), { exact: true }).first().waitFor();
    await card.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'costs-card', false), 'costs-card.png');
    await logout(page);

    // The manager sees the entries in the ledger and sets this month's company budget.
    await login(page, 'zh', 'manager');
    await page.getByTestId('nav-costs').click();
    await page.waitForURL(/\/costs$/);
    await rowWith(page, 'ledger-table', c.caseNumber).first().waitFor();
    expect(await rowWith(page, 'ledger-table', c.caseNumber).count()).toBe(3);
    expect(await page.getByTestId('ledger-export').getAttribute('href')).toBe('/api/cost-entries/export');
    copyToDocs(await screenshot(page, 'costs-ledger', false), 'costs-ledger.png');

    await page.getByTestId('tab-budget').click();
    const month = companyMonth();
    const company = page.getByTestId(`budget-company-${month}`);
    await company.waitFor();
    await company.getByTestId('budget-edit').click();
    await page.getByTestId('budget-amount').fill('1000');
    await confirmDialog(page, L('costs.budgetHint'), L('common.save'));
    await expect.poll(() => company.getByTestId('budget-amount-cell').textContent()).toBe(yuan(100_000));
    await expect.poll(() => company.getByTestId('budget-percent').textContent()).toMatch(/%$/);
    // The month's gross cost includes this case's labour, and the page shows the server's net for the month
    // (other journeys in the same run post costs and recoveries too, so the figure itself is not fixed).
    const report = await (await page.request.get(`/api/costs/report?from=${month}&to=${month}&by=category`)).json();
    const line = report.company.find((r: { month: string }) => r.month === month);
    expect(line.grossFen).toBeGreaterThanOrEqual(fenFor(30));
    const net = Number(((await company.getByTestId('budget-net').textContent()) ?? '').replace(/[^\d.−-]/g, '').replace('−', '-'));
    expect(Math.round(net * 100)).toBe(line.netFen);
    copyToDocs(await screenshot(page, 'costs-budget', false), 'costs-budget.png');
    expect(consoleErrors).toEqual([]);
  });
});
