import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  dialog,
  label,
  login,
  logout,
  openSession,
  queueRows,
  screenshot,
  setLanguage,
  useSharedSession,
} from './support.ts';

const CJK = /[\u4e00-\u9fff]/;

// How far the page or any main block sticks out to the right of the window (wide tables must scroll inside).
const overflowPx = (page: Page) =>
  page.evaluate<number>(`Math.max(
    document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ...[...document.querySelectorAll('.cl-content, .ant-table-wrapper, .ant-card')].map((el) => el.getBoundingClientRect().right - window.innerWidth)
  )`);

describe('errors, conflicts, keyboard and tablet', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('shows server error messages in the chosen language', async () => {
    const { page } = shared.s;
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    await setLanguage(page, 'en');
    await page.getByTestId('login-username').fill('agent');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const english = (await alert.textContent()) ?? '';
    expect(english.trim()).not.toBe('');
    expect(english).not.toMatch(CJK);

    await setLanguage(page, 'zh');
    await page.getByTestId('login-submit').click();
    await expect.poll(async () => (await page.getByRole('alert').textContent()) ?? '').toMatch(CJK);

    // Server field errors land on the form field they belong to, in the chosen language.
    await setLanguage(page, 'en');
    await page.getByTestId('login-password').fill('demo1234');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/cases/);
    await page.goto('/cases/new');
    await page.getByTestId('intake-phone').fill('00000');
    await page.getByTestId('intake-name').fill('Test');
    await page.getByTestId('intake-description').fill('Phone number the server must refuse');
    await page.getByTestId('intake-submit').click();
    const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('intake-phone') });
    const phoneError = phoneItem.locator('.ant-form-item-explain-error');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).not.toMatch(CJK);
    // The wrong password (401) and the refused phone number (400) were provoked on purpose.
    expect(shared.s.consoleErrors.filter((e) => !/status of (400|401)/.test(e))).toEqual([]);
  });

  it('refuses a stale edit with a reload prompt instead of overwriting', async () => {
    const { page } = shared.s;
    const other = await openSession(shared.browser, baseURL);
    await login(other.page, 'en', 'supervisor');

    await page.goto('/cases?status=registered');
    await page.getByTestId('case-link').first().waitFor();
    const caseNumber = ((await page.getByTestId('case-link').first().textContent()) ?? '').trim();
    await page.goto(`/cases/${caseNumber}`);
    await other.page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('edit-case').waitFor();
    await other.page.getByTestId('edit-case').waitFor();

    await other.page.getByTestId('edit-case').click();
    const otherModal = dialog(other.page, label('en', 'case.editTitle', { caseNumber }));
    await otherModal.locator('#demand').fill('Changed by the supervisor');
    await otherModal.getByRole('button', { name: label('en', 'common.save') }).click();
    await otherModal.waitFor({ state: 'hidden' });

    await page.getByTestId('edit-case').click();
    const mine = dialog(page, label('en', 'case.editTitle', { caseNumber }));
    await mine.locator('#demand').fill('Changed by the agent, too late');
    await mine.getByRole('button', { name: label('en', 'common.save') }).click();
    const prompt = dialog(page, label('en', 'case.conflict.title'));
    await prompt.waitFor();
    await prompt.getByRole('button', { name: label('en', 'case.conflict.reload') }).click();
    await page.getByText('Changed by the supervisor').first().waitFor();
    expect(await page.getByText('Changed by the agent, too late').count()).toBe(0);
    await other.context.close();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('can be driven with the keyboard', async () => {
    const { page } = shared.s;
    await logout(page);
    await page.keyboard.type('agent');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases/);
    await page.getByTestId('case-link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByTestId('case-detail').waitFor();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('fits a tablet screen', async () => {
    const tablet = await openSession(shared.browser, baseURL, { width: 820, height: 1180 });
    const { page } = tablet;
    await login(page, 'zh', 'agent');
    await queueRows(page).first().waitFor();
    await screenshot(page, 'tablet-queue', false);
    expect(await overflowPx(page)).toBeLessThanOrEqual(0);

    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    await screenshot(page, 'tablet-case');
    expect(await overflowPx(page)).toBeLessThanOrEqual(0);

    await page.goto('/cases/new');
    await page.getByTestId('intake-phone').waitFor();
    await screenshot(page, 'tablet-new-case');
    await logout(page);
    await tablet.context.close();
    expect(tablet.consoleErrors).toEqual([]);
  });
});
