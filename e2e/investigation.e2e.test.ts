import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiLogin, copyToDocs, dialog, label, launchBrowser, login, logout, openSession, pickOption, randomMobile, screenshot, type Session } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

// Issue 11, items 2–3: a damage case is investigated by a joint team, its evidence is linked to the
// checklist and preserved, responsibility is decided, and an administrator hides a file with a reason.
describe('investigation and responsibility (调查与定责)', () => {
  const baseURL = inject('baseURL');
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;
  let caseNumber = '';
  let filename = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'agent');
    const dispatch = ((await (await api.request.get('/api/departments')).json()) as { items: { id: string; code: string }[] }).items.find(
      (d) => d.code === 'dispatch',
    )!.id;
    const created = await api.request.post('/api/cases', {
      data: {
        channel: 'hotline',
        customer: { name: '端到端调查客户', phone: randomMobile() },
        description: '包裹外箱破损，里面的陶瓷杯碎了',
        category: 'damage',
      },
    });
    const c = (await created.json()) as { id: string; caseNumber: string };
    caseNumber = c.caseNumber;
    await api.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'assigned', departmentId: dispatch } });
    await api.request.post(`/api/cases/${c.id}/transitions`, { data: { to: 'investigating' } });
    filename = `box-${Date.now()}.png`;
    const up = await api.request.post(`/api/cases/${c.id}/attachments`, { multipart: { file: { name: filename, mimeType: 'image/png', buffer: PNG } } });
    expect(up.status()).toBe(201);
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => browser?.close());

  it('agent gives a task to the warehouse, links evidence, and decides responsibility', async () => {
    const { page } = s;
    await s.context.clearCookies();
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${caseNumber}`);
    const panel = page.getByTestId('investigation-panel');
    await panel.getByText(L('inv.title')).waitFor();
    // The damage checklist of the express preset; nothing collected yet.
    await expect.poll(() => panel.getByTestId('evidence-item').count()).toBe(4);
    await panel.getByText(L('inv.required')).waitFor();

    await pickOption(page, panel.getByTestId('task-department'), '仓库');
    await panel.getByTestId('task-instructions').fill('核实出库时外包装是否完好，提供出库照片');
    await panel.getByTestId('task-add').click();
    await panel.getByTestId('investigation-task').filter({ hasText: '核实出库时外包装是否完好' }).waitFor();
    // The warehouse joined the joint team.
    await page.getByTestId('joint-team').getByTestId('collaborator').filter({ hasText: '仓库' }).waitFor();

    const photos = panel.locator('[data-testid=evidence-item][data-code=parcel_photos]');
    await pickOption(page, photos.getByTestId('evidence-pick'), filename);
    await photos.getByTestId('evidence-link').click();
    await photos.getByTestId('evidence-done').waitFor();
    await photos.getByTestId('evidence-sha256').waitFor();
    expect(await photos.getByTestId('evidence-sha256').textContent()).toMatch(/sha256 [0-9a-f]{64}/);

    const dispatchRecord = panel.locator('[data-testid=evidence-item][data-code=dispatch_record]');
    await dispatchRecord.getByTestId('evidence-na-reason').fill('门店直发，无仓库出库');
    await dispatchRecord.getByTestId('evidence-na').click();
    await dispatchRecord.getByTestId('evidence-done').waitFor();

    const form = panel.getByTestId('responsibility-form');
    await pickOption(page, form.getByTestId('root-cause'), L('inv.rootCause.people'));
    await pickOption(page, form.getByTestId('party'), L('inv.party.internal'));
    await form.getByTestId('root-cause-text').fill('打包未加缓冲材料');
    // The department is required for an internal decision: the form says so before sending.
    await form.getByTestId('responsibility-save').click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await pickOption(page, form.getByTestId('responsible-department'), '仓库');
    await form.getByTestId('responsibility-save').click();
    await panel.getByTestId('responsibility-decided').getByText('打包未加缓冲材料').waitFor();
    await page.getByTestId('case-detail').getByText(L('event.responsibility_decided')).first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'investigation-panel', false), 'investigation.png');
    await logout(page);
  });

  it('the warehouse handler records findings on its task and finishes it', async () => {
    const { page } = s;
    await s.context.clearCookies();
    await login(page, 'zh', 'warehouse');
    await page.goto(`/cases/${caseNumber}`);
    const task = page.getByTestId('investigation-task').filter({ hasText: '核实出库时外包装是否完好' });
    await task.getByTestId('task-findings').fill('出库时外包装完好，有出库照片');
    await task.getByTestId('task-done').click();
    await task.getByTestId('task-status').filter({ hasText: L('inv.task.done') }).waitFor();
    await task.getByTestId('task-findings-text').waitFor();
    await logout(page);
  });

  it('an administrator hides the file with a reason; it stays listed as hidden', async () => {
    const { page } = s;
    await s.context.clearCookies();
    await login(page, 'zh', 'admin');
    await page.goto(`/cases/${caseNumber}`);
    const photos = page.locator('[data-testid=evidence-item][data-code=parcel_photos]');
    await photos.getByTestId('evidence-hide').click();
    const confirm = dialog(page, L('inv.hide'));
    await confirm.getByTestId('hide-reason').fill('照片含其他客户的面单信息');
    await confirm.getByRole('button', { name: L('inv.hide') }).click();
    await photos.getByText(L('inv.hidden', { reason: '照片含其他客户的面单信息' })).waitFor();
    // A hidden file proves nothing any more: the item is missing again.
    await photos.getByTestId('evidence-missing').waitFor();
    await page.getByTestId('case-detail').getByText(L('event.evidence_hidden')).first().waitFor();
    await logout(page);

    // Others see the record (hidden, with the reason) but no preview or download: nothing asks for the file.
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('attachment-hidden').filter({ hasText: '照片含其他客户的面单信息' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(s.consoleErrors).toEqual([]);
    await logout(page);
  });

  it('flags a same-city parcel 3 days past its promised time as 彻底延误', async () => {
    const { page } = s;
    await s.context.clearCookies();
    const promised = new Date(Date.now() - 4 * 24 * 3600_000).toISOString();
    const res = await api.request.post('/api/cases', {
      data: {
        channel: 'hotline',
        customer: { name: '端到端延误客户', phone: randomMobile() },
        description: '同城快递四天还没到',
        category: 'delay',
        serviceType: 'same_city',
        promisedDeliveryAt: promised,
      },
    });
    const c = (await res.json()) as { caseNumber: string; completeDelay: { treatAsLoss: boolean } };
    expect(c.completeDelay.treatAsLoss).toBe(true);
    await login(page, 'zh', 'agent');
    await page.goto(`/cases/${c.caseNumber}`);
    await page.getByTestId('complete-delay').getByText(L('delay.complete')).waitFor();
    await logout(page);
  });
});
