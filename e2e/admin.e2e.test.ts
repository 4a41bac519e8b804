import { describe, expect, inject, it } from 'vitest';
import { confirmDialog, dialog, label, login, logout, pickOption, rowWith, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

describe('administration', () => {
  const baseURL = inject('baseURL');
  const suffix = String(Date.now()).slice(-6);
  const deptCode = `e2e${suffix}`;
  const username = `e2e.user${suffix}`;
  const shared = useSharedSession(baseURL);

  it('admin creates, renames and deactivates a department', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.departments') }).click();
    await rowWith(page, 'departments-table', '调度').waitFor();

    await page.getByTestId('dept-create').click();
    let modal = dialog(page, L('admin.departments.createTitle'));
    await modal.getByTestId('dept-code').fill('Bad Code');
    await modal.getByTestId('dept-name').fill('E2E 测试部');
    await modal.getByRole('button', { name: L('common.save') }).click();
    await modal.getByText(L('validation.code')).waitFor();
    await modal.getByTestId('dept-code').fill(deptCode);
    await modal.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'departments-table', deptCode).waitFor();

    await rowWith(page, 'departments-table', deptCode).getByRole('button', { name: L('admin.departments.edit') }).click();
    modal = dialog(page, L('admin.departments.editTitle', { name: 'E2E 测试部' }));
    await modal.getByTestId('dept-name').fill('E2E 售后专项组');
    await pickOption(page, modal.getByTestId('dept-strategy'), L('strategy.round_robin'));
    await modal.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'departments-table', 'E2E 售后专项组').getByText(L('strategy.round_robin')).waitFor();
    await screenshot(page, 'admin-departments');

    await rowWith(page, 'departments-table', deptCode).getByRole('button', { name: L('common.deactivate') }).click();
    await confirmDialog(page, 'E2E 售后专项组', L('common.confirm'));
    await rowWith(page, 'departments-table', deptCode).getByText(L('common.inactive')).waitFor();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('admin creates a user, resets the password and deactivates the account', async () => {
    const { page } = shared.s;
    await page.getByRole('menuitem', { name: L('nav.users') }).click();
    await rowWith(page, 'users-table', 'dispatch').waitFor();

    await page.getByTestId('user-create').click();
    const create = dialog(page, L('admin.users.createTitle'));
    await create.getByTestId('user-username').fill(username);
    await create.getByTestId('user-displayname').fill('调度 测试员');
    await pickOption(page, create.getByTestId('user-role'), L('role.handler'));
    await pickOption(page, create.getByTestId('user-department'), '调度');
    await create.getByTestId('user-password').fill('first-pass-1');
    await create.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'users-table', username).waitFor();

    // Off duty: automatic assignment skips this person.
    await rowWith(page, 'users-table', username).getByRole('button', { name: L('common.edit') }).click();
    const edit = dialog(page, L('admin.users.editTitle', { name: username }));
    await edit.getByTestId('user-on-duty').click();
    await edit.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'users-table', username).getByText(L('admin.users.offDuty')).waitFor();
    await screenshot(page, 'admin-users');

    await rowWith(page, 'users-table', username).getByRole('button', { name: L('admin.users.resetPassword') }).click();
    const reset = dialog(page, L('admin.users.resetTitle', { name: username }));
    await reset.getByLabel(L('admin.users.newPassword'), { exact: true }).fill('second-pass-2');
    await reset.getByLabel(L('admin.users.confirmPassword'), { exact: true }).fill('second-pass-2');
    await reset.getByRole('button', { name: L('common.save') }).click();
    await page.getByText(L('admin.users.passwordReset', { name: username })).waitFor();
    await logout(page);

    // The new handler signs in with the new password and gets the handler's two queue tabs.
    await login(page, 'zh', username, 'second-pass-2');
    await page.getByTestId('tab-department').waitFor();
    expect(await page.getByTestId('tab-all').count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: L('nav.users') }).count()).toBe(0);
    await logout(page);

    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.users') }).click();
    await rowWith(page, 'users-table', username).getByRole('button', { name: L('common.deactivate') }).click();
    await confirmDialog(page, username, L('common.confirm'));
    await rowWith(page, 'users-table', username).getByText(L('common.inactive')).waitFor();
    await logout(page);

    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('second-pass-2');
    await page.getByTestId('login-submit').click();
    await page.getByRole('alert').waitFor();
    expect(page.url()).toContain('/login');
    // The deactivated account's sign-in was refused (401) on purpose.
    expect(shared.s.consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('other roles cannot open administration', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'agent');
    expect(await page.getByRole('menuitem', { name: L('nav.users') }).count()).toBe(0);
    await page.goto('/admin/users');
    await page.getByText(L('forbidden.title')).waitFor();
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });
});
