// The case lifecycle as pure data and functions: no I/O, so every rule is unit-tested alone.
import type { Role } from '../../shared/permissions.ts';
import type { FIELD_MESSAGES } from '../../shared/validation.ts';

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

/**
 * What each status means to the rest of the system. Every status group (open work, terminal, clocks
 * finished, …) is derived from this table, so a new status is one row here and nowhere else.
 */
export type StatusAttributes = {
  /** Work is expected of someone: counted as a member's load, listed in the work queues. */
  open: boolean;
  /** Nothing more is expected of anyone (until a reopen); the case can no longer be edited. */
  terminal: boolean;
  /** The time-limit clocks are met or stopped: no policy change touches the case. */
  clocksFinished: boolean;
  /** The case may be merged into another (a finished one keeps its own record). */
  mergeable: boolean;
  /** Another case may be merged into this one. */
  mergeTarget: boolean;
};

export const STATUS_ATTRIBUTES: Record<CaseStatus, StatusAttributes> = {
  registered: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  acknowledged: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  assigned: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  investigating: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  remedy_proposed: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  awaiting_customer: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  executing: { open: true, terminal: false, clocksFinished: false, mergeable: true, mergeTarget: true },
  resolved: { open: false, terminal: false, clocksFinished: true, mergeable: false, mergeTarget: true },
  follow_up: { open: false, terminal: false, clocksFinished: true, mergeable: false, mergeTarget: true },
  closed: { open: false, terminal: true, clocksFinished: true, mergeable: false, mergeTarget: true },
  rejected: { open: false, terminal: true, clocksFinished: true, mergeable: false, mergeTarget: false },
  merged: { open: false, terminal: true, clocksFinished: true, mergeable: false, mergeTarget: false },
};

export const statusesWhere = (attribute: keyof StatusAttributes): readonly CaseStatus[] =>
  CASE_STATUSES.filter((s) => STATUS_ATTRIBUTES[s][attribute]);

// Editable = not terminal, and reopenable = the `from` of a reopen move (REOPENABLE_STATUSES below):
// derived rather than stored, so they cannot disagree with the table and the moves.
/** Statuses in which nothing more is expected of anyone (until a reopen). */
export const TERMINAL_STATUSES: readonly CaseStatus[] = statusesWhere('terminal');
export const OPEN_STATUSES: readonly CaseStatus[] = statusesWhere('open');
/** Statuses whose clocks are finished (met at the resolve, or stopped). */
export const CLOCKS_FINISHED_STATUSES: readonly CaseStatus[] = statusesWhere('clocksFinished');
export const MERGEABLE_STATUSES: readonly CaseStatus[] = statusesWhere('mergeable');
export const MERGE_TARGET_STATUSES: readonly CaseStatus[] = statusesWhere('mergeTarget');

export const isCaseStatus = (s: string): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s);
export const isTerminal = (s: CaseStatus): boolean => STATUS_ATTRIBUTES[s].terminal;
export const isEditable = (s: CaseStatus): boolean => !STATUS_ATTRIBUTES[s].terminal;
export const clocksFinished = (s: string): boolean => isCaseStatus(s) && STATUS_ATTRIBUTES[s].clocksFinished;

const FRONT_DESK: readonly Role[] = ['agent', 'supervisor', 'manager', 'admin'];
const HANDLING: readonly Role[] = ['agent', 'handler', 'supervisor', 'manager', 'admin'];
const MANAGEMENT: readonly Role[] = ['supervisor', 'manager', 'admin'];

/** What a guard sees of a move: plain data, so each guard is a pure function tested alone. */
export type GuardContext = {
  reason?: string | undefined;
  /** Department on the case after the move (the current one or the one given with the move). */
  departmentId?: string | null | undefined;
  /**
   * Whether the case's latest remedy is approved (resolution module, through a port): true approved,
   * false recorded but not approved (pending or rejected), null/undefined no remedy on record.
   */
  approvedRemedy?: boolean | null | undefined;
  /**
   * Whether the case's preset requires a responsibility decision (定责) before resolving, and whether one is
   * recorded: read through the investigation port only for moves that carry the guard.
   */
  responsibility?: { required: boolean; decided: boolean } | undefined;
  /** Open execution actions of the case (resolution module, through the remedy port): read only for moves to resolved. */
  openActions?: number | undefined;
};

