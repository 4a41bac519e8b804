// The case lifecycle as pure data and functions: no I/O, so every rule is unit-tested alone.
import type { Role } from '../../shared/permissions.ts';

export const CASE_STATUSES = [
  'registered', // 已登记
  'acknowledged', // 已受理
  'assigned', // 已分派
  'investigating', // 调查中
  'remedy_proposed', // 方案待定
  'awaiting_customer', // 待客户确认
  'executing', // 执行中
  'resolved', // 已解决
  'follow_up', // 回访中
  'closed', // 已归档
  'rejected', // 不予受理
  'merged', // 已合并
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CHANNELS = [
  'hotline',
  'web',
  'h5',
  'app',
  'api',
  'email',
  'wechat',
  'social',
  'store',
  'qr',
  'internal',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channel names for text the server writes (routing reasons); the UI keeps its own labels. */
export const CHANNEL_NAMES: Record<Channel, { zh: string; en: string }> = {
  hotline: { zh: '电话', en: 'Hotline' },
  web: { zh: '网页', en: 'Web' },
  h5: { zh: '移动端', en: 'Mobile web' },
  app: { zh: '应用', en: 'App' },
  api: { zh: '接口', en: 'API' },
  email: { zh: '邮件', en: 'Email' },
  wechat: { zh: '微信', en: 'WeChat' },
  social: { zh: '社交媒体', en: 'Social media' },
  store: { zh: '门店', en: 'Store' },
  qr: { zh: '扫码', en: 'QR code' },
  internal: { zh: '内部发现', en: 'Internal' },
};

export const URGENCIES = ['normal', 'urgent', 'critical'] as const; // 一般 / 紧急 / 特急
export type Urgency = (typeof URGENCIES)[number];

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const STATUS_LABELS: Record<CaseStatus, { zh: string; en: string }> = {
  registered: { zh: '已登记', en: 'Registered' },
  acknowledged: { zh: '已受理', en: 'Acknowledged' },
  assigned: { zh: '已分派', en: 'Assigned' },
  investigating: { zh: '调查中', en: 'Investigating' },
  remedy_proposed: { zh: '方案待定', en: 'Remedy proposed' },
  awaiting_customer: { zh: '待客户确认', en: 'Awaiting customer' },
  executing: { zh: '执行中', en: 'Executing' },
  resolved: { zh: '已解决', en: 'Resolved' },
  follow_up: { zh: '回访中', en: 'Follow-up' },
  closed: { zh: '已归档', en: 'Closed' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  merged: { zh: '已合并', en: 'Merged' },
};

/** Statuses in which nothing more is expected of anyone (until a reopen). */
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'merged'];
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(
  (s) => !TERMINAL_STATUSES.includes(s) && s !== 'resolved' && s !== 'follow_up',
);

const FRONT_DESK: readonly Role[] = ['agent', 'supervisor', 'manager', 'admin'];
const HANDLING: readonly Role[] = ['agent', 'handler', 'supervisor', 'manager', 'admin'];
const MANAGEMENT: readonly Role[] = ['supervisor', 'manager', 'admin'];

export type TransitionRule = {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** Who may make this move. */
  roles: readonly Role[];
  requiresReason: boolean;
  /** The move needs a responsible department on the case (or given with the move). */
  requiresDepartment?: boolean;
  /** A reopen: the case goes back to work after it was finished. */
  reopen?: boolean;
};

// One table of every legal move. Merging is a separate command (it needs a target case),
// and escalation / the time-limit clock are attributes beside the status, not statuses.
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: ['registered'], to: 'acknowledged', roles: FRONT_DESK, requiresReason: false },
  { from: ['registered', 'acknowledged'], to: 'rejected', roles: FRONT_DESK, requiresReason: true },
  {
    from: ['registered', 'acknowledged', 'assigned', 'investigating'],
    to: 'assigned',
    roles: [...FRONT_DESK, 'handler'],
    requiresReason: false,
    requiresDepartment: true,
  },
  { from: ['assigned'], to: 'acknowledged', roles: HANDLING, requiresReason: true }, // handed back: wrong department
  { from: ['assigned'], to: 'investigating', roles: HANDLING, requiresReason: false },
  { from: ['investigating'], to: 'remedy_proposed', roles: HANDLING, requiresReason: false },
  // Some cases need no remedy (an explanation is enough): straight to resolved, saying why.
  { from: ['investigating'], to: 'resolved', roles: HANDLING, requiresReason: true },
  { from: ['remedy_proposed'], to: 'investigating', roles: HANDLING, requiresReason: true },
  { from: ['remedy_proposed'], to: 'awaiting_customer', roles: HANDLING, requiresReason: false },
  { from: ['awaiting_customer'], to: 'executing', roles: HANDLING, requiresReason: false }, // customer agreed
  { from: ['awaiting_customer'], to: 'remedy_proposed', roles: HANDLING, requiresReason: true }, // customer disputes
  { from: ['executing'], to: 'resolved', roles: HANDLING, requiresReason: false },
  { from: ['resolved'], to: 'follow_up', roles: FRONT_DESK, requiresReason: false },
  { from: ['follow_up'], to: 'closed', roles: FRONT_DESK, requiresReason: false },
  // Closing without a callback (e.g. the customer cannot be reached) needs a reason on record.
  { from: ['resolved'], to: 'closed', roles: FRONT_DESK, requiresReason: true },
  {
    from: ['resolved', 'follow_up'],
    to: 'investigating',
    roles: FRONT_DESK,
    requiresReason: true,
    reopen: true,
  },
  { from: ['closed'], to: 'investigating', roles: MANAGEMENT, requiresReason: true, reopen: true },
];

