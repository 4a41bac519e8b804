import { describe, expect, inject, it } from 'vitest';
import { confirmDialog, copyToDocs, dialog, label, login, logout, pickOption, randomMobile, rowWith, screenshot, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

// Issue 11, item 1: carriers and suppliers as company data, and the facts a remedy depends on, on the case.
describe('carriers and suppliers, and the facts of a case', () => {
  const baseURL = inject('baseURL');
  const suffix = String(Date.now()).slice(-6);
  const carrier = `端到端速运${suffix}`;
  const shared = useSharedSession(baseURL);

  it('admin adds a carrier with its contract terms; an agent records the goods and waybill facts on a case', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('nav.partners') }).click();
    // The demo's partners are there on first start.
    await rowWith(page, 'partners-table', '中联速递').first().waitFor();

    await page.getByTestId('partner-create').click();
    let modal = dialog(page, L('admin.partners.createTitle'));
    await modal.getByTestId('partner-name').fill(carrier);
    await modal.getByTestId('partner-contact-name').fill('理赔专员');
    await modal.getByTestId('partner-contact-phone').fill('12');
    await modal.getByTestId('partner-terms').fill('未保价快件按运费 5 倍以内赔偿');
    await modal.getByTestId('partner-claim-multiple').fill('5');
    await modal.getByRole('button', { name: L('common.save') }).click();
    // The server's field error lands on the phone.
    await modal.getByText('请输入有效的中国大陆手机号或固定电话').waitFor();
    await modal.getByTestId('partner-contact-phone').fill('400-820-9999');
    await modal.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'partners-table', carrier).getByText('未保价快件按运费 5 倍以内赔偿').waitFor();

    // The same kind and name again: 409 on the name.
    await page.getByTestId('partner-create').click();
    modal = dialog(page, L('admin.partners.createTitle'));
    await modal.getByTestId('partner-name').fill(carrier);
    await modal.getByRole('button', { name: L('common.save') }).click();
    await modal.getByText('同类合作方中已有此名称').first().waitFor();
    await modal.getByRole('button', { name: L('common.cancel') }).click();
    await modal.waitFor({ state: 'hidden' });

    await rowWith(page, 'partners-table', carrier).getByRole('button', { name: L('common.edit') }).click();
    modal = dialog(page, L('admin.partners.editTitle', { name: carrier }));
    await modal.getByTestId('partner-claim-cap').fill('2000');
    await modal.getByRole('button', { name: L('common.save') }).click();
    await rowWith(page, 'partners-table', carrier).getByText(`${L('admin.partners.claimCap')} ¥2,000`).waitFor();
    copyToDocs(await screenshot(page, 'admin-partners', false), 'admin-partners.png');
    await logout(page);

    await login(page, 'zh', 'agent');
    await page.goto('/cases?status=registered');
    await page.getByTestId('case-link').first().waitFor();
    const caseNumber = ((await page.getByTestId('case-link').first().textContent()) ?? '').trim();
    await page.goto(`/cases/${caseNumber}`);
    await page.getByTestId('facts-card').waitFor();
    await page.getByTestId('edit-case').click();
    const edit = dialog(page, L('case.editTitle', { caseNumber }));
    await pickOption(page, edit.locator('.ant-form-item').filter({ hasText: L('field.category') }).first().locator('.ant-select'), '丢失/少件');
    await edit.getByTestId('edit-goods-name').fill('陶瓷花瓶');
    await edit.getByTestId('edit-quantity').fill('2');
    await edit.getByTestId('edit-item-price').fill('499.5');
    await edit.getByTestId('edit-freight').fill('12');
    await pickOption(page, edit.getByTestId('edit-insured'), L('common.no'));
    await pickOption(page, edit.getByTestId('edit-service-type'), L('serviceType.inter_province'));
    await edit.getByTestId('edit-brand-company').fill('中联速递');
    await edit.getByTestId('edit-delivery-company').fill('中联速递 浦东张江网点');
    await pickOption(page, edit.getByTestId('edit-partner'), carrier);
    await edit.getByRole('button', { name: L('common.save') }).click();
    await edit.waitFor({ state: 'hidden' });

    const card = page.getByTestId('facts-card');
    await card.getByTestId('facts-goods').getByText('陶瓷花瓶 × 2').waitFor();
    await expect.poll(() => card.getByTestId('facts-item-price').textContent()).toBe('¥499.50');
    expect(await card.getByTestId('facts-freight').textContent()).toBe('¥12');
    expect(await card.getByTestId('facts-insured').textContent()).toBe(L('facts.insuredNo'));
    expect(await card.getByTestId('facts-brand').textContent()).toBe('中联速递');
    expect(await card.getByTestId('facts-delivery').textContent()).toBe('中联速递 浦东张江网点');
    expect(await card.getByTestId('facts-partner').textContent()).toBe(`${carrier} · ${L('partnerKind.carrier')}`);
    // The nature of the complaint comes from its category (seed 002).
    expect(await page.getByTestId('case-nature').textContent()).toBe(L('nature.operation_error'));
    // The edit is on the timeline, amounts in yuan and the partner by name.
    await page.getByText(`${L('field.partner')}: `).first().waitFor();
    await page.getByText('¥499.50').nth(1).waitFor();
    // The facts card sits beside the case header: show that part of the page.
    await card.scrollIntoViewIfNeeded();
    copyToDocs(await screenshot(page, 'case-facts', false), 'case-facts.png');
    await logout(page);

    // Deactivated, the carrier is no longer offered, but the case keeps it.
    await login(page, 'zh', 'admin');
    await page.goto('/admin/partners');
    await rowWith(page, 'partners-table', carrier).getByRole('button', { name: L('common.deactivate') }).click();
    await confirmDialog(page, carrier, L('common.confirm'));
    await rowWith(page, 'partners-table', carrier).getByText(L('common.inactive')).waitFor();
    await page.goto(`/cases/${caseNumber}`);
    expect(await page.getByTestId('facts-partner').textContent()).toBe(`${carrier} · ${L('partnerKind.carrier')}`);
    await logout(page);
    expect(shared.s.consoleErrors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
  });

  it('an agent files a case with the goods, price and freight at intake', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'agent');
    await page.goto('/cases/new');
    await page.getByTestId('intake-phone').fill(randomMobile());
    await page.getByTestId('customer-new').waitFor();
    await page.getByTestId('intake-name').fill('丙 寄件人');
    await page.getByTestId('intake-description').fill('寄出的茶叶礼盒显示已签收，但收件人没有收到');
    await page.getByTestId('intake-goods-name').fill('茶叶礼盒');
    await page.getByTestId('intake-item-price').fill('368');
    await page.getByTestId('intake-freight').fill('15.5');
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('open-created-case').click();
    const card = page.getByTestId('facts-card');
    await card.getByTestId('facts-goods').getByText('茶叶礼盒').waitFor();
    expect(await card.getByTestId('facts-item-price').textContent()).toBe('¥368');
    expect(await card.getByTestId('facts-freight').textContent()).toBe('¥15.50');
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });
});