type Guard = {
  holds: (ctx: GuardContext) => boolean;
  /** The error a failed guard gives, and the request field it points at. */
  code: string;
  field: string;
  message: keyof typeof FIELD_MESSAGES;
};

// One pure function per named guard. A new rule ("an approved remedy exists") is one entry here,
// its name on the transitions it guards, and whatever it reads added to GuardContext.
export const GUARDS = {
  reasonGiven: { holds: (ctx) => !!ctx.reason?.trim(), code: 'REASON_REQUIRED', field: 'reason', message: 'reason_required' },
  hasDepartment: { holds: (ctx) => !!ctx.departmentId, code: 'DEPARTMENT_REQUIRED', field: 'departmentId', message: 'department_required' },
  // Transitional: a case with no remedy on record passes (cases moved by bare status before remedies were
  // stored, the demo's history); one whose latest remedy is pending or rejected cannot be offered.
  approvedRemedyExists: {
    holds: (ctx) => ctx.approvedRemedy !== false,
    code: 'APPROVED_REMEDY_REQUIRED',
    field: 'to',
    message: 'approved_remedy_required',
  },
  // Issue 11 item 3: where the preset says so, a case resolves only after its root cause and responsibility are decided.
  responsibilityDecided: {
    holds: (ctx) => !ctx.responsibility?.required || ctx.responsibility.decided,
    code: 'RESPONSIBILITY_REQUIRED',
    field: 'responsibility',
    message: 'responsibility_required',
  },
  // Issue 11 item 7: a case cannot resolve while an execution action is open (done, failed and cancelled ones are finished).
  noOpenAction: {
    holds: (ctx) => !ctx.openActions,
    code: 'OPEN_ACTIONS',
    field: 'actions',
    message: 'open_actions',
  },
} as const satisfies Record<string, Guard>;
export type GuardName = keyof typeof GUARDS;
export type GuardCode = (typeof GUARDS)[GuardName]['code'];

/** The guard behind a failure code (for its field and message). */
export function guardOf(code: GuardCode): (typeof GUARDS)[GuardName] {
  return Object.values(GUARDS).find((g) => g.code === code)!;
}

export type TransitionRule = {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** Who may make this move. */
  roles: readonly Role[];
  /** Conditions the move needs, checked in order; the first that fails names the error. */
  guards: readonly GuardName[];
  /** A reopen: the case goes back to work after it was finished. */
  reopen?: boolean;
};

const REASON: readonly GuardName[] = ['reasonGiven'];

// One table of every legal move. Merging is a separate command (it needs a target case; see
// checkMerge), and escalation / the time-limit clock are attributes beside the status, not statuses.
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: ['registered'], to: 'acknowledged', roles: FRONT_DESK, guards: [] },
  { from: ['registered', 'acknowledged'], to: 'rejected', roles: FRONT_DESK, guards: REASON },
  {
    from: ['registered', 'acknowledged', 'assigned', 'investigating'],
    to: 'assigned',
    roles: [...FRONT_DESK, 'handler'],
    guards: ['hasDepartment'],
  },
  { from: ['assigned'], to: 'acknowledged', roles: HANDLING, guards: REASON }, // handed back: wrong department
  { from: ['assigned'], to: 'investigating', roles: HANDLING, guards: [] },
  { from: ['investigating'], to: 'remedy_proposed', roles: HANDLING, guards: [] },
  // Some cases need no remedy (an explanation is enough): straight to resolved, saying why.
  { from: ['investigating'], to: 'resolved', roles: HANDLING, guards: ['reasonGiven', 'responsibilityDecided'] },
  { from: ['remedy_proposed'], to: 'investigating', roles: HANDLING, guards: REASON },
  { from: ['remedy_proposed'], to: 'awaiting_customer', roles: HANDLING, guards: ['approvedRemedyExists'] },
  { from: ['awaiting_customer'], to: 'executing', roles: HANDLING, guards: [] }, // customer agreed
  { from: ['awaiting_customer'], to: 'remedy_proposed', roles: HANDLING, guards: REASON }, // customer disputes
  { from: ['executing'], to: 'resolved', roles: HANDLING, guards: ['noOpenAction', 'responsibilityDecided'] },
  { from: ['resolved'], to: 'follow_up', roles: FRONT_DESK, guards: [] },
  { from: ['follow_up'], to: 'closed', roles: FRONT_DESK, guards: [] },
  // Closing without a callback (e.g. the customer cannot be reached) needs a reason on record.
  { from: ['resolved'], to: 'closed', roles: FRONT_DESK, guards: REASON },
  { from: ['resolved', 'follow_up'], to: 'investigating', roles: FRONT_DESK, guards: REASON, reopen: true },
  { from: ['closed'], to: 'investigating', roles: MANAGEMENT, guards: REASON, reopen: true },
];