/** Who owns a case: its department and, within it, its member. */
export type Owner = { departmentId: string | null; assigneeId: string | null };

/**
 * Taking a case from the department or member that has it is a reassignment, which needs a reason on
 * record; giving an unowned case its first department, or a department's case its first member, is not.
 */
export function isReassignment(current: Owner, next: Owner): boolean {
  return (
    (current.departmentId !== null && next.departmentId !== current.departmentId) ||
    (current.assigneeId !== null && next.assigneeId !== current.assigneeId)
  );
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'FORBIDDEN' | 'REASON_REQUIRED' | 'DEPARTMENT_REQUIRED' };

export type TransitionRequest = {
  from: CaseStatus;
  to: CaseStatus;
  role: Role;
  reason?: string | undefined;
  /** Department on the case after the move (the current one or the one given with the move). */
  departmentId?: string | null | undefined;
};

export function findRule(from: CaseStatus, to: CaseStatus): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.to === to && r.from.includes(from));
}

export function checkTransition(req: TransitionRequest): TransitionCheck {
  const rule = findRule(req.from, req.to);
  if (!rule) return { ok: false, code: 'ILLEGAL_TRANSITION' };
  if (!rule.roles.includes(req.role)) return { ok: false, code: 'FORBIDDEN' };
  if (rule.requiresReason && !req.reason?.trim()) return { ok: false, code: 'REASON_REQUIRED' };
  if (rule.requiresDepartment && !req.departmentId) return { ok: false, code: 'DEPARTMENT_REQUIRED' };
  return { ok: true, rule };
}

/** The moves legal from `from` that `role` may make: what the UI's action panel offers. */
export function allowedTransitions(
  from: CaseStatus,
  role: Role,
): Array<{ to: CaseStatus; requiresReason: boolean; requiresDepartment: boolean; reopen: boolean }> {
  return TRANSITIONS.filter((r) => r.from.includes(from) && r.roles.includes(role)).map((r) => ({
    to: r.to,
    requiresReason: r.requiresReason,
    requiresDepartment: r.requiresDepartment ?? false,
    reopen: r.reopen ?? false,
  }));
}

export function canMerge(from: CaseStatus): boolean {
  return !TERMINAL_STATUSES.includes(from) && from !== 'resolved' && from !== 'follow_up';
}

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Mermaid source of the lifecycle, generated from the table so README never drifts from the code. */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2', '  [*] --> registered'];
  for (const r of TRANSITIONS) {
    for (const f of r.from) {
      const note = [f === r.to ? 'reassign' : '', r.requiresReason ? 'reason' : '', r.reopen ? 'reopen' : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${f} --> ${r.to}${note ? ` : ${note}` : ''}`);
    }
  }
  for (const s of CASE_STATUSES.filter(canMerge)) lines.push(`  ${s} --> merged : merge`);
  lines.push('  closed --> [*]', '  rejected --> [*]', '  merged --> [*]');
  return lines.join('\n');
}
