// Local HTTP stand-ins of the SMS and WeChat providers' documented APIs, for the adapter tests: they check
// what the real API checks (signature, token) and answer with its documented success and error bodies.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { aliyunSignature } from './aliyun-sms.adapter.ts';

export type StandIn = { url: string; requests: Array<{ path: string; params: Record<string, string>; json?: unknown }>; close(): Promise<void> };

async function listen(handler: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/**
 * dysmsapi SendSms (2017-05-25). Numbers ending 0001 succeed; 13800000002 meets the rate limit
 * (isv.BUSINESS_LIMIT_CONTROL); 12345 is not a mobile number (isv.MOBILE_NUMBER_ILLEGAL); 13800000005 a system error.
 */
export async function aliyunStandIn(secret: string): Promise<StandIn> {
  const requests: StandIn['requests'] = [];
  let n = 0;
  const { server, url } = await listen((req, body, res) => {
    const params = Object.fromEntries(new URLSearchParams(body));
    requests.push({ path: req.url ?? '', params });
    const requestId = `REQ-${++n}`;
    const { Signature, ...signed } = params;
    if (req.method !== 'POST' || !Signature || aliyunSignature(signed, secret, 'POST') !== Signature) {
      return send(res, 400, { RequestId: requestId, HostId: 'dysmsapi.aliyuncs.com', Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' });
    }
    for (const k of ['AccessKeyId', 'Action', 'Format', 'PhoneNumbers', 'SignName', 'TemplateCode', 'Timestamp', 'Version', 'SignatureNonce']) {
      if (!params[k]) return send(res, 400, { RequestId: requestId, Code: 'MissingParameter', Message: `${k} is mandatory for this action.` });
    }
    if (params.Action !== 'SendSms' || params.Version !== '2017-05-25') return send(res, 400, { RequestId: requestId, Code: 'InvalidAction.NotFound', Message: 'Specified api is not found' });
    try {
      const tp = JSON.parse(params.TemplateParam ?? '{}') as Record<string, unknown>;
      if (Object.values(tp).some((v) => typeof v !== 'string')) return send(res, 200, { RequestId: requestId, Code: 'isv.INVALID_JSON_PARAM', Message: 'JSON参数不合法，只接受字符串值' });
    } catch {
      return send(res, 200, { RequestId: requestId, Code: 'isv.INVALID_JSON_PARAM', Message: 'JSON参数不合法' });
    }
    const phone = params.PhoneNumbers!;
    if (phone === '13800000002') return send(res, 200, { RequestId: requestId, Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1' });
    if (phone === '13800000005') return send(res, 500, { RequestId: requestId, Code: 'isp.SYSTEM_ERROR', Message: 'System error' });
    if (!/^1\d{10}$/.test(phone)) return send(res, 200, { RequestId: requestId, Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: `invalid mobile number ${phone}` });
    return send(res, 200, { RequestId: requestId, Code: 'OK', Message: 'OK', BizId: `BIZ-${n}` });
  });
  return { url, requests, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * 公众号 /cgi-bin/token and /cgi-bin/message/template/send. `expire()` makes the current token answer 42001
 * (expired), `invalidate()` 40001; openid `o-unsub` has unfollowed (43004); `o-limit` meets the daily limit (45009).
 * 网页授权 too: /connect/oauth2/authorize sends the browser back to redirect_uri with a code for the user set
 * by `signInAs(openid)` and the state; /sns/oauth2/access_token exchanges a code once (40029 unknown, 40163 used).
 */
export async function wechatStandIn(
  appId: string,
  appSecret: string,
): Promise<StandIn & { expire(): void; invalidate(): void; tokensIssued(): number; signInAs(openid: string): void; issueCode(openid: string): string }> {
  const requests: StandIn['requests'] = [];
  let issued = 0;
  let valid: string | null = null;
  let refusal: 42001 | 40001 = 42001;
  let user = 'o-standin-user';
  const codes = new Map<string, { openid: string; used: boolean }>();
  const issueCode = (openid: string) => {
    const code = `CODE${codes.size + 1}x${Math.random().toString(36).slice(2, 10)}`;
    codes.set(code, { openid, used: false });
    return code;
  };
  const { server, url } = await listen((req, body, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const params = Object.fromEntries(u.searchParams);
    const json = body ? (JSON.parse(body) as Record<string, unknown>) : undefined;
    // The secret and code are not kept in the record of requests.
    const { secret: _secret, ...recorded } = params;
    requests.push({ path: u.pathname, params: u.pathname.startsWith('/sns/') ? recorded : params, json });
    if (u.pathname === '/connect/oauth2/authorize') {
      if (params.appid !== appId || params.response_type !== 'code' || !params.redirect_uri || params.scope !== 'snsapi_base') {
        res.writeHead(400, { 'content-type': 'text/plain' });
        return res.end('参数错误');
      }
      const back = new URL(params.redirect_uri);
      back.searchParams.set('code', issueCode(user));
      back.searchParams.set('state', params.state ?? '');
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (u.pathname === '/sns/oauth2/access_token') {
      if (params.grant_type !== 'authorization_code') return send(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' });
      if (params.appid !== appId) return send(res, 200, { errcode: 40013, errmsg: 'invalid appid' });
      if (params.secret !== appSecret) return send(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
      const c = params.code ? codes.get(params.code) : undefined;
      if (!c) return send(res, 200, { errcode: 40029, errmsg: 'invalid code, rid: 6a1b2c3d-standin' });
      if (c.used) return send(res, 200, { errcode: 40163, errmsg: 'code been used, rid: 6a1b2c3e-standin' });
      c.used = true;
      return send(res, 200, { access_token: `WEBTOKEN-${params.code}`, expires_in: 7200, refresh_token: `REFRESH-${params.code}`, openid: c.openid, scope: 'snsapi_base' });
    }
    if (u.pathname === '/cgi-bin/token') {
      if (params.grant_type !== 'client_credential') return send(res, 200, { errcode: 40002, errmsg: 'invalid grant_type' });
      if (params.appid !== appId) return send(res, 200, { errcode: 40013, errmsg: 'invalid appid' });
      if (params.secret !== appSecret) return send(res, 200, { errcode: 40125, errmsg: 'invalid appsecret' });
      valid = `TOKEN-${++issued}`;
      return send(res, 200, { access_token: valid, expires_in: 7200 });
    }
    if (u.pathname === '/cgi-bin/message/template/send' && req.method === 'POST') {
      if (!params.access_token || params.access_token !== valid) {
        return send(res, 200, refusal === 42001 ? { errcode: 42001, errmsg: 'access_token expired' } : { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      }
      const touser = json?.touser;
      if (touser === 'o-unsub') return send(res, 200, { errcode: 43004, errmsg: 'require subscribe' });
      if (touser === 'o-limit') return send(res, 200, { errcode: 45009, errmsg: 'reach max api daily quota limit' });
      if (!json?.template_id) return send(res, 200, { errcode: 40037, errmsg: 'invalid template_id' });
      return send(res, 200, { errcode: 0, errmsg: 'ok', msgid: 200228332 + requests.length });
    }
    return send(res, 404, { errcode: 404, errmsg: 'not found' });
  });
  return {
    url,
    requests,
    expire: () => {
      valid = null;
      refusal = 42001;
    },
    invalidate: () => {
      valid = null;
      refusal = 40001;
    },
    tokensIssued: () => issued,
    signInAs: (openid: string) => {
      user = openid;
    },
    issueCode,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