const requires = (r: TransitionRule, g: GuardName): boolean => r.guards.includes(g);

/** Statuses a case can be reopened from (derived from the reopen moves). */
export const REOPENABLE_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => TRANSITIONS.some((r) => r.reopen && r.from.includes(s)));

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
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'FORBIDDEN' | GuardCode };

/** Who makes a move: a role, or the system itself (automatic routing), which no role check stops. */
export type Mover = Role | 'system';

export type TransitionRequest = GuardContext & {
  from: CaseStatus;
  to: CaseStatus;
  role: Mover;
};

export function findRule(from: CaseStatus, to: CaseStatus): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.to === to && r.from.includes(from));
}

/** The one check every status change goes through, automatic ones included (those pass as `system`). */
export function checkTransition(req: TransitionRequest): TransitionCheck {
  const rule = findRule(req.from, req.to);
  if (!rule) return { ok: false, code: 'ILLEGAL_TRANSITION' };
  if (req.role !== 'system' && !rule.roles.includes(req.role)) return { ok: false, code: 'FORBIDDEN' };
  // The system passes role checks but not guards: an automatic move needs what a manual one needs.
  for (const name of rule.guards) {
    const guard = GUARDS[name];
    if (!guard.holds(req)) return { ok: false, code: guard.code };
  }
  return { ok: true, rule };
}

/**
 * Changing who owns a case (department, member) by an edit: the assignment move without its status change,
 * so legal only from the statuses that move starts from, for the roles that may make it, with a department.
 */
export function checkOwnerChange(req: GuardContext & { from: CaseStatus; role: Mover }): TransitionCheck {
  return checkTransition({ ...req, to: 'assigned' });
}

/** A reopen move (the case goes back to work after it was finished). */
export function isReopenMove(from: string | null, to: string): boolean {
  return from !== null && isCaseStatus(from) && isCaseStatus(to) && findRule(from, to)?.reopen === true;
}

/** The moves legal from `from` that `role` may make: what the UI's action panel offers. */
export function allowedTransitions(
  from: CaseStatus,
  role: Role,
): Array<{ to: CaseStatus; requiresReason: boolean; requiresDepartment: boolean; reopen: boolean }> {
  return TRANSITIONS.filter((r) => r.from.includes(from) && r.roles.includes(role)).map((r) => ({
    to: r.to,
    requiresReason: requires(r, 'reasonGiven'),
    requiresDepartment: requires(r, 'hasDepartment'),
    reopen: r.reopen ?? false,
  }));
}

export function canMerge(from: CaseStatus): boolean {
  return MERGEABLE_STATUSES.includes(from);
}

/** Merging is a move to `merged` with its own rule: the case must be in work, the target still a live record. */
export function checkMerge(req: { from: CaseStatus; target: CaseStatus }): { ok: true } | { ok: false; code: 'ILLEGAL_TRANSITION' | 'MERGE_TARGET_INVALID' } {
  if (!MERGE_TARGET_STATUSES.includes(req.target)) return { ok: false, code: 'MERGE_TARGET_INVALID' };
  if (!canMerge(req.from)) return { ok: false, code: 'ILLEGAL_TRANSITION' };
  return { ok: true };
}

export function isOpen(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** Mermaid source of the lifecycle, generated from the table so README never drifts from the code. */
export function lifecycleMermaid(): string {
  const lines = ['stateDiagram-v2', '  [*] --> registered'];
  for (const r of TRANSITIONS) {
    for (const f of r.from) {
      const note = [f === r.to ? 'reassign' : '', requires(r, 'reasonGiven') ? 'reason' : '', r.reopen ? 'reopen' : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${f} --> ${r.to}${note ? ` : ${note}` : ''}`);
    }
  }
  for (const s of CASE_STATUSES.filter(canMerge)) lines.push(`  ${s} --> merged : merge`);
  lines.push('  closed --> [*]', '  rejected --> [*]', '  merged --> [*]');
  return lines.join('\n');
}
