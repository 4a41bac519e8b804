import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunSignature, createAliyunSmsAdapter, percentEncode } from './aliyun-sms.adapter.ts';
import type { Delivery } from './channel-adapter.ts';
import { aliyunStandIn, wechatStandIn, type StandIn } from './provider-standins.test-helpers.ts';
import { createWechatAdapter } from './wechat.adapter.ts';

const delivery = (to: string, patch: Partial<Delivery> = {}): Delivery => ({
  channel: 'sms',
  event: 'otp',
  to,
  subject: null,
  body: '您的验证码为424242，5分钟内有效。',
  vars: { code: '424242', minutes: 5 },
  providerTemplateId: 'SMS_71390007',
  messageId: '7f3c0d1e-0000-4000-8000-000000000001',
  ...patch,
});

describe('Aliyun SendSms signature', () => {
  it('should reproduce the signature of the documented example request', () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunSignature(params, 'testSecret', 'GET')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });
  it.each([
    ['a b', 'a%20b'],
    ['*', '%2A'],
    ['~', '~'],
    ["!'()", '%21%27%28%29'],
    ['{"k":"v"}', '%7B%22k%22%3A%22v%22%7D'],
  ])('should percent-encode %j as %j', (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });
});

describe('Aliyun SMS adapter against a stand-in of dysmsapi', () => {
  let api: StandIn;
  beforeAll(async () => {
    api = await aliyunStandIn('the-secret');
  });
  afterAll(async () => api?.close());
  const sut = (secret = 'the-secret') =>
    createAliyunSmsAdapter({ endpoint: api.url, accessKeyId: 'LTAI-test', accessKeySecret: secret, signName: '客服中心' }, () => new Date('2026-05-01T02:00:00.123Z'));

  it('should send a signed SendSms with the template and string variables, and keep the BizId', async () => {
    const r = await sut().send(delivery('13800000001'));
    expect(r).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^BIZ-/) });
    const sent = api.requests.at(-1)!.params;
    expect(sent).toMatchObject({ Action: 'SendSms', Version: '2017-05-25', TemplateCode: 'SMS_71390007', SignName: '客服中心', Timestamp: '2026-05-01T02:00:00Z', OutId: delivery('').messageId });
    expect(JSON.parse(sent.TemplateParam!)).toEqual({ code: '424242', minutes: '5' });
  });

  it('should fail for good on a bad signature (wrong key secret), without the number in the error', async () => {
    const r = await sut('wrong').send(delivery('13800000001'));
    expect(r).toMatchObject({ ok: false, permanent: true });
    expect(!r.ok && r.error).toContain('SignatureDoesNotMatch');
  });

  it('should retry later when the provider rate-limits (流控) or has a system error', async () => {
    expect(await sut().send(delivery('13800000002'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('isv.BUSINESS_LIMIT_CONTROL') });
    expect(await sut().send(delivery('13800000005'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('isp.SYSTEM_ERROR') });
  });

  it('should fail for good on an illegal number, with the number masked in the error', async () => {
    const r = await sut().send(delivery('12345678'));
    expect(r).toMatchObject({ ok: false, permanent: true });
    expect(!r.ok && r.error).toContain('isv.MOBILE_NUMBER_ILLEGAL');
    expect(!r.ok && r.error).not.toContain('12345678');
  });

  it('should retry later when the provider cannot be reached', async () => {
    const down = createAliyunSmsAdapter({ endpoint: 'http://127.0.0.1:9', accessKeyId: 'x', accessKeySecret: 'y', signName: 'z' });
    expect(await down.send(delivery('13800000001'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('network') });
  });

  it('should not call the provider without a TemplateCode', async () => {
    const before = api.requests.length;
    expect(await sut().send(delivery('13800000001', { providerTemplateId: null }))).toMatchObject({ ok: false, permanent: true });
    expect(api.requests.length).toBe(before);
  });
});

describe('WeChat template-message adapter against a stand-in of the 公众号 API', () => {
  let api: Awaited<ReturnType<typeof wechatStandIn>>;
  beforeAll(async () => {
    api = await wechatStandIn('wx-app', 'wx-secret');
  });
  afterAll(async () => api?.close());
  const wx = (to: string) => delivery(to, { channel: 'wechat', providerTemplateId: 'TPL-1', vars: { caseNumber: 'TS-1', link: 'https://cs.example.com/portal' } });

  it('should fetch a token once, reuse it, and send the template with the link and data', async () => {
    const sut = createWechatAdapter({ apiBase: api.url, appId: 'wx-app', appSecret: 'wx-secret' });
    const issued = api.tokensIssued();
    expect(await sut.send(wx('o-alice'))).toMatchObject({ ok: true, providerMessageId: expect.any(String) });
    expect(await sut.send(wx('o-bob'))).toMatchObject({ ok: true });
    expect(api.tokensIssued() - issued).toBe(1);
    const last = api.requests.at(-1)!;
    expect(last.path).toBe('/cgi-bin/message/template/send');
    expect(last.json).toMatchObject({ touser: 'o-bob', template_id: 'TPL-1', url: 'https://cs.example.com/portal', data: { first: { value: expect.any(String) }, caseNumber: { value: 'TS-1' } } });
  });

  it.each([
    ['expired (42001)', 'expire'],
    ['invalid (40001)', 'invalidate'],
  ] as const)('should fetch a new token and send again when the token is %s', async (_name, how) => {
    const sut = createWechatAdapter({ apiBase: api.url, appId: 'wx-app', appSecret: 'wx-secret' });
    await sut.send(wx('o-alice'));
    api[how]();
    const issued = api.tokensIssued();
    expect(await sut.send(wx('o-alice'))).toMatchObject({ ok: true });
    expect(api.tokensIssued() - issued).toBe(1);
  });

  it('should fail for good when the user has unfollowed the account (43004)', async () => {
    const sut = createWechatAdapter({ apiBase: api.url, appId: 'wx-app', appSecret: 'wx-secret' });
    expect(await sut.send(wx('o-unsub'))).toEqual({ ok: false, permanent: true, error: expect.stringContaining('43004') });
  });

  it('should retry later on the daily quota (45009)', async () => {
    const sut = createWechatAdapter({ apiBase: api.url, appId: 'wx-app', appSecret: 'wx-secret' });
    expect(await sut.send(wx('o-limit'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('45009') });
  });

  it('should fail for good on a wrong app secret (40125)', async () => {
    const sut = createWechatAdapter({ apiBase: api.url, appId: 'wx-app', appSecret: 'nope' });
    expect(await sut.send(wx('o-alice'))).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('40125') });
  });
});
