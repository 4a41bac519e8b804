// WeChat 公众号 template messages (模板消息): an access_token from /cgi-bin/token (appid + secret), kept
// until shortly before it expires and fetched anew when WeChat answers 40001 / 40014 / 42001; then POST
// /cgi-bin/message/template/send. 43004 (the user does not follow the account) is final.
import { fetchWithTimeout, networkFailure, scrubAddress, type ChannelAdapter, type Delivery, type SendResult } from './channel-adapter.ts';

export type WechatSettings = {
  /** https://api.weixin.qq.com, or a stand-in. */
  apiBase: string;
  appId: string;
  appSecret: string;
};

type WechatAnswer = { errcode?: number; errmsg?: string; access_token?: string; expires_in?: number; msgid?: number | string };

// The token is invalid or expired: fetch a new one and send again, once.
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
// Final refusals: unsubscribed (43004), invalid openid (40003), invalid template id (40037), bad appid/secret
// (40013, 40125), blocked (48001 api unauthorised).
const PERMANENT = new Set([43004, 40003, 40037, 40013, 40125, 41030, 47003, 48001]);

export function classifyWechat(errcode: number): 'ok' | 'token' | 'transient' | 'permanent' {
  if (errcode === 0) return 'ok';
  if (TOKEN_ERRORS.has(errcode)) return 'token';
  return PERMANENT.has(errcode) ? 'permanent' : 'transient';
}

/** The template's data: the rendered text as `first`, and each variable by name. */
export function wechatTemplateData(d: Pick<Delivery, 'body' | 'vars'>): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = { first: { value: d.body } };
  for (const [k, v] of Object.entries(d.vars)) if (k !== 'link') data[k] = { value: String(v) };
  return data;
}

export function createWechatAdapter(s: WechatSettings, now: () => number = Date.now): ChannelAdapter {
  const base = s.apiBase.replace(/\/+$/, '');
  let token: { value: string; expiresAt: number } | null = null;

  async function accessToken(fresh: boolean): Promise<{ token: string } | { fail: SendResult }> {
    if (!fresh && token && token.expiresAt > now()) return { token: token.value };
    token = null;
    const url = `${base}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(s.appId)}&secret=${encodeURIComponent(s.appSecret)}`;
    let answer: WechatAnswer;
    try {
      answer = (await (await fetchWithTimeout(url, { method: 'GET' })).json()) as WechatAnswer;
    } catch (err) {
      return { fail: networkFailure(err) };
    }
    if (!answer.access_token) {
      const code = answer.errcode ?? -1;
      return { fail: { ok: false, permanent: classifyWechat(code) === 'permanent', error: `wechat token: ${code} ${answer.errmsg ?? ''}`.trim() } };
    }
    // Renewed five minutes before WeChat's own expiry (7200 s).
    token = { value: answer.access_token, expiresAt: now() + Math.max(60, (answer.expires_in ?? 7200) - 300) * 1000 };
    return { token: token.value };
  }

  async function sendOnce(d: Delivery, t: string): Promise<WechatAnswer | SendResult> {
    try {
      const res = await fetchWithTimeout(`${base}/cgi-bin/message/template/send?access_token=${encodeURIComponent(t)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          touser: d.to,
          template_id: d.providerTemplateId,
          ...(typeof d.vars.link === 'string' ? { url: d.vars.link } : {}),
          data: wechatTemplateData(d),
        }),
      });
      return (await res.json()) as WechatAnswer;
    } catch (err) {
      return networkFailure(err);
    }
  }

  return {
    driver: 'wechat_mp',
    async send(d: Delivery): Promise<SendResult> {
      if (!d.providerTemplateId) return { ok: false, permanent: true, error: 'wechat: no template_id configured for this template' };
      for (const fresh of [false, true]) {
        const t = await accessToken(fresh);
        if ('fail' in t) return t.fail;
        const answer = await sendOnce(d, t.token);
        if ('ok' in answer) return answer;
        const code = answer.errcode ?? -1;
        const kind = classifyWechat(code);
        if (kind === 'ok') return { ok: true, providerMessageId: answer.msgid === undefined ? null : String(answer.msgid) };
        if (kind === 'token' && !fresh) continue;
        return { ok: false, permanent: kind === 'permanent', error: scrubAddress(`wechat: ${code} ${answer.errmsg ?? ''}`.trim(), d.to) };
      }
      return { ok: false, permanent: false, error: 'wechat: access_token refused twice' };
    },
  };
}
