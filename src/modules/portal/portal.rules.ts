// The customer portal's pure rules: one-time codes, request limits, what a customer sees of a case.
import type { CaseStatus } from '../cases/case.lifecycle.ts';

/** One-time codes: 6 digits, valid 10 minutes, 5 tries each. */
export const CODE_TTL_MS = 10 * 60_000;
export const CODE_MAX_ATTEMPTS = 5;
/** A customer session lasts a day; the one a filing gives (that case only) as long. */
export const CUSTOMER_SESSION_TTL_MS = 24 * 3600_000;
/** When the customer accepts in the portal without a date, the remedy is to be carried out within this. */
export const PORTAL_EXECUTION_DAYS = 3;

export type Limit = { max: number; windowMs: number };
/**
 * Request limits of the public portal, per fixed window. Sends cost an SMS each, so they are the
 * tightest; per address they are higher (a store's Wi-Fi or a carrier's NAT holds many customers).
 */
export const LIMITS = {
  sendPerPhone: { max: 5, windowMs: 3600_000 },
  sendPerAddress: { max: 20, windowMs: 3600_000 },
  verifyPerAddress: { max: 30, windowMs: 15 * 60_000 },
  filePerAddress: { max: 20, windowMs: 3600_000 },
  // The satisfaction survey behind a callback's link (the token is the credential): guesses per address.
  surveyPerAddress: { max: 20, windowMs: 60_000 },
  // Starting a WeChat binding writes a state row: a verified customer has no reason for more than a few.
  wechatBindPerCustomer: { max: 10, windowMs: 15 * 60_000 },
} as const satisfies Record<string, Limit>;
export type LimitName = keyof typeof LIMITS;

/**
 * A fixed window's decision: the count after this request, or how long to wait. A window that ended
 * starts again at this request.
 */
export function throttleStep(
  current: { windowStart: Date; count: number } | undefined,
  limit: Limit,
  now: Date,
): { ok: true; windowStart: Date; count: number } | { ok: false; retryAfterSeconds: number } {
  if (!current || now.getTime() - current.windowStart.getTime() >= limit.windowMs) return { ok: true, windowStart: now, count: 1 };
  if (current.count >= limit.max) {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.windowStart.getTime() + limit.windowMs - now.getTime()) / 1000)) };
  }
  return { ok: true, windowStart: current.windowStart, count: current.count + 1 };
}

/** The customer's own words for each status (never the internal step names). */
export const CUSTOMER_STATUS: Record<CaseStatus, { zh: string; en: string; stage: 'received' | 'in_progress' | 'your_answer' | 'done' }> = {
  registered: { zh: '已收到您的投诉', en: 'We have received your complaint', stage: 'received' },
  acknowledged: { zh: '已受理', en: 'Accepted for handling', stage: 'received' },
  assigned: { zh: '处理中', en: 'Being handled', stage: 'in_progress' },
  investigating: { zh: '正在核实情况', en: 'We are looking into it', stage: 'in_progress' },
  remedy_proposed: { zh: '正在制定处理方案', en: 'We are preparing a solution', stage: 'in_progress' },
  awaiting_customer: { zh: '等待您确认处理方案', en: 'Waiting for your answer to our offer', stage: 'your_answer' },
  executing: { zh: '正在落实处理方案', en: 'We are carrying out the agreed solution', stage: 'in_progress' },
  resolved: { zh: '已处理完毕', en: 'Resolved', stage: 'done' },
  follow_up: { zh: '已处理完毕，待回访', en: 'Resolved; we will check back with you', stage: 'done' },
  closed: { zh: '已办结', en: 'Closed', stage: 'done' },
  rejected: { zh: '未予受理', en: 'Not accepted', stage: 'done' },
  merged: { zh: '已与您的另一条投诉合并处理', en: 'Handled together with another of your complaints', stage: 'done' },
};

/** The time limits a customer is told (published, seed 002): 受理 and 处理, plus the first reply. */
export const PUBLISHED_TARGETS = ['acknowledge', 'first_reply', 'resolution'] as const;
export type PublishedTarget = (typeof PUBLISHED_TARGETS)[number];

