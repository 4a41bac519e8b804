import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { label, login, logout, queueRows, randomMobile, setLanguage, useSharedSession } from './support.ts';

const L = (key: Parameters<typeof label>[1], vars?: Record<string, string | number>) => label('zh', key, vars);

const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, '0');

/** Files a case through the API of the signed-in browser session, for a known caller. */
const fileCase = async (page: Page, customer: { name: string; phone: string; email?: string }) => {
  const res = await page.context().request.post('/api/cases', {
    data: { channel: 'hotline', customer, description: `已知来电人的历史工单 ${customer.name}` },
  });
  if (res.status() !== 201) throw new Error(`filing a case failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as { caseNumber: string };
};

const fieldValue = (page: Page, testId: string) => page.getByTestId(testId).inputValue();
const emailInput = (page: Page) => page.locator('input#customer_email');

describe('intake lookup, validation language, queue links and limits', () => {
  const baseURL = inject('baseURL');
  const shared = useSharedSession(baseURL);

  it('fills in, replaces and clears the caller by phone, landlines and +86 numbers included', async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'agent');
    const mobile = randomMobile();
    const landline = `021-${digits(8)}`;
    await fileCase(page, { name: '甲 来电人', phone: mobile, email: `a${digits(6)}@example.cn` });
    const landlineCase = await fileCase(page, { name: '乙 座机客户', phone: landline });

    await page.goto('/cases/new');
    await page.getByTestId('intake-phone').fill(mobile);
    await page.getByTestId('customer-found').waitFor();
    await expect.poll(() => fieldValue(page, 'intake-name')).toBe('甲 来电人');
    await expect.poll(() => emailInput(page).inputValue()).toMatch(/@example\.cn$/);

    // Another known caller: what was filled in for the first one is replaced, not kept.
    await page.getByTestId('intake-phone').fill(landline.replace('-', ' '));
    await page.getByTestId('intake-customer').getByText(landlineCase.caseNumber).waitFor();
    await expect.poll(() => fieldValue(page, 'intake-name')).toBe('乙 座机客户');
    await expect.poll(() => emailInput(page).inputValue()).toBe('');

    // A new caller: nothing of the previous one stays behind, and no 404 is logged for asking.
    await page.getByTestId('intake-phone').fill(randomMobile());
    await page.getByTestId('customer-new').waitFor();
    await expect.poll(() => fieldValue(page, 'intake-name')).toBe('');

    // What the agent typed is theirs: a lookup afterwards does not overwrite it.
    await page.getByTestId('intake-name').fill('手输的姓名');
    await page.getByTestId('intake-phone').fill(`+86 ${mobile}`);
    await page.getByTestId('customer-found').waitFor();
    await page.waitForTimeout(300);
    expect(await fieldValue(page, 'intake-name')).toBe('手输的姓名');
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('says the required-field messages again in the language switched to', async () => {
    const { page } = shared.s;
    await page.goto('/cases/new');
    await page.getByTestId('intake-submit').click();
    await page.getByText(L('validation.required', { field: L('field.customerName') })).waitFor();

    await setLanguage(page, 'en');
    const en = (key: Parameters<typeof label>[1]) => label('en', key);
    await page.getByText('Please enter customer name', { exact: true }).waitFor();
    await page.getByText(label('en', 'validation.required', { field: en('field.description') }), { exact: true }).waitFor();
    // The Chinese text leaves with antd's animation, so it is waited for rather than counted at once.
    await page.getByText(L('validation.required', { field: L('field.customerName') })).waitFor({ state: 'detached' });
    await setLanguage(page, 'zh');
    await page.getByText(L('validation.required', { field: L('field.customerName') })).waitFor();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('drops invalid filters from a link, sorts P1 first, and leads back to the filtered queue', async () => {
    const { page } = shared.s;
    await page.goto('/cases?departmentId=abc&status=registered,bogus');
    await queueRows(page).first().waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?status=registered');
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.locator('[data-testid=queue-table] thead th').filter({ hasText: L('field.priority') }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'priority' && u.searchParams.get('order') === 'asc');
    // The priority cell of each row, once the re-sorted page has replaced the previous one.
    const priorities = () =>
      page
        .locator('[data-testid=queue-table] tbody tr.ant-table-row')
        .evaluateAll((rows) => rows.map((r) => /P([1-4])/.exec(r.querySelectorAll('td')[3]?.textContent ?? '')?.[1] ?? '9'));
    await expect.poll(async () => {
      const p = await priorities();
      return p.length > 0 && p.join() === [...p].sort().join();
    }, { timeout: 10_000 }).toBe(true);

    const queueUrl = page.url();
    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    await page.getByTestId('breadcrumb-queue').click();
    await page.waitForURL(queueUrl);
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('shows a failed queue load with a retry in place of "no cases match"', async () => {
    const { page } = shared.s;
    let fail = true;
    await page.route(/\/api\/cases\?/, (route) =>
      fail
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后再试', requestId: 'req-e2e' } }) })
        : route.continue(),
    );
    await page.goto('/cases?status=closed');
    const table = page.getByTestId('queue-table');
    await table.getByRole('alert').waitFor();
    expect(await page.getByText(L('queue.empty')).count()).toBe(0);
    fail = false;
    await table.getByRole('button', { name: L('common.retry') }).click();
    await queueRows(page).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.unrouteAll();
    // The 500s were made up above on purpose.
    expect(shared.s.consoleErrors.filter((e) => !/status of 500/.test(e))).toEqual([]);
  });

  it('refuses a file over the upload limit before sending it, and says the limit', async () => {
    const { page } = shared.s;
    await page.getByTestId('case-link').first().click();
    await page.getByTestId('case-detail').waitFor();
    const limit = (await page.getByTestId('attachment-limit').textContent()) ?? '';
    const mb = Number(/(\d+(?:\.\d+)?) MB/.exec(limit)?.[1]);
    expect(mb).toBeGreaterThan(0);
    const card = page.locator('.ant-card').filter({ has: page.getByTestId('upload-attachment') });
    await card.locator('input[type=file]').setInputFiles({
      name: 'too-big.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(Math.ceil(mb * 1024 * 1024) + 1),
    });
    await page.locator('.ant-message').getByText(L('attachments.tooLarge', { name: 'too-big.pdf', limit: `${mb} MB` })).waitFor();
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it('shows the whole English search hint at 1280 px', async () => {
    const { page } = shared.s;
    await setLanguage(page, 'en');
    await page.goto('/cases');
    const input = page.getByTestId('queue-search').locator('input');
    await input.waitFor();
    // The placeholder's width in the input's font, against the room inside the input's padding.
    const fits = await page.evaluate<{ text: number; room: number }>(`(() => {
      const el = document.querySelector('[data-testid=queue-search] input');
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d');
      ctx.font = style.font;
      return { text: ctx.measureText(el.placeholder).width, room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    })()`);
    expect(fits.text).toBeLessThanOrEqual(fits.room);
    await setLanguage(page, 'zh');
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it("offers a handler only their own department's members as assignees", async () => {
    const { page } = shared.s;
    await login(page, 'zh', 'dispatch');
    await page.getByTestId('filter-assignee').click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.first().waitFor();
    const names = await options.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^调度/);
    await page.keyboard.press('Escape');
    await logout(page);
    expect(shared.s.consoleErrors).toEqual([]);
  });

  it("says a server error again in the language switched to, labels and all", async () => {
    const { page } = shared.s;
    await page.getByTestId('login-username').fill('agent');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const alert = page.getByRole('alert');
    await expect.poll(async () => (await alert.textContent()) ?? '').toMatch(/[\u4e00-\u9fff]/);
    await setLanguage(page, 'en');
    await expect.poll(async () => (await alert.textContent()) ?? '').not.toMatch(/[\u4e00-\u9fff]/);
    expect(await alert.textContent()).toContain(label('en', 'error.code.INVALID_CREDENTIALS'));
    await setLanguage(page, 'zh');
    // The wrong password (401) was entered on purpose.
    expect(shared.s.consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
