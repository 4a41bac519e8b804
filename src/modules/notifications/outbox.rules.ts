// Pure rules of customer messages: template rendering, the retry schedule, and which channel a message takes.
import { EVENT_VARIABLES, type CustomerChannel, type CustomerEvent, type SuppressReason } from './outbox.types.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The variable names a template text uses, in order of first use. */
export function templateVariables(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/** Variables a template uses that its event does not provide (a field error on save). */
export function unknownVariables(event: CustomerEvent, text: string): string[] {
  const known = EVENT_VARIABLES[event];
  return templateVariables(text).filter((v) => !known.includes(v));
}

/** `{{name}}` replaced by the variable's value; a variable the caller did not give renders empty. */
export function renderTemplate(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(PLACEHOLDER, (_all, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : ''));
}

export type Backoff = { baseMs: number; maxMs: number };
export const DEFAULT_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 3600_000 };
export const DEFAULT_MAX_ATTEMPTS = 8;

/** How long to wait after the `attempt`-th failed attempt (1-based): base·2^(attempt−1), capped at max. */
export function backoffDelayMs(attempt: number, b: Backoff = DEFAULT_BACKOFF): number {
  if (attempt < 1) return 0;
  // 2^n grows past any cap quickly; the exponent is bounded so the number stays finite.
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(attempt - 1, 40));
}

export type AttemptOutcome = { ok: true } | { ok: false; permanent: boolean };

/** After an attempt: sent, retried at a later time, or failed for good. */
export function nextStep(
  outcome: AttemptOutcome,
  attemptsMade: number,
  maxAttempts: number,
  now: Date,
  b: Backoff = DEFAULT_BACKOFF,
): { status: 'sent' } | { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date } {
  if (outcome.ok) return { status: 'sent' };
  if (outcome.permanent || attemptsMade >= maxAttempts) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + backoffDelayMs(attemptsMade, b)) };
}

// Without a stated preference: WeChat where the customer follows the account, else SMS, else email.
export const DEFAULT_CHANNEL_ORDER: readonly CustomerChannel[] = ['wechat', 'sms', 'email'];

export type ChannelChoiceInput = {
  event: CustomerEvent;
  /** Channels the caller restricted the message to (the OTP goes by SMS only). */
  requested?: readonly CustomerChannel[] | undefined;
  preference: CustomerChannel | null;
  optedOut: boolean;
  erased: boolean;
  /** Channels switched on by the administrator. */
  enabled: readonly CustomerChannel[];
  /** Channels the customer has an address for (phone, email, WeChat openid). */
  reachable: readonly CustomerChannel[];
};

export type ChannelChoice = { channels: CustomerChannel[] } | { suppressed: SuppressReason; channel: CustomerChannel };

/**
 * Which channels a message goes on, or why none. Rule 24: a customer who opted out gets no message, except
 * the one-time code they asked for themselves; an erased customer gets nothing. A requested list is
 * honoured as given (each channel enabled and reachable); otherwise one channel: the preference when it can
 * be used, else the first usable in DEFAULT_CHANNEL_ORDER.
 */
export function chooseChannels(i: ChannelChoiceInput): ChannelChoice {
  const first = i.requested?.[0] ?? i.preference ?? 'sms';
  if (i.erased) return { suppressed: 'erased', channel: first };
  if (i.optedOut && i.event !== 'otp') return { suppressed: 'opted_out', channel: first };
  const usable = (c: CustomerChannel) => i.enabled.includes(c) && i.reachable.includes(c);
  if (i.requested) {
    const channels = i.requested.filter(usable);
    if (channels.length) return { channels: [...new Set(channels)] };
    return { suppressed: i.requested.some((c) => i.enabled.includes(c)) ? 'no_address' : 'no_channel', channel: first };
  }
  if (i.preference && usable(i.preference)) return { channels: [i.preference] };
  const pick = DEFAULT_CHANNEL_ORDER.find(usable);
  if (pick) return { channels: [pick] };
  return { suppressed: i.enabled.length ? 'no_address' : 'no_channel', channel: first };
}

/** A due time as a customer reads it, in the company's time zone: 5月1日 12:00 / 1 May, 12:00. */
export function formatDue(at: string | Date | null | undefined, language: 'zh' | 'en', timeZone: string): string {
  if (!at) return language === 'zh' ? '尽快' : 'as soon as possible';
  return dueFormatter(language, timeZone).format(new Date(at));
}

// Building a formatter costs far more than using one (every intake formats two deadlines).
const dueFormatters = new Map<string, Intl.DateTimeFormat>();
function dueFormatter(language: 'zh' | 'en', timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let f = dueFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone, month: language === 'zh' ? 'numeric' : 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
    dueFormatters.set(key, f);
  }
  return f;
}

/** Money as a customer reads it: ¥12.50. */
export const formatYuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

/** Where a customer follows a case in the portal (links in messages). */
export const portalCaseLink = (publicUrl: string, caseNumber: string): string => `${publicUrl.replace(/\/+$/, '')}/portal/follow?case=${encodeURIComponent(caseNumber)}`;
