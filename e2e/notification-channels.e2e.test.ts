import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { aliyunStandIn, type StandIn } from '../src/modules/notifications/provider-standins.test-helpers.ts';
import { apiLogin, copyToDocs, label, launchBrowser, login, openSession, pickOption, screenshot, type Session } from './support.ts';

const L = (key: Parameters<typeof label>[1]) => label('zh', key);

type Channels = { items: Array<{ channel: string; driver: string; options: Record<string, unknown>; secrets: Record<string, string> }> };

// Issue 13 item 2: an administrator switches SMS from the `record` driver to 阿里云短信 (系统管理 → 通知渠道), here
// pointed at a local stand-in of dysmsapi that checks the signature: a missing required option is refused
// on its field, the AccessKey Secret is never shown back, the test message reaches the provider, and the
// provider's refusal is shown to the administrator. SMS goes back to `record` for the journeys after this one.
describe('notification channels 通知渠道', () => {
  const baseURL = inject('baseURL');
  const secret = `e2e-secret-${Date.now()}`;
  let provider: StandIn;
  let browser: Browser;
  let api: BrowserContext;
  let s: Session;

  beforeAll(async () => {
    provider = await aliyunStandIn(secret);
    browser = await launchBrowser();
    api = await browser.newContext({ baseURL });
    await apiLogin(api, 'admin');
    // Aliyun sends approved templates only: the code's SMS template needs its TemplateCode (the test message is a code).
    const tpl = (await (await api.request.get('/api/admin/message-templates')).json()) as { items: Array<{ event: string; channel: string; language: string; body: string }> };
    const otp = tpl.items.find((t) => t.event === 'otp' && t.channel === 'sms' && t.language === 'zh')!;
    const saved = await api.request.put('/api/admin/message-templates/otp/sms/zh', { data: { body: otp.body, providerTemplateId: 'SMS_71390007' } });
    expect(saved.status()).toBe(200);
    s = await openSession(browser, baseURL);
  });
  afterAll(async () => {
    // Whatever happened above, later journeys expect SMS on `record` and the built-in code template.
    await apiLogin(api, 'admin').catch(() => undefined);
    await api?.request.put('/api/admin/notification-channels/sms', { data: { driver: 'record', enabled: true, maxAttempts: 8, options: {}, secrets: {} } }).catch(() => undefined);
    await api?.request.delete('/api/admin/message-templates/otp/sms/zh').catch(() => undefined);
    await browser?.close();
    await provider?.close();
  });

  it('admin switches SMS to Aliyun at a stand-in, the key is write-only, the test message arrives and a provider error is shown', async () => {
    const { page } = s;
    await login(page, 'zh', 'admin');
    await page.getByRole('menuitem', { name: L('outbox.nav.channels') }).click();
    await page.waitForURL(/\/admin\/notification-channels$/);
    const card = page.getByTestId('channel-sms');
    const driver = card.locator('.ant-form-item').filter({ hasText: L('outbox.ch.driver') }).locator('.ant-select');
    await driver.getByText(L('outbox.driver.record')).waitFor();
    const field = (key: Parameters<typeof label>[1]) => card.locator('.ant-form-item').filter({ has: page.getByText(L(key), { exact: true }) });

    await pickOption(page, driver, L('outbox.driver.aliyun'));
    await field('outbox.opt.endpoint').locator('input').fill(provider.url);
    await field('outbox.opt.accessKeyId').locator('input').fill('LTAI5tE2eTestKey');
    const secretItem = card.locator('.ant-form-item').filter({ hasText: L('outbox.opt.accessKeySecret') });
    await secretItem.getByText(L('outbox.ch.secretUnset')).waitFor();
    await secretItem.locator('input').fill(secret);

    // 短信签名 is required for Aliyun: refused on its own field, nothing saved.
    await card.getByTestId('channel-save-sms').click();
    const signError = field('outbox.opt.signName').locator('.ant-form-item-explain-error');
    await signError.waitFor();
    expect(await signError.textContent()).toBe('启用该发送方式时必填');
    await apiLogin(api, 'admin');
    let channels = (await (await api.request.get('/api/admin/notification-channels')).json()) as Channels;
    expect(channels.items.find((c) => c.channel === 'sms')!.driver).toBe('record');

    await field('outbox.opt.signName').locator('input').fill('客服中心');
    await card.getByTestId('channel-save-sms').click();
    await page.locator('.ant-message').getByText(L('outbox.ch.saved')).waitFor();
    // Write-only: the key is shown as set, the box is empty, and the page never holds it.
    await secretItem.getByText(L('outbox.ch.secretSet')).waitFor();
    expect(await secretItem.locator('input').inputValue()).toBe('');
    expect(await page.content()).not.toContain(secret);
    channels = (await (await api.request.get('/api/admin/notification-channels')).json()) as Channels;
    const sms = channels.items.find((c) => c.channel === 'sms')!;
    expect(sms).toMatchObject({ driver: 'aliyun', options: { endpoint: provider.url, accessKeyId: 'LTAI5tE2eTestKey', signName: '客服中心' }, secrets: { accessKeySecret: 'set' } });
    expect(JSON.stringify(channels)).not.toContain(secret);
    // After a reload too.
    await page.reload();
    await driver.getByText(L('outbox.driver.aliyun')).waitFor();
    await secretItem.getByText(L('outbox.ch.secretSet')).waitFor();
    expect(await secretItem.locator('input').inputValue()).toBe('');

    // The test message reaches the provider, signed with the saved key (the stand-in refuses a bad signature).
    const to = card.getByPlaceholder(L('outbox.ch.testTo'));
    const before = provider.requests.length;
    await to.fill('13800000001');
    await card.getByRole('button', { name: L('outbox.ch.test') }).click();
    const result = page.getByTestId('channel-test-result-sms');
    await result.getByText(L('outbox.ch.testOk')).waitFor();
    expect(provider.requests.length).toBe(before + 1);
    expect(provider.requests.at(-1)!.params).toMatchObject({
      Action: 'SendSms',
      PhoneNumbers: '13800000001',
      AccessKeyId: 'LTAI5tE2eTestKey',
      SignName: '客服中心',
      TemplateCode: 'SMS_71390007',
    });
    expect(JSON.parse(provider.requests.at(-1)!.params.TemplateParam!)).toEqual({ code: '123456', minutes: '5' });
    copyToDocs(await screenshot(page, 'notification-channels'), 'notification-channels.png');

    // The provider refuses (its rate limit, 流控): the administrator reads its code, and not the number.
    await to.fill('13800000002');
    await card.getByRole('button', { name: L('outbox.ch.test') }).click();
    // It stays on the card until the next test or until closed.
    await result.getByText(L('outbox.ch.testFailed'), { exact: true }).waitFor();
    expect(provider.requests.at(-1)!.params.PhoneNumbers).toBe('13800000002');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('isv.BUSINESS_LIMIT_CONTROL');
    expect(text).not.toContain('13800000002');
    await screenshot(page, 'notification-channels-refused', false);

    // Back to `record`: nothing leaves the machine for the journeys after this one.
    await pickOption(page, driver, L('outbox.driver.record'));
    await card.getByTestId('channel-save-sms').click();
    await expect.poll(async () => ((await (await api.request.get('/api/admin/notification-channels')).json()) as Channels).items.find((c) => c.channel === 'sms')!.driver).toBe('record');
    // The refused save is the one failed request this journey provokes.
    expect(s.consoleErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
