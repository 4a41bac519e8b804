import fs from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiLogin,
  copyToDocs,
  dialog,
  label,
  launchBrowser,
  login,
  openSession,
  pickOption,
  randomMobile,
  rowWith,
  screenshot,
} from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// A 1-minute resolution limit is missed a minute after filing, and the manager hears a minute later. The
// shared e2e server sweeps every 5 s and its clock can be moved ahead (e2e/shifted-clock.mjs): each step moves
// it a little over a minute instead of waiting, and gives the sweep this long to act.
const ESCALATION_WAIT_MS = 60_000;
const advanceServerClock = (ms: number) => {
  const file = inject('clockOffsetFile');
  fs.writeFileSync(file, String((Number(fs.readFileSync(file, 'utf8')) || 0) + ms));
};

describe('time limits escalate, and the calendar is configured, in the admin screens', () => {
  const baseURL = inject('baseURL');
  const policyName = `E2E 延误一分钟 ${String(Date.now()).slice(-5)}`;
  // Each step has its own browser session, so one failing step does not take the next ones down.
  let browser: Browser;
  let api: BrowserContext;
  let caseNumber = '';
  let policyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
  });

  afterAll(async () => {
    // Later journeys file delay cases too; they must not run on a 1-minute limit.
    if (policyId) {
      await apiLogin(api, 'admin').catch(() => undefined);
      await api.request.delete(`/api/admin/sla-policies/${policyId}`).catch(() => undefined);
    }
    await browser?.close();
  });

  it('admin creates a 1-minute time-limit policy for delays', async () => {
    const s = await openSession(browser, baseURL);
    const { page } = s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.slaPolicies') }).click();
    await page.getByTestId('sla-policies-table').locator('tbody tr.ant-table-row').first().waitFor();

    await page.getByTestId('sla-create').click();
    const modal = dialog(page, L('admin.sla.createTitle'));
    await modal.getByTestId('sla-name').fill(policyName);
    await pickOption(page, modal.getByTestId('sla-category'), '延误');
    await pickOption(page, modal.getByTestId('sla-target-0-target'), L('sla.target.resolution'));
    await pickOption(page, modal.getByTestId('sla-target-0-minutes-unit'), L('admin.sla.unit.minute'));
    await modal.getByTestId('sla-target-0-minutes').fill('1');
    await pickOption(page, modal.getByTestId('sla-target-0-clock'), L('admin.sla.clock.calendar'));
    await modal.getByTestId('sla-supervisorAfterBreachMinutes').fill('0');
    await modal.getByTestId('sla-managerAfterBreachMinutes').fill('1');
    await modal.getByText(L('admin.sla.calendarHelper', { time: L('duration.m', { m: 1 }) })).waitFor();
    await screenshot(page, 'admin-sla-policy-form', false);
    await modal.getByRole('button', { name: L('common.save') }).click();
    const row = rowWith(page, 'sla-policies-table', policyName);
    await row.waitFor();
    expect(await row.textContent()).toContain(`${L('sla.target.resolution')} ${L('duration.m', { m: 1 })}`);

    await apiLogin(api, 'admin');
    const list = (await (await api.request.get('/api/admin/sla-policies')).json()) as { items: { id: string; name: string }[] };
    policyId = list.items.find((p) => p.name === policyName)?.id ?? '';
    expect(policyId).not.toBe('');
    await s.context.close();
    expect(s.consoleErrors).toEqual([]);
  });

  it('an agent files a delay complaint under that policy', async () => {
    await apiLogin(api, 'agent');
    const res = await api.request.post('/api/cases', {
      data: {
        channel: 'hotline',
        customer: { name: '升级测试', phone: randomMobile() },
        description: '包裹延误一周了还没送到',
        category: 'delay',
        waybillNo: `E2EESC${Date.now()}`,
      },
    });
    expect(res.status()).toBe(201);
    const created = (await res.json()) as { caseNumber: string; sla: { targets: { target: string }[] } | null };
    caseNumber = created.caseNumber;
    // The policy's one target, and the preset's statutory limit that applies under every policy.
    expect(created.sla?.targets.map((t) => t.target).sort()).toEqual(['legal_outer_limit', 'resolution']);
  });

  it('admin sees the 2027 holiday warning and adds a date override', async () => {
    const admin = await openSession(browser, baseURL);
    const { page } = admin;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.calendars') }).click();
    const card = page.getByTestId('calendar-card').filter({ has: page.getByTestId('override-form') }).first();
    const warning = card.locator('[data-testid=coverage-warning][data-year="2027"]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(L('admin.calendars.coverageMissing', { year: 2027 }));
    expect(await warning.textContent()).toContain('请补充2027年调休安排');
    await screenshot(page, 'admin-calendar-2027-warning');

    await card.getByTestId('override-date').click();
    await card.getByTestId('override-date').fill('2027-02-07');
    await card.getByTestId('override-date').press('Enter');
    await pickOption(page, card.getByTestId('override-type'), L('admin.calendars.type.workday'));
    await card.getByTestId('override-name').fill('春节调休上班');
    await card.getByTestId('override-add').click();
    await card.getByTestId('overrides-table').getByText('2027-02-07').waitFor();
    await card.getByText(L('admin.calendars.unsaved')).waitFor();
    await card.getByTestId('calendar-save').click();
    await page.getByText(L('admin.calendars.saved')).waitFor();

    // Saved: the server now counts 2027 as covered by hand-entered dates and asks to check them.
    const saved = page.getByTestId('calendar-card').filter({ has: page.getByTestId('override-form') }).first();
    await saved.locator('[data-testid=coverage-manual][data-year="2027"]').waitFor();
    expect(await saved.locator('[data-testid=coverage-warning][data-year="2027"]').count()).toBe(0);
    await saved.getByTestId('overrides-table').getByText('春节调休上班').waitFor();
    await screenshot(page, 'admin-calendar');
    await admin.context.close();
    expect(admin.consoleErrors).toEqual([]);
  });

  it('the supervisor sees the escalation on the board, in the bell and on the case', async () => {
    expect(caseNumber).not.toBe('');
    const supervisor = await openSession(browser, baseURL);
    const { page } = supervisor;
    await login(page, 'zh', 'supervisor');
    await page.getByRole('menuitem', { name: L('nav.escalations') }).click();
    const row = rowWith(page, 'escalations-table', caseNumber);
    // The demo data has escalations already, so a first row means the list has loaded.
    const loaded = () => page.locator('[data-testid=escalations-table] tbody tr.ant-table-row').first().waitFor();
    await loaded();
    // The 1-minute limit (and its 75 % warning) passes on the server's clock.
    advanceServerClock(65_000);
    const deadline = Date.now() + ESCALATION_WAIT_MS;
    while ((await row.count()) === 0) {
      if (Date.now() > deadline) throw new Error(`${caseNumber} was not escalated within ${ESCALATION_WAIT_MS / 1000} s`);
      await page.waitForTimeout(5_000);
      await page.reload();
      await loaded();
    }
    expect(await row.first().textContent()).toContain(L('escalation.level.1'));
    expect(await row.first().textContent()).toContain(L('escalation.reason.breach'));
    expect(Number(await page.getByTestId('escalations-level1').textContent().then((t) => t?.replace(/\D/g, '')))).toBeGreaterThan(0);
    const shot = await screenshot(page, 'escalations', false);
    copyToDocs(shot, 'escalations.png');

    const bell = page.getByTestId('notification-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-count'))).toBeGreaterThan(0);
    await bell.click();
    const item = page.getByTestId('notification-item').filter({ hasText: caseNumber }).first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('escalated');
    await screenshot(page, 'notifications', false);
    await item.getByRole('link', { name: caseNumber }).click();

    await page.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
    await expect.poll(() => page.getByTestId('escalation-tag').first().textContent()).toContain(L('escalation.level.1'));
    expect(await page.getByTestId('sla-badge').first().getAttribute('data-sla')).toBe('breached');
    const timeline = page.getByTestId('timeline');
    await timeline.getByTestId('event-sla_breached').first().waitFor();
    const escalated = timeline.getByTestId('event-escalated').first();
    await escalated.waitFor();
    expect(await escalated.textContent()).toContain(L('escalation.reason.breach'));
    expect(await escalated.textContent()).toContain(L('sla.target.resolution'));
    await screenshot(page, 'escalated-case');
    await supervisor.context.close();
    expect(supervisor.consoleErrors).toEqual([]);
  });

  it('the manager sees the second level a minute later, and every step happened once', async () => {
    expect(caseNumber).not.toBe('');
    const manager = await openSession(browser, baseURL);
    const { page } = manager;
    await login(page, 'zh', 'manager');
    await page.getByRole('menuitem', { name: L('nav.escalations') }).click();
    const rows = rowWith(page, 'escalations-table', caseNumber);
    const loaded = () => page.locator('[data-testid=escalations-table] tbody tr.ant-table-row').first().waitFor();
    await loaded();
    // The manager's step, a minute after the breach.
    advanceServerClock(65_000);
    const deadline = Date.now() + ESCALATION_WAIT_MS;
    while ((await rows.filter({ hasText: L('escalation.level.2') }).count()) === 0) {
      if (Date.now() > deadline) throw new Error(`${caseNumber} did not reach the manager within ${ESCALATION_WAIT_MS / 1000} s`);
      await page.waitForTimeout(5_000);
      await page.reload();
      await loaded();
    }
    // Sweeps kept running every 5 s since: still one row per level.
    await page.waitForTimeout(6_000);
    await page.reload();
    await loaded();
    expect(await rows.filter({ hasText: L('escalation.level.1') }).count()).toBe(1);
    expect(await rows.filter({ hasText: L('escalation.level.2') }).count()).toBe(1);

    await rows.first().getByTestId('escalation-case').click();
    await page.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
    await expect.poll(() => page.getByTestId('escalation-tag').first().textContent()).toContain(L('escalation.level.2'));
    const timeline = page.getByTestId('timeline');
    await timeline.getByTestId('event-escalated').first().waitFor();
    // The owner was warned at 75 % of the limit, then breach, supervisor, manager: each once.
    expect(await timeline.getByTestId('event-sla_warning').count()).toBe(1);
    expect(await timeline.getByTestId('event-sla_breached').count()).toBe(1);
    expect(await timeline.getByTestId('event-escalated').count()).toBe(2);
    await manager.context.close();
    expect(manager.consoleErrors).toEqual([]);

  });

  it('the owner the case was routed to finds the 75 % warning in the bell', async () => {
    expect(caseNumber).not.toBe('');
    // Routed to dispatch; its only member on duty is the demo handler.
    const owner = await openSession(browser, baseURL);
    const { page } = owner;
    await login(page, 'zh', 'dispatch');
    const bell = page.getByTestId('notification-bell');
    await bell.click();
    const warning = page.getByTestId('notification-item').filter({ hasText: caseNumber }).and(page.locator('[data-kind=sla_warning]'));
    await warning.first().waitFor();
    expect(await warning.count()).toBe(1);
    await owner.context.close();
    expect(owner.consoleErrors).toEqual([]);
  });
});
