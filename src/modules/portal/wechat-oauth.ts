// WeChat 网页授权's second step: the code the browser brought back is exchanged for the openid at
// GET {apiBase}/sns/oauth2/access_token?appid&secret&code&grant_type=authorization_code, which answers
// { access_token, expires_in, refresh_token, openid, scope } or { errcode, errmsg }. Only the openid is kept:
// snsapi_base's access_token is of no further use here.
import { readWechatCodeAnswer } from './portal.rules.ts';

export type WechatOAuthSettings = { apiBase: string; appId: string; appSecret: string };

/** The openid, or WeChat's errcode (null: unreachable or an answer without one). Never throws. */
export async function exchangeWechatCode(s: WechatOAuthSettings, code: string, timeoutMs = 10_000): Promise<{ openid: string } | { errcode: number | null }> {
  const q = new URLSearchParams({ appid: s.appId, secret: s.appSecret, code, grant_type: 'authorization_code' });
  try {
    const res = await fetch(`${s.apiBase.replace(/\/+$/, '')}/sns/oauth2/access_token?${q.toString()}`, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    return readWechatCodeAnswer(await res.json());
  } catch {
    return { errcode: null };
  }
}
