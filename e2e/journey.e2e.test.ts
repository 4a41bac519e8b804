import { describe, expect, inject, it } from 'vitest';
import {
  copyToDocs,
  label,
  type Lang,
  login,
  logout,
  pickOption,
  queueRows,
  randomMobile,
  screenshot,
  searchQueue,
  setLanguage,
  useSharedSession,
} from './support.ts';

describe.each<Lang>(['zh', 'en'])('main journey in %s', (lang) => {
  const baseURL = inject('baseURL');
  const waybill = `E2E${lang.toUpperCase()}${Date.now()}`;
  const phone = randomMobile();
  const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label(lang, key, vars);
  let caseNumber = '';
  const shared = useSharedSession(baseURL);

  it('agent logs in and takes a phone complaint', async () => {
    const { page } = shared.s;
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    await setLanguage(page, lang);
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toContain(L('login.submit'));
    await screenshot(page, `${lang}-login`);

    await login(page, lang, 'agent');
    await page.getByRole('heading', { name: L('queue.title') }).waitFor();
    await page.locator('[data-testid=queue-table] tbody tr.ant-table-row').first().waitFor();
    const queueShot = await screenshot(page, `${lang}-queue`, false);
    if (lang === 'zh') copyToDocs(queueShot, 'queue.png');

    // The session cookie and the language choice both survive a reload.
    await page.reload();
    await page.getByTestId('current-user').waitFor();
    await page.getByRole('heading', { name: L('queue.title') }).waitFor();

    await page.getByRole('menuitem', { name: L('nav.newCase') }).click();
    await page.waitForURL(/\/cases\/new$/);
    await page.getByTestId('intake-phone').fill(phone);
    await page.getByTestId('customer-new').waitFor();

    // Required fields are checked before anything is sent, in the chosen language.
    await page.getByTestId('intake-submit').click();
    await page.getByText(L('validation.required', { field: L('field.description') })).waitFor();
    await page.getByText(L('validation.required', { field: L('field.customerName') })).waitFor();

    await page.getByTestId('intake-name').fill(lang === 'zh' ? '测试客户' : 'Test Customer');
    await page.getByTestId('intake-waybill').fill(waybill);
    await pickOption(page, page.getByTestId('intake-category'), lang === 'zh' ? '破损' : 'Damage');
    await pickOption(page, page.getByTestId('intake-urgency'), L('urgency.urgent'));
    await page.getByTestId('intake-description').fill(
      lang === 'zh' ? '快递外箱破损，里面的玻璃杯碎了两个，客户要求赔偿。' : 'The box arrived crushed and two glasses inside are broken.',
    );
    await page.getByTestId('intake-demand').fill(lang === 'zh' ? '赔偿两个杯子' : 'Compensation for the two glasses');
    await screenshot(page, `${lang}-new-case`);

    // A double click must not file the complaint twice (Idempotency-Key).
    await page.getByTestId('intake-submit').dblclick();
    const created = page.getByTestId('created-case-number');
    await created.waitFor();
    caseNumber = (await created.textContent())?.trim() ?? '';
    expect(caseNumber).toMatch(/\S{6,}/);
    await page.getByText(L('newCase.readBack')).waitFor();
    await screenshot(page, `${lang}-case-created`);

    // The same caller phoning again is recognised, with the case just filed.
    await page.getByTestId('new-case-again').click();
    await page.getByTestId('intake-phone').fill(phone);
    await page.getByTestId('customer-found').waitFor();
    await page.getByTestId('intake-customer').getByText(caseNumber).waitFor();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('agent finds the case by waybill number and moves it along', async () => {
    const { page } = shared.s;
    await page.getByRole('menuitem', { name: L('nav.queue') }).click();
    await page.waitForURL(/\/cases(\?|$)/);
    await searchQueue(page, waybill);
    await expect.poll(() => queueRows(page).count()).toBe(1);
    await expect.poll(() => queueRows(page).first().textContent()).toContain(caseNumber);

    // The filter lives in the URL: opening the same address shows the same view.
    await page.goto(page.url());
    await expect.poll(() => queueRows(page).count()).toBe(1);

    await page.getByTestId('case-link').filter({ hasText: caseNumber }).click();
    await page.waitForURL(new RegExp(`/cases/${caseNumber}$`));
    await page.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
    await page.getByTestId('transition-acknowledged').waitFor();

    // Intake triage may already have routed the case to a department; acknowledging it then means
    // handing it back, which asks for a reason.
    const status = await page.getByTestId('case-status').textContent();
    expect([L('status.registered'), L('status.assigned')]).toContain(status);
    await page.getByTestId('transition-acknowledged').click();
    if (status === L('status.assigned')) {
      const back = page.locator('.ant-modal').filter({ hasText: L('transition.title', { status: L('status.acknowledged') }) });
      await back.waitFor();
      await back.getByRole('button', { name: L('common.confirm') }).click();
      await back.getByText(L('validation.required', { field: L('field.reason') })).waitFor();
      await back.getByTestId('transition-reason').fill(lang === 'zh' ? '破损件由调度先核实车辆' : 'Dispatch checks the van first');
      await back.getByRole('button', { name: L('common.confirm') }).click();
    }
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe(L('status.acknowledged'));

    // A case routed to another department at intake keeps it when acknowledged: taking it over for
    // dispatch is a reassignment, which needs a reason.
    const routedElsewhere = !['调度', '—', ''].includes(((await page.getByTestId('case-department').textContent()) ?? '').trim());
    await page.getByTestId('transition-assigned').click();
    const modal = page.locator('.ant-modal').filter({ hasText: L('transition.title', { status: L('status.assigned') }) });
    await modal.waitFor();
    await pickOption(page, modal.getByTestId('transition-department'), '调度');
    if (routedElsewhere) {
      await modal.getByTestId('transition-reason').fill(lang === 'zh' ? '车辆由调度核实' : 'Dispatch checks the van');
    }
    await modal.getByRole('button', { name: L('common.confirm') }).click();
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe(L('status.assigned'));
    await expect.poll(() => page.getByTestId('case-department').textContent()).toBe('调度');

    await page.getByTestId('comment-body').fill(lang === 'zh' ? '已联系调度核实车辆位置' : 'Asked dispatch to check the van');
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('timeline').getByTestId('tag-internal').first().waitFor();

    await page.getByTestId('comment-visibility').getByText(L('comment.public')).click();
    await page.getByTestId('comment-body').fill(lang === 'zh' ? '您好，包裹今天送达。' : 'Your parcel will arrive today.');
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('timeline').getByTestId('tag-public').first().waitFor();
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain(L('event.status_changed'));

    const caseShot = await screenshot(page, `${lang}-case`);
    if (lang === 'zh') copyToDocs(caseShot, 'case.png');
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('the dispatch handler sees the case', async () => {
    const { page } = shared.s;
    await login(page, lang, 'dispatch');
    await page.getByTestId('tab-unassigned').waitFor({ state: 'detached' });
    await searchQueue(page, waybill);
    await expect.poll(() => queueRows(page).count()).toBe(1);
    await page.getByTestId('case-link').filter({ hasText: caseNumber }).click();
    await page.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
    // Handlers see the customer's number masked.
    await expect.poll(() => page.getByTestId('customer-phone').textContent()).toContain('*');
    await page.getByTestId('transition-investigating').waitFor();
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('the quality handler does not', async () => {
    const { page } = shared.s;
    await login(page, lang, 'quality');
    await searchQueue(page, waybill);
    await expect.poll(() => queueRows(page).count()).toBe(0);
    await page.getByText(L('queue.empty')).waitFor();

    await page.goto(`/cases/${caseNumber}`);
    await page.getByText(L('case.notFound', { caseNumber })).waitFor();
    await logout(page);
    // Another department's case answers 404, which is the point of this step.
    expect(shared.s.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