/** A timeline event as the store has it, reduced to what deciding its customer view needs. */
export type StoredEvent = {
  id: string;
  kind: string;
  visibility: 'internal' | 'public';
  actorId: string | null;
  actorName: string | null;
  toStatus: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/** What the customer sees of one event; never internal notes, staff usernames, departments or ids. */
export type CustomerEvent =
  | { kind: 'filed'; at: Date }
  | { kind: 'status'; at: Date; status: CaseStatus }
  | { kind: 'reply'; at: Date; body: string; from: 'staff' | 'customer'; name: string | null }
  | { kind: 'photo'; at: Date; filename: string }
  | { kind: 'remedy_offered'; at: Date; totalFen: number }
  | { kind: 'remedy_answered'; at: Date; answer: 'accepted' | 'countered' | 'rejected' }
  | { kind: 'resolved'; at: Date }
  | { kind: 'rated'; at: Date; overall: Satisfaction; via: 'survey' | 'call'; comment: string | null };

const SATISFACTION_LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very_dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];
const isSatisfaction = (v: unknown): v is Satisfaction => typeof v === 'string' && (SATISFACTION_LEVELS as readonly string[]).includes(v);

// The milestones a customer is told about; every other status change (assignment steps, internal
// hand-offs) stays inside.
const MILESTONES: ReadonlySet<string> = new Set(['acknowledged', 'investigating', 'awaiting_customer', 'executing', 'closed', 'rejected', 'merged']);

/**
 * The customer's timeline: an allow-list of kinds, each reduced to customer words. A staff reply shows
 * the replier's display name only; photos only the customer's own.
 */
export function customerTimeline(events: readonly StoredEvent[]): CustomerEvent[] {
  const out: CustomerEvent[] = [];
  for (const e of events) {
    const p = e.payload;
    switch (e.kind) {
      case 'created':
        out.push({ kind: 'filed', at: e.createdAt });
        break;
      case 'status_changed':
      case 'reopened':
        if (e.toStatus === 'resolved') out.push({ kind: 'resolved', at: e.createdAt });
        else if (e.toStatus && MILESTONES.has(e.toStatus)) out.push({ kind: 'status', at: e.createdAt, status: e.toStatus as CaseStatus });
        break;
      case 'comment':
        if (e.visibility !== 'public' || typeof p['body'] !== 'string') break;
        out.push(
          p['by'] === 'customer'
            ? { kind: 'reply', at: e.createdAt, body: p['body'], from: 'customer', name: null }
            : { kind: 'reply', at: e.createdAt, body: p['body'], from: 'staff', name: e.actorName },
        );
        break;
      case 'attachment_added':
        if (p['by'] === 'customer' && typeof p['filename'] === 'string') out.push({ kind: 'photo', at: e.createdAt, filename: p['filename'] });
        break;
      case 'remedy_offered':
        if (typeof p['totalFen'] === 'number') out.push({ kind: 'remedy_offered', at: e.createdAt, totalFen: p['totalFen'] });
        break;
      case 'remedy_answered': {
        const a = p['answer'];
        if (a === 'accepted' || a === 'countered' || a === 'rejected') out.push({ kind: 'remedy_answered', at: e.createdAt, answer: a });
        break;
      }
      // The customer's own satisfaction answer (seed 004). The survey's comment is the customer's words; a
      // call's comment is the agent's note of it and stays inside.
      case 'survey_answered':
      case 'callback_completed':
        if (isSatisfaction(p['overall']))
          out.push({
            kind: 'rated',
            at: e.createdAt,
            overall: p['overall'],
            via: e.kind === 'survey_answered' ? 'survey' : 'call',
            comment: e.kind === 'survey_answered' && typeof p['comment'] === 'string' && p['comment'] ? p['comment'] : null,
          });
        break;
      default:
        break;
    }
  }
  return out;
}

