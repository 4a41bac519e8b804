// One interface for every way a customer message leaves: the `record` driver (kept in the outbox viewer),
// SMTP email, an SMS provider's HTTP API, WeChat 公众号 template messages.
import type { CustomerChannel, CustomerEvent } from './outbox.types.ts';

/** What an adapter is handed: the address read from the customer record just now, and the rendered text. */
export type Delivery = {
  channel: CustomerChannel;
  event: CustomerEvent;
  /** Phone, email address or WeChat openid. Never logged; scrubbed from recorded errors. */
  to: string;
  subject: string | null;
  body: string;
  vars: Record<string, string | number>;
  /** The provider's template (SMS TemplateCode, WeChat template_id). */
  providerTemplateId: string | null;
  /** A stable id of the message, for providers that take one (Aliyun OutId). */
  messageId: string;
};

export type SendResult =
  | { ok: true; providerMessageId: string | null }
  /** `permanent`: retrying cannot help (unsubscribed user, invalid number, bad keys) — failed at once. */
  | { ok: false; permanent: boolean; error: string };

export type ChannelAdapter = {
  driver: string;
  send(d: Delivery): Promise<SendResult>;
  close?(): void;
};

/** The `record` driver: the message counts as delivered and is read in the admin outbox viewer. */
export const recordAdapter: ChannelAdapter = {
  driver: 'record',
  send: async () => ({ ok: true, providerMessageId: null }),
};

/** An error text with the recipient's address masked, so a recorded error never carries contact data. */
export function scrubAddress(text: string, address: string): string {
  let out = text.slice(0, 500);
  if (address.length >= 3) out = out.split(address).join(maskAddress(address));
  return out;
}

/** 138****1234, a***@example.com, oAbc…: what an error or a staff screen may show of an address. */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  if (at > 0) return `${address[0]}***${address.slice(at)}`;
  if (/^\+?\d{7,}$/.test(address)) return `${address.slice(0, 3)}****${address.slice(-4)}`;
  return address.length > 6 ? `${address.slice(0, 4)}…` : '***';
}

/** fetch with a time limit: a provider that never answers must not hold a claimed message past its lease. */
export async function fetchWithTimeout(url: string, init: RequestInit, timeoutMs = 15_000): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

/** A network failure (refused, reset, timed out) is worth retrying. */
export function networkFailure(err: unknown): SendResult {
  const e = err as { name?: string; message?: string; cause?: { code?: string } };
  const code = e.cause?.code ?? e.name ?? 'error';
  return { ok: false, permanent: false, error: `network: ${code}${e.message ? ` ${e.message}` : ''}` };
}
