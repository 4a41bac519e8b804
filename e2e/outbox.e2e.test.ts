import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, label, launchBrowser, login, openSession, pickOption, randomMobile, rowWith, screenshot, type Session } from './support.ts';

const L = (key: Parameters<typeof label>[1]) => label('zh', key);

// Issue 13 item 2: the administrator reads what customers were sent in the 消息发件箱 — the demo's SMS code,
// a failed message with its provider's error (sent again from the viewer), and a new case's received message,
// which the case page lists too.
describe('message outbox 消息发件箱', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;
  let caseNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'agent');
    const created = await api.request.post('/api/cases', {
      data: { channel: 'web', customer: { name: '端到端消息客户', phone: randomMobile() }, description: '包裹显示已签收但本人没有收到' },
    });
    expect(created.status()).toBe(201);
    caseNumber = ((await created.json()) as { caseNumber: string }).caseNumber;
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => browser?.close());

  it('admin reads the SMS code, retries a failed message, and finds the new case’s received message', async () => {
    const { page } = s;
    await login(page, 'zh', 'admin');
    await page.goto('/admin/outbox');
    const table = page.getByTestId('outbox-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();

    // The demo's one-time code, readable here.
    await pickOption(page, page.getByTestId('outbox-filter-event'), L('outbox.event.otp'));
    await rowWith(page, 'outbox-table', '386514').waitFor();
    await page.goto('/admin/outbox');

    // A failed message shows its error and goes back to the queue.
    await pickOption(page, page.getByTestId('outbox-filter-status'), L('outbox.status.failed'));
    const failedRow = table.locator('tbody tr.ant-table-row').first();
    await failedRow.waitFor();
    await failedRow.click();
    const drawer = page.getByTestId('outbox-detail');
    await drawer.getByTestId('outbox-detail-error').waitFor();
    expect(await drawer.getByTestId('outbox-detail-error').textContent()).toMatch(/aliyun|network/);
    await screenshot(page, 'outbox-failed-message');
    await drawer.getByTestId('outbox-retry').click();
    await drawer.getByTestId('outbox-retry').waitFor({ state: 'detached' });

    // The new case's received message, found by its number.
    await page.goto('/admin/outbox');
    const search = page.getByTestId('outbox-filter-case').locator('input');
    await search.fill(caseNumber);
    await search.press('Enter');
    const row = rowWith(page, 'outbox-table', L('outbox.event.received'));
    await row.waitFor();
    expect(await row.textContent()).toContain(caseNumber);
    await screenshot(page, 'outbox-viewer');

    // The case page lists what the customer was sent.
    await page.goto(`/cases/${caseNumber}`);
    const panel = page.getByTestId('customer-messages');
    await panel.getByText(L('outbox.event.received'), { exact: true }).first().waitFor();

    // The customer asks on the phone to be emailed: email without an address is refused at the field, then saved.
    await panel.getByTestId('customer-settings-edit').click();
    const form = page.getByTestId('customer-settings-form');
    await pickOption(page, form.locator('.ant-select').first(), L('outbox.channel.email'));
    await page.getByRole('button', { name: L('outbox.settings.save') }).click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await form.getByPlaceholder('name@example.com').fill('e2e.customer@example.com');
    await page.getByRole('button', { name: L('outbox.settings.save') }).click();
    await form.waitFor({ state: 'detached' });
    const settings = panel.getByTestId('customer-message-settings');
    await settings.getByText('e2e.customer@example.com').waitFor();
    expect(await settings.textContent()).toContain(L('outbox.channel.email'));
    await page.getByText(L('event.customer_messaging_changed')).first().waitFor();
    // The one refused save (email without an address) is the only failed request.
    expect(s.consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  });
});
