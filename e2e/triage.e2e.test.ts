import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  copyToDocs,
  label,
  type Lang,
  launchBrowser,
  login,
  logout,
  openSession,
  randomMobile,
  screenshot,
  useSharedSession,
} from './support.ts';

const COMPLAINT = '我的快递三天没到';

// The suggestion is ready when the panel has data for the text as typed (not a stale one).
const waitForSuggestion = async (page: Page) => {
  await page.locator('[data-testid=suggestion-panel][data-state=ready]').waitFor();
};

describe.each<Lang>(['zh', 'en'])('intake with triage suggestions in %s', (lang) => {
  const baseURL = inject('baseURL');
  const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label(lang, key, vars);
  const waybill = `SF${lang.toUpperCase()}${Date.now()}`;
  const shared = useSharedSession(baseURL);

  it('suggests Delay and dispatch while the agent types, applies it, and the case is routed there', async () => {
    const { page } = shared.s;
    await login(page, lang, 'agent');
    await page.getByRole('menuitem', { name: L('nav.newCase') }).click();
    await page.getByTestId('intake-phone').fill(randomMobile());
    await page.getByTestId('intake-name').fill(lang === 'zh' ? '刘女士' : 'Ms Liu');
    await page.getByTestId('intake-waybill').fill(waybill);

    // Fewer than 4 characters: only the hint.
    await page.getByTestId('intake-description').fill('快递');
    await page.getByTestId('suggestion-hint').waitFor();

    await page.getByTestId('intake-description').fill(COMPLAINT);
    await waitForSuggestion(page);
    const category = page.getByTestId('suggestion-category');
    await expect.poll(() => category.getAttribute('data-code')).toBe('delay');
    expect(await category.textContent()).toContain(lang === 'zh' ? '延误' : 'Delay');
    expect(await category.textContent()).toMatch(/\d+%/);
    await category.getByTestId('reason-terms').locator('.ant-tag').first().waitFor();
    expect(await page.getByTestId('suggestion-department').textContent()).toContain('调度');
    await page.getByTestId('suggestion-priority').locator('.ant-tag').first().waitFor();
    expect(await page.getByTestId('suggestion-duplicates').textContent()).toContain(L('triage.noDuplicates'));
    const shot = await screenshot(page, `${lang}-intake-suggestions`, false);
    if (lang === 'zh') copyToDocs(shot, 'intake.png');

    // One click fills category and urgency; the agent could still change them.
    await page.getByTestId('suggestion-apply').click();
    await expect.poll(() => page.getByTestId('suggestion-apply').textContent()).toContain(L('triage.applied'));
    const categoryField = page.locator('.ant-form-item').filter({ has: page.getByTestId('intake-category') });
    await expect.poll(() => categoryField.locator('.ant-select-content, .ant-select-selection-item').first().textContent()).toContain(
      lang === 'zh' ? '延误' : 'Delay',
    );

    await page.getByTestId('intake-submit').click();
    const created = page.getByTestId('created-case-number');
    await created.waitFor();
    const caseNumber = ((await created.textContent()) ?? '').trim();
    await page.getByTestId('open-created-case').click();
    await page.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
    await expect.poll(() => page.getByTestId('case-department').textContent()).toBe('调度');
    await page.getByTestId('sla-badge').first().waitFor();
    expect(await page.getByTestId('sla-badge').first().getAttribute('data-sla')).toMatch(/running|warning/);
    await page.getByTestId('category-confirmed').waitFor();
    await page.getByTestId('timeline').getByTestId('event-triaged').waitFor();
    await screenshot(page, `${lang}-case-after-intake`);

    // A second call about the same waybill is flagged as a possible duplicate of the first.
    await page.goto('/cases/new');
    await page.getByTestId('intake-waybill').fill(waybill);
    await page.getByTestId('intake-description').fill(`${COMPLAINT}，又打来问`);
    await waitForSuggestion(page);
    await page.getByTestId('suggestion-duplicates').getByText(caseNumber).waitFor();
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });
});

describe('intake suggestions on a tablet', () => {
  const baseURL = inject('baseURL');

  it('shows the suggestions under the description without overflowing', async () => {
    const browser = await launchBrowser();
    try {
      const tablet = await openSession(browser, baseURL, { width: 820, height: 1180 });
      const { page } = tablet;
      await login(page, 'zh', 'agent');
      await page.goto('/cases/new');
      await page.getByTestId('intake-description').fill('冷链的海鲜送到时已经化冻发臭了，我很生气');
      await waitForSuggestion(page);
      const desc = await page.getByTestId('intake-description').boundingBox();
      const panel = await page.getByTestId('suggestion-panel').boundingBox();
      expect(panel && desc && panel.y > desc.y).toBe(true);
      expect(await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
      await screenshot(page, 'tablet-intake-suggestions');
      expect(tablet.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