/** Yuan as the customer types it (e.g. "12.5") → integer fen; null when it is not an amount. */
export function yuanToFen(yuan: string): number | null {
  const t = yuan.trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(t)) return null;
  const [whole, frac = ''] = t.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/**
 * Remedy kinds in customer words. Internal measures (disciplining staff, process fixes) are the
 * company's own business and are left out of what the customer is offered to read.
 */
export const CUSTOMER_REMEDY_LABELS: Record<string, { zh: string; en: string }> = {
  apology: { zh: '致歉说明', en: 'An apology and explanation' },
  search_recover: { zh: '查找并追回物品', en: 'We trace and recover the item' },
  resend: { zh: '补发 / 重新派送', en: 'We send it again' },
  replace: { zh: '换货', en: 'An exchange' },
  repair: { zh: '维修', en: 'A repair' },
  refund: { zh: '退款', en: 'A refund' },
  fee_waiver: { zh: '运费减免', en: 'The shipping fee waived' },
  compensation: { zh: '赔偿', en: 'Compensation' },
  voucher: { zh: '购物券', en: 'A shopping voucher' },
};

// ---------------------------------------------------------------- WeChat binding (网页授权, snsapi_base)

/** A binding's state is good for this long: WeChat sends the browser back within seconds. */
export const WECHAT_STATE_TTL_MS = 10 * 60_000;

/** The portal route WeChat sends the browser back to (redirect_uri = PUBLIC_URL + this). */
export const WECHAT_CALLBACK_PATH = '/api/portal/me/wechat/callback';

const CASE_NUMBER = /^TS\d{8}-\d{4,}$/;

/**
 * The 网页授权 page the customer's browser opens: snsapi_base asks nothing of the user and answers the
 * openid only. The redirect_uri carries the case page to return to; WeChat adds `code` and `state`.
 */
export function wechatAuthorizeUrl(p: { base: string; appId: string; publicUrl: string; caseNumber: string; state: string }): string {
  const redirectUri = `${p.publicUrl.replace(/\/+$/, '')}${WECHAT_CALLBACK_PATH}?case=${encodeURIComponent(p.caseNumber)}`;
  const q = new URLSearchParams({ appid: p.appId, redirect_uri: redirectUri, response_type: 'code', scope: 'snsapi_base', state: p.state });
  return `${p.base.replace(/\/+$/, '')}/connect/oauth2/authorize?${q.toString()}#wechat_redirect`;
}

/** How a binding ended, as the settings page is told: bound, or why not. */
export type WechatBindOutcome =
  | { ok: true }
  /** state: missing, unknown, used, expired or another session's; denied: no code came back; unavailable: the channel is off. */
  | { ok: false; reason: 'state' | 'denied' | 'unavailable' | 'customer' }
  /** WeChat refused the code (errcode, e.g. 40029 invalid, 40163 used) or could not be reached (null). */
  | { ok: false; reason: 'wechat'; errcode: number | null };

/**
 * Where the browser goes after the callback: the case page it started from (a path on this site only:
 * anything but a case number goes to the follow page), with the outcome as a flag the page reads.
 */
export function wechatBindReturn(caseNumber: string | undefined, outcome: WechatBindOutcome): string {
  const page = caseNumber && CASE_NUMBER.test(caseNumber) ? `/portal/cases/${caseNumber}` : '/portal/follow';
  if (outcome.ok) return `${page}?wechat=bound`;
  const q = new URLSearchParams({ wechat: 'error', reason: outcome.reason });
  if (outcome.reason === 'wechat' && outcome.errcode !== null) q.set('errcode', String(outcome.errcode));
  return `${page}?${q.toString()}`;
}

/** WeChat's answer to the code exchange: the openid, or its errcode (a malformed answer counts as an error). */
export function readWechatCodeAnswer(answer: unknown): { openid: string } | { errcode: number | null } {
  const a = (answer ?? {}) as { openid?: unknown; errcode?: unknown };
  if (typeof a.openid === 'string' && /^[\w-]{6,128}$/.test(a.openid) && (a.errcode === undefined || a.errcode === 0)) return { openid: a.openid };
  return { errcode: typeof a.errcode === 'number' && a.errcode !== 0 ? a.errcode : null };
}
