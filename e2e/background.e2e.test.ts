import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, label, launchBrowser, login, openSession, screenshot, type Session } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Parameters<typeof label>[2]) => label('zh', key, vars);

type Recompute = { id: string; cause: string | null; requestedAt: string; finishedAt: string | null };

// The administrator sees whether the background work moves (后台任务): the recomputation an SLA policy edit
// asked for, from pending to finished; the sweep's failures (none: said in words); the customer messages that
// failed for good, linking to the 消息发件箱 filtered on them.
describe('background work 后台任务', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;
  let recomputeId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'admin');
    // An SLA policy edited through the API: its open cases' clocks are to be recomputed by the worker.
    const policies = (await (await api.request.get('/api/admin/sla-policies')).json()) as { items: Array<{ id: string; policy: unknown }> };
    const policy = policies.items[0]!;
    const edited = await api.request.patch(`/api/admin/sla-policies/${policy.id}`, { data: { policy: policy.policy } });
    expect(edited.status()).toBe(200);
    const requests = (await (await api.request.get('/api/admin/recompute-requests')).json()) as { items: Recompute[] };
    const ours = requests.items.filter((r) => r.cause === 'policy').sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
    expect(ours).toBeDefined();
    recomputeId = ours!.id;
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => browser?.close());

  it('admin sees the recompute an SLA policy edit asked for, the sweep in words, and the failed messages linking to the outbox', async () => {
    const { page } = s;
    await login(page, 'zh', 'admin');
    await page.getByTestId('nav-background').click();
    await page.waitForURL(/\/admin\/background$/);

    // The policy edit's recomputation, by whom, and — once the worker has run (every few seconds here) — finished.
    const status = page.getByTestId(`bg-recompute-status-${recomputeId}`);
    await status.waitFor();
    const row = page.locator('[data-testid=bg-recompute-table] tbody tr.ant-table-row').filter({ has: status });
    expect(await row.textContent()).toContain(L('bg.recompute.cause.policy'));
    expect([L('bg.recompute.status.pending'), L('bg.recompute.status.finished')]).toContain(await status.textContent());
    await expect
      .poll(
        async () => {
          await page.reload();
          await status.waitFor();
          return status.textContent();
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(L('bg.recompute.status.finished'));
    expect(await row.textContent()).toMatch(/\d+ \/ \d+ 个工单/);

    // No case fails the sweep in the demo and no recompute is left: said in words, not only an empty grid.
    expect(await page.getByTestId('bg-sweep-health').textContent()).toBe(L('bg.sweep.empty'));
    await page.getByTestId('bg-sweep-table').getByText(L('bg.sweep.none')).waitFor();
    await expect.poll(() => page.getByTestId('bg-recompute-health').textContent()).toBe(L('bg.recompute.empty'));

    // The demo has messages that failed for good: counted here, listed in the outbox filtered on them.
    const count = page.getByTestId('bg-failed-count');
    await count.waitFor();
    const n = Number((await count.textContent())?.match(/\d+/)?.[0]);
    expect(n).toBeGreaterThan(0);
    copyToDocs(await screenshot(page, 'background'), 'background.png');

    await page.getByTestId('bg-failed-link').click();
    await page.waitForURL(/\/admin\/outbox\?status=failed$/);
    await page.getByTestId('outbox-filter-status').getByText(L('outbox.status.failed'), { exact: false }).waitFor();
    const tags = page.locator('[data-testid=outbox-table] tbody tr.ant-table-row [data-testid^=outbox-status-]');
    await tags.first().waitFor();
    expect(new Set(await tags.allTextContents())).toEqual(new Set([L('outbox.status.failed')]));
    expect(await tags.count()).toBe(n);
    expect(s.consoleErrors).toEqual([]);
  });
});
