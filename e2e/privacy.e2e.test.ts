import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, dialog, label, launchBrowser, login, openSession, randomMobile, screenshot, type Session } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Issue 12 item 8 (rules 27–28): a customer asks for their data to be deleted. The administrator finds them
// by phone, exports their data, erases it with a reason; the case keeps its timeline with the text replaced.
describe('personal data 个人信息', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;
  const phone = randomMobile();
  const secret = `家住幸福路${String(Date.now()).slice(-4)}号`;
  let caseNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'agent');
    const created = await api.request.post('/api/cases', {
      data: { channel: 'hotline', customer: { name: '端到端隐私客户', phone }, description: `包裹丢失，${secret}` },
    });
    const c = (await created.json()) as { id: string; caseNumber: string };
    caseNumber = c.caseNumber;
    // Erasure waits until the customer has no open case: this one is routed at intake (so it can no longer be
    // rejected) and is closed by merging it into another customer's case.
    const keeper = await api.request.post('/api/cases', {
      data: { channel: 'hotline', customer: { name: '端到端另一客户', phone: randomMobile() }, description: '包裹丢失，另一位客户' },
    });
    const k = (await keeper.json()) as { id: string };
    const merged = await api.request.post(`/api/cases/${c.id}/merge`, { data: { intoId: k.id } });
    expect(merged.status()).toBe(200);
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => browser?.close());

  it('admin finds a customer by phone, exports, erases their data and edits a retention period', async () => {
    const { page } = s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.privacy') }).click();
    await page.getByLabel(L('privacy.lookup.phone')).fill(phone);
    await page.getByRole('button', { name: L('privacy.lookup.search'), exact: true }).click();
    await page.getByText(caseNumber).waitFor();
    await page.getByText('端到端隐私客户').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: L('privacy.export') }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^customer-.*\.json$/);

    await page.getByRole('button', { name: L('privacy.erase') }).click();
    const modal = dialog(page, L('privacy.erase.confirmTitle'));
    await modal.getByLabel(L('privacy.erase.reason')).fill('客户来电要求删除个人信息');
    await modal.getByRole('button', { name: L('privacy.erase.confirm') }).click();
    await page.getByTestId('erasure-result').waitFor();
    copyToDocs(await screenshot(page, 'admin-personal-data'), 'admin-personal-data.png');

    // The case keeps its timeline; the text is gone.
    await page.goto(`/cases/${caseNumber}`);
    await page.getByText(L('event.personal_data_erased')).first().waitFor();
    expect(await page.getByText(secret).count()).toBe(0);

    // A retention period, saved and audited.
    await page.goto('/admin/privacy');
    const field = page.getByLabel(L('privacy.kind.case_text'));
    await field.fill('730');
    await page.getByRole('button', { name: L('privacy.retention.save'), exact: true }).click();
    await page.getByText(L('privacy.retention.saved')).waitFor();
    await apiLogin(api, 'admin');
    const audit = (await (await api.request.get('/api/admin/audit?entity=retention_policy')).json()) as { items: Array<{ entityId: string; changes: { days?: { to?: unknown } } }> };
    expect(audit.items[0]).toMatchObject({ entityId: 'case_text', changes: { days: { to: 730 } } });
    expect(s.consoleErrors).toEqual([]);
  });
});
