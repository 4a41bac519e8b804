// Builds the adapter a channel's settings ask for; one per distinct settings (the WeChat token is cached
// inside it, the SMTP transport keeps its connection settings).
import type { ChannelSettings } from './notification.service.ts';
import { recordAdapter, type ChannelAdapter } from './channel-adapter.ts';
import { createAliyunSmsAdapter } from './aliyun-sms.adapter.ts';
import { createSmtpAdapter } from './smtp.adapter.ts';
import { createTencentSmsAdapter } from './tencent-sms.adapter.ts';
import { createWechatAdapter } from './wechat.adapter.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** An adapter whose settings are incomplete: every attempt fails (retried; the error names what is missing). */
function misconfigured(driver: string, missing: string[]): ChannelAdapter {
  return { driver, send: async () => ({ ok: false, permanent: false, error: `${driver}: not configured (${missing.join(', ')})` }) };
}

function need(values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, v]) => !v)
    .map(([k]) => k);
}

export function buildAdapter(s: Pick<ChannelSettings, 'driver' | 'options' | 'secrets'>): ChannelAdapter {
  const o = s.options;
  switch (s.driver) {
    case 'smtp': {
      const v = { host: str(o.host), from: str(o.from) };
      const missing = need(v);
      if (missing.length) return misconfigured('smtp', missing);
      return createSmtpAdapter({
        host: v.host,
        port: Number(o.port) || (o.secure === true ? 465 : 587),
        secure: o.secure === true,
        user: str(o.user) || undefined,
        password: s.secrets.password,
        from: v.from,
      });
    }
    case 'aliyun': {
      const v = { accessKeyId: str(o.accessKeyId), signName: str(o.signName), accessKeySecret: s.secrets.accessKeySecret ?? '' };
      const missing = need(v);
      if (missing.length) return misconfigured('aliyun', missing);
      return createAliyunSmsAdapter({ endpoint: str(o.endpoint) || 'https://dysmsapi.aliyuncs.com', regionId: str(o.regionId) || undefined, ...v });
    }
    case 'tencent': {
      const v = { secretId: str(o.secretId), sdkAppId: str(o.sdkAppId), signName: str(o.signName), secretKey: s.secrets.secretKey ?? '' };
      const missing = need(v);
      if (missing.length) return misconfigured('tencent', missing);
      return createTencentSmsAdapter({ endpoint: str(o.endpoint) || 'https://sms.tencentcloudapi.com', region: str(o.region) || undefined, ...v });
    }
    case 'wechat_mp': {
      const v = { appId: str(o.appId), appSecret: s.secrets.appSecret ?? '' };
      const missing = need(v);
      if (missing.length) return misconfigured('wechat_mp', missing);
      return createWechatAdapter({ apiBase: str(o.apiBase) || 'https://api.weixin.qq.com', ...v });
    }
    default:
      return recordAdapter;
  }
}

/** A cache of adapters by their settings: a settings change builds a new one, the old one is closed. */
export function createAdapterCache(build: (s: Pick<ChannelSettings, 'driver' | 'options' | 'secrets'>) => ChannelAdapter = buildAdapter) {
  const cache = new Map<string, { key: string; adapter: ChannelAdapter }>();
  return {
    get(s: ChannelSettings): ChannelAdapter {
      const key = JSON.stringify([s.driver, s.options, s.secrets]);
      const hit = cache.get(s.channel);
      if (hit?.key === key) return hit.adapter;
      hit?.adapter.close?.();
      const adapter = build(s);
      cache.set(s.channel, { key, adapter });
      return adapter;
    },
    close() {
      for (const { adapter } of cache.values()) adapter.close?.();
      cache.clear();
    },
  };
}
