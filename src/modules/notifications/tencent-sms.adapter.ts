// SMS through Tencent Cloud 短信 (API 3.0, service sms, version 2021-01-11), action SendSms, signed with
// TC3-HMAC-SHA256 (a SHA-256 canonical request, then HMAC over date → service → "tc3_request"). Like Aliyun it
// sends an approved template (TemplateId), but its parameters are positional ({1}, {2} … in the template), so a
// template's provider id may name their order: "1234567:caseNumber,resolveDue"; a bare id takes the event's
// variables in the order listed for it (EVENT_VARIABLES), without the link.
import crypto from 'node:crypto';
import { fetchWithTimeout, networkFailure, scrubAddress, type ChannelAdapter, type Delivery, type SendResult } from './channel-adapter.ts';
import { EVENT_VARIABLES } from './outbox.types.ts';

export type TencentSmsSettings = {
  /** https://sms.tencentcloudapi.com, or a stand-in. */
  endpoint: string;
  secretId: string;
  secretKey: string;
  /** The SMS application's SdkAppId (1400…). */
  sdkAppId: string;
  signName: string;
  region?: string | undefined;
};

const sha256 = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: crypto.BinaryLike, s: string) => crypto.createHmac('sha256', key).update(s, 'utf8').digest();

/** The Authorization header of a POST with a JSON body (content-type and host signed), per Tencent's TC3 scheme. */
export function tc3Authorization(r: { secretId: string; secretKey: string; service: string; host: string; timestamp: number; payload: string; contentType?: string }): string {
  const contentType = r.contentType ?? 'application/json; charset=utf-8';
  const canonicalRequest = ['POST', '/', '', `content-type:${contentType}\nhost:${r.host}\n`, 'content-type;host', sha256(r.payload)].join('\n');
  const date = new Date(r.timestamp * 1000).toISOString().slice(0, 10);
  const scope = `${date}/${r.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(r.timestamp), scope, sha256(canonicalRequest)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${r.secretKey}`, date), r.service), 'tc3_request');
  const signature = crypto.createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${r.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

/** "1234567:caseNumber,code" → the id and the variables' order; a bare id → the event's own order. */
export function tencentTemplate(providerTemplateId: string, event: Delivery['event']): { id: string; order: readonly string[] } {
  const [id, names] = providerTemplateId.split(':', 2) as [string, string | undefined];
  const order = names !== undefined ? names.split(',').map((n) => n.trim()).filter(Boolean) : EVENT_VARIABLES[event].filter((v) => v !== 'link');
  return { id: id.trim(), order };
}

// Worth another try later: the provider's own faults, its rate limits, an empty balance being topped up.
const TRANSIENT = /^(InternalError|RequestLimitExceeded|LimitExceeded\.(DeliveryFrequencyLimit|PhoneNumberThirtySecondLimit|PhoneNumberOneHourLimit|PhoneNumberDailyLimit|AppDailyLimit|AppCountryOrRegionDailyLimit|AppMainlandChinaDailyLimit|AppGlobalDailyLimit)|FailedOperation\.InsufficientBalanceInSmsPackage|ResourceUnavailable|ServiceUnavailable|RequestTimeout|FailedOperation\.JsonParseFail)/;

export function classifyTencent(code: string): 'ok' | 'transient' | 'permanent' {
  if (code === 'Ok') return 'ok';
  return TRANSIENT.test(code) ? 'transient' : 'permanent';
}

/** Mainland numbers go out in E.164 (+86…), as the API wants them. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

type TencentAnswer = {
  Response?: {
    Error?: { Code?: string; Message?: string };
    SendStatusSet?: Array<{ SerialNo?: string; PhoneNumber?: string; Code?: string; Message?: string }>;
    RequestId?: string;
  };
};

export function createTencentSmsAdapter(s: TencentSmsSettings, now: () => Date = () => new Date()): ChannelAdapter {
  const url = s.endpoint.replace(/\/+$/, '');
  const host = new URL(url).host;
  return {
    driver: 'tencent',
    async send(d: Delivery): Promise<SendResult> {
      if (!d.providerTemplateId) return { ok: false, permanent: true, error: 'tencent: no TemplateId configured for this template' };
      const template = tencentTemplate(d.providerTemplateId, d.event);
      const payload = JSON.stringify({
        PhoneNumberSet: [e164(d.to)],
        SmsSdkAppId: s.sdkAppId,
        SignName: s.signName,
        TemplateId: template.id,
        TemplateParamSet: template.order.map((name) => String(d.vars[name] ?? '')),
        SessionContext: d.messageId,
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      let res: Response;
      try {
        res = await fetchWithTimeout(`${url}/`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            authorization: tc3Authorization({ secretId: s.secretId, secretKey: s.secretKey, service: 'sms', host, timestamp, payload }),
            'x-tc-action': 'SendSms',
            'x-tc-version': '2021-01-11',
            'x-tc-timestamp': String(timestamp),
            'x-tc-region': s.region || 'ap-guangzhou',
          },
          body: payload,
        });
      } catch (err) {
        return networkFailure(err);
      }
      let answer: TencentAnswer;
      try {
        answer = (await res.json()) as TencentAnswer;
      } catch {
        return { ok: false, permanent: false, error: `tencent: HTTP ${res.status} without a JSON answer` };
      }
      const r = answer.Response ?? {};
      // A refused request (bad keys, bad signature, unknown template) answers Error; a request that was taken
      // answers one status per number.
      const status = r.SendStatusSet?.[0];
      const code = r.Error?.Code ?? status?.Code ?? `HTTP_${res.status}`;
      const kind = classifyTencent(code);
      if (kind === 'ok') return { ok: true, providerMessageId: status?.SerialNo ?? null };
      const error = scrubAddress(scrubAddress(`tencent: ${code} ${r.Error?.Message ?? status?.Message ?? ''} (RequestId ${r.RequestId ?? '-'})`, e164(d.to)), d.to);
      return { ok: false, permanent: kind === 'permanent' && res.status < 500, error };
    },
  };
}
