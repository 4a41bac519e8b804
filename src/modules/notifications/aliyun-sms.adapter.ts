// SMS through Aliyun 短信服务 (dysmsapi, API version 2017-05-25), action SendSms, signed with the RPC
// signature version 1.0 (HMAC-SHA1 over the sorted, percent-encoded parameters). The provider sends an
// approved template (TemplateCode) with its variables (TemplateParam, a JSON object of strings), not free text.
import crypto from 'node:crypto';
import { fetchWithTimeout, networkFailure, scrubAddress, type ChannelAdapter, type Delivery, type SendResult } from './channel-adapter.ts';

export type AliyunSmsSettings = {
  /** https://dysmsapi.aliyuncs.com, or a stand-in. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  regionId?: string | undefined;
};

/** RFC 3986 encoding as the signature wants it: only A–Z a–z 0–9 - _ . ~ stay as they are. */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Signature = Base64(HMAC-SHA1(secret + "&", METHOD & %2F & percentEncode(sorted canonical query))). */
export function aliyunSignature(params: Readonly<Record<string, string>>, secret: string, method: 'GET' | 'POST'): string {
  const canonical = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  return crypto.createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64');
}

// Codes worth another try later: the provider's own faults and its rate limits (流控).
const TRANSIENT = /^(isp\.SYSTEM_ERROR|isp\.GATEWAY_ERROR|isp\.UNKNOWN|isv\.BUSINESS_LIMIT_CONTROL|isv\.BUSINESS_LIMIT_|BUSINESS_LIMIT_CONTROL|Throttling|ServiceUnavailable|InternalError|isv\.OUT_OF_SERVICE|isv\.AMOUNT_NOT_ENOUGH)/;

export function classifyAliyun(code: string): 'ok' | 'transient' | 'permanent' {
  if (code === 'OK') return 'ok';
  return TRANSIENT.test(code) ? 'transient' : 'permanent';
}

export function createAliyunSmsAdapter(s: AliyunSmsSettings, now: () => Date = () => new Date()): ChannelAdapter {
  return {
    driver: 'aliyun',
    async send(d: Delivery): Promise<SendResult> {
      if (!d.providerTemplateId) return { ok: false, permanent: true, error: 'aliyun: no TemplateCode configured for this template' };
      const params: Record<string, string> = {
        AccessKeyId: s.accessKeyId,
        Action: 'SendSms',
        Format: 'JSON',
        OutId: d.messageId,
        PhoneNumbers: d.to,
        RegionId: s.regionId ?? 'cn-hangzhou',
        SignName: s.signName,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: crypto.randomUUID(),
        SignatureVersion: '1.0',
        TemplateCode: d.providerTemplateId,
        // Values must be strings ({"code":"123456"}, never a number: isv.INVALID_JSON_PARAM).
        TemplateParam: JSON.stringify(Object.fromEntries(Object.entries(d.vars).map(([k, v]) => [k, String(v)]))),
        Timestamp: now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Version: '2017-05-25',
      };
      const body = new URLSearchParams({ ...params, Signature: aliyunSignature(params, s.accessKeySecret, 'POST') });
      let res: Response;
      try {
        res = await fetchWithTimeout(`${s.endpoint.replace(/\/+$/, '')}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: body.toString(),
        });
      } catch (err) {
        return networkFailure(err);
      }
      let answer: { Code?: string; Message?: string; BizId?: string; RequestId?: string };
      try {
        answer = (await res.json()) as typeof answer;
      } catch {
        return { ok: false, permanent: false, error: `aliyun: HTTP ${res.status} without a JSON answer` };
      }
      const code = answer.Code ?? `HTTP_${res.status}`;
      const kind = classifyAliyun(code);
      if (kind === 'ok') return { ok: true, providerMessageId: answer.BizId ?? null };
      const error = scrubAddress(`aliyun: ${code} ${answer.Message ?? ''} (RequestId ${answer.RequestId ?? '-'})`, d.to);
      return { ok: false, permanent: kind === 'permanent' && res.status < 500, error };
    },
  };
}
