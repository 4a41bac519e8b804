import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from './channel-adapter.ts';
import { classifyTencent, createTencentSmsAdapter, tc3Authorization, tencentTemplate } from './tencent-sms.adapter.ts';

describe('Tencent Cloud TC3-HMAC-SHA256 signature', () => {
  it("should reproduce the signature of Tencent's documented example request (cvm DescribeInstances, 2019-02-25)", () => {
    const authorization = tc3Authorization({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      timestamp: 1551113065,
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    });
    expect(authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
    );
  });

  it.each([
    ['Ok', 'ok'],
    ['LimitExceeded.PhoneNumberDailyLimit', 'transient'],
    ['RequestLimitExceeded', 'transient'],
    ['InternalError.Timeout', 'transient'],
    ['FailedOperation.InsufficientBalanceInSmsPackage', 'transient'],
    ['InvalidParameterValue.IncorrectPhoneNumber', 'permanent'],
    ['AuthFailure.SignatureFailure', 'permanent'],
    ['FailedOperation.TemplateIncorrectOrUnapproved', 'permanent'],
    ['FailedOperation.PhoneNumberInBlacklist', 'permanent'],
  ] as const)('should treat %s as %s', (code, kind) => {
    expect(classifyTencent(code)).toBe(kind);
  });

  it('should take the parameters in the order the provider id names, else the event’s own order without the link', () => {
    expect(tencentTemplate('1234567:resolveDue,caseNumber', 'received')).toEqual({ id: '1234567', order: ['resolveDue', 'caseNumber'] });
    expect(tencentTemplate('1234567', 'received')).toEqual({ id: '1234567', order: ['caseNumber', 'firstResponseDue', 'resolveDue'] });
    expect(tencentTemplate('998877', 'otp')).toEqual({ id: '998877', order: ['code', 'minutes'] });
  });
});

/**
 * A stand-in of sms.tencentcloudapi.com SendSms (2021-01-11): it checks the TC3 signature with the secret it
 * was given and answers with the documented bodies — per number: +8613800000001 Ok, …0002 the daily limit,
 * a malformed number IncorrectPhoneNumber; a wrong signature AuthFailure.SignatureFailure.
 */
async function tencentStandIn(secretId: string, secretKey: string) {
  const requests: Array<{ headers: http.IncomingHttpHeaders; json: any }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const json = JSON.parse(body || '{}');
      requests.push({ headers: req.headers, json });
      const reply = (r: object) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Response: { ...r, RequestId: `req-${requests.length}` } }));
      };
      const expected = tc3Authorization({ secretId, secretKey, service: 'sms', host: String(req.headers.host), timestamp: Number(req.headers['x-tc-timestamp']), payload: body });
      if (req.headers.authorization !== expected) return reply({ Error: { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' } });
      if (req.headers['x-tc-action'] !== 'SendSms' || req.headers['x-tc-version'] !== '2021-01-11') return reply({ Error: { Code: 'InvalidAction', Message: 'The action does not exist.' } });
      const phone = String(json.PhoneNumberSet?.[0] ?? '');
      const status = (Code: string, Message: string) => reply({ SendStatusSet: [{ SerialNo: Code === 'Ok' ? `2028:${requests.length}` : '', PhoneNumber: phone, Fee: Code === 'Ok' ? 1 : 0, SessionContext: json.SessionContext, Code, Message, IsoCode: 'CN' }] });
      if (!/^\+861\d{10}$/.test(phone)) return status('InvalidParameterValue.IncorrectPhoneNumber', `phone number ${phone} is incorrect`);
      if (phone === '+8613800000002') return status('LimitExceeded.PhoneNumberDailyLimit', 'the number of sms messages sent from a single mobile number every day exceeds the upper limit');
      return status('Ok', 'send success');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const delivery = (to: string, patch: Partial<Delivery> = {}): Delivery => ({
  channel: 'sms',
  event: 'received',
  to,
  subject: null,
  body: '您的投诉 TS20261207-0001 已受理，预计 12月9日 18:00 前处理完毕。',
  vars: { caseNumber: 'TS20261207-0001', link: 'https://cs.example.com/portal/follow?case=TS20261207-0001', firstResponseDue: '12月7日 14:00', resolveDue: '12月9日 18:00' },
  providerTemplateId: '1234567',
  messageId: '7f3c0d1e-0000-4000-8000-000000000002',
  ...patch,
});

describe('Tencent Cloud SMS adapter against a stand-in of sms.tencentcloudapi.com', () => {
  let api: Awaited<ReturnType<typeof tencentStandIn>>;
  beforeAll(async () => {
    api = await tencentStandIn('AKID-test', 'the-key');
  });
  afterAll(async () => api?.close());
  const sut = (key = 'the-key') =>
    createTencentSmsAdapter({ endpoint: api.url, secretId: 'AKID-test', secretKey: key, sdkAppId: '1400006666', signName: '客服中心' }, () => new Date('2026-12-07T02:00:00Z'));

  it('should send a signed SendSms in E.164 with the template parameters in order, and keep the serial number', async () => {
    const r = await sut().send(delivery('13800000001'));
    expect(r).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^2028:/) });
    const sent = api.requests.at(-1)!;
    expect(sent.headers).toMatchObject({ 'x-tc-action': 'SendSms', 'x-tc-version': '2021-01-11', 'x-tc-region': 'ap-guangzhou', 'x-tc-timestamp': String(Date.parse('2026-12-07T02:00:00Z') / 1000) });
    expect(sent.json).toEqual({
      PhoneNumberSet: ['+8613800000001'],
      SmsSdkAppId: '1400006666',
      SignName: '客服中心',
      TemplateId: '1234567',
      TemplateParamSet: ['TS20261207-0001', '12月7日 14:00', '12月9日 18:00'],
      SessionContext: delivery('').messageId,
    });
  });

  it('should fail for good on a wrong secret key (AuthFailure.SignatureFailure)', async () => {
    const r = await sut('wrong').send(delivery('13800000001'));
    expect(r).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('AuthFailure.SignatureFailure') });
  });

  it('should retry later on the daily limit of a number, and fail for good on a malformed number, masked in the error', async () => {
    expect(await sut().send(delivery('13800000002'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('LimitExceeded.PhoneNumberDailyLimit') });
    const bad = await sut().send(delivery('1380000'));
    expect(bad).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('IncorrectPhoneNumber') });
    expect(!bad.ok && bad.error).not.toContain('1380000');
  });

  it('should retry later when the provider cannot be reached, and not call it without a TemplateId', async () => {
    const down = createTencentSmsAdapter({ endpoint: 'http://127.0.0.1:9', secretId: 'x', secretKey: 'y', sdkAppId: '1', signName: 'z' });
    expect(await down.send(delivery('13800000001'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('network') });
    const before = api.requests.length;
    expect(await sut().send(delivery('13800000001', { providerTemplateId: null }))).toMatchObject({ ok: false, permanent: true });
    expect(api.requests.length).toBe(before);
  });
});
