import { describe, expect, inject, it } from 'vitest';
import { confirmDialog, dialog, label, login, logout, pickOption, rowWith, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

describe('causes, stages and the callback window', () => {
  const baseURL = inject('baseURL');
  const suffix = String(Date.now()).slice(-6);
  const code = `e2e_cause_${suffix}`;
  const nameZh = `端到端原因${suffix}`;
  const shared = useSharedSession(baseURL);

  it('admin adds a cause, is refused a duplicate, sets the callback window, and the case form offers the cause', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.taxonomy') }).click();
    await rowWith(page, 'causes-table', '承运商/合作方原因').waitFor();

    await page.getByTestId('cause-create').click();
    let modal = dialog(page, L('admin.taxonomy.createCauseTitle'));
    await modal.getByTestId('taxonomy-code').fill(code);
    await modal.getByTestId('taxonomy-name-zh').fill(nameZh);
    await modal.getByTestId('taxonomy-name-en').fill(`E2E cause ${suffix}`);
    await pickOption(page, modal.getByTestId('taxonomy-responsibility'), L('responsibility.external_partner'));
    await modal.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'causes-table', nameZh).getByText(L('responsibility.external_partner')).waitFor();

    // The same code again: the server's 409 lands on the code field.
    await page.getByTestId('cause-create').click();
    modal = dialog(page, L('admin.taxonomy.createCauseTitle'));
    await modal.getByTestId('taxonomy-code').fill(code);
    await modal.getByTestId('taxonomy-name-zh').fill('重复');
    await modal.getByTestId('taxonomy-name-en').fill('Duplicate');
    await modal.getByRole('button', { name: L('common.save') }).click();
    await modal.getByText('编码已存在').first().waitFor();
    await modal.getByRole('button', { name: L('common.cancel') }).click();
    await modal.waitFor({ state: 'hidden' });

    await page.getByTestId('tab-stages').click();
    await rowWith(page, 'stages-table', '分拣').waitFor();

    const card = page.getByTestId('callback-window');
    await card.getByTestId('callback-summary').getByText(L('admin.callback.summary.working', { from: 1, to: 3 })).waitFor();
    await card.getByTestId('callback-to').fill('4');
    await card.getByTestId('callback-save').click();
    await card.getByTestId('callback-summary').getByText(L('admin.callback.summary.working', { from: 1, to: 4 })).waitFor();
    await screenshot(page, 'admin-causes-stages');
    await card.getByTestId('callback-to').fill('3');
    await card.getByTestId('callback-save').click();
    await card.getByTestId('callback-summary').getByText(L('admin.callback.summary.working', { from: 1, to: 3 })).waitFor();

    // The case form offers the stored causes, the new one included.
    await page.goto('/cases?status=registered');
    await page.getByTestId('case-link').first().waitFor();
    const caseNumber = ((await page.getByTestId('case-link').first().textContent()) ?? '').trim();
    await page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('edit-case').click();
    const edit = dialog(page, L('case.editTitle', { caseNumber }));
    await edit.getByTestId('edit-cause').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: nameZh }).first().waitFor();
    await page.keyboard.press('Escape');
    await edit.getByRole('button', { name: L('common.cancel') }).click();
    await edit.waitFor({ state: 'hidden' });

    // Deactivated, it is no longer offered.
    await page.goto('/admin/causes-stages');
    await rowWith(page, 'causes-table', nameZh).getByTestId(`cause-toggle-${code}`).click();
    await confirmDialog(page, L('admin.taxonomy.deactivateConfirm', { name: nameZh }), L('common.confirm'));
    await rowWith(page, 'causes-table', nameZh).getByText(L('common.inactive')).waitFor();
    await page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('edit-case').click();
    const again = dialog(page, L('case.editTitle', { caseNumber }));
    await again.getByTestId('edit-cause').click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.first().waitFor();
    expect(await options.filter({ hasText: nameZh }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await again.getByRole('button', { name: L('common.cancel') }).click();
    await again.waitFor({ state: 'hidden' });
    await logout(page);
    expect(shared.s.consoleErrors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  });
});
